// The rectification rules: the workflow's declaration, statuses with overdue computed from the
// deadline and today, date checks, evidence and second-person verification, progress rates.
#include <gtest/gtest.h>

#include "modules/rectification/rules.hpp"

namespace md::rectification {
namespace {

TEST(RectificationRules, WorkflowIsSound) {
  EXPECT_TRUE(cases::check_workflow(item_workflow()).empty());
  const auto& w = item_workflow();
  EXPECT_EQ(w.next("not_started", "start"), "in_progress");
  EXPECT_EQ(w.next("in_progress", "complete"), "completed");
  EXPECT_EQ(w.next("completed", "verify"), "verified");
  EXPECT_EQ(w.next("completed", "reject"), "in_progress");
  EXPECT_EQ(w.next("in_progress", "persist"), "ongoing");
  EXPECT_FALSE(w.next("not_started", "verify"));
  EXPECT_FALSE(w.next("verified", "complete"));
  EXPECT_TRUE(w.is_closed("verified"));
  EXPECT_FALSE(w.is_closed("ongoing"));
}

TEST(RectificationRules, OverdueIsComputedFromDeadlineAndToday) {
  EXPECT_EQ(status_of("not_started", "2026-11-27", "2026-11-28"), "overdue");
  EXPECT_EQ(status_of("in_progress", "2026-11-27", "2026-11-28"), "overdue");
  // The deadline day itself is still in time.
  EXPECT_EQ(status_of("in_progress", "2026-11-28", "2026-11-28"), "in_progress");
  EXPECT_EQ(status_of("not_started", "2026-12-31", "2026-11-28"), "not_started");
  // Done and long-term items are never overdue.
  EXPECT_EQ(status_of("completed", "2020-01-01", "2026-11-28"), "done");
  EXPECT_EQ(status_of("verified", "2020-01-01", "2026-11-28"), "done");
  EXPECT_EQ(status_of("ongoing", "2020-01-01", "2026-11-28"), "ongoing");
  // The same item becomes overdue as days pass: nothing stored goes stale.
  EXPECT_EQ(status_of("in_progress", "2026-12-01", "2026-12-01"), "in_progress");
  EXPECT_EQ(status_of("in_progress", "2026-12-01", "2026-12-02"), "overdue");
}

TEST(RectificationRules, StatusFilters) {
  EXPECT_EQ(states_for_status("done"), (std::vector<std::string>{"completed", "verified"}));
  EXPECT_EQ(states_for_status("overdue"), (std::vector<std::string>{"not_started", "in_progress"}));
  EXPECT_EQ(states_for_status("ongoing"), (std::vector<std::string>{"ongoing"}));
  EXPECT_TRUE(states_for_status("bogus").empty());
  EXPECT_TRUE(is_source("patrol"));
  EXPECT_TRUE(is_source("satisfaction"));
  EXPECT_FALSE(is_source("rumour"));
}

TEST(RectificationRules, Dates) {
  EXPECT_TRUE(check_dates("2026-11-01", "2026-12-31").empty());
  EXPECT_TRUE(check_dates("2026-11-01", "2026-11-01").empty());
  auto e = check_dates("2026-11-01", "2026-10-31");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].first, "deadline");
  EXPECT_EQ(e[0].second, "rectification.deadline_before_start");
  e = check_dates("2026-02-30", "soon");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].second, "rectification.date_format");
}

TEST(RectificationRules, EvidenceAndSecondPerson) {
  EXPECT_EQ(refuse_completion(true, 0), "rectification.evidence_required");
  EXPECT_FALSE(refuse_completion(true, 1));
  EXPECT_FALSE(refuse_completion(false, 0));
  EXPECT_EQ(refuse_verification(7, 7), "rectification.same_person");
  EXPECT_FALSE(refuse_verification(7, 8));
  EXPECT_FALSE(refuse_verification(std::nullopt, 8));
}

TEST(RectificationRules, CompletionRate) {
  EXPECT_EQ(completion_permille(0, 0, 0), 0);
  EXPECT_EQ(completion_permille(1, 0, 3), 333);
  EXPECT_EQ(completion_permille(1, 1, 3), 667);
  EXPECT_EQ(completion_permille(5, 5, 10), 1000);
  EXPECT_EQ(ref_no("2026-11-28", "AB12"), "ZG20261128-AB12");
}

}  // namespace
}  // namespace md::rectification
