#include "platform/core/china_time.hpp"

#include <cstdio>
#include <ctime>

namespace md {

constexpr std::int64_t kChinaOffset = 8 * 3600;

std::string china_format(std::int64_t unix_seconds, const char* format) {
  std::time_t t = static_cast<std::time_t>(unix_seconds + kChinaOffset);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  std::size_t n = std::strftime(buf, sizeof buf, format, &tm);
  return std::string(buf, n);
}

std::string china_date(std::int64_t unix_seconds) { return china_format(unix_seconds, "%Y-%m-%d"); }

std::string china_datetime(std::int64_t unix_seconds) {
  return china_format(unix_seconds, "%Y-%m-%d %H:%M:%S");
}

std::optional<std::int64_t> china_day_start(std::string_view date) {
  int y = 0, m = 0, d = 0;
  std::string s(date);
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' ||
      std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) {
    return std::nullopt;
  }
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return std::nullopt;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > days[m - 1] + (m == 2 && leap ? 1 : 0)) return std::nullopt;
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = m - 1;
  tm.tm_mday = d;
  return static_cast<std::int64_t>(timegm(&tm)) - kChinaOffset;
}

}  // namespace md
