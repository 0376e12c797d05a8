// The decisions of organizational life: meeting types, periods and their bounds, the
// compliance calendar, quorum and resolutions, attendance, months without organizational life,
// the sign-in window and late entries.
#include "modules/orglife/rules.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace md::orglife {
namespace {

using Bounds = std::pair<std::string, std::string>;

TEST(OrglifeRulesMeetingTypes, EightTypesAndOnlyTheTwoBodiesVote) {
  EXPECT_EQ(meeting_types(),
            (std::vector<std::string>{"branch_assembly", "committee", "group", "lecture",
                                      "theme_day", "life_meeting", "village_lecture", "exchange"}));
  for (const auto& t : meeting_types()) EXPECT_TRUE(is_meeting_type(t)) << t;
  EXPECT_FALSE(is_meeting_type("Committee"));
  EXPECT_FALSE(is_meeting_type(""));
  EXPECT_FALSE(is_meeting_type("party_day"));
  EXPECT_TRUE(votes_resolutions("branch_assembly"));
  EXPECT_TRUE(votes_resolutions("committee"));
  EXPECT_FALSE(votes_resolutions("group"));
  EXPECT_FALSE(votes_resolutions("lecture"));
  EXPECT_FALSE(votes_resolutions("life_meeting"));
  EXPECT_FALSE(votes_resolutions("nonsense"));
}

TEST(OrglifeRulesPeriods, CodesRoundTrip) {
  for (auto p : {Period::month, Period::quarter, Period::year}) {
    EXPECT_EQ(parse_period(period_code(p)), p);
  }
  EXPECT_EQ(period_code(Period::quarter), "quarter");
  EXPECT_EQ(parse_period("Month"), std::nullopt);
  EXPECT_EQ(parse_period("week"), std::nullopt);
  EXPECT_EQ(parse_period(""), std::nullopt);
}

TEST(OrglifeRulesPeriods, LabelOfADate) {
  EXPECT_EQ(period_label(Period::month, "2026-03-15"), "2026-03");
  EXPECT_EQ(period_label(Period::quarter, "2026-03-15"), "2026Q1");
  EXPECT_EQ(period_label(Period::year, "2026-03-15"), "2026");
  // Quarter edges: the last day of March is Q1, the first of April Q2, December Q4.
  EXPECT_EQ(period_label(Period::quarter, "2026-03-31"), "2026Q1");
  EXPECT_EQ(period_label(Period::quarter, "2026-04-01"), "2026Q2");
  EXPECT_EQ(period_label(Period::quarter, "2026-09-30"), "2026Q3");
  EXPECT_EQ(period_label(Period::quarter, "2026-12-31"), "2026Q4");
  EXPECT_EQ(period_label(Period::month, "2024-02-29"), "2024-02");
}

TEST(OrglifeRulesPeriods, MalformedDateIsRejected) {
  EXPECT_THROW(period_label(Period::month, "2026-3-15"), std::invalid_argument);
  EXPECT_THROW(period_label(Period::month, "2026/03/15"), std::invalid_argument);
  EXPECT_THROW(period_label(Period::quarter, "2026-13-01"), std::invalid_argument);
  EXPECT_THROW(period_label(Period::year, "2023-02-29"), std::invalid_argument);
  EXPECT_THROW(period_label(Period::month, "2026-03"), std::invalid_argument);
  EXPECT_THROW(period_label(Period::month, "2026-03-15T10:00"), std::invalid_argument);
  EXPECT_THROW(period_label(Period::month, ""), std::invalid_argument);
}

TEST(OrglifeRulesPeriods, MonthBoundsKnowLeapYears) {
  EXPECT_EQ(period_bounds(Period::month, "2026-02"), (Bounds{"2026-02-01", "2026-02-28"}));
  EXPECT_EQ(period_bounds(Period::month, "2024-02"), (Bounds{"2024-02-01", "2024-02-29"}));
  EXPECT_EQ(period_bounds(Period::month, "2000-02"), (Bounds{"2000-02-01", "2000-02-29"}));
  EXPECT_EQ(period_bounds(Period::month, "2100-02"), (Bounds{"2100-02-01", "2100-02-28"}));
  EXPECT_EQ(period_bounds(Period::month, "2026-04"), (Bounds{"2026-04-01", "2026-04-30"}));
  EXPECT_EQ(period_bounds(Period::month, "2026-12"), (Bounds{"2026-12-01", "2026-12-31"}));
}

TEST(OrglifeRulesPeriods, QuarterAndYearBounds) {
  EXPECT_EQ(period_bounds(Period::quarter, "2026Q1"), (Bounds{"2026-01-01", "2026-03-31"}));
  EXPECT_EQ(period_bounds(Period::quarter, "2026Q2"), (Bounds{"2026-04-01", "2026-06-30"}));
  EXPECT_EQ(period_bounds(Period::quarter, "2026Q3"), (Bounds{"2026-07-01", "2026-09-30"}));
  EXPECT_EQ(period_bounds(Period::quarter, "2026Q4"), (Bounds{"2026-10-01", "2026-12-31"}));
  EXPECT_EQ(period_bounds(Period::year, "2026"), (Bounds{"2026-01-01", "2026-12-31"}));
}

TEST(OrglifeRulesPeriods, MalformedOrMismatchedLabelIsRejected) {
  EXPECT_THROW(period_bounds(Period::month, "2026-13"), std::invalid_argument);
  EXPECT_THROW(period_bounds(Period::month, "2026-00"), std::invalid_argument);
  EXPECT_THROW(period_bounds(Period::month, "2026-2"), std::invalid_argument);
  EXPECT_THROW(period_bounds(Period::quarter, "2026Q5"), std::invalid_argument);
  EXPECT_THROW(period_bounds(Period::quarter, "2026Q0"), std::invalid_argument);
  EXPECT_THROW(period_bounds(Period::quarter, "2026q1"), std::invalid_argument);
  EXPECT_THROW(period_bounds(Period::year, "26"), std::invalid_argument);
  EXPECT_THROW(period_bounds(Period::year, "20x6"), std::invalid_argument);
  // A label of another period type is not guessed at.
  EXPECT_THROW(period_bounds(Period::month, "2026Q1"), std::invalid_argument);
  EXPECT_THROW(period_bounds(Period::quarter, "2026-03"), std::invalid_argument);
  EXPECT_THROW(period_bounds(Period::year, "2026-03"), std::invalid_argument);
}

TEST(OrglifeRulesPeriods, PeriodsOfAYearInOrder) {
  auto months = periods_of_year(Period::month, 2026);
  ASSERT_EQ(months.size(), 12u);
  EXPECT_EQ(months.front(), "2026-01");
  EXPECT_EQ(months[8], "2026-09");
  EXPECT_EQ(months.back(), "2026-12");
  EXPECT_EQ(periods_of_year(Period::quarter, 2026),
            (std::vector<std::string>{"2026Q1", "2026Q2", "2026Q3", "2026Q4"}));
  EXPECT_EQ(periods_of_year(Period::year, 2026), (std::vector<std::string>{"2026"}));
  // Every label it lists has bounds.
  for (const auto& m : months) EXPECT_NO_THROW(period_bounds(Period::month, m)) << m;
  EXPECT_THROW(periods_of_year(Period::month, 10000), std::invalid_argument);
  EXPECT_THROW(periods_of_year(Period::year, -1), std::invalid_argument);
}

TEST(OrglifeRulesCalendar, DefaultRhythm) {
  auto r = default_rhythm();
  ASSERT_EQ(r.size(), 6u);
  auto find = [&](std::string_view type) -> const Rhythm* {
    for (const auto& x : r) {
      if (x.type == type) return &x;
    }
    return nullptr;
  };
  struct Want {
    const char* type;
    Period period;
  };
  for (auto w : {Want{"branch_assembly", Period::quarter}, Want{"committee", Period::month},
                 Want{"group", Period::month}, Want{"lecture", Period::quarter},
                 Want{"theme_day", Period::month}, Want{"life_meeting", Period::year}}) {
    const Rhythm* x = find(w.type);
    ASSERT_NE(x, nullptr) << w.type;
    EXPECT_EQ(x->period, w.period) << w.type;
    EXPECT_EQ(x->required, 1) << w.type;
  }
  // Village lectures and exchanges are held when arranged: they never show as overdue.
  EXPECT_EQ(find("village_lecture"), nullptr);
  EXPECT_EQ(find("exchange"), nullptr);
}

TEST(OrglifeRulesCalendar, CellCodes) {
  EXPECT_EQ(cell_code(CellState::done), "done");
  EXPECT_EQ(cell_code(CellState::due), "due");
  EXPECT_EQ(cell_code(CellState::overdue), "overdue");
  EXPECT_EQ(cell_code(CellState::future), "future");
}

TEST(OrglifeRulesCalendar, EachStateOfACell) {
  // March 2026, today inside it.
  EXPECT_EQ(cell_state(0, 1, "2026-03-01", "2026-03-31", "2026-03-15"), CellState::due);
  EXPECT_EQ(cell_state(1, 1, "2026-03-01", "2026-03-31", "2026-03-15"), CellState::done);
  // First and last day of the period are still inside it.
  EXPECT_EQ(cell_state(0, 1, "2026-03-01", "2026-03-31", "2026-03-01"), CellState::due);
  EXPECT_EQ(cell_state(0, 1, "2026-03-01", "2026-03-31", "2026-03-31"), CellState::due);
  // The day after the period ends it is overdue; the day before it starts it is future.
  EXPECT_EQ(cell_state(0, 1, "2026-03-01", "2026-03-31", "2026-04-01"), CellState::overdue);
  EXPECT_EQ(cell_state(0, 1, "2026-03-01", "2026-03-31", "2026-02-28"), CellState::future);
  // Across a year end.
  EXPECT_EQ(cell_state(0, 1, "2025-10-01", "2025-12-31", "2026-01-01"), CellState::overdue);
}

TEST(OrglifeRulesCalendar, DoneStaysDoneInPastAndFutureAndNeedsTheFullCount) {
  // A past quarter that was met stays green; one that was not is overdue.
  EXPECT_EQ(cell_state(1, 1, "2025-10-01", "2025-12-31", "2026-03-15"), CellState::done);
  EXPECT_EQ(cell_state(3, 1, "2025-10-01", "2025-12-31", "2026-03-15"), CellState::done);
  // A meeting held ahead (next month's brought forward) already counts.
  EXPECT_EQ(cell_state(1, 1, "2026-04-01", "2026-04-30", "2026-03-15"), CellState::done);
  // A rhythm of two per period: one is not enough.
  EXPECT_EQ(cell_state(1, 2, "2026-03-01", "2026-03-31", "2026-03-15"), CellState::due);
  EXPECT_EQ(cell_state(1, 2, "2026-03-01", "2026-03-31", "2026-04-02"), CellState::overdue);
  EXPECT_EQ(cell_state(2, 2, "2026-03-01", "2026-03-31", "2026-04-02"), CellState::done);
}

TEST(OrglifeRulesVotes, QuorumNeedsMoreThanHalfPresent) {
  EXPECT_TRUE(quorum_met(6, 10));
  EXPECT_FALSE(quorum_met(5, 10));  // exactly half is not enough
  EXPECT_TRUE(quorum_met(5, 9));
  EXPECT_FALSE(quorum_met(4, 9));
  EXPECT_TRUE(quorum_met(1, 1));
  EXPECT_FALSE(quorum_met(0, 1));
  EXPECT_FALSE(quorum_met(0, 0));  // nobody expected: no meeting to be quorate
  EXPECT_FALSE(quorum_met(3, 0));
  EXPECT_FALSE(quorum_met(3, -2));
}

TEST(OrglifeRulesVotes, ResolutionNeedsMoreThanHalfOfExpectedNotPresent) {
  EXPECT_TRUE(resolution_passes(6, 10));
  EXPECT_FALSE(resolution_passes(5, 10));  // exactly half of 应到 is not enough
  // 10 expected, 6 present, 5 yes: a majority of those present, but not of 应到 → fails.
  EXPECT_TRUE(quorum_met(6, 10));
  EXPECT_FALSE(resolution_passes(5, 10));
  EXPECT_TRUE(resolution_passes(4, 7));
  EXPECT_FALSE(resolution_passes(3, 7));
  EXPECT_FALSE(resolution_passes(0, 0));
  EXPECT_FALSE(resolution_passes(1, 0));
}

TEST(OrglifeRulesVotes, ImpossibleVoteCounts) {
  EXPECT_EQ(check_vote_counts(5, 2, 1, 8), std::nullopt);  // everyone voted
  EXPECT_EQ(check_vote_counts(5, 0, 0, 8), std::nullopt);  // some did not vote
  EXPECT_EQ(check_vote_counts(0, 0, 0, 0), std::nullopt);
  EXPECT_EQ(check_vote_counts(5, 3, 1, 8), "orglife.votes_exceed_present");
  EXPECT_EQ(check_vote_counts(1, 0, 0, 0), "orglife.votes_exceed_present");
  EXPECT_EQ(check_vote_counts(-1, 0, 0, 8), "orglife.votes_negative");
  EXPECT_EQ(check_vote_counts(0, -1, 0, 8), "orglife.votes_negative");
  EXPECT_EQ(check_vote_counts(0, 0, -1, 8), "orglife.votes_negative");
  // A negative count is reported as such, even when it would hide an excess.
  EXPECT_EQ(check_vote_counts(10, -3, 0, 8), "orglife.votes_negative");
}

TEST(OrglifeRulesAttendance, AbsenceAndExcuseReasonsAreDistinct) {
  for (auto r : {"sick", "personal", "official", "unexcused"}) {
    EXPECT_TRUE(is_absence_reason(r)) << r;
    EXPECT_FALSE(is_excuse_reason(r)) << r;
  }
  for (auto r : {"illness", "abroad", "suspended", "detained", "bedridden", "away6m", "mobile"}) {
    EXPECT_TRUE(is_excuse_reason(r)) << r;
    EXPECT_FALSE(is_absence_reason(r)) << r;
  }
  EXPECT_FALSE(is_absence_reason(""));
  EXPECT_FALSE(is_absence_reason("Sick"));
  EXPECT_FALSE(is_excuse_reason("away"));
}

TEST(OrglifeRulesAttendance, RateInPermilleRoundedHalfUp) {
  EXPECT_EQ(attendance_rate_permille({10, 10, 0, 2}), 1000);
  EXPECT_EQ(attendance_rate_permille({10, 0, 10, 0}), 0);
  EXPECT_EQ(attendance_rate_permille({3, 2, 1, 0}), 667);           // 666.67 → 667
  EXPECT_EQ(attendance_rate_permille({3, 1, 2, 0}), 333);           // 333.33 → 333
  EXPECT_EQ(attendance_rate_permille({8, 1, 7, 0}), 125);           // exact
  EXPECT_EQ(attendance_rate_permille({2000, 1, 0, 0}), 1);          // 0.5 → 1 (half up)
  EXPECT_EQ(attendance_rate_permille({2001, 1, 0, 0}), 0);          // 0.4998 → 0
  EXPECT_EQ(attendance_rate_permille({0, 0, 0, 5}), std::nullopt);  // everyone excused
  EXPECT_EQ(attendance_rate_permille({-1, 0, 0, 0}), std::nullopt);
}

TEST(OrglifeRulesMonthsWithout, CountsBackFromLastMonthToTheLastAttendance) {
  // Today July 2026, last attended February: June, May, April, March → 4.
  EXPECT_EQ(consecutive_months_without({"2026-02"}, "2025-01-01", "2026-07-10"), 4);
  // Attended last month: nothing missing. The current month never counts.
  EXPECT_EQ(consecutive_months_without({"2026-06"}, "2025-01-01", "2026-07-10"), 0);
  EXPECT_EQ(consecutive_months_without({"2026-06"}, "2025-01-01", "2026-07-31"), 0);
  // Attending this month does not undo last month's gap.
  EXPECT_EQ(consecutive_months_without({"2026-07", "2026-05"}, "2025-01-01", "2026-07-10"), 1);
  // Order of the list does not matter; the most recent attendance stops the count.
  EXPECT_EQ(
      consecutive_months_without({"2026-03", "2025-01", "2026-01"}, "2020-01-01", "2026-07-10"), 3);
}

TEST(OrglifeRulesMonthsWithout, MonthsBeforeJoiningDoNotCount) {
  // Joined 20 May 2026, nothing attended: June and May → 2 (the month of joining counts).
  EXPECT_EQ(consecutive_months_without({}, "2026-05-20", "2026-07-10"), 2);
  // Joined this month or later: nothing to miss yet.
  EXPECT_EQ(consecutive_months_without({}, "2026-07-01", "2026-07-10"), 0);
  EXPECT_EQ(consecutive_months_without({}, "2026-09-01", "2026-07-10"), 0);
  // The month of joining may be given as YYYY-MM.
  EXPECT_EQ(consecutive_months_without({}, "2026-05", "2026-07-10"), 2);
  // Six whole months without: the six-month review threshold is reached.
  EXPECT_EQ(consecutive_months_without({"2025-12"}, "2020-01-01", "2026-07-10"), 6);
}

TEST(OrglifeRulesMonthsWithout, CountsAcrossTheYearEnd) {
  // Today 15 January 2026, nothing since October 2025: December, November, October → 3.
  EXPECT_EQ(consecutive_months_without({"2025-09"}, "2020-01-01", "2026-01-15"), 3);
  EXPECT_EQ(consecutive_months_without({}, "2025-10-01", "2026-01-15"), 3);
  EXPECT_EQ(consecutive_months_without({"2025-12"}, "2020-01-01", "2026-01-15"), 0);
}

TEST(OrglifeRulesMonthsWithout, MeetingDatesReadAsTheirMonthAndMalformedInputsRejected) {
  // A full date in the list is read as its month, so it is not every month "missed".
  EXPECT_EQ(consecutive_months_without({"2026-06-28"}, "2025-01-01", "2026-07-10"), 0);
  // Garbage entries attend nothing.
  EXPECT_EQ(consecutive_months_without({"June", "2026-13"}, "2026-05-01", "2026-07-10"), 2);
  EXPECT_THROW(consecutive_months_without({}, "2026-05-01", "2026-7-10"), std::invalid_argument);
  EXPECT_THROW(consecutive_months_without({}, "", "2026-07-10"), std::invalid_argument);
  EXPECT_THROW(consecutive_months_without({}, "2026-02-30", "2026-07-10"), std::invalid_argument);
}

TEST(OrglifeRulesSignin, WindowEdgesAreInclusive) {
  const std::int64_t start = 1'773'000'000, end = start + 2 * 3600;
  // 30 minutes before the start the window opens; a second earlier it is closed.
  EXPECT_TRUE(in_signin_window(start - 30 * 60, start, end, 30));
  EXPECT_FALSE(in_signin_window(start - 30 * 60 - 1, start, end, 30));
  EXPECT_TRUE(in_signin_window(start, start, end, 30));
  EXPECT_TRUE(in_signin_window(start + 3600, start, end, 30));
  // Exactly at the end still signs in; one second after does not.
  EXPECT_TRUE(in_signin_window(end, start, end, 30));
  EXPECT_FALSE(in_signin_window(end + 1, start, end, 30));
}

TEST(OrglifeRulesSignin, NoLeadTimeOpensAtTheStart) {
  const std::int64_t start = 1'773'000'000, end = start + 3600;
  EXPECT_TRUE(in_signin_window(start, start, end, 0));
  EXPECT_FALSE(in_signin_window(start - 1, start, end, 0));
  // A negative lead time is read as none rather than locking out members who arrive on time.
  EXPECT_TRUE(in_signin_window(start, start, end, -15));
  EXPECT_FALSE(in_signin_window(start - 1, start, end, -15));
}

TEST(OrglifeRulesLateEntry, OnlyALaterDayIsLate) {
  EXPECT_FALSE(is_late_entry("2026-03-15", "2026-03-15"));  // minutes written the same day
  EXPECT_TRUE(is_late_entry("2026-03-15", "2026-03-16"));   // the next day
  EXPECT_TRUE(is_late_entry("2026-03-31", "2026-04-01"));
  EXPECT_TRUE(is_late_entry("2025-12-31", "2026-01-01"));
  EXPECT_FALSE(is_late_entry("2026-03-15", "2026-03-14"));  // planned ahead
}

TEST(OrglifeRulesSigninToken, PartsOfAWellShapedTokenAndNothingElse) {
  auto t = parse_signin_token("42.1795899269.n0nce.abcdef");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->meeting, 42);
  EXPECT_EQ(t->expires, 1795899269);
  EXPECT_EQ(t->nonce, "n0nce");
  EXPECT_EQ(t->mac, "abcdef");
  EXPECT_FALSE(parse_signin_token(""));
  EXPECT_FALSE(parse_signin_token("42.1795899269.nonce"));         // no MAC part
  EXPECT_FALSE(parse_signin_token("-1.1795899269.n.m"));           // not digits
  EXPECT_FALSE(parse_signin_token("1234567890123456.1.n.m"));      // 16 digits: too long
  EXPECT_FALSE(parse_signin_token(".1.n.m"));                      // empty id
  EXPECT_FALSE(parse_signin_token("99999999999999999999.1.n.m"));  // would overflow
}

}  // namespace
}  // namespace md::orglife
