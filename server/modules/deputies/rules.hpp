#pragma once
// Deputy decisions that need no database and no clock: levels, terms, dates, the two
// coverage figures of R1.5 and the liaison overdue rule of R1.7.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::deputies {

/// A deputy level (R1.4): province 省, city 市, district 区, town 镇.
struct LevelInfo {
  std::string_view code;
  std::string_view name_zh;
  std::string_view name_en;
};

/// The four levels, highest first.
const std::vector<LevelInfo>& levels();
/// True for province, city, district and town.
bool is_level(std::string_view code);
/// The level's name in Chinese ("区") or English ("District"); "" for an unknown code.
std::string level_name(std::string_view code, bool english);
/// 1 (province) … 4 (town); 0 for an unknown code. Orders lists by level.
int level_rank(std::string_view code);

/// Error code unless 1 ≤ term ≤ 30 (届).
std::optional<std::string> check_term(std::int64_t term);

/// True for a real calendar date written YYYY-MM-DD.
bool is_iso_date(std::string_view date);
/// Error code for a date that must be a real date not after `today` (both YYYY-MM-DD):
/// "deputies.date_format" or "deputies.date_in_future".
std::optional<std::string> check_past_date(std::string_view date, std::string_view today);
/// Error code when an end date lies before the start date ("deputies.ended_before_started").
std::optional<std::string> check_end_after_start(std::string_view started_on,
                                                 std::string_view ended_on);

/// Days since 1970-01-01 of a YYYY-MM-DD date (proleptic Gregorian).
std::int64_t days_from_date(std::string_view date);
/// The YYYY-MM-DD date `days` after 1970-01-01.
std::string date_from_days(std::int64_t days);
/// `date` moved by `days` (negative: earlier).
std::string add_days(std::string_view date, std::int64_t days);

/// One serving deputy as coverage sees it. A person holding several deputy roles may appear
/// once per role; coverage counts people, not roles.
struct DeputyFacts {
  std::int64_t person_id = 0;
  std::string name;
  bool party_member = false;
  bool in_functional_branch = false;  ///< a current membership in a functional branch
  bool has_liaison = false;           ///< a current party-member liaison (non-party deputies)
};

/// A person missing from a coverage figure.
struct Missing {
  std::int64_t person_id = 0;
  std::string name;
};

/// covered / total as an exact fraction, the percentage rounded half-up to 0.1 (in tenths of
/// a percent, so 93.0 % is 930; nullopt when total is 0), and who is not covered.
struct Coverage {
  std::int64_t covered = 0;
  std::int64_t total = 0;
  std::optional<std::int64_t> permille;
  std::vector<Missing> missing;
};

/// 组织全覆盖: party-member deputies with a current functional-branch membership / all
/// party-member deputies. The missing list keeps the input order of first appearance.
Coverage organizational_coverage(const std::vector<DeputyFacts>& deputies);
/// 工作全覆盖: non-party deputies with a current party-member liaison / all non-party deputies.
Coverage work_coverage(const std::vector<DeputyFacts>& deputies);
/// Tenths of a percent of covered/total, rounded half up; nullopt when total is 0.
std::optional<std::int64_t> rate_permille(std::int64_t covered, std::int64_t total);

/// The contact periods an administrator may choose (setting deputies.liaison_period).
/// month=1, quarter=3, half_year=6, year=12 months; 0 for an unknown name.
int period_months(std::string_view period);
/// The first day of the calendar period of `months` months that contains `today`
/// (months 3: the quarter's first day, e.g. 2026-11-28 → 2026-10-01).
std::string period_start(std::string_view today, int months);
/// The quarter's first day (period_start with 3 months).
std::string quarter_start(std::string_view today);
/// Overdue rule (R1.7): a current liaison is overdue when it has no contact on or after the
/// period's first day. A liaison assigned on or after that day gets the whole period first.
bool contact_overdue(const std::optional<std::string>& last_contact_on,
                     std::string_view assigned_on, std::string_view period_start_date);

}  // namespace md::deputies
