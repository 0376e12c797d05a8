// The union rules: ISBN-10/13 checksums, who is elected from a pick ballot, loan dates.
#include <gtest/gtest.h>

#include "modules/union/rules.hpp"

namespace md::trade_union {
namespace {

TEST(UnionRules, Isbn) {
  EXPECT_EQ(normalize_isbn("978-7-02-000220-7"), "9787020002207");
  EXPECT_EQ(normalize_isbn("9787108009821"), "9787108009821");
  EXPECT_EQ(normalize_isbn("7-02-000220-X"), "702000220X");  // X = 10 as the check
  EXPECT_EQ(normalize_isbn("7-02-000220-5"), std::nullopt);  // wrong check character
  EXPECT_EQ(normalize_isbn("0-306-40615-2"), "0306406152");
  EXPECT_EQ(normalize_isbn("0 8044 2957 x"), "080442957X");
  EXPECT_EQ(normalize_isbn("978-7-02-000220-8"), std::nullopt);  // check digit off by one
  EXPECT_EQ(normalize_isbn("977-7-02-000220-7"), std::nullopt);  // not a book prefix
  EXPECT_EQ(normalize_isbn("X306406152"), std::nullopt);         // X only last
  EXPECT_EQ(normalize_isbn("030640615"), std::nullopt);          // 9 digits
  EXPECT_EQ(normalize_isbn(""), std::nullopt);
  EXPECT_EQ(normalize_isbn("97870200022071"), std::nullopt);  // 14 digits
  EXPECT_TRUE(isbn13_valid("9791234567896"));
  EXPECT_FALSE(isbn10_valid("030640615X"));
}

std::vector<std::string> codes(const std::vector<Outcome>& o) {
  std::vector<std::string> out;
  for (auto x : o) out.emplace_back(outcome_code(x));
  return out;
}

TEST(UnionRules, TopNWithAMajorityOfTheBallotsCast) {
  // 10 ballots, 3 places: 6 is a majority, 5 is not.
  EXPECT_EQ(codes(decide_elected({9, 8, 7, 6, 5, 2}, 10, 3)),
            (std::vector<std::string>{"elected", "elected", "elected", "not_elected", "no_majority",
                                      "no_majority"}));
  // Fewer with a majority than places: the place stays empty.
  EXPECT_EQ(codes(decide_elected({9, 5, 4}, 10, 2)),
            (std::vector<std::string>{"elected", "no_majority", "no_majority"}));
  // Exactly half is not more than half.
  EXPECT_EQ(codes(decide_elected({5, 5}, 10, 2)),
            (std::vector<std::string>{"no_majority", "no_majority"}));
  // No ballots: nobody.
  EXPECT_EQ(codes(decide_elected({0, 0}, 0, 1)),
            (std::vector<std::string>{"no_majority", "no_majority"}));
}

TEST(UnionRules, ATieAcrossTheLastPlaceIsFlagged) {
  EXPECT_EQ(codes(decide_elected({9, 7, 7, 6}, 10, 2)),
            (std::vector<std::string>{"elected", "tie", "tie", "not_elected"}));
  // A tie inside the places is no problem.
  EXPECT_EQ(codes(decide_elected({8, 8, 6}, 10, 2)),
            (std::vector<std::string>{"elected", "elected", "not_elected"}));
  // A tie of everyone for one place.
  EXPECT_EQ(codes(decide_elected({6, 6, 6}, 10, 1)),
            (std::vector<std::string>{"tie", "tie", "tie"}));
  // Tied below the places but all within: elected.
  EXPECT_EQ(codes(decide_elected({7, 7}, 10, 3)), (std::vector<std::string>{"elected", "elected"}));
}

TEST(UnionRules, DatesAndOverdue) {
  EXPECT_TRUE(is_date("2024-02-29"));
  EXPECT_FALSE(is_date("2026-02-29"));
  EXPECT_FALSE(is_date("2026-1-01"));
  EXPECT_EQ(add_days("2026-11-28", 30), "2026-12-28");
  EXPECT_EQ(add_days("2026-12-15", 30), "2027-01-14");
  EXPECT_EQ(add_days("2024-02-01", 29), "2024-03-01");
  EXPECT_EQ(overdue_days("2026-11-20", std::nullopt, "2026-11-28"), 8);
  EXPECT_EQ(overdue_days("2026-11-28", std::nullopt, "2026-11-28"), 0);
  EXPECT_EQ(overdue_days("2026-12-01", std::nullopt, "2026-11-28"), 0);
  EXPECT_EQ(overdue_days("2026-11-20", std::string("2026-11-25"), "2026-11-28"), 0);
}

TEST(UnionRules, Kinds) {
  EXPECT_TRUE(is_activity_kind("moral_lecture"));
  EXPECT_FALSE(is_activity_kind("party"));
  EXPECT_TRUE(is_selection_category("office"));
  EXPECT_FALSE(is_selection_category(""));
}

}  // namespace
}  // namespace md::trade_union
