// The party dues decisions: every bracket edge, half-up rounding, months, the base in force,
// arrears and the checks of bases and payments.
#include <gtest/gtest.h>

#include "modules/dues/rules.hpp"

namespace md::dues {
namespace {

TEST(DuesRules, OfficeBracketEdges) {
  struct Case {
    std::int64_t base;
    std::int64_t due;
  };
  const Case cases[] = {
      {1, 0},            // 0.005 fen → 0
      {100, 1},          // 0.5 fen → 1 (half up)
      {99, 0},           // 0.495 fen → 0
      {300000, 1500},    // 3000.00 yuan × 0.5 %
      {300001, 3000},    // 3000.01 × 1 % = 3000.01 fen → 3000
      {300050, 3001},    // 3000.5 fen → 3001
      {500000, 5000},    // 5000 × 1 %
      {500001, 7500},    // 5000.01 × 1.5 % = 7500.015 fen → 7500
      {1000000, 15000},  // 10000 × 1.5 %
      {1000001, 20000},  // 10000.01 × 2 % = 20000.02 fen → 20000
      {1234567, 24691},  // 24691.34
      {100000000, 2000000},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(monthly_due_fen(Category::office, c.base, std::nullopt), c.due) << c.base;
  }
  EXPECT_EQ(rate_tenths_percent(Category::office, 300000), 5);
  EXPECT_EQ(rate_tenths_percent(Category::office, 300001), 10);
  EXPECT_EQ(rate_tenths_percent(Category::office, 500000), 10);
  EXPECT_EQ(rate_tenths_percent(Category::office, 500001), 15);
  EXPECT_EQ(rate_tenths_percent(Category::office, 1000000), 15);
  EXPECT_EQ(rate_tenths_percent(Category::office, 1000001), 20);
}

TEST(DuesRules, RetireeAndFixed) {
  EXPECT_EQ(monthly_due_fen(Category::retiree, 500000, std::nullopt), 2500);
  EXPECT_EQ(monthly_due_fen(Category::retiree, 500001, std::nullopt), 5000);
  EXPECT_EQ(monthly_due_fen(Category::retiree, 300000, std::nullopt), 1500);
  EXPECT_EQ(monthly_due_fen(Category::retiree, 2000000, std::nullopt), 20000);
  EXPECT_EQ(monthly_due_fen(Category::student, 0, std::nullopt), 20);
  EXPECT_EQ(monthly_due_fen(Category::student, 900000, std::nullopt), 20);
  EXPECT_EQ(monthly_due_fen(Category::farmer, 0, std::nullopt), 20);
  EXPECT_EQ(monthly_due_fen(Category::farmer, 0, 100), 100);
  EXPECT_EQ(monthly_due_fen(Category::hardship, 800000, 500), 500);
  EXPECT_EQ(percent_of(101, 5), 1);  // 0.505 → 1
}

TEST(DuesRules, Months) {
  EXPECT_TRUE(is_month("2026-01"));
  EXPECT_TRUE(is_month("2026-12"));
  EXPECT_FALSE(is_month("2026-13"));
  EXPECT_FALSE(is_month("2026-00"));
  EXPECT_FALSE(is_month("2026-1"));
  EXPECT_FALSE(is_month("1999-12"));
  EXPECT_FALSE(is_month("2026/01"));
  EXPECT_TRUE(is_date("2024-02-29"));
  EXPECT_FALSE(is_date("2026-02-29"));
  EXPECT_FALSE(is_date("2026-04-31"));
  EXPECT_EQ(month_name(month_index("2026-12") + 1), "2027-01");
  EXPECT_EQ(month_name(month_index("2026-01") - 1), "2025-12");
  EXPECT_EQ(months_between("2026-01", "2026-12"), 12);
  EXPECT_EQ(months_between("2025-11", "2026-02"), 4);
  EXPECT_EQ(months_between("2026-03", "2026-02"), 0);
}

TEST(DuesRules, BaseInForce) {
  std::vector<Base> bases = {{"2026-01", Category::office, 400000, std::nullopt},
                             {"2026-04", Category::office, 600000, std::nullopt},
                             {"2026-04", Category::office, 700000, std::nullopt}};
  EXPECT_FALSE(base_for(bases, "2025-12"));
  EXPECT_EQ(base_for(bases, "2026-03")->base_fen, 400000);
  EXPECT_EQ(base_for(bases, "2026-04")->base_fen, 700000);  // the newer record of that month
  EXPECT_EQ(*due_for(bases, "2026-03"), 4000);
  EXPECT_EQ(*due_for(bases, "2026-09"), 10500);
  EXPECT_EQ(due_sum(bases, "2026-02", "2026-05"), 4000 * 2 + 10500 * 2);
  EXPECT_EQ(due_sum(bases, "2025-11", "2026-01"), 4000);
}

TEST(DuesRules, Arrears) {
  std::vector<Base> bases = {{"2026-01", Category::office, 400000, std::nullopt}};
  auto paid = paid_months({{"2026-01", "2026-03"}, {"2026-05", "2026-05"}});
  EXPECT_EQ(paid.size(), 4u);
  auto a = arrears(bases, paid, "2026-06");
  EXPECT_EQ(a.months, (std::vector<std::string>{"2026-04", "2026-06"}));
  EXPECT_EQ(a.amount_fen, 8000);
  auto joined = arrears(bases, {}, "2026-06", std::string("2026-05"));
  EXPECT_EQ(joined.months.size(), 2u);
  EXPECT_TRUE(arrears({}, {}, "2026-06").months.empty());
  EXPECT_TRUE(arrears(bases, paid_months({{"2026-01", "2026-12"}}), "2026-06").months.empty());
}

TEST(DuesRules, Checks) {
  EXPECT_TRUE(check_base(Category::office, 500000, std::nullopt, "2026-01").empty());
  EXPECT_FALSE(check_base(Category::office, 0, std::nullopt, "2026-01").empty());
  EXPECT_FALSE(check_base(Category::office, -1, std::nullopt, "2026-01").empty());
  EXPECT_TRUE(check_base(Category::office, kMaxBaseFen, std::nullopt, "2026-01").empty());
  EXPECT_FALSE(check_base(Category::office, kMaxBaseFen + 1, std::nullopt, "2026-01").empty());
  EXPECT_FALSE(check_base(Category::office, 500000, std::nullopt, "2026-13").empty());
  EXPECT_TRUE(check_base(Category::student, 0, std::nullopt, "2026-01").empty());
  EXPECT_TRUE(check_base(Category::farmer, 0, 50, "2026-01").empty());
  EXPECT_FALSE(check_base(Category::farmer, 0, 101, "2026-01").empty());
  EXPECT_FALSE(check_base(Category::farmer, 0, 19, "2026-01").empty());
  EXPECT_FALSE(check_base(Category::hardship, 500000, std::nullopt, "2026-01").empty());
  EXPECT_TRUE(check_base(Category::hardship, 500000, 100, "2026-01").empty());

  EXPECT_TRUE(check_payment_months("2026-01", "2026-06", "2026-06").empty());
  EXPECT_TRUE(check_payment_months("2026-06", "2027-06", "2026-06").empty());
  EXPECT_EQ(check_payment_months("2026-06", "2027-07", "2026-06").at(0).second,
            "dues.month_too_far");
  EXPECT_EQ(check_payment_months("2026-06", "2026-05", "2026-06").at(0).second, "dues.month_order");
  EXPECT_EQ(check_payment_months("2026-6", "2026-05", "2026-06").at(0).second, "dues.month_format");
  EXPECT_FALSE(back_payment_warning("2025-12", "2026-06"));
  EXPECT_TRUE(back_payment_warning("2025-11", "2026-06"));
}

}  // namespace
}  // namespace md::dues
