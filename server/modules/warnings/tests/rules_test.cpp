// The warning-card decisions: month facts, runs across a year boundary, excused and hardship
// months, every threshold edge, and what the engine does with an existing card.
#include <gtest/gtest.h>

#include "modules/warnings/rules.hpp"

namespace md::warnings {
namespace {

constexpr auto K = MonthFact::kept;
constexpr auto M = MonthFact::missed;
constexpr auto E = MonthFact::excused;

TEST(WarningsRules, OrglifeMonthFacts) {
  EXPECT_EQ(orglife_fact({0, 0, 0}), K);  // no meeting: the branch's failure, not the member's
  EXPECT_EQ(orglife_fact({2, 1, 0}), K);  // present at one of two
  EXPECT_EQ(orglife_fact({2, 1, 1}), K);
  EXPECT_EQ(orglife_fact({1, 0, 1}), E);  // excused
  EXPECT_EQ(orglife_fact({2, 0, 1}), E);  // absent once, excused once: a good reason that month
  EXPECT_EQ(orglife_fact({1, 0, 0}), M);
  EXPECT_EQ(orglife_fact({3, 0, 0}), M);
}

TEST(WarningsRules, DuesMonthFacts) {
  EXPECT_EQ(dues_fact({false, 0, false}), K);  // before the first base
  EXPECT_EQ(dues_fact({true, 1500, true}), K);
  EXPECT_EQ(dues_fact({true, 1500, false}), M);
  EXPECT_EQ(dues_fact({true, 0, false}), E);  // hardship approved at 0: skipped
  EXPECT_EQ(dues_fact({true, 0, true}), K);
}

TEST(WarningsRules, RunsTableDriven) {
  struct Case {
    const char* name;
    std::vector<MonthFact> facts;  // oldest first; last = last complete month
    int count;
  };
  const Case cases[] = {
      {"empty", {}, 0},
      {"all kept", {K, K, K, K}, 0},
      {"last month kept ends it", {M, M, M, K}, 0},
      // 2025-11, 2025-12, 2026-01, 2026-02 all missed: the year boundary is nothing special.
      {"across a year boundary", {K, M, M, M, M}, 4},
      {"excused skipped, not counted", {K, M, E, M, M}, 3},
      {"excused at the end", {K, M, M, E}, 2},
      {"only excused", {E, E, E}, 0},
      {"hardship months skipped", {K, M, E, E, M}, 2},
      {"run stops at the first kept", {M, M, K, M, E, M}, 2},
      {"whole window", {M, M, M, M, M, M, M, M}, 8},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(consecutive(c.facts).count, c.count) << c.name;
  }
  auto r = consecutive({K, M, E, M});
  ASSERT_EQ(r.missed.size(), 2u);
  EXPECT_EQ(r.missed[0], 3);  // newest first
  EXPECT_EQ(r.missed[1], 1);
}

TEST(WarningsRules, LevelsAtEveryThreshold) {
  Thresholds t;  // 3 / 5 / 6
  const std::pair<int, Level> cases[] = {
      {0, Level::none},   {1, Level::none}, {2, Level::none},   {3, Level::yellow},
      {4, Level::yellow}, {5, Level::red},  {6, Level::review}, {7, Level::review},
  };
  for (const auto& [count, level] : cases) {
    EXPECT_EQ(level_for(count, t), level) << count;
  }
  Thresholds strict{2, 3, 4};
  EXPECT_EQ(level_for(2, strict), Level::yellow);
  EXPECT_EQ(level_for(4, strict), Level::review);
  EXPECT_TRUE(thresholds_valid(t));
  EXPECT_TRUE(thresholds_valid({3, 3, 3}));
  EXPECT_FALSE(thresholds_valid({0, 5, 6}));
  EXPECT_FALSE(thresholds_valid({3, 6, 5}));
}

TEST(WarningsRules, EngineDecisions) {
  Thresholds t;
  const CardState yellow{Level::yellow, false}, red{Level::red, false};
  const CardState yellow_proposed{Level::yellow, true};
  EXPECT_EQ(decide(std::nullopt, 2, t), Action::nothing);
  EXPECT_EQ(decide(std::nullopt, 3, t), Action::issue);
  EXPECT_EQ(decide(std::nullopt, 6, t), Action::issue);
  EXPECT_EQ(decide(yellow, 3, t), Action::nothing);  // never a duplicate
  EXPECT_EQ(decide(yellow, 4, t), Action::nothing);
  EXPECT_EQ(decide(yellow, 5, t), Action::escalate);
  EXPECT_EQ(decide(red, 6, t), Action::escalate);
  EXPECT_EQ(decide(red, 3, t), Action::nothing);     // a lower level never downgrades
  EXPECT_EQ(decide(yellow, 1, t), Action::nothing);  // not yet corrected
  EXPECT_EQ(decide(yellow, 0, t), Action::propose);
  EXPECT_EQ(decide(yellow_proposed, 0, t), Action::nothing);
  EXPECT_EQ(decide(yellow_proposed, 3, t), Action::reactivate);
  EXPECT_EQ(decide(yellow_proposed, 5, t), Action::escalate);
}

TEST(WarningsRules, NamesAndMonths) {
  EXPECT_EQ(parse_level("red"), Level::red);
  EXPECT_FALSE(parse_level("none").has_value());
  EXPECT_FALSE(parse_level("orange").has_value());
  EXPECT_EQ(level_name(Level::review), "review");
  EXPECT_TRUE(is_criterion("manual"));
  EXPECT_FALSE(is_criterion("work"));
  EXPECT_TRUE(is_status("lift_proposed"));
  EXPECT_FALSE(is_status("deleted"));
  EXPECT_EQ(previous_month("2026-01"), "2025-12");
  EXPECT_EQ(previous_month("2026-11"), "2026-10");
}

}  // namespace
}  // namespace md::warnings
