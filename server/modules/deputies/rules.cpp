#include "modules/deputies/rules.hpp"

#include <cstdio>
#include <map>

namespace md::deputies {

const std::vector<LevelInfo>& levels() {
  static const std::vector<LevelInfo> all = {{"province", "省", "Province"},
                                             {"city", "市", "City"},
                                             {"district", "区", "District"},
                                             {"town", "镇", "Town"}};
  return all;
}

bool is_level(std::string_view code) { return level_rank(code) > 0; }

std::string level_name(std::string_view code, bool english) {
  for (const auto& l : levels()) {
    if (l.code == code) return std::string(english ? l.name_en : l.name_zh);
  }
  return "";
}

int level_rank(std::string_view code) {
  int rank = 1;
  for (const auto& l : levels()) {
    if (l.code == code) return rank;
    ++rank;
  }
  return 0;
}

std::optional<std::string> check_term(std::int64_t term) {
  if (term < 1 || term > 30) return "deputies.term_range";
  return std::nullopt;
}

namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int month_days(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : days[m - 1];
}

int digits(std::string_view s, std::size_t from, std::size_t n) {
  int v = 0;
  for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

}  // namespace

bool is_iso_date(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t i = 0; i < 10; ++i) {
    if (i == 4 || i == 7) continue;
    if (d[i] < '0' || d[i] > '9') return false;
  }
  int y = digits(d, 0, 4), m = digits(d, 5, 2), day = digits(d, 8, 2);
  return y >= 1900 && m >= 1 && m <= 12 && day >= 1 && day <= month_days(y, m);
}

std::optional<std::string> check_past_date(std::string_view date, std::string_view today) {
  if (!is_iso_date(date)) return "deputies.date_format";
  if (date > today) return "deputies.date_in_future";
  return std::nullopt;
}

std::optional<std::string> check_end_after_start(std::string_view started_on,
                                                 std::string_view ended_on) {
  if (ended_on < started_on) return "deputies.ended_before_started";
  return std::nullopt;
}

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t days_from_date(std::string_view date) {
  std::int64_t y = digits(date, 0, 4);
  std::int64_t m = digits(date, 5, 2);
  std::int64_t d = digits(date, 8, 2);
  y -= m <= 2;
  std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  std::int64_t yoe = y - era * 400;
  std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string date_from_days(std::int64_t z) {
  z += 719468;
  std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  std::int64_t doe = z - era * 146097;
  std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t y = yoe + era * 400;
  std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  std::int64_t mp = (5 * doy + 2) / 153;
  std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  std::int64_t m = mp + (mp < 10 ? 3 : -9);
  y += m <= 2;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(y), static_cast<int>(m),
                static_cast<int>(d));
  return buf;
}

std::string add_days(std::string_view date, std::int64_t days) {
  return date_from_days(days_from_date(date) + days);
}

std::optional<std::int64_t> rate_permille(std::int64_t covered, std::int64_t total) {
  if (total <= 0) return std::nullopt;
  return (covered * 2000 + total) / (2 * total);  // round half up of covered * 1000 / total
}

namespace {

// Merges roles of one person (OR of the flags), keeping the order of first appearance.
std::vector<DeputyFacts> by_person(const std::vector<DeputyFacts>& deputies) {
  std::vector<DeputyFacts> people;
  std::map<std::int64_t, std::size_t> index;
  for (const auto& d : deputies) {
    auto it = index.find(d.person_id);
    if (it == index.end()) {
      index.emplace(d.person_id, people.size());
      people.push_back(d);
    } else {
      auto& p = people[it->second];
      p.party_member = p.party_member || d.party_member;
      p.in_functional_branch = p.in_functional_branch || d.in_functional_branch;
      p.has_liaison = p.has_liaison || d.has_liaison;
    }
  }
  return people;
}

template <typename InScope, typename Covered>
Coverage coverage_of(const std::vector<DeputyFacts>& deputies, InScope in_scope, Covered covered) {
  Coverage c;
  for (const auto& p : by_person(deputies)) {
    if (!in_scope(p)) continue;
    ++c.total;
    if (covered(p))
      ++c.covered;
    else
      c.missing.push_back({p.person_id, p.name});
  }
  c.permille = rate_permille(c.covered, c.total);
  return c;
}

}  // namespace

Coverage organizational_coverage(const std::vector<DeputyFacts>& deputies) {
  return coverage_of(
      deputies, [](const DeputyFacts& p) { return p.party_member; },
      [](const DeputyFacts& p) { return p.in_functional_branch; });
}

Coverage work_coverage(const std::vector<DeputyFacts>& deputies) {
  return coverage_of(
      deputies, [](const DeputyFacts& p) { return !p.party_member; },
      [](const DeputyFacts& p) { return p.has_liaison; });
}

int period_months(std::string_view period) {
  if (period == "month") return 1;
  if (period == "quarter") return 3;
  if (period == "half_year") return 6;
  if (period == "year") return 12;
  return 0;
}

std::string period_start(std::string_view today, int months) {
  if (months < 1 || 12 % months != 0) months = 3;
  int y = digits(today, 0, 4);
  int m = digits(today, 5, 2);
  int first = (m - 1) / months * months + 1;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-01", y, first);
  return buf;
}

std::string quarter_start(std::string_view today) { return period_start(today, 3); }

bool contact_overdue(const std::optional<std::string>& last_contact_on,
                     std::string_view assigned_on, std::string_view period_start_date) {
  if (last_contact_on && *last_contact_on >= period_start_date) return false;
  return assigned_on < period_start_date;
}

}  // namespace md::deputies
