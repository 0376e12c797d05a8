#include "platform/cases/workdays.hpp"

#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace md::cases {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::year;
using std::chrono::year_month_day;

std::optional<year_month_day> parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  }
  const auto num = [&](std::size_t at, std::size_t len) {
    int v = 0;
    for (std::size_t i = at; i < at + len; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  year_month_day ymd{year{num(0, 4)}, month{static_cast<unsigned>(num(5, 2))},
                     day{static_cast<unsigned>(num(8, 2))}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

year_month_day must_parse(std::string_view s) {
  auto d = parse(s);
  if (!d) throw std::invalid_argument("cases: not a YYYY-MM-DD date: " + std::string(s));
  return *d;
}

std::string format(const year_month_day& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()) % 10000,
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

}  // namespace

bool is_date(std::string_view date) { return parse(date).has_value(); }

int weekday(std::string_view date) {
  // std::chrono::weekday: 0 = Sunday; iso_encoding: 1 = Monday … 7 = Sunday.
  return static_cast<int>(std::chrono::weekday{sys_days{must_parse(date)}}.iso_encoding()) - 1;
}

std::string add_days(std::string_view date, int days) {
  return format(year_month_day{sys_days{must_parse(date)} + std::chrono::days{days}});
}

std::string add_months(std::string_view date, int months) {
  auto d = must_parse(date);
  auto ym = std::chrono::year_month{d.year(), d.month()} + std::chrono::months{months};
  auto last = std::chrono::year_month_day_last{ym.year(), std::chrono::month_day_last{ym.month()}};
  return format(year_month_day{ym.year(), ym.month(), std::min(d.day(), last.day())});
}

bool is_working_day(std::string_view date, const WorkCalendar& cal) {
  if (cal.holidays.count(date)) return false;
  if (cal.makeup_workdays.count(date)) return true;
  return weekday(date) < 5;
}

std::string add_working_days(std::string_view date, int n, const WorkCalendar& cal) {
  if (n < 1) throw std::invalid_argument("cases: working days must be at least 1");
  std::string d(date);
  // A year of holidays in a row would be a broken calendar: stop rather than loop for ever.
  for (int steps = 0; steps < 3660; ++steps) {
    d = add_days(d, 1);
    if (is_working_day(d, cal) && --n == 0) return d;
  }
  throw std::invalid_argument("cases: no working day found (check the holiday calendar)");
}

int working_days_between(std::string_view from, std::string_view to, const WorkCalendar& cal) {
  int count = 0;
  for (std::string d = add_days(from, 1); d <= to; d = add_days(d, 1)) {
    if (is_working_day(d, cal)) ++count;
  }
  return count;
}

}  // namespace md::cases
