#pragma once
// Working-day arithmetic for deadlines (交办 within 5 working days …): Monday–Friday, minus the
// public holidays, plus the make-up working days (调休上班) that fall on a weekend — both from
// the calendar table the admin edits. Pure functions over 'YYYY-MM-DD' dates.
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace md::cases {

struct WorkCalendar {
  std::set<std::string, std::less<>> holidays;         ///< days off, even on a weekday
  std::set<std::string, std::less<>> makeup_workdays;  ///< weekend days worked
};

/// True for a valid 'YYYY-MM-DD' date (real month and day).
bool is_date(std::string_view date);
/// 0 = Monday … 6 = Sunday; the date must be valid.
int weekday(std::string_view date);
/// The date `days` calendar days later (negative: earlier).
std::string add_days(std::string_view date, int days);
/// The date `months` later, clamped to the month's last day (2026-01-31 + 1 → 2026-02-28).
std::string add_months(std::string_view date, int months);
bool is_working_day(std::string_view date, const WorkCalendar& cal);
/// The `n`-th working day after `date` (n ≥ 1; the start day itself never counts, so a case
/// registered on Friday evening has Monday as its first working day).
std::string add_working_days(std::string_view date, int n, const WorkCalendar& cal);
/// Working days in (from, to]; 0 when to <= from.
int working_days_between(std::string_view from, std::string_view to, const WorkCalendar& cal);

}  // namespace md::cases
