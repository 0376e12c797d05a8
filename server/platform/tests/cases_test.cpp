// The case engine: working-day deadlines over the holiday calendar, workflow declarations,
// and the store refusing every transition the workflow does not list.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "platform/cases/store.hpp"
#include "platform/core/errors.hpp"
#include "platform/core/module.hpp"
#include "platform/db/migrate.hpp"

namespace md::cases {
namespace {

// 2026 as published: 国庆/中秋 10-01 … 10-08 off, Sunday 09-27 and Saturday 10-10 worked;
// 元旦 2027-01-01 off.
WorkCalendar calendar_2026() {
  WorkCalendar cal;
  for (int d = 1; d <= 8; ++d) cal.holidays.insert("2026-10-0" + std::to_string(d));
  cal.holidays.insert("2027-01-01");
  cal.makeup_workdays = {"2026-09-27", "2026-10-10"};
  return cal;
}

TEST(Workdays, Dates) {
  EXPECT_TRUE(is_date("2026-02-28"));
  EXPECT_FALSE(is_date("2026-02-29"));
  EXPECT_TRUE(is_date("2028-02-29"));
  EXPECT_FALSE(is_date("2026-13-01"));
  EXPECT_FALSE(is_date("2026-1-01"));
  EXPECT_FALSE(is_date("2026/01/01"));
  EXPECT_EQ(weekday("2026-11-28"), 5);  // a Saturday
  EXPECT_EQ(weekday("2026-11-30"), 0);  // a Monday
  EXPECT_EQ(add_days("2026-12-31", 1), "2027-01-01");
  EXPECT_EQ(add_days("2026-03-01", -1), "2026-02-28");
  EXPECT_EQ(add_months("2026-01-31", 1), "2026-02-28");
  EXPECT_EQ(add_months("2026-08-31", 3), "2026-11-30");
  EXPECT_EQ(add_months("2026-11-15", 3), "2027-02-15");
  EXPECT_EQ(add_months("2028-01-31", 1), "2028-02-29");
  EXPECT_THROW(add_days("2026-02-30", 1), std::invalid_argument);
}

TEST(Workdays, DeadlinesSkipWeekendsAndHolidays) {
  const WorkCalendar none;
  const auto cal = calendar_2026();
  struct Row {
    const char* from;
    int n;
    const char* plain;     // weekends only
    const char* holidays;  // with the 2026 calendar
  };
  for (const Row& r : std::initializer_list<Row>{
           {"2026-11-27", 1, "2026-11-30", "2026-11-30"},  // Friday → Monday
           {"2026-11-28", 5, "2026-12-04", "2026-12-04"},  // registered on a Saturday
           {"2026-11-23", 5, "2026-11-30", "2026-11-30"},  // Monday + 5 → next Monday
           {"2026-09-25", 5, "2026-10-02",
            "2026-10-09"},  // over 国庆, the make-up Sunday 09-27 worked
           {"2026-09-25", 6, "2026-10-05", "2026-10-10"},  // … and the make-up Saturday 10-10
           {"2026-09-30", 1, "2026-10-01", "2026-10-09"},
           {"2026-09-26", 1, "2026-09-28", "2026-09-27"},  // the make-up Sunday counts
           {"2026-12-30", 3, "2027-01-04", "2027-01-05"},  // over 元旦 and the year end
       }) {
    EXPECT_EQ(add_working_days(r.from, r.n, none), r.plain) << r.from << " + " << r.n;
    EXPECT_EQ(add_working_days(r.from, r.n, cal), r.holidays) << r.from << " + " << r.n;
  }
  EXPECT_EQ(working_days_between("2026-09-30", "2026-10-12", cal), 3);  // 10-09, 10-10, 10-12
  EXPECT_EQ(working_days_between("2026-10-12", "2026-10-01", cal), 0);
  EXPECT_THROW(add_working_days("2026-11-27", 0, cal), std::invalid_argument);
}

Workflow sample() {
  return {"sample",
          "new",
          {"new", "assigned", "replied", "closed", "merged"},
          {"closed", "merged"},
          {{"new", "assign", "assigned"},
           {"new", "merge", "merged"},
           {"assigned", "reply", "replied"},
           {"replied", "close", "closed"},
           {"closed", "reopen", "assigned"}}};
}

TEST(Workflow, NextAndActions) {
  const auto w = sample();
  EXPECT_TRUE(check_workflow(w).empty());
  EXPECT_EQ(w.next("new", "assign"), "assigned");
  EXPECT_EQ(w.next("new", "reply"), std::nullopt);
  EXPECT_EQ(w.next("closed", "reopen"), "assigned");
  EXPECT_EQ(w.next("merged", "reopen"), std::nullopt);
  EXPECT_EQ(w.actions_from("new"), (std::vector<std::string>{"assign", "merge"}));
  EXPECT_TRUE(w.actions_from("merged").empty());
  EXPECT_TRUE(w.is_closed("closed"));
  EXPECT_FALSE(w.is_closed("replied"));
}

TEST(Workflow, CheckFindsBrokenDeclarations) {
  auto w = sample();
  w.transitions.push_back({"new", "assign", "replied"});
  w.transitions.push_back({"closed", "reply", "replied"});
  w.transitions.push_back({"limbo", "x", "nowhere"});
  w.states.push_back("orphan");
  const auto problems = check_workflow(w);
  const auto has = [&](const std::string& text) {
    for (const auto& p : problems) {
      if (p.find(text) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("(new, assign) is declared twice"));
  EXPECT_TRUE(has("closed state closed has action reply"));
  EXPECT_TRUE(has("unknown state limbo"));
  EXPECT_TRUE(has("unknown state nowhere"));
  EXPECT_TRUE(has("state orphan is never reached"));
}

class CaseStore : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ =
        std::filesystem::temp_directory_path() / ("md-cases-" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(path_);
    conn_ = db::connect(path_.string());
    db::apply_migrations(*conn_, embedded_migrations("platform"));
  }
  void TearDown() override {
    conn_.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::filesystem::remove(path_.string() + suffix);
    }
  }
  std::filesystem::path path_;
  std::unique_ptr<db::Connection> conn_;
};

TEST_F(CaseStore, StepsMoveTheCaseAndLeaveEvents) {
  const auto w = sample();
  auto id = open_case(*conn_, w, {"S-1", "路灯不亮", {}, "2026-12-04", {}, {}, "王芳"}, 100);
  Case c = load_case(*conn_, "sample", id);
  EXPECT_EQ(c.state, "new");
  EXPECT_EQ(c.deadline, "2026-12-04");
  c = apply_step(
      *conn_, w, c,
      {"assign", 7, "李明", "交办", Assignee{"unit", 3, "松阳湖街道"}, "2027-03-04", {}, {}}, 200);
  EXPECT_EQ(c.state, "assigned");
  EXPECT_EQ(c.assignee.name, "松阳湖街道");
  EXPECT_TRUE(is_overdue(w, c, "2027-03-05"));
  EXPECT_FALSE(is_overdue(w, c, "2027-03-04"));
  c = apply_step(*conn_, w, c, {"reply", {}, "街道", "已修复", {}, "", {}, {}}, 300);
  c = apply_step(*conn_, w, c, {"close", {}, "", "", {}, {}, "satisfied", {}}, 400);
  EXPECT_EQ(c.closed_at, 400);
  EXPECT_FALSE(is_overdue(w, c, "2030-01-01"));
  c = apply_step(*conn_, w, c, {"reopen", {}, "", "不满意", {}, "2027-04-01", {}, {}}, 500);
  EXPECT_EQ(c.reopened, 1);
  EXPECT_EQ(c.closed_at, std::nullopt);

  const Case stored = load_case(*conn_, "sample", id);
  EXPECT_EQ(stored.state, "assigned");
  EXPECT_EQ(stored.deadline, "2027-04-01");
  EXPECT_EQ(stored.satisfaction, "satisfied");
  const auto events = events_of(*conn_, id);
  ASSERT_EQ(events.size(), 5u);
  EXPECT_EQ(events[0].action, "open");
  EXPECT_EQ(events[1].actor_name, "李明");
  EXPECT_EQ(events[4].from_state, "closed");
  EXPECT_EQ(events[4].to_state, "assigned");
  EXPECT_EQ(overdue_ids(*conn_, w, "2027-04-02"), std::vector<std::int64_t>{id});
  EXPECT_TRUE(overdue_ids(*conn_, w, "2027-04-01").empty());
}

TEST_F(CaseStore, AnIllegalStepChangesNothing) {
  const auto w = sample();
  auto id = open_case(*conn_, w, {"S-2", "噪音扰民", {}, {}, {}, {}, ""}, 100);
  const Case before = load_case(*conn_, "sample", id);
  try {
    apply_step(*conn_, w, before, {"close", {}, "", "", {}, {}, "satisfied", {}}, 200);
    FAIL() << "closing a new case must be refused";
  } catch (const ApiError& e) {
    EXPECT_EQ(e.status, 409);
    EXPECT_EQ(e.code, "cases.illegal_transition");
  }
  const Case after = load_case(*conn_, "sample", id);
  EXPECT_EQ(after.state, "new");
  EXPECT_EQ(after.satisfaction, std::nullopt);
  EXPECT_EQ(events_of(*conn_, id).size(), 1u);
  EXPECT_THROW(load_case(*conn_, "other-kind", id), ApiError);
}

TEST_F(CaseStore, CalendarTable) {
  conn_->exec(
      "INSERT INTO work_calendar (day, kind, name) VALUES ('2026-10-01', 'holiday', "
      "'国庆节'), ('2026-10-10', 'workday', '调休上班')",
      {});
  const auto cal = load_calendar(*conn_);
  EXPECT_FALSE(is_working_day("2026-10-01", cal));
  EXPECT_TRUE(is_working_day("2026-10-10", cal));
  EXPECT_TRUE(is_working_day("2026-10-09", cal));
}

TEST_F(CaseStore, StepsKeepTheModulesCopyOfStateAndDeadline) {
  // A module's list table carries the case's state, deadline and closing time
  // (Workflow::mirror_table); every step updates it in the same transaction.
  conn_->exec_script(
      "CREATE TABLE mirror_rows (case_id BIGINT PRIMARY KEY, state TEXT, deadline TEXT, "
      "closed_at BIGINT)");
  auto w = sample();
  w.mirror_table = "mirror_rows";
  auto id = open_case(*conn_, w, {"S-3", "垃圾清运", {}, "2026-12-04", {}, {}, ""}, 100);
  conn_->exec("INSERT INTO mirror_rows (case_id, state, deadline) VALUES (?, 'new', '2026-12-04')",
              {id});
  auto c = load_case(*conn_, "sample", id);
  c = apply_step(*conn_, w, c, {"assign", {}, "", "", {}, "2027-01-05", {}, {}}, 200);
  auto row = conn_->query_one(
      "SELECT state, deadline, closed_at FROM mirror_rows WHERE case_id = ?", {id});
  ASSERT_TRUE(row);
  EXPECT_EQ(row->str("state"), c.state);
  EXPECT_EQ(row->str("deadline"), "2027-01-05");
  EXPECT_TRUE(row->is_null("closed_at"));
}

}  // namespace
}  // namespace md::cases
