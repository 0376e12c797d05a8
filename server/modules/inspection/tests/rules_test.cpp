// The self-inspection module's decisions: dates and deadlines, items, answers (an issue needs
// a note), completion rate, findings' transitions and overdue.
#include <gtest/gtest.h>

#include "modules/inspection/rules.hpp"

namespace md::inspection {
namespace {

TEST(InspectionRules, Dates) {
  EXPECT_TRUE(is_date("2024-02-29"));
  EXPECT_FALSE(is_date("2026-02-29"));
  EXPECT_TRUE(is_date("2000-02-29"));
  EXPECT_FALSE(is_date("2100-02-29"));
  EXPECT_FALSE(is_date("2026-04-31"));
  EXPECT_FALSE(is_date("2026-4-1"));
  EXPECT_FALSE(is_date("1999-12-31"));
  EXPECT_FALSE(is_date("2026/04/01"));
  EXPECT_FALSE(is_date(""));
}

TEST(InspectionRules, DeadlineNotBeforeToday) {
  EXPECT_EQ(check_deadline("2026-03-05", "2026-03-05"), std::nullopt);  // today is fine
  EXPECT_EQ(check_deadline("2026-03-06", "2026-03-05"), std::nullopt);
  EXPECT_EQ(check_deadline("2026-03-04", "2026-03-05"), "inspection.date_past");
  EXPECT_EQ(check_deadline("2025-12-31", "2026-01-01"), "inspection.date_past");
  EXPECT_EQ(check_deadline("2026-13-01", "2026-01-01"), "inspection.date_format");
}

TEST(InspectionRules, Items) {
  EXPECT_EQ(check_items({"改进调查研究"}), std::nullopt);
  EXPECT_EQ(check_items({}), "inspection.items");
  EXPECT_EQ(check_items({"改进调查研究", "  "}), "inspection.items");
  EXPECT_EQ(check_items(std::vector<std::string>(50, "项")), std::nullopt);
  EXPECT_EQ(check_items(std::vector<std::string>(51, "项")), "inspection.items");
  std::string long_text;
  for (int i = 0; i < 300; ++i) long_text += "字";
  EXPECT_EQ(check_items({long_text}), std::nullopt);  // 300 characters, not bytes
  EXPECT_EQ(check_items({long_text + "字"}), "inspection.items");
}

TEST(InspectionRules, IssueNeedsNote) {
  EXPECT_EQ(check_answer("compliant", ""), std::nullopt);
  EXPECT_EQ(check_answer("na", ""), std::nullopt);
  EXPECT_EQ(check_answer("issue", "公务接待超标准"), std::nullopt);
  EXPECT_EQ(check_answer("issue", ""), "inspection.note_required");
  EXPECT_EQ(check_answer("issue", " \n\t"), "inspection.note_required");
  EXPECT_EQ(check_answer("yes", "x"), "inspection.result_unknown");
  EXPECT_EQ(check_answer("compliant", std::string(1001, 'x')), "inspection.note_long");
}

TEST(InspectionRules, Completion) {
  EXPECT_TRUE(completed(8, 8));
  EXPECT_FALSE(completed(7, 8));
  EXPECT_FALSE(completed(0, 0));
  EXPECT_EQ(percent(0, 0), 0);
  EXPECT_EQ(percent(5, 8), 63);  // 62.5 rounds half up
  EXPECT_EQ(percent(1, 3), 33);
  EXPECT_EQ(percent(2, 3), 67);
  EXPECT_EQ(percent(8, 8), 100);
}

TEST(InspectionRules, Transitions) {
  EXPECT_TRUE(may_transition("open", "open"));
  EXPECT_TRUE(may_transition("open", "rectified"));
  EXPECT_FALSE(may_transition("open", "verified"));  // rectify first
  EXPECT_TRUE(may_transition("rectified", "verified"));
  EXPECT_TRUE(may_transition("rectified", "open"));  // sent back
  EXPECT_FALSE(may_transition("verified", "open"));
  EXPECT_FALSE(may_transition("verified", "verified"));
  EXPECT_FALSE(may_transition("open", "closed"));
}

TEST(InspectionRules, Overdue) {
  EXPECT_TRUE(overdue("open", "2026-03-04", "2026-03-05"));
  EXPECT_FALSE(overdue("open", "2026-03-05", "2026-03-05"));  // due today: not yet
  EXPECT_FALSE(overdue("rectified", "2026-03-01", "2026-03-05"));
  EXPECT_FALSE(overdue("open", std::nullopt, "2026-03-05"));
}

}  // namespace
}  // namespace md::inspection
