// The democratic evaluation decisions: the 优秀 cap (rounded down), the review flag (strictly
// above the share), grades and outcomes, the status flow, items and weights, scores, notice
// dates and the self-assessment text.
#include <gtest/gtest.h>

#include "modules/evaluation/rules.hpp"

namespace md::evaluation {
namespace {

TEST(EvaluationRules, ExcellentCapRoundsDown) {
  struct Case {
    std::int64_t graded, cap;
  };
  const Case cases[] = {{0, 0},  {1, 0},  {2, 0},  {3, 1},  {5, 1},   {6, 2},     {12, 4},
                        {13, 4}, {14, 4}, {15, 5}, {29, 9}, {30, 10}, {2997, 999}};
  for (const auto& c : cases) EXPECT_EQ(excellent_cap(c.graded, {1, 3}), c.cap) << c.graded;
  EXPECT_EQ(excellent_cap(10, {1, 5}), 2);
  EXPECT_EQ(excellent_cap(14, {1, 5}), 2);
  EXPECT_EQ(excellent_cap(20, {3, 20}), 3);  // 15 %
  EXPECT_EQ(excellent_cap(12, {0, 3}), 0);
  EXPECT_EQ(excellent_cap(12, {1, 0}), 0);  // a broken setting never lets anyone through
  EXPECT_TRUE(within_cap(4, 12, {1, 3}));
  EXPECT_FALSE(within_cap(5, 12, {1, 3}));
  EXPECT_TRUE(within_cap(4, 14, {1, 3}));
  EXPECT_FALSE(within_cap(5, 14, {1, 3}));
  EXPECT_TRUE(within_cap(0, 0, {1, 3}));
}

TEST(EvaluationRules, ReviewFlagStrictlyAboveShare) {
  struct Case {
    PeerCounts counts;
    bool flag;
  };
  const Case cases[] = {
      {{0, 0, 0, 0, 0}, false},   // no ballots
      {{2, 0, 0, 1, 0}, false},   // exactly 1/3 is not above
      {{1, 0, 0, 2, 0}, true},    // 2/3
      {{4, 3, 2, 4, 0}, false},   // 4/13 < 1/3
      {{4, 3, 1, 5, 0}, true},    // 5/13 > 1/3
      {{0, 0, 0, 3, 6}, false},   // abstentions are ballots cast: 3/9
      {{0, 0, 0, 4, 6}, true},    // 4/10
      {{10, 0, 0, 0, 0}, false},  // no 不合格 at all
  };
  for (const auto& c : cases) {
    EXPECT_EQ(review_flag(c.counts, {1, 3}), c.flag)
        << c.counts.unqualified << "/" << c.counts.cast();
  }
  EXPECT_TRUE(review_flag({1, 0, 0, 1, 0}, {1, 3}));
  EXPECT_FALSE(review_flag({1, 0, 0, 1, 0}, {1, 2}));  // exactly half
  EXPECT_EQ(PeerCounts({1, 2, 3, 4, 5}).cast(), 15);
}

TEST(EvaluationRules, GradesAndOutcomes) {
  for (const char* g : {"excellent", "qualified", "basic", "unqualified"}) EXPECT_TRUE(is_grade(g));
  for (const char* g : {"", "good", "Excellent", "优秀", "abstain"}) EXPECT_FALSE(is_grade(g));
  EXPECT_EQ(outcome_for("excellent"), "commendation");
  EXPECT_EQ(outcome_for("qualified"), "none");
  EXPECT_EQ(outcome_for("basic"), "help_plan");
  EXPECT_EQ(outcome_for("unqualified"), "disposal");
  EXPECT_EQ(check_grade(std::string("excellent"), false), std::nullopt);
  EXPECT_EQ(check_grade(std::nullopt, false), std::nullopt);
  EXPECT_EQ(check_grade(std::nullopt, true), std::nullopt);  // clearing is always fine
  EXPECT_EQ(check_grade(std::string("qualified"), true), "evaluation.probationary_no_grade");
  EXPECT_EQ(check_grade(std::string("good"), false), "evaluation.grade");
  EXPECT_EQ(check_grade(std::string("good"), true), "evaluation.grade");
}

TEST(EvaluationRules, StatusFlow) {
  EXPECT_EQ(next_status("draft"), "self");
  EXPECT_EQ(next_status("self"), "ballot");
  EXPECT_EQ(next_status("ballot"), "scoring");
  EXPECT_EQ(next_status("scoring"), "notice");
  EXPECT_EQ(next_status("notice"), "final");
  EXPECT_EQ(next_status("final"), "");
  EXPECT_EQ(next_status("open"), "");
  EXPECT_TRUE(is_status("notice"));
  EXPECT_FALSE(is_status("closed"));
}

TEST(EvaluationRules, ItemsAndWeights) {
  std::vector<Item> items = {{"政治理论学习", "", 20},
                             {"参加组织生活", "", 20},
                             {"履职尽责", "", 25},
                             {"遵规守纪", "", 20},
                             {"联系群众", "", 15}};
  EXPECT_TRUE(check_items(items).empty());
  EXPECT_EQ(weight_sum(items), 100);
  auto bad = items;
  bad[4].weight = 14;
  ASSERT_EQ(check_items(bad).size(), 1u);
  EXPECT_EQ(check_items(bad)[0].second, "evaluation.weights_sum");
  bad = items;
  bad[0].weight = 0;
  bad[1].weight = 40;
  EXPECT_EQ(check_items(bad)[0].second, "evaluation.item_weight");
  bad = items;
  bad[2].title = "  ";
  EXPECT_EQ(check_items(bad)[0].second, "evaluation.item_title");
  EXPECT_EQ(check_items({}).at(0).second, "evaluation.items_count");
  EXPECT_EQ(check_items(std::vector<Item>(21, {"项", "", 1})).at(0).second,
            "evaluation.items_count");
  EXPECT_TRUE(check_items({{"全面表现", "", 100}}).empty());
  std::string title;
  for (int i = 0; i < 100; ++i) title += "字";
  EXPECT_TRUE(check_items({{title, "", 100}}).empty());  // 100 characters, not bytes
  EXPECT_FALSE(check_items({{title + "字", "", 100}}).empty());
}

TEST(EvaluationRules, Scores) {
  std::vector<Item> items = {{"甲", "", 20}, {"乙", "", 30}, {"丙", "", 50}};
  EXPECT_TRUE(check_scores(items, {20, 30, 50}).empty());
  EXPECT_TRUE(check_scores(items, {0, 0, 0}).empty());
  EXPECT_EQ(check_scores(items, {21, 30, 50}).at(0).second, "evaluation.score_range");
  EXPECT_EQ(check_scores(items, {-1, 30, 50}).at(0).second, "evaluation.score_range");
  EXPECT_EQ(check_scores(items, {20, 30}).at(0).second, "evaluation.scores_count");
  EXPECT_EQ(score_total({18, 27, 46}), 91);
  EXPECT_EQ(score_total({}), 0);
}

TEST(EvaluationRules, NoticeDates) {
  EXPECT_TRUE(is_date("2024-02-29"));
  EXPECT_FALSE(is_date("2026-02-29"));
  EXPECT_FALSE(is_date("2026-13-01"));
  EXPECT_FALSE(is_date("2026-1-01"));
  EXPECT_EQ(add_days("2026-12-28", 7), "2027-01-04");
  EXPECT_EQ(add_days("2024-02-28", 1), "2024-02-29");
  EXPECT_EQ(add_days("2026-03-01", -1), "2026-02-28");
  EXPECT_EQ(notice_period("2026-11-28", 7),
            std::make_pair(std::string("2026-11-28"), std::string("2026-12-04")));
  EXPECT_TRUE(check_notice("2026-11-28", "2026-12-04").empty());
  EXPECT_TRUE(check_notice("2026-11-28", "2026-11-28").empty());
  EXPECT_EQ(check_notice("2026-11-28", "2026-11-27").at(0).second, "evaluation.notice_order");
  EXPECT_EQ(check_notice("2026-11-31", "2026-12-04").at(0).first, "noticeFrom");
  EXPECT_FALSE(notice_over("2026-12-04", "2026-12-04"));  // the last day still counts
  EXPECT_TRUE(notice_over("2026-12-04", "2026-12-05"));
}

TEST(EvaluationRules, SelfAssessmentText) {
  EXPECT_EQ(check_self_assessment("认真学习党的理论，按时参加组织生活。"), std::nullopt);
  EXPECT_EQ(check_self_assessment(" \n "), "evaluation.self_blank");
  EXPECT_EQ(check_self_assessment(""), "evaluation.self_blank");
  std::string text;
  for (std::size_t i = 0; i < kMaxSelfAssessment; ++i) text += "学";
  EXPECT_EQ(check_self_assessment(text), std::nullopt);
  EXPECT_EQ(check_self_assessment(text + "学"), "evaluation.self_long");
}

}  // namespace
}  // namespace md::evaluation
