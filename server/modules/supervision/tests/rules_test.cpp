// Supervision's pure rules: the plan check, the deliberation workflow, deadlines, the tally.
#include <gtest/gtest.h>

#include "modules/supervision/rules.hpp"

namespace md::supervision {
namespace {

TEST(SupervisionRules, Plan) {
  EXPECT_TRUE(check_plan({"law_inspection", "government", "水污染防治执法检查", "2020-05-11",
                          "2020-06-19", 2020, false})
                  .empty());
  auto e = check_plan({"audit", "department", " ", "2020-06-19", "2020-05-11", 1999, false});
  ASSERT_EQ(e.size(), 5u);
  EXPECT_EQ(e[0].second, "supervision.kind");
  EXPECT_EQ(e[1].second, "supervision.department_required");
  EXPECT_EQ(e[2].second, "supervision.title_required");
  EXPECT_EQ(e[3].second, "supervision.year_range");
  EXPECT_EQ(e[4].second, "supervision.end_before_start");
  EXPECT_EQ(check_plan({"research", "court", "t", "", "", 2020, true})[0].second,
            "supervision.department_required");
  EXPECT_TRUE(
      check_plan({"research", "court", "t", "2020-01-01", "2020-01-01", 2020, false}).empty());
}

TEST(SupervisionRules, Workflow) {
  const auto& w = deliberation_workflow();
  EXPECT_TRUE(cases::check_workflow(w).empty());
  EXPECT_EQ(w.next("sent", "reply"), "replied");
  EXPECT_EQ(w.next("replied", "follow_up"), "following");
  EXPECT_EQ(w.next("following", "reply"), "replied");
  EXPECT_EQ(w.next("replied", "close"), "closed");
  EXPECT_FALSE(w.next("sent", "close"));
  EXPECT_FALSE(w.next("closed", "reply"));
  EXPECT_TRUE(w.is_closed("closed"));
}

TEST(SupervisionRules, Deadlines) {
  EXPECT_EQ(default_reply_deadline("2020-06-30", 3), "2020-09-30");
  EXPECT_EQ(default_reply_deadline("2020-11-30", 3), "2021-02-28");
  EXPECT_TRUE(check_deadline("2020-07-01", "2020-06-30").empty());
  EXPECT_TRUE(check_deadline("2020-06-30", "2020-06-30").empty());
  EXPECT_EQ(check_deadline("2020-06-29", "2020-06-30")[0].second, "supervision.deadline_past");
  EXPECT_EQ(check_deadline("2020-6-1", "2020-06-30")[0].second, "supervision.date_format");
}

TEST(SupervisionRules, Tally) {
  EXPECT_EQ(tally({}).outcome(), "");
  EXPECT_TRUE(may_close(tally({})));
  EXPECT_EQ(tally({"satisfied", "satisfied", "basic"}).outcome(), "satisfied");
  EXPECT_EQ(tally({"satisfied", "basic", "basic", "unsatisfied"}).outcome(), "basic");
  // Exactly half satisfied or basic is not a majority.
  EXPECT_EQ(tally({"satisfied", "unsatisfied"}).outcome(), "unsatisfied");
  EXPECT_FALSE(may_close(tally({"satisfied", "unsatisfied"})));
  auto t = tally({"satisfied", "basic", "unsatisfied", "bogus"});
  EXPECT_EQ(t.total(), 3);
  EXPECT_EQ(t.basic, 1);
}

}  // namespace
}  // namespace md::supervision
