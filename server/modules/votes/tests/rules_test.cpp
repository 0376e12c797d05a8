// The decisions of a vote: passing and seats, ties, the satisfaction grade and rate, quorum,
// and the reconciliation of paper batches.
#include <gtest/gtest.h>

#include "modules/votes/result.hpp"
#include "modules/votes/rules.hpp"

namespace md::votes {
namespace {

using O = ProjectOutcome;

TEST(VotesRules, MoreThanHalfOfAllEligiblePasses) {
  // 100 eligible: 51 passes, exactly 50 does not (half is not more than half).
  auto out = decide_projects({51, 50, 49}, 100, 3);
  EXPECT_EQ(out, (std::vector<O>{O::chosen, O::failed, O::failed}));
  // Odd roster: 101 eligible needs 51.
  EXPECT_EQ(decide_projects({51, 50}, 101, 2), (std::vector<O>{O::chosen, O::failed}));
}

TEST(VotesRules, HighestYesFillTheSeats) {
  auto out = decide_projects({80, 90, 70, 60, 30}, 100, 2);
  EXPECT_EQ(
      out, (std::vector<O>{O::chosen, O::chosen, O::passed_no_seat, O::passed_no_seat, O::failed}));
}

TEST(VotesRules, TieAtTheLastSeatIsReportedForReVote) {
  auto out = decide_projects({90, 70, 70, 60}, 100, 2);
  EXPECT_EQ(out, (std::vector<O>{O::chosen, O::tie, O::tie, O::passed_no_seat}));
  // A tie that fits inside the seats is no tie.
  EXPECT_EQ(decide_projects({70, 70, 60}, 100, 2),
            (std::vector<O>{O::chosen, O::chosen, O::passed_no_seat}));
  // All tied for one seat.
  EXPECT_EQ(decide_projects({60, 60, 60}, 100, 1), (std::vector<O>{O::tie, O::tie, O::tie}));
}

TEST(VotesRules, FewerPassingThanSeatsLeavesSeatsEmpty) {
  EXPECT_EQ(decide_projects({60, 40, 10}, 100, 3),
            (std::vector<O>{O::chosen, O::failed, O::failed}));
}

TEST(VotesRules, AbstentionsCountAgainstPassingBecauseTheBaseIsAllEligible) {
  // 100 eligible, 60 voted: 40 yes, 0 no, 20 abstain → fails (40 ≤ 50).
  Json r = decide_result("projects", true, 100, 1, {{40, 0, 20}}, {{0, 0, 0}}, 60, 0);
  EXPECT_EQ(r["outcomes"][0], "failed");
  // Paper and electronic add up: 30 + 21 = 51 yes → passes.
  r = decide_result("projects", true, 100, 1, {{30, 5, 5}}, {{21, 0, 0}}, 40, 21);
  EXPECT_EQ(r["outcomes"][0], "chosen");
  EXPECT_EQ(r["total"][0], Json({51, 5, 5}));
}

TEST(VotesRules, SatisfactionGradeUsesAllMembers) {
  EXPECT_EQ(grade_satisfaction(51, 0, 100), Grade::satisfied);
  EXPECT_EQ(grade_satisfaction(50, 1, 100), Grade::basically);     // 满意 exactly half
  EXPECT_EQ(grade_satisfaction(30, 20, 100), Grade::unsatisfied);  // exactly half together
  EXPECT_EQ(grade_satisfaction(30, 21, 100), Grade::basically);
  EXPECT_EQ(grade_satisfaction(0, 0, 0), Grade::unsatisfied);
}

TEST(VotesRules, SatisfactionRateOverValidBallots) {
  EXPECT_EQ(satisfaction_rate_permille(60, 20, 90), 889);  // 80/90 = 88.9 %
  EXPECT_EQ(satisfaction_rate_permille(1, 0, 3), 333);
  EXPECT_EQ(satisfaction_rate_permille(2, 0, 3), 667);
  EXPECT_EQ(satisfaction_rate_permille(0, 0, 0), std::nullopt);
}

TEST(VotesRules, QuorumIsMoreThanHalf) {
  EXPECT_TRUE(has_quorum(51, 100));
  EXPECT_FALSE(has_quorum(50, 100));
  Json r = decide_result("satisfaction", true, 100, 0, {{40, 5, 5}}, {{0, 0, 0}}, 50, 0);
  EXPECT_EQ(r["outcomes"][0], "no_quorum");
  EXPECT_EQ(r["quorum"], false);
}

TEST(VotesRules, PaperEntryMustAddUp) {
  PaperEntry ok{10, {{6, 3, 1}, {10, 0, 0}}};
  EXPECT_EQ(check_paper_entry(ok, true, 2, 0), std::nullopt);
  PaperEntry short_sum{10, {{6, 3, 0}, {10, 0, 0}}};
  EXPECT_EQ(check_paper_entry(short_sum, true, 2, 0), "votes.paper_sum");
  PaperEntry missing{10, {{6, 3, 1}}};
  EXPECT_EQ(check_paper_entry(missing, true, 2, 0), "votes.paper_shape");
  PaperEntry negative{10, {{11, -1, 0}, {10, 0, 0}}};
  EXPECT_EQ(check_paper_entry(negative, true, 2, 0), "votes.paper_negative");
  // Pick up to 2 of 3 with 4 ballots: at most 8 marks, at most 4 per candidate.
  EXPECT_EQ(check_paper_entry({4, {{4}, {3}, {1}}}, false, 3, 2), std::nullopt);
  EXPECT_EQ(check_paper_entry({4, {{4}, {4}, {1}}}, false, 3, 2), "votes.paper_pick_limit");
  EXPECT_EQ(check_paper_entry({4, {{5}, {0}, {0}}}, false, 3, 2), "votes.paper_pick_limit");
}

TEST(VotesRules, PaperEntriesComparedFieldByField) {
  PaperEntry a{10, {{6, 3, 1}, {10, 0, 0}}};
  PaperEntry b{10, {{6, 2, 2}, {10, 0, 0}}};
  auto d = compare_paper_entries(a, b);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].question, 0);
  EXPECT_EQ(d[0].option, 1);
  EXPECT_EQ(d[0].first, 3);
  EXPECT_EQ(d[0].second, 2);
  EXPECT_TRUE(compare_paper_entries(a, a).empty());
  PaperEntry c{11, a.counts};
  auto dc = compare_paper_entries(a, c);
  ASSERT_EQ(dc.size(), 1u);
  EXPECT_EQ(dc[0].question, -1);
}

TEST(VotesRules, QuarterLabels) {
  EXPECT_TRUE(is_quarter("2026Q3"));
  EXPECT_FALSE(is_quarter("2026Q5"));
  EXPECT_FALSE(is_quarter("26Q1"));
  EXPECT_FALSE(is_quarter("1999Q1"));
}

}  // namespace
}  // namespace md::votes
