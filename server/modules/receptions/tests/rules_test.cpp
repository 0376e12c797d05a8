// The reception-day rules: dates and times, the public notice window, the schedule checks,
// double duty, the yearly minimum, status changes, guidance records and duty entries.
#include <gtest/gtest.h>

#include "modules/receptions/rules.hpp"

namespace md::receptions {
namespace {

TEST(ReceptionRules, DatesAndTimes) {
  struct Case {
    const char* text;
    bool date;
    bool time;
  };
  const Case cases[] = {
      {"2026-11-28", true, false},  {"2024-02-29", true, false},  {"2026-02-29", false, false},
      {"2026-13-01", false, false}, {"1999-12-31", false, false}, {"2026-1-01", false, false},
      {"09:00", false, true},       {"23:59", false, true},       {"24:00", false, false},
      {"9:00", false, false},       {"09:60", false, false},      {"", false, false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(is_date(c.text), c.date) << c.text;
    EXPECT_EQ(is_time(c.text), c.time) << c.text;
  }
}

TEST(ReceptionRules, AddDaysAcrossMonthsYearsAndLeapDays) {
  EXPECT_EQ(add_days("2026-12-01", -3), "2026-11-28");
  EXPECT_EQ(add_days("2027-01-02", -3), "2026-12-30");
  EXPECT_EQ(add_days("2024-03-01", -1), "2024-02-29");
  EXPECT_EQ(add_days("2026-11-28", 0), "2026-11-28");
  EXPECT_EQ(add_days("2026-11-28", 400), "2028-01-02");
  EXPECT_EQ(day_number("1970-01-02"), 1);
}

TEST(ReceptionRules, PublicFromTheNoticeDateUntilTheDay) {
  struct Case {
    Status status;
    const char* day;
    const char* today;
    std::int64_t notice;
    bool shown;
  };
  const Case cases[] = {
      {Status::planned, "2026-12-01", "2026-11-27", 3, false},  // 4 days before
      {Status::planned, "2026-12-01", "2026-11-28", 3, true},   // the notice date
      {Status::planned, "2026-12-01", "2026-12-01", 3, true},   // the day itself
      {Status::planned, "2026-12-01", "2026-12-02", 3, false},  // over
      {Status::cancelled, "2026-12-01", "2026-11-30", 3, false},
      {Status::held, "2026-12-01", "2026-12-01", 3, false},
      {Status::planned, "2026-12-01", "2026-12-01", 0, true},
      {Status::planned, "2026-12-01", "2026-11-30", 0, false},
      {Status::planned, "2027-01-01", "2026-12-29", 3, true},  // across the year
  };
  for (const auto& c : cases) {
    EXPECT_EQ(is_public(c.status, c.day, c.today, c.notice), c.shown) << c.day << " " << c.today;
  }
  EXPECT_EQ(notice_date("2026-12-01", 3), "2026-11-28");
}

TEST(ReceptionRules, ScheduleChecks) {
  struct Case {
    Schedule s;
    bool check_past;
    FieldErrors expected;
  };
  const std::string today = "2026-11-28";
  const Case cases[] = {
      {{"2026-11-30", "09:00", "11:30", "工作室", {1, 2}}, true, {}},
      {{"2026-11-28", "09:00", "11:30", "工作室", {1}}, true, {}},  // today is allowed
      {{"2026-11-27", "09:00", "11:30", "工作室", {1}}, true, {{"day", "receptions.day_past"}}},
      {{"2026-11-27", "09:00", "11:30", "工作室", {1}}, false, {}},  // an edit keeps its day
      {{"2026-02-30", "09:00", "11:30", "工作室", {1}}, true, {{"day", "receptions.date_format"}}},
      {{"2026-11-30", "9:00", "11:30", "工作室", {1}},
       true,
       {{"startsAt", "receptions.time_format"}}},
      {{"2026-11-30", "09:00", "25:00", "工作室", {1}},
       true,
       {{"endsAt", "receptions.time_format"}}},
      {{"2026-11-30", "11:30", "11:30", "工作室", {1}},
       true,
       {{"endsAt", "receptions.time_order"}}},
      {{"2026-11-30", "11:30", "09:00", "工作室", {1}},
       true,
       {{"endsAt", "receptions.time_order"}}},
      {{"2026-11-30", "09:00", "11:30", "  ", {1}}, true, {{"place", "receptions.place_required"}}},
      {{"2026-11-30", "09:00", "11:30", "工作室", {}},
       true,
       {{"deputyIds", "receptions.deputies_required"}}},
      {{"2026-11-30", "09:00", "11:30", "工作室", {3, 3}},
       true,
       {{"deputyIds", "receptions.deputy_twice"}}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(check_schedule(c.s, today, c.check_past), c.expected)
        << c.s.day << " " << c.s.starts_at << "-" << c.s.ends_at;
  }
}

TEST(ReceptionRules, OverlapsNeedSharedMinutes) {
  EXPECT_TRUE(overlaps("09:00", "11:00", "10:00", "12:00"));
  EXPECT_TRUE(overlaps("09:00", "11:00", "09:30", "10:00"));   // inside
  EXPECT_TRUE(overlaps("09:00", "11:00", "08:00", "12:00"));   // around
  EXPECT_FALSE(overlaps("09:00", "11:00", "11:00", "12:00"));  // back to back
  EXPECT_FALSE(overlaps("14:00", "16:00", "09:00", "11:00"));
}

TEST(ReceptionRules, DoubleBookedDeputies) {
  Schedule s{"2026-12-01", "09:00", "11:00", "工作室", {1, 2, 3}};
  std::vector<Duty> others = {
      {10, 1, "2026-12-01", "10:30", "12:00"},  // overlaps: 1
      {11, 2, "2026-12-01", "11:00", "12:00"},  // back to back: fine
      {12, 3, "2026-12-02", "09:00", "11:00"},  // another day: fine
      {13, 1, "2026-12-01", "08:00", "09:30"},  // 1 again: listed once
      {7, 3, "2026-12-01", "09:00", "11:00"},   // the reception itself (an edit)
  };
  EXPECT_EQ(double_booked(s, others, 7), std::vector<std::int64_t>({1}));
  EXPECT_EQ(double_booked(s, others, 0), std::vector<std::int64_t>({1, 3}));
  EXPECT_TRUE(double_booked(s, {}, 0).empty());
}

TEST(ReceptionRules, BelowTheYearlyMinimum) {
  EXPECT_TRUE(below_minimum(0, 2));
  EXPECT_TRUE(below_minimum(1, 2));
  EXPECT_FALSE(below_minimum(2, 2));
  EXPECT_FALSE(below_minimum(5, 2));
}

TEST(ReceptionRules, OnlyPlannedReceptionsChange) {
  struct Case {
    Action action;
    Status status;
    const char* day;
    std::optional<std::string> refused;
  };
  const std::string today = "2026-11-28";
  const Case cases[] = {
      {Action::edit, Status::planned, "2026-12-01", std::nullopt},
      {Action::edit, Status::held, "2026-11-01", "receptions.already_held"},
      {Action::edit, Status::cancelled, "2026-12-01", "receptions.already_cancelled"},
      {Action::cancel, Status::planned, "2026-12-01", std::nullopt},
      {Action::cancel, Status::held, "2026-11-01", "receptions.already_held"},
      {Action::hold, Status::planned, "2026-11-28", std::nullopt},
      {Action::hold, Status::planned, "2026-11-01", std::nullopt},
      {Action::hold, Status::planned, "2026-11-29", "receptions.not_yet"},
      {Action::hold, Status::held, "2026-11-01", "receptions.already_held"},
      {Action::hold, Status::cancelled, "2026-11-01", "receptions.already_cancelled"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(refuse(c.action, c.status, c.day, today), c.refused) << c.day;
  }
  EXPECT_TRUE(check_held(0).empty());
  EXPECT_TRUE(check_held(100000).empty());
  EXPECT_EQ(check_held(-1), FieldErrors({{"visitors", "receptions.visitors_range"}}));
  EXPECT_EQ(check_held(100001), FieldErrors({{"visitors", "receptions.visitors_range"}}));
}

TEST(ReceptionRules, StatusNamesRoundTrip) {
  for (auto s : {Status::planned, Status::held, Status::cancelled}) {
    EXPECT_EQ(parse_status(status_name(s)), s);
  }
  EXPECT_FALSE(parse_status("done"));
}

TEST(GuidanceRules, Checks) {
  using Opt = std::optional<std::string>;
  EXPECT_TRUE(check_guidance("exchange", 2026, Opt("first"), Opt("2026-06-20")).empty());
  EXPECT_TRUE(check_guidance("document", 2020, std::nullopt, std::nullopt).empty());
  EXPECT_TRUE(check_guidance("work_record", 2025, std::nullopt, Opt("2025-12-31")).empty());
  EXPECT_EQ(check_guidance("exchange", 2026, std::nullopt, std::nullopt),
            FieldErrors({{"half", "guidance.half_required"}}));
  EXPECT_EQ(check_guidance("exchange", 2026, Opt("third"), std::nullopt),
            FieldErrors({{"half", "guidance.half_required"}}));
  EXPECT_EQ(check_guidance("document", 2026, Opt("first"), std::nullopt),
            FieldErrors({{"half", "guidance.half_only_exchange"}}));
  EXPECT_EQ(check_guidance("memo", 1999, std::nullopt, Opt("2026-13-01")),
            FieldErrors({{"kind", "guidance.kind"},
                         {"year", "guidance.year_range"},
                         {"heldOn", "receptions.date_format"}}));
  EXPECT_EQ(check_guidance("document", 2026, std::nullopt, Opt("2025-06-01")),
            FieldErrors({{"heldOn", "guidance.date_year"}}));
}

TEST(DutyRules, EntriesAndYears) {
  EXPECT_TRUE(check_entry("epidemic", "2020-02-10", "2026-11-28").empty());
  EXPECT_EQ(check_entry("party", "2026-11-29", "2026-11-28"),
            FieldErrors({{"kind", "duty.kind"}, {"entryDate", "duty.date_future"}}));
  EXPECT_EQ(check_entry("other", "2026/11/01", "2026-11-28"),
            FieldErrors({{"entryDate", "receptions.date_format"}}));
  EXPECT_EQ(parse_year("2020"), 2020);
  EXPECT_FALSE(parse_year("1999"));
  EXPECT_FALSE(parse_year("20x0"));
  EXPECT_FALSE(parse_year(""));
}

}  // namespace
}  // namespace md::receptions
