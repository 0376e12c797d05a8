// The democratic evaluation decisions; see rules.hpp.
#include "modules/evaluation/rules.hpp"

#include <array>
#include <cstdio>

namespace md::evaluation {

namespace {

constexpr std::array<std::string_view, 4> kGrades = {"excellent", "qualified", "basic",
                                                     "unqualified"};
constexpr std::array<std::string_view, 6> kStatuses = {"draft",   "self",   "ballot",
                                                       "scoring", "notice", "final"};

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int num(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

// Days since 1970-01-01 of a civil date and back (Howard Hinnant's algorithms): date
// arithmetic without the C library's time zone.
std::int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

std::string civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<int>(z - era * 146097);
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp + (mp < 10 ? 3 : -9);
  const auto y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  char buf[48];  // room for any int, so the compiler sees no truncation
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

bool is_grade(std::string_view grade) {
  for (auto g : kGrades) {
    if (g == grade) return true;
  }
  return false;
}

std::string outcome_for(std::string_view grade) {
  if (grade == "excellent") return "commendation";
  if (grade == "basic") return "help_plan";
  if (grade == "unqualified") return "disposal";
  return "none";
}

bool is_status(std::string_view status) {
  for (auto s : kStatuses) {
    if (s == status) return true;
  }
  return false;
}

std::string next_status(std::string_view status) {
  for (std::size_t i = 0; i + 1 < kStatuses.size(); ++i) {
    if (kStatuses[i] == status) return std::string(kStatuses[i + 1]);
  }
  return "";
}

std::int64_t excellent_cap(std::int64_t graded, Fraction share) {
  if (graded <= 0 || share.denominator <= 0 || share.numerator <= 0) return 0;
  return graded * share.numerator / share.denominator;
}

bool within_cap(std::int64_t excellent, std::int64_t graded, Fraction share) {
  return excellent <= excellent_cap(graded, share);
}

bool review_flag(const PeerCounts& c, Fraction threshold) {
  if (c.cast() <= 0 || threshold.denominator <= 0) return false;
  // unqualified / cast > n / d, cross-multiplied to stay exact.
  return c.unqualified * threshold.denominator > c.cast() * threshold.numerator;
}

std::int64_t weight_sum(const std::vector<Item>& items) {
  std::int64_t sum = 0;
  for (const auto& i : items) sum += i.weight;
  return sum;
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::vector<std::pair<std::string, std::string>> check_items(const std::vector<Item>& items) {
  std::vector<std::pair<std::string, std::string>> errors;
  if (items.empty() || items.size() > kMaxItems) {
    errors.emplace_back("items", "evaluation.items_count");
    return errors;
  }
  for (const auto& i : items) {
    auto blank = i.title.find_first_not_of(" \t\r\n") == std::string::npos;
    if (blank || code_points(i.title) > kMaxTitle || code_points(i.description) > kMaxDescription) {
      errors.emplace_back("items", "evaluation.item_title");
      return errors;
    }
    if (i.weight < 1 || i.weight > 100) {
      errors.emplace_back("items", "evaluation.item_weight");
      return errors;
    }
  }
  if (weight_sum(items) != 100) errors.emplace_back("items", "evaluation.weights_sum");
  return errors;
}

std::vector<std::pair<std::string, std::string>> check_scores(
    const std::vector<Item>& items, const std::vector<std::int64_t>& scores) {
  std::vector<std::pair<std::string, std::string>> errors;
  if (scores.size() != items.size()) {
    errors.emplace_back("scores", "evaluation.scores_count");
    return errors;
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (scores[i] < 0 || scores[i] > items[i].weight) {
      errors.emplace_back("scores", "evaluation.score_range");
      return errors;
    }
  }
  return errors;
}

std::int64_t score_total(const std::vector<std::int64_t>& scores) {
  std::int64_t sum = 0;
  for (auto s : scores) sum += s;
  return sum;
}

std::optional<std::string> check_grade(const std::optional<std::string>& grade, bool probationary) {
  if (!grade) return std::nullopt;
  if (!is_grade(*grade)) return "evaluation.grade";
  if (probationary) return "evaluation.probationary_no_grade";
  return std::nullopt;
}

bool is_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(s.substr(0, 4)) ||
      !digits(s.substr(5, 2)) || !digits(s.substr(8, 2))) {
    return false;
  }
  int y = num(s.substr(0, 4)), m = num(s.substr(5, 2)), d = num(s.substr(8, 2));
  if (y < 2000 || y > 2100 || m < 1 || m > 12) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max = kDays[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 1 : 0);
  return d >= 1 && d <= max;
}

std::string add_days(std::string_view date, int days) {
  auto z = days_from_civil(num(date.substr(0, 4)), num(date.substr(5, 2)), num(date.substr(8, 2)));
  return civil_from_days(z + days);
}

std::pair<std::string, std::string> notice_period(std::string_view from, int days) {
  return {std::string(from), add_days(from, days > 0 ? days - 1 : 0)};
}

std::vector<std::pair<std::string, std::string>> check_notice(std::string_view from,
                                                              std::string_view to) {
  std::vector<std::pair<std::string, std::string>> errors;
  if (!is_date(from)) errors.emplace_back("noticeFrom", "evaluation.date_format");
  if (!is_date(to)) errors.emplace_back("noticeTo", "evaluation.date_format");
  if (errors.empty() && to < from) errors.emplace_back("noticeTo", "evaluation.notice_order");
  return errors;
}

bool notice_over(std::string_view notice_to, std::string_view today) { return today > notice_to; }

std::optional<std::string> check_self_assessment(std::string_view text) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return "evaluation.self_blank";
  }
  if (code_points(text) > kMaxSelfAssessment) return "evaluation.self_long";
  return std::nullopt;
}

}  // namespace md::evaluation
