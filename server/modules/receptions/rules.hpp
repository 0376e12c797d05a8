#pragma once
// The reception-day, guidance and duty-record decisions (DOMAIN-RULES.md "Deputies and their
// workstations"): dates and times, when a reception is published, the checks of a schedule,
// double duty, the yearly minimum, which changes a status allows. Pure: no SQL, no HTTP, no
// clock ("today" is an argument).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace md::receptions {

/// (field, code) pairs; empty when valid.
using FieldErrors = std::vector<std::pair<std::string, std::string>>;

/// "YYYY-MM-DD", a real calendar day of 2000–2100.
bool is_date(std::string_view s);
/// "HH:MM" with 00–23 and 00–59.
bool is_time(std::string_view s);
/// Days since 1970-01-01 of a valid date.
std::int64_t day_number(std::string_view date);
/// The date `days` after (negative: before) a valid date.
std::string add_days(std::string_view date, std::int64_t days);

enum class Status { planned, held, cancelled };
std::optional<Status> parse_status(std::string_view s);
std::string status_name(Status s);

/// The day the notice of a reception on `day` goes public: `notice_days` before it.
std::string notice_date(std::string_view day, std::int64_t notice_days);
/// A planned reception is public from its notice date until its day (inclusive).
bool is_public(Status status, std::string_view day, std::string_view today,
               std::int64_t notice_days);

/// What a schedule entry holds that the rules look at.
struct Schedule {
  std::string day, starts_at, ends_at, place;
  std::vector<std::int64_t> people;
};
/// Field errors of a schedule: day and times valid, end after start, a place, at least one
/// deputy (no one twice), and — for a new reception or a moved day — not in the past.
FieldErrors check_schedule(const Schedule& s, std::string_view today, bool check_past);

/// Two HH:MM intervals on one day overlap (touching ends do not).
bool overlaps(std::string_view a_start, std::string_view a_end, std::string_view b_start,
              std::string_view b_end);
/// Another planned or held reception somebody is on duty at.
struct Duty {
  std::int64_t reception_id = 0;
  std::int64_t person_id = 0;
  std::string day, starts_at, ends_at;
};
/// The people of `s` already on duty elsewhere at an overlapping time on the same day (each
/// once, in the order of s.people); duties of reception `self` itself are ignored.
std::vector<std::int64_t> double_booked(const Schedule& s, const std::vector<Duty>& others,
                                        std::int64_t self);

/// A deputy with fewer held duties in a year than the minimum (setting, default 2).
bool below_minimum(std::int64_t held, std::int64_t minimum);

enum class Action { edit, cancel, hold };
/// The error code refusing `action` on a reception (409), nullopt when allowed: only a planned
/// reception is edited, cancelled or recorded as held; held only on or after its day.
std::optional<std::string> refuse(Action action, Status status, std::string_view day,
                                  std::string_view today);
/// Field errors of a held record: visitors 0–100000.
FieldErrors check_held(std::int64_t visitors);

/// Guidance kinds (R9.3): exchange (交流会, with a half), document, work_record.
bool is_guidance_kind(std::string_view s);
/// Field errors of a guidance record: kind, year 2000–2100, half (first | second) exactly for
/// an exchange meeting, a valid date (if any) within the year.
FieldErrors check_guidance(std::string_view kind, std::int64_t year,
                           const std::optional<std::string>& half,
                           const std::optional<std::string>& held_on);

/// Duty entry kinds: epidemic | inspection | research | training | service | other.
bool is_entry_kind(std::string_view s);
/// Field errors of a duty entry: kind, a valid date not after today.
FieldErrors check_entry(std::string_view kind, std::string_view date, std::string_view today);

/// "2026" → 2026 when it is a year 2000–2100; nullopt otherwise.
std::optional<int> parse_year(std::string_view s);

}  // namespace md::receptions
