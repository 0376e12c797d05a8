#include "platform/core/china_time.hpp"

#include <gtest/gtest.h>

namespace md {
namespace {

// 2026-11-27 16:30:00 UTC is already 2026-11-28 00:30 in China.
constexpr std::int64_t kLateEveningUtc = 1795797000;

TEST(ChinaTime, TheDayChangesAtMidnightChinaTimeNotUtc) {
  EXPECT_EQ(china_date(kLateEveningUtc), "2026-11-28");
  EXPECT_EQ(china_datetime(kLateEveningUtc), "2026-11-28 00:30:00");
}

TEST(ChinaTime, DayStartIsMidnightInChina) {
  auto start = china_day_start("2026-11-28");
  ASSERT_TRUE(start.has_value());
  EXPECT_EQ(china_datetime(*start), "2026-11-28 00:00:00");
  EXPECT_EQ(kLateEveningUtc - *start, 30 * 60);
}

TEST(ChinaTime, OnlyRealDatesAreAccepted) {
  EXPECT_TRUE(china_day_start("2024-02-29").has_value());
  EXPECT_FALSE(china_day_start("2026-02-29").has_value());
  EXPECT_FALSE(china_day_start("2026-13-01").has_value());
  EXPECT_FALSE(china_day_start("2026-1-1").has_value());
  EXPECT_FALSE(china_day_start("yesterday").has_value());
}

}  // namespace
}  // namespace md
