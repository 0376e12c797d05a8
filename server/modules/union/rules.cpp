#include "modules/union/rules.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace md::trade_union {

bool isbn10_valid(std::string_view d) {
  if (d.size() != 10) return false;
  int sum = 0;
  for (std::size_t i = 0; i < 10; ++i) {
    int v;
    if (d[i] >= '0' && d[i] <= '9') {
      v = d[i] - '0';
    } else if (d[i] == 'X' && i == 9) {
      v = 10;
    } else {
      return false;
    }
    sum += v * static_cast<int>(10 - i);
  }
  return sum % 11 == 0;
}

bool isbn13_valid(std::string_view d) {
  if (d.size() != 13) return false;
  if (d.substr(0, 3) != "978" && d.substr(0, 3) != "979") return false;
  int sum = 0;
  for (std::size_t i = 0; i < 13; ++i) {
    if (d[i] < '0' || d[i] > '9') return false;
    sum += (d[i] - '0') * (i % 2 == 0 ? 1 : 3);
  }
  return sum % 10 == 0;
}

std::optional<std::string> normalize_isbn(std::string_view text) {
  std::string d;
  for (char c : text) {
    if (c == '-' || c == ' ') continue;
    d += c == 'x' ? 'X' : c;
    if (d.size() > 13) return std::nullopt;
  }
  if (isbn10_valid(d) || isbn13_valid(d)) return d;
  return std::nullopt;
}

std::string_view outcome_code(Outcome o) {
  switch (o) {
    case Outcome::elected:
      return "elected";
    case Outcome::not_elected:
      return "not_elected";
    case Outcome::tie:
      return "tie";
    case Outcome::no_majority:
      return "no_majority";
  }
  return "no_majority";
}

std::vector<Outcome> decide_elected(const std::vector<std::int64_t>& votes, std::int64_t ballots,
                                    std::int64_t seats) {
  std::vector<Outcome> out(votes.size(), Outcome::no_majority);
  std::vector<std::int64_t> qualified;  // vote counts of those with a majority, high to low
  for (auto v : votes) {
    if (ballots > 0 && v * 2 > ballots) qualified.push_back(v);
  }
  std::sort(qualified.begin(), qualified.end(), std::greater<>());
  const auto n = static_cast<std::size_t>(std::max<std::int64_t>(seats, 0));
  // The count at the last place and whether the next qualified candidate shares it.
  bool tie_at_last = n > 0 && qualified.size() > n && qualified[n - 1] == qualified[n];
  std::int64_t last = n > 0 && qualified.size() >= n ? qualified[n - 1] : 0;
  for (std::size_t i = 0; i < votes.size(); ++i) {
    auto v = votes[i];
    if (ballots <= 0 || v * 2 <= ballots) continue;
    if (qualified.size() <= n) {
      out[i] = Outcome::elected;
    } else if (tie_at_last && v == last) {
      out[i] = Outcome::tie;
    } else {
      out[i] = v >= last ? Outcome::elected : Outcome::not_elected;
    }
  }
  return out;
}

bool is_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  int y = std::stoi(std::string(s.substr(0, 4))), m = std::stoi(std::string(s.substr(5, 2))),
      d = std::stoi(std::string(s.substr(8, 2)));
  if (y < 2000 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

namespace {
// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}
}  // namespace

std::int64_t day_number(std::string_view date) {
  return days_from_civil(std::stoi(std::string(date.substr(0, 4))),
                         static_cast<unsigned>(std::stoi(std::string(date.substr(5, 2)))),
                         static_cast<unsigned>(std::stoi(std::string(date.substr(8, 2)))));
}

std::string add_days(std::string_view date, std::int64_t days) {
  std::int64_t z = day_number(date) + days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(y), m, d);
  return buf;
}

std::int64_t overdue_days(std::string_view due_on, const std::optional<std::string>& returned_on,
                          std::string_view today) {
  if (returned_on) return 0;
  return std::max<std::int64_t>(0, day_number(today) - day_number(due_on));
}

bool is_activity_kind(std::string_view k) {
  return k == "moral_lecture" || k == "festival" || k == "other";
}

bool is_selection_category(std::string_view c) {
  return c == "family" || c == "office" || c == "worker";
}

}  // namespace md::trade_union
