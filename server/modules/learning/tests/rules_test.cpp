// The learning module's decisions: months and study dates, quiz checks and scoring (a question
// counts only when the chosen set equals the answer set), hours per person and per branch.
#include <gtest/gtest.h>

#include "modules/learning/rules.hpp"

namespace md::learning {
namespace {

using K = QuestionKind;

Question single(std::vector<std::string> options, std::int64_t right) {
  return {"问题", K::single, std::move(options), {right}};
}
Question multiple(std::vector<std::string> options, std::vector<std::int64_t> right) {
  return {"问题", K::multiple, std::move(options), std::move(right)};
}

TEST(LearningRules, Months) {
  EXPECT_TRUE(is_month("2026-01"));
  EXPECT_TRUE(is_month("2026-12"));
  EXPECT_FALSE(is_month("2026-13"));
  EXPECT_FALSE(is_month("2026-00"));
  EXPECT_FALSE(is_month("2026-1"));
  EXPECT_FALSE(is_month("26-01"));
  EXPECT_FALSE(is_month("1999-05"));
  EXPECT_FALSE(is_month("2026/01"));
  EXPECT_FALSE(is_month("2026-0a"));
  EXPECT_FALSE(is_month(""));
}

TEST(LearningRules, StudyDates) {
  EXPECT_TRUE(is_date("2024-02-29"));
  EXPECT_FALSE(is_date("2026-02-29"));
  EXPECT_FALSE(is_date("2100-02-29"));  // not a leap year
  EXPECT_TRUE(is_date("2000-02-29"));   // a leap year
  EXPECT_FALSE(is_date("2026-04-31"));
  EXPECT_FALSE(is_date("2026-4-1"));
  EXPECT_FALSE(is_date("2026-04-01T00"));
  EXPECT_EQ(check_studied_on("2026-03-05", "2026-03-05"), std::nullopt);  // today is fine
  EXPECT_EQ(check_studied_on("2026-03-06", "2026-03-05"), "learning.date_future");
  EXPECT_EQ(check_studied_on("2026-02-30", "2026-03-05"), "learning.date_format");
  EXPECT_EQ(check_studied_on("yesterday", "2026-03-05"), "learning.date_format");
}

TEST(LearningRules, QuizKinds) {
  EXPECT_EQ(parse_kind("single"), K::single);
  EXPECT_EQ(parse_kind("multiple"), K::multiple);
  EXPECT_EQ(parse_kind("essay"), std::nullopt);
  EXPECT_EQ(kind_code(K::multiple), "multiple");
}

TEST(LearningRules, AValidQuizPasses) {
  std::vector<Question> qs = {single({"对", "错"}, 0), multiple({"甲", "乙", "丙"}, {0, 2})};
  EXPECT_EQ(check_quiz(qs), std::nullopt);
}

TEST(LearningRules, QuizCountIsOneToFifty) {
  EXPECT_EQ(check_quiz({})->code, "learning.quiz_count");
  std::vector<Question> fifty(50, single({"对", "错"}, 1));
  EXPECT_EQ(check_quiz(fifty), std::nullopt);
  fifty.push_back(single({"对", "错"}, 1));
  EXPECT_EQ(check_quiz(fifty)->code, "learning.quiz_count");
}

TEST(LearningRules, QuizQuestionText) {
  auto q = single({"对", "错"}, 0);
  q.text = "  ";
  auto p = check_quiz({single({"对", "错"}, 0), q});
  ASSERT_TRUE(p);
  EXPECT_EQ(p->code, "learning.quiz_text");
  EXPECT_EQ(p->question, 1);
  q.text.clear();
  for (int i = 0; i < 500; ++i) q.text += "法";  // 500 characters, 1500 bytes
  EXPECT_EQ(check_quiz({q}), std::nullopt);
  q.text += "法";
  EXPECT_EQ(check_quiz({q})->code, "learning.quiz_text");
}

TEST(LearningRules, QuizOptionsTwoToEight) {
  EXPECT_EQ(check_quiz({single({"唯一"}, 0)})->code, "learning.quiz_options");
  EXPECT_EQ(check_quiz({single({"1", "2", "3", "4", "5", "6", "7", "8"}, 7)}), std::nullopt);
  EXPECT_EQ(check_quiz({single({"1", "2", "3", "4", "5", "6", "7", "8", "9"}, 0)})->code,
            "learning.quiz_options");
  EXPECT_EQ(check_quiz({single({"对", ""}, 0)})->code, "learning.quiz_options");
}

TEST(LearningRules, SingleChoiceNeedsExactlyOneAnswer) {
  auto q = single({"甲", "乙", "丙"}, 0);
  q.answer = {0, 1};
  EXPECT_EQ(check_quiz({q})->code, "learning.quiz_single");
  q.answer = {};
  EXPECT_EQ(check_quiz({q})->code, "learning.quiz_answer");
}

TEST(LearningRules, AnswerIndexesInRangeAndDistinct) {
  EXPECT_EQ(check_quiz({single({"甲", "乙"}, 2)})->code, "learning.quiz_answer");
  EXPECT_EQ(check_quiz({single({"甲", "乙"}, -1)})->code, "learning.quiz_answer");
  EXPECT_EQ(check_quiz({multiple({"甲", "乙", "丙"}, {1, 1})})->code, "learning.quiz_answer");
  EXPECT_EQ(check_quiz({multiple({"甲", "乙", "丙"}, {})})->code, "learning.quiz_answer");
  // A multiple-choice question may have a single right option.
  EXPECT_EQ(check_quiz({multiple({"甲", "乙", "丙"}, {2})}), std::nullopt);
}

TEST(LearningRules, AQuestionCountsOnlyWhenTheSetsAreEqual) {
  auto m = multiple({"甲", "乙", "丙", "丁"}, {0, 2});
  EXPECT_TRUE(answered_right(m, {0, 2}));
  EXPECT_TRUE(answered_right(m, {2, 0}));      // order does not matter
  EXPECT_TRUE(answered_right(m, {2, 0, 2}));   // a repeated pick is the same set
  EXPECT_FALSE(answered_right(m, {0}));        // one right option missing
  EXPECT_FALSE(answered_right(m, {0, 1, 2}));  // one wrong option added
  EXPECT_FALSE(answered_right(m, {}));
  auto s = single({"对", "错"}, 1);
  EXPECT_TRUE(answered_right(s, {1}));
  EXPECT_FALSE(answered_right(s, {0, 1}));
  EXPECT_FALSE(answered_right(s, {7}));
}

TEST(LearningRules, ScoreIsRoundedAndComparedWithThePassMark) {
  std::vector<Question> qs = {single({"对", "错"}, 0), single({"对", "错"}, 1),
                              multiple({"甲", "乙", "丙"}, {0, 1})};
  auto all = score_quiz(qs, {{0}, {1}, {1, 0}}, 60);
  EXPECT_EQ(all.correct, 3);
  EXPECT_EQ(all.total, 3);
  EXPECT_EQ(all.score, 100);
  EXPECT_TRUE(all.passed);
  auto two = score_quiz(qs, {{0}, {1}, {0}}, 60);  // 2/3 = 66.67 → 67
  EXPECT_EQ(two.correct, 2);
  EXPECT_EQ(two.score, 67);
  EXPECT_TRUE(two.passed);
  auto one = score_quiz(qs, {{0}, {0}, {0}}, 60);  // 1/3 = 33.33 → 33
  EXPECT_EQ(one.score, 33);
  EXPECT_FALSE(one.passed);
  EXPECT_TRUE(score_quiz(qs, {{0}, {0}, {0}}, 33).passed);  // score equal to the mark passes
  auto missing = score_quiz(qs, {{0}}, 0);                  // unanswered questions are wrong
  EXPECT_EQ(missing.correct, 1);
  EXPECT_TRUE(missing.passed);  // a pass mark of 0 passes anyone who submits
}

TEST(LearningRules, PercentRoundsHalfUp) {
  EXPECT_EQ(percent(1, 8), 13);  // 12.5 → 13
  EXPECT_EQ(percent(1, 3), 33);
  EXPECT_EQ(percent(2, 3), 67);
  EXPECT_EQ(percent(0, 5), 0);
  EXPECT_EQ(percent(5, 5), 100);
  EXPECT_EQ(percent(1, 0), 0);
}

TEST(LearningRules, HoursToOneDecimal) {
  EXPECT_EQ(hour_tenths(0), 0);
  EXPECT_EQ(hour_tenths(60), 10);
  EXPECT_EQ(hour_tenths(95), 16);  // 1.583 → 1.6
  EXPECT_EQ(hour_tenths(2), 0);    // 0.033 → 0.0
  EXPECT_EQ(hour_tenths(3), 1);    // 0.05 → 0.1 (half up)
  EXPECT_EQ(hour_tenths(-5), 0);
  EXPECT_DOUBLE_EQ(tenths_value(16), 1.6);
  // Per member: 200 minutes among 3 members = 1.11 hours each → 1.1.
  EXPECT_EQ(hour_tenths_per_member(200, 3), 11);
  EXPECT_EQ(hour_tenths_per_member(270, 3), 15);  // 1.5 exactly
  EXPECT_EQ(hour_tenths_per_member(9, 1), 2);     // 0.15 → 0.2
  EXPECT_EQ(hour_tenths_per_member(100, 0), 0);
}

// 1 party group ─ 2 branch ─ 6 group of 2; 3 functional branch ─ 7 group of 3; 8 town body.
std::map<std::int64_t, Unit> tree() {
  return {{1, {std::nullopt, "party_group"}},
          {2, {1, "branch"}},
          {3, {1, "functional_branch"}},
          {6, {2, "group"}},
          {7, {3, "group"}},
          {8, {1, "town_congress"}}};
}

TEST(LearningRules, BranchOfAUnit) {
  auto u = tree();
  EXPECT_EQ(branch_of(u, 2), 2);
  EXPECT_EQ(branch_of(u, 6), 2);
  EXPECT_EQ(branch_of(u, 7), 3);
  EXPECT_EQ(branch_of(u, 1), std::nullopt);
  EXPECT_EQ(branch_of(u, 8), std::nullopt);
  EXPECT_EQ(branch_of(u, 99), std::nullopt);
}

TEST(LearningRules, HomeBranchIsThePrimaryOne) {
  auto u = tree();
  EXPECT_EQ(home_branch(u, {{1, 7, false}, {1, 6, true}}), 2);
  EXPECT_EQ(home_branch(u, {{1, 7, false}}), 3);
  EXPECT_EQ(home_branch(u, {{1, 8, true}}), std::nullopt);
  EXPECT_EQ(home_branch(u, {}), std::nullopt);
}

TEST(LearningRules, BranchTotalsCountEachPersonOncePerBranch) {
  auto u = tree();
  // Person 10: branch 2 and its group 6 (once in 2) and functional branch 3 (dual life).
  // Person 11: branch 2 only, studied nothing. Person 12: group 7 only.
  std::vector<Membership> ms = {{10, 2, true}, {10, 6, false}, {10, 3, false},
                                {11, 2, true}, {12, 7, true},  {13, 8, true}};
  auto totals = branch_totals(u, ms, {{10, 120}, {12, 45}, {99, 600}});
  ASSERT_EQ(totals.size(), 2u);
  EXPECT_EQ(totals[2].members, 2);
  EXPECT_EQ(totals[2].minutes, 120);
  EXPECT_EQ(totals[3].members, 2);
  EXPECT_EQ(totals[3].minutes, 165);
  EXPECT_EQ(hour_tenths_per_member(totals[2].minutes, totals[2].members), 10);  // 1.0 each
}

}  // namespace
}  // namespace md::learning
