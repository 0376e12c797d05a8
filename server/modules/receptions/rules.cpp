// The pure reception, guidance and duty-record decisions (see rules.hpp).
#include "modules/receptions/rules.hpp"

#include <algorithm>
#include <set>

namespace md::receptions {

namespace {

bool digits(std::string_view s, std::size_t from, std::size_t n) {
  for (std::size_t i = from; i < from + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

int number(std::string_view s, std::size_t from, std::size_t n) {
  int v = 0;
  for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t from_civil(int y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<std::int64_t>(y - era * 400);
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

int minutes(std::string_view hhmm) { return number(hhmm, 0, 2) * 60 + number(hhmm, 3, 2); }

}  // namespace

bool is_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  if (!digits(s, 0, 4) || !digits(s, 5, 2) || !digits(s, 8, 2)) return false;
  int y = number(s, 0, 4), m = number(s, 5, 2), d = number(s, 8, 2);
  return y >= 2000 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

bool is_time(std::string_view s) {
  return s.size() == 5 && s[2] == ':' && digits(s, 0, 2) && digits(s, 3, 2) &&
         number(s, 0, 2) <= 23 && number(s, 3, 2) <= 59;
}

std::int64_t day_number(std::string_view date) {
  return from_civil(number(date, 0, 4), number(date, 5, 2), number(date, 8, 2));
}

std::string add_days(std::string_view date, std::int64_t days) {
  std::int64_t z = day_number(date) + days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const auto d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const auto m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const auto y = static_cast<int>(yoe + era * 400 + (m <= 2));
  return std::to_string(y) + "-" + two(m) + "-" + two(d);
}

std::optional<Status> parse_status(std::string_view s) {
  if (s == "planned") return Status::planned;
  if (s == "held") return Status::held;
  if (s == "cancelled") return Status::cancelled;
  return std::nullopt;
}

std::string status_name(Status s) {
  switch (s) {
    case Status::planned:
      return "planned";
    case Status::held:
      return "held";
    case Status::cancelled:
      return "cancelled";
  }
  return "planned";
}

std::string notice_date(std::string_view day, std::int64_t notice_days) {
  return add_days(day, -notice_days);
}

bool is_public(Status status, std::string_view day, std::string_view today,
               std::int64_t notice_days) {
  return status == Status::planned && day >= today && notice_date(day, notice_days) <= today;
}

FieldErrors check_schedule(const Schedule& s, std::string_view today, bool check_past) {
  FieldErrors errors;
  if (!is_date(s.day)) {
    errors.emplace_back("day", "receptions.date_format");
  } else if (check_past && s.day < today) {
    errors.emplace_back("day", "receptions.day_past");
  }
  if (!is_time(s.starts_at)) errors.emplace_back("startsAt", "receptions.time_format");
  if (!is_time(s.ends_at)) errors.emplace_back("endsAt", "receptions.time_format");
  if (is_time(s.starts_at) && is_time(s.ends_at) && s.ends_at <= s.starts_at) {
    errors.emplace_back("endsAt", "receptions.time_order");
  }
  if (s.place.find_first_not_of(" \t\r\n") == std::string::npos) {
    errors.emplace_back("place", "receptions.place_required");
  }
  std::set<std::int64_t> seen(s.people.begin(), s.people.end());
  if (s.people.empty()) {
    errors.emplace_back("deputyIds", "receptions.deputies_required");
  } else if (seen.size() != s.people.size()) {
    errors.emplace_back("deputyIds", "receptions.deputy_twice");
  }
  return errors;
}

bool overlaps(std::string_view a_start, std::string_view a_end, std::string_view b_start,
              std::string_view b_end) {
  return minutes(a_start) < minutes(b_end) && minutes(b_start) < minutes(a_end);
}

std::vector<std::int64_t> double_booked(const Schedule& s, const std::vector<Duty>& others,
                                        std::int64_t self) {
  std::vector<std::int64_t> out;
  for (auto person : s.people) {
    bool busy = std::any_of(others.begin(), others.end(), [&](const Duty& d) {
      return d.person_id == person && d.reception_id != self && d.day == s.day &&
             overlaps(s.starts_at, s.ends_at, d.starts_at, d.ends_at);
    });
    if (busy && std::find(out.begin(), out.end(), person) == out.end()) out.push_back(person);
  }
  return out;
}

bool below_minimum(std::int64_t held, std::int64_t minimum) { return held < minimum; }

std::optional<std::string> refuse(Action action, Status status, std::string_view day,
                                  std::string_view today) {
  if (status != Status::planned) {
    return status == Status::held ? "receptions.already_held" : "receptions.already_cancelled";
  }
  if (action == Action::hold && day > today) return "receptions.not_yet";
  return std::nullopt;
}

FieldErrors check_held(std::int64_t visitors) {
  if (visitors < 0 || visitors > 100000) return {{"visitors", "receptions.visitors_range"}};
  return {};
}

bool is_guidance_kind(std::string_view s) {
  return s == "exchange" || s == "document" || s == "work_record";
}

FieldErrors check_guidance(std::string_view kind, std::int64_t year,
                           const std::optional<std::string>& half,
                           const std::optional<std::string>& held_on) {
  FieldErrors errors;
  if (!is_guidance_kind(kind)) errors.emplace_back("kind", "guidance.kind");
  if (year < 2000 || year > 2100) errors.emplace_back("year", "guidance.year_range");
  if (kind == "exchange" && (!half || (*half != "first" && *half != "second"))) {
    errors.emplace_back("half", "guidance.half_required");
  } else if (kind != "exchange" && half) {
    errors.emplace_back("half", "guidance.half_only_exchange");
  }
  if (held_on) {
    if (!is_date(*held_on)) {
      errors.emplace_back("heldOn", "receptions.date_format");
    } else if (std::to_string(year) != held_on->substr(0, 4)) {
      errors.emplace_back("heldOn", "guidance.date_year");
    }
  }
  return errors;
}

bool is_entry_kind(std::string_view s) {
  return s == "epidemic" || s == "inspection" || s == "research" || s == "training" ||
         s == "service" || s == "other";
}

FieldErrors check_entry(std::string_view kind, std::string_view date, std::string_view today) {
  FieldErrors errors;
  if (!is_entry_kind(kind)) errors.emplace_back("kind", "duty.kind");
  if (!is_date(date)) {
    errors.emplace_back("entryDate", "receptions.date_format");
  } else if (date > today) {
    errors.emplace_back("entryDate", "duty.date_future");
  }
  return errors;
}

std::optional<int> parse_year(std::string_view s) {
  if (s.size() != 4 || !digits(s, 0, 4)) return std::nullopt;
  int y = number(s, 0, 4);
  if (y < 2000 || y > 2100) return std::nullopt;
  return y;
}

}  // namespace md::receptions
