#include "modules/deputies/rules.hpp"

#include <gtest/gtest.h>

namespace md::deputies {
namespace {

TEST(Levels, FourLevelsWithChineseNames) {
  ASSERT_EQ(levels().size(), 4u);
  EXPECT_EQ(level_name("province", false), "省");
  EXPECT_EQ(level_name("city", false), "市");
  EXPECT_EQ(level_name("district", false), "区");
  EXPECT_EQ(level_name("town", false), "镇");
  EXPECT_EQ(level_name("town", true), "Town");
  EXPECT_EQ(level_name("nation", false), "");
  EXPECT_TRUE(is_level("district"));
  EXPECT_FALSE(is_level("District"));
  EXPECT_LT(level_rank("province"), level_rank("town"));
  EXPECT_EQ(level_rank("x"), 0);
}

TEST(Term, OneToThirty) {
  EXPECT_EQ(check_term(1), std::nullopt);
  EXPECT_EQ(check_term(30), std::nullopt);
  EXPECT_EQ(check_term(0), "deputies.term_range");
  EXPECT_EQ(check_term(31), "deputies.term_range");
  EXPECT_EQ(check_term(-5), "deputies.term_range");
}

TEST(Dates, RealCalendarDatesNotInTheFuture) {
  EXPECT_TRUE(is_iso_date("2024-02-29"));
  EXPECT_FALSE(is_iso_date("2023-02-29"));
  EXPECT_FALSE(is_iso_date("2023-13-01"));
  EXPECT_FALSE(is_iso_date("2023-1-01"));
  EXPECT_FALSE(is_iso_date("2023/01/01"));
  EXPECT_FALSE(is_iso_date(""));
  EXPECT_EQ(check_past_date("2026-11-28", "2026-11-28"), std::nullopt);
  EXPECT_EQ(check_past_date("2026-11-29", "2026-11-28"), "deputies.date_in_future");
  EXPECT_EQ(check_past_date("2026-02-30", "2026-11-28"), "deputies.date_format");
  EXPECT_EQ(check_end_after_start("2022-01-01", "2022-01-01"), std::nullopt);
  EXPECT_EQ(check_end_after_start("2022-01-02", "2022-01-01"), "deputies.ended_before_started");
}

TEST(Dates, DayArithmetic) {
  EXPECT_EQ(days_from_date("1970-01-01"), 0);
  EXPECT_EQ(date_from_days(0), "1970-01-01");
  EXPECT_EQ(add_days("2024-02-28", 1), "2024-02-29");
  EXPECT_EQ(add_days("2024-03-01", -1), "2024-02-29");
  EXPECT_EQ(add_days("2025-12-31", 1), "2026-01-01");
  for (std::int64_t d = -1000; d < 30000; d += 37) EXPECT_EQ(days_from_date(date_from_days(d)), d);
}

DeputyFacts party(std::int64_t id, bool branch) {
  return {id, "P" + std::to_string(id), true, branch, false};
}
DeputyFacts nonparty(std::int64_t id, bool liaison) {
  return {id, "N" + std::to_string(id), false, false, liaison};
}

TEST(Coverage, OrganizationalCountsPartyMembersInAFunctionalBranch) {
  auto c = organizational_coverage(
      {party(1, true), party(2, false), party(3, true), nonparty(4, false)});
  EXPECT_EQ(c.covered, 2);
  EXPECT_EQ(c.total, 3);
  EXPECT_EQ(c.permille, 667);  // 66.666… % → 66.7 %
  ASSERT_EQ(c.missing.size(), 1u);
  EXPECT_EQ(c.missing[0].person_id, 2);
  EXPECT_EQ(c.missing[0].name, "P2");
}

TEST(Coverage, CountsPeopleNotLevelRows) {
  // Person 1 is a deputy at two levels; the branch membership is seen on either row.
  auto c =
      organizational_coverage({party(1, false), party(1, true), party(2, false), party(2, false)});
  EXPECT_EQ(c.total, 2);
  EXPECT_EQ(c.covered, 1);
  ASSERT_EQ(c.missing.size(), 1u);
  EXPECT_EQ(c.missing[0].person_id, 2);
}

TEST(Coverage, WorkCountsNonPartyDeputiesWithALiaison) {
  auto c =
      work_coverage({nonparty(1, true), nonparty(2, false), party(3, false), nonparty(1, false)});
  EXPECT_EQ(c.total, 2);
  EXPECT_EQ(c.covered, 1);
  EXPECT_EQ(c.permille, 500);
  ASSERT_EQ(c.missing.size(), 1u);
  EXPECT_EQ(c.missing[0].person_id, 2);
}

TEST(Coverage, DemoFiguresAndRounding) {
  EXPECT_EQ(rate_permille(240, 258), 930);  // 93.02 %
  EXPECT_EQ(rate_permille(38, 42), 905);    // 90.476 %
  EXPECT_EQ(rate_permille(1, 8), 125);      // exactly 12.5 %
  EXPECT_EQ(rate_permille(1, 16), 63);      // 6.25 % → 6.3 % (half up)
  EXPECT_EQ(rate_permille(0, 3), 0);
  EXPECT_EQ(rate_permille(3, 3), 1000);
  EXPECT_EQ(rate_permille(0, 0), std::nullopt);
  auto empty = work_coverage({});
  EXPECT_EQ(empty.total, 0);
  EXPECT_EQ(empty.permille, std::nullopt);
}

TEST(Overdue, PeriodStarts) {
  EXPECT_EQ(quarter_start("2026-11-28"), "2026-10-01");
  EXPECT_EQ(quarter_start("2026-01-01"), "2026-01-01");
  EXPECT_EQ(quarter_start("2026-03-31"), "2026-01-01");
  EXPECT_EQ(quarter_start("2026-06-30"), "2026-04-01");
  EXPECT_EQ(period_start("2026-11-28", 1), "2026-11-01");
  EXPECT_EQ(period_start("2026-05-28", 6), "2026-01-01");
  EXPECT_EQ(period_start("2026-07-01", 6), "2026-07-01");
  EXPECT_EQ(period_start("2026-07-01", 12), "2026-01-01");
  EXPECT_EQ(period_months("quarter"), 3);
  EXPECT_EQ(period_months("half_year"), 6);
  EXPECT_EQ(period_months("week"), 0);
}

TEST(Overdue, NoContactInTheCurrentQuarter) {
  std::string q = quarter_start("2026-11-28");
  EXPECT_FALSE(contact_overdue(std::string("2026-10-01"), "2023-01-01", q));
  EXPECT_FALSE(contact_overdue(std::string("2026-11-28"), "2023-01-01", q));
  EXPECT_TRUE(contact_overdue(std::string("2026-09-30"), "2023-01-01", q));
  EXPECT_TRUE(contact_overdue(std::nullopt, "2023-01-01", q));
  // Assigned inside the quarter: the quarter is still open for the first contact.
  EXPECT_FALSE(contact_overdue(std::nullopt, "2026-10-01", q));
  EXPECT_FALSE(contact_overdue(std::nullopt, "2026-11-20", q));
}

}  // namespace
}  // namespace md::deputies
