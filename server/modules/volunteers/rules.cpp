// The volunteer team's pure decisions (rules.hpp).
#include "modules/volunteers/rules.hpp"

#include "platform/cases/workdays.hpp"

namespace md::volunteers {

namespace {
bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }
}  // namespace

bool is_kind(std::string_view kind) {
  return kind == "community" || kind == "enterprise" || kind == "village";
}

FieldErrors check_activity(std::string_view title, std::string_view kind, std::string_view held_on,
                           std::string_view place, std::int64_t capacity,
                           std::int64_t minutes_cap) {
  FieldErrors e;
  if (blank(title)) e.emplace_back("title", "volunteers.title_required");
  if (!is_kind(kind)) e.emplace_back("kind", "volunteers.kind");
  if (!cases::is_date(held_on)) e.emplace_back("heldOn", "volunteers.date_format");
  if (blank(place)) e.emplace_back("place", "volunteers.place_required");
  if (capacity < 0 || capacity > 10000) e.emplace_back("capacity", "volunteers.capacity_range");
  if (minutes_cap < 0 || minutes_cap > kDayMinutes) {
    e.emplace_back("minutesCap", "volunteers.cap_range");
  }
  return e;
}

std::optional<SignupRefusal> signup_refusal(std::string_view held_on, std::string_view today,
                                            bool already_signed_up, std::int64_t taken,
                                            std::int64_t capacity) {
  if (already_signed_up) return SignupRefusal::duplicate;
  if (held_on < today) return SignupRefusal::past;
  if (capacity > 0 && taken >= capacity) return SignupRefusal::full;
  return std::nullopt;
}

std::string refusal_code(SignupRefusal r) {
  switch (r) {
    case SignupRefusal::past:
      return "volunteers.signup_past";
    case SignupRefusal::duplicate:
      return "volunteers.signup_twice";
    case SignupRefusal::full:
      return "volunteers.full";
  }
  return "volunteers.full";
}

std::string check_minutes(std::int64_t minutes, std::int64_t same_day_minutes) {
  if (minutes < 0) return "volunteers.minutes_negative";
  if (minutes > kDayMinutes) return "volunteers.minutes_day";
  if (minutes + same_day_minutes > kDayMinutes) return "volunteers.minutes_day_total";
  return "";
}

std::int64_t credited_minutes(std::int64_t recorded, std::int64_t cap) {
  if (recorded <= 0) return 0;
  return cap > 0 && recorded > cap ? cap : recorded;
}

std::map<std::int64_t, YearHours> hours_per_person(const std::vector<Attendance>& attendance,
                                                   int year) {
  std::map<std::int64_t, YearHours> out;
  const std::string prefix = std::to_string(year) + "-";
  for (const auto& a : attendance) {
    if (a.held_on.rfind(prefix, 0) != 0) continue;
    auto credited = credited_minutes(a.minutes, a.cap);
    auto& h = out[a.person_id];
    h.minutes += credited;
    if (credited > 0) ++h.activities;
  }
  return out;
}

std::string hours_text(std::int64_t minutes) {
  if (minutes < 0) minutes = 0;
  std::int64_t tenths = (minutes * 10 + 30) / 60;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

}  // namespace md::volunteers
