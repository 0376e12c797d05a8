#pragma once
// The volunteer team's decisions: activity kinds, who may sign up, the attendance minutes a
// day allows, and the hours per person per year (with each activity's cap). Pure: no SQL, no
// HTTP, no clock ("today" is an argument).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace md::volunteers {

/// (field, code) pairs; empty when valid.
using FieldErrors = std::vector<std::pair<std::string, std::string>>;

/// community | enterprise | village (进社区/进企业/进村组).
bool is_kind(std::string_view kind);

/// The minutes of one day.
constexpr std::int64_t kDayMinutes = 24 * 60;

/// Field errors of an activity as entered (kind, date, place, capacity, cap).
FieldErrors check_activity(std::string_view title, std::string_view kind, std::string_view held_on,
                           std::string_view place, std::int64_t capacity, std::int64_t minutes_cap);

/// Why a sign-up is refused, or nullopt when it is accepted.
enum class SignupRefusal { past, duplicate, full };
std::optional<SignupRefusal> signup_refusal(std::string_view held_on, std::string_view today,
                                            bool already_signed_up, std::int64_t taken,
                                            std::int64_t capacity);
/// The error code of a refusal (volunteers.signup_past | signup_twice | full).
std::string refusal_code(SignupRefusal r);

/// The attendance minutes recorded for one person at one activity: 0…24 h, and with the
/// person's other activities of that day (`same_day_minutes`) never more than 24 h.
/// Returns the error code, or "" when acceptable.
std::string check_minutes(std::int64_t minutes, std::int64_t same_day_minutes);

/// The minutes credited for an activity: what was recorded, at most the activity's cap
/// (0 = no cap), never negative.
std::int64_t credited_minutes(std::int64_t recorded, std::int64_t cap);

/// One recorded attendance, as the yearly sum reads it.
struct Attendance {
  std::int64_t person_id = 0;
  std::string held_on;  ///< YYYY-MM-DD
  std::int64_t minutes = 0;
  std::int64_t cap = 0;
};
/// A person's year: credited minutes and the number of activities attended (minutes > 0).
struct YearHours {
  std::int64_t minutes = 0;
  std::int64_t activities = 0;
};
/// Credited minutes per person for the activities held in `year`.
std::map<std::int64_t, YearHours> hours_per_person(const std::vector<Attendance>& attendance,
                                                   int year);

/// "12.5" for 750 minutes: hours with one decimal (rounded half up), as lists show them.
std::string hours_text(std::int64_t minutes);

}  // namespace md::volunteers
