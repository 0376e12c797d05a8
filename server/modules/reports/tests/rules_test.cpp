// The reports' rules (permille, 万元, dates, the period, the prose) and every figure function
// the dashboard and the annual report read, each computed from a small known data set in a
// fresh SQLite database carrying every module's migrations.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "modules/accountability/figures_api.hpp"
#include "modules/dues/figures_api.hpp"
#include "modules/evaluation/figures_api.hpp"
#include "modules/reports/figures.hpp"
#include "modules/reports/rules.hpp"
#include "modules/warnings/figures_api.hpp"
#include "platform/core/module.hpp"
#include "platform/db/migrate.hpp"

namespace md::reports {
namespace {

TEST(ReportRules, Permille) {
  EXPECT_EQ(permille(7, 8), 875);
  EXPECT_EQ(permille(2, 3), 667);  // half up
  EXPECT_EQ(permille(1, 3), 333);
  EXPECT_EQ(permille(0, 5), 0);
  EXPECT_EQ(permille(3, 0), std::nullopt);
  EXPECT_EQ(permille_text(875), "87.5%");
  EXPECT_EQ(permille_text(1000), "100.0%");
  EXPECT_EQ(permille_text(5), "0.5%");
}

TEST(ReportRules, MoneyInYuanAndWan) {
  EXPECT_EQ(money_text(3'236'000, false), "3.24万元");
  EXPECT_EQ(money_text(3'000'000, false), "3万元");
  EXPECT_EQ(money_text(1'000'000, false), "1万元");
  EXPECT_EQ(money_text(3'695'000, false), "3.7万元");  // 3.695 → 3.70, zero dropped
  EXPECT_EQ(money_text(456'000, false), "4560元");
  EXPECT_EQ(money_text(4'560, false), "45.6元");
  EXPECT_EQ(money_text(3'236'000, true), "32,360 yuan");
  EXPECT_EQ(money_text(4'505, true), "45.05 yuan");
}

TEST(ReportRules, DatesAndHours) {
  EXPECT_EQ(date_text("2020-06-28", false), "2020年6月28日");
  EXPECT_EQ(date_text("2019-01-01", true), "1 January 2019");
  EXPECT_EQ(date_text("junk", false), "junk");
  EXPECT_EQ(hours_text(90), "1.5");
  EXPECT_EQ(hours_text(0), "0.0");
  EXPECT_EQ(hours_text(11340), "189.0");
  EXPECT_TRUE(is_date("2020-02-29"));
  EXPECT_FALSE(is_date("2019-02-29"));
  EXPECT_FALSE(is_date("2019-2-01"));
}

TEST(ReportRules, Period) {
  EXPECT_EQ(check_period("2019-01-01", "2020-06-28"), std::nullopt);
  EXPECT_EQ(check_period("2019-01-01", "2020-12-31"), std::nullopt);
  EXPECT_EQ(check_period("2019-01-01", "2021-01-01")->second, "reports.period_too_long");
  EXPECT_EQ(check_period("2020-02-29", "2022-02-28"), std::nullopt);
  EXPECT_EQ(check_period("2020-02-29", "2022-03-01")->second, "reports.period_too_long");
  EXPECT_EQ(check_period("2020-06-28", "2019-01-01")->second, "reports.period_order");
  EXPECT_EQ(check_period("2019-13-01", "2020-01-01")->first, "from");
  EXPECT_EQ(check_period("2019-01-01", "")->first, "to");
}

TEST(ReportRules, ParagraphsCarryTheFigures) {
  Facts f;
  f.n = {{"excellentMembers", 4},
         {"personsHandled", 6},
         {"warningsIssued", 2},
         {"rectificationTotal", 9},
         {"rectificationDone", 5}};
  auto zh = paragraph("discipline", "p1", f, false);
  EXPECT_NE(zh.find("对4名优秀党员给予精神奖励"), std::string::npos);
  EXPECT_NE(zh.find("对6名责任人给予了不同形式的内部处理"), std::string::npos);
  EXPECT_NE(paragraph("discipline", "p1", f, true).find("4 excellent members"), std::string::npos);
  Facts d;
  d.n = {{"satisfaction", -1}};
  EXPECT_NE(paragraph("deputies", "p1", d, false).find("选民满意率—"), std::string::npos);
  EXPECT_EQ(paragraph("discipline", "p9", f, false), "");
  EXPECT_EQ(paragraph("nope", "p1", f, false), "");
  EXPECT_EQ(section_keys().size(), 8u);
  EXPECT_TRUE(is_paragraph("union", "p1"));
  EXPECT_FALSE(is_paragraph("union", "p2"));
}

// ---------------------------------------------------------------------------------------------
// Figures from known data

class Figures : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("md-reports-" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(path_);
    conn_ = db::connect(path_.string());
    std::vector<db::Migration> all;
    for (const char* m :
         {"platform",   "accounts",  "system",      "org",           "deputies",       "votes",
          "orglife",    "learning",  "dues",        "inspection",    "evaluation",     "warnings",
          "receptions", "opinions",  "publicity",   "rectification", "accountability", "union",
          "volunteers", "donations", "enterprises", "supervision",   "reports"}) {
      for (auto& mig : embedded_migrations(m)) all.push_back(std::move(mig));
    }
    db::apply_migrations(*conn_, all);
    seed();
  }
  void TearDown() override {
    conn_.reset();
    for (const char* suffix : {"", "-wal", "-shm"})
      std::filesystem::remove(path_.string() + suffix);
  }
  void exec(const std::string& sql, const db::Params& p = {}) { conn_->exec(sql, p); }

  std::int64_t person(const std::string& name, const std::string& status) {
    ++people_;
    auto n = std::to_string(people_);
    exec(
        "INSERT INTO people (id, name, name_initials, gender, ethnicity, birth_date, id_card_enc, "
        "id_card_index, id_card_masked, political_status, created_at, updated_at) VALUES (?, ?, "
        "'x', 'M', '汉族', '1980-01-01', 'e', ?, 'm', ?, 0, 0)",
        {people_, name, "idx" + n, status});
    return people_;
  }

  // Branch 11 (with group 13 under it), functional branch 12; five people: three party members
  // in branch 11, one probationary in 12, one non-party deputy.
  void seed() {
    exec(
        "INSERT INTO org_units (id, parent_id, name, kind) VALUES (10, NULL, '党组', "
        "'group_root')");
    exec(
        "INSERT INTO org_units (id, parent_id, name, kind) VALUES (11, 10, '机关党支部', "
        "'branch')");
    exec(
        "INSERT INTO org_units (id, parent_id, name, kind) VALUES (12, 10, '法制委功能型党支部', "
        "'functional_branch')");
    exec(
        "INSERT INTO org_units (id, parent_id, name, kind) VALUES (13, 11, '第一党小组', "
        "'party_group')");
    exec(
        "INSERT INTO org_units (id, parent_id, name, kind, retired_at) VALUES (14, 10, '旧支部', "
        "'branch', 1)");
    for (const char* n : {"甲", "乙", "丙"}) {
      auto id = person(n, "cpc_member");
      exec(
          "INSERT INTO memberships (person_id, org_unit_id, role, is_primary, started_on) VALUES "
          "(?, 11, 'member', 1, '2010-01-01')",
          {id});
    }
    auto probationary = person("丁", "cpc_probationary");
    exec(
        "INSERT INTO memberships (person_id, org_unit_id, role, is_primary, started_on) VALUES (?, "
        "12, 'member', 1, '2019-01-01')",
        {probationary});
    auto outsider = person("戊", "masses");
    // A former member: an ended membership does not count.
    auto former = person("己", "cpc_member");
    exec(
        "INSERT INTO memberships (person_id, org_unit_id, role, is_primary, started_on, ended_on) "
        "VALUES (?, 11, 'member', 1, '2010-01-01', '2018-01-01')",
        {former});
    // Deputies: 丁 (party) province + district at workstation 1, 戊 (non-party) town at ws 1,
    // 甲 (party) city without a workstation, 乙 an ended town role.
    exec(
        "INSERT INTO workstations (id, name, town, address, created_at) VALUES (1, "
        "'路口镇代表工作室', "
        "'路口镇', '路口', 0), (2, '陆城镇代表工作室', '陆城镇', '陆城', 0)");
    auto deputy = [&](std::int64_t p, const char* level, std::optional<std::int64_t> ws,
                      const char* ended) {
      exec(
          "INSERT INTO deputies (person_id, level, term, constituency, workstation_id, started_on, "
          "ended_on) VALUES (?, ?, 1, 'x', ?, '2021-01-01', ?)",
          {p, std::string(level), ws ? db::Value(*ws) : db::Value(),
           ended ? db::Value(std::string(ended)) : db::Value()});
    };
    deputy(probationary, "province", 1, nullptr);
    deputy(probationary, "district", 1, nullptr);
    deputy(outsider, "town", 1, nullptr);
    deputy(101, "city", std::nullopt, nullptr);
    deputy(102, "town", 1, "2022-01-01");
  }

  std::filesystem::path path_;
  std::unique_ptr<db::Connection> conn_;
  std::int64_t people_ = 100;
};

TEST_F(Figures, Organization) {
  auto f = org::org_figures(*conn_);
  EXPECT_EQ(f.party_branches, 1);  // the retired one is gone
  EXPECT_EQ(f.functional_branches, 1);
  EXPECT_EQ(f.party_members, 4);  // 甲乙丙 + 丁; not 戊 (masses), not 己 (ended)
}

TEST_F(Figures, DeputiesByLevelAndWorkstations) {
  auto f = deputies::deputy_figures(*conn_);
  ASSERT_EQ(f.by_level.size(), 4u);
  EXPECT_EQ(f.by_level[0].level, "province");
  EXPECT_EQ(f.by_level[0].total, 1);
  EXPECT_EQ(f.by_level[1].total, 1);  // city 甲
  EXPECT_EQ(f.by_level[1].party, 1);
  EXPECT_EQ(f.by_level[2].total, 1);
  EXPECT_EQ(f.by_level[3].total, 1);  // town: 戊 only, 乙's role ended
  EXPECT_EQ(f.by_level[3].party, 0);
  EXPECT_EQ(f.total, 3);  // 丁 twice counts once
  EXPECT_EQ(f.party, 2);
  EXPECT_EQ(f.workstations, 2);
  EXPECT_EQ(f.workstation_deputies, 2);  // 丁, 戊
  EXPECT_EQ(f.workstation_party, 1);
  auto c = deputies::coverage_figures(*conn_);
  EXPECT_EQ(c.organizational.total, 2);    // party deputies 甲, 丁
  EXPECT_EQ(c.organizational.covered, 1);  // 丁 is in a functional branch
  EXPECT_EQ(c.organizational.permille, 500);
  EXPECT_EQ(c.work.total, 1);
  EXPECT_EQ(c.work.covered, 0);  // no liaison
}

TEST_F(Figures, MeetingsAttendanceAndCompliance) {
  auto meeting = [&](std::int64_t id, std::int64_t unit, const char* type, const char* day,
                     const char* status) {
    exec(
        "INSERT INTO meetings (id, org_unit_id, type, session_no, title, starts_at, ends_at, "
        "meeting_date, place, host, recorder, status, created_at) VALUES (?, ?, ?, 1, 't', 0, 0, "
        "?, 'p', 'h', 'r', ?, 0)",
        {id, unit, std::string(type), std::string(day), std::string(status)});
  };
  meeting(1, 11, "branch_assembly", "2019-03-05", "closed");
  meeting(2, 13, "group", "2019-03-12", "closed");  // a group's meeting counts for branch 11
  meeting(3, 11, "committee", "2019-03-20", "closed");
  meeting(4, 11, "committee", "2019-04-20", "planned");  // not held
  meeting(5, 11, "lecture", "2020-01-10", "closed");     // another year
  auto attend = [&](std::int64_t m, std::int64_t p, const char* status) {
    exec("INSERT INTO meeting_attendance (meeting_id, person_id, status) VALUES (?, ?, ?)",
         {m, p, std::string(status)});
  };
  attend(1, 101, "present");
  attend(1, 102, "present");
  attend(1, 103, "absent");
  attend(1, 104, "excused");
  attend(3, 101, "present");
  attend(4, 101, "absent");  // planned meeting: ignored
  auto by_type = orglife::meetings_by_type(*conn_, "2019-01-01", "2019-12-31");
  EXPECT_EQ(by_type["branch_assembly"], 1);
  EXPECT_EQ(by_type["group"], 1);
  EXPECT_EQ(by_type["committee"], 1);
  EXPECT_EQ(by_type.count("lecture"), 0u);
  auto att = orglife::attendance_figure(*conn_, "2019-01-01", "2019-12-31");
  EXPECT_EQ(att.expected, 4);  // the excused member is not expected
  EXPECT_EQ(att.present, 3);
  EXPECT_EQ(orglife::attendance_rate_permille(att), 750);
  auto months = orglife::meetings_by_month(*conn_, 2019);
  EXPECT_EQ(months[2], 3);
  EXPECT_EQ(months[3], 0);
  // Default rhythm over 2019 seen from 2019-03-31 (Q1 and Jan–Mar begun, the year itself
  // begun): branch 11 and functional branch 12 each require, per the default rhythm,
  // 党员大会 1/quarter, 支委会 1/month, 党小组会 1/month, 党课 1/quarter, 主题党日 1/month,
  // 组织生活会 1/year → 1 + 3 + 3 + 1 + 3 + 1 = 12 each.
  auto c = orglife::compliance_figure(*conn_, 2019, "2019-03-31");
  EXPECT_EQ(c.required, 24);
  EXPECT_EQ(c.held, 3);  // branch 11: assembly Q1, group March, committee March
}

TEST_F(Figures, LearningEvaluationDisciplineAndUnion) {
  exec(
      "INSERT INTO laws (id, month, title, created_at, updated_at) VALUES (1, '2019-05', 'a', 0, "
      "0), (2, '2019-06', 'b', 0, 0), (3, '2020-01', 'c', 0, 0)");
  exec(
      "INSERT INTO study_records (person_id, law_id, minutes, studied_on, created_at) VALUES "
      "(101, 1, 60, '2019-05-10', 0), (101, 2, 30, '2019-06-10', 0), (102, 1, 45, '2019-05-11', "
      "0), (103, 3, 90, '2020-01-05', 0)");
  auto l = learning::learning_figures(*conn_, "2019-01-01", "2019-12-31");
  EXPECT_EQ(l.minutes, 135);
  EXPECT_EQ(l.learners, 2);
  EXPECT_EQ(l.sessions, 2);

  exec(
      "INSERT INTO evaluation_campaigns (id, unit_id, year, title, status, created_at, "
      "updated_at, finalized_at) VALUES (1, 11, 2019, 'e', 'final', 0, 0, ?), (2, 11, 2020, 'f', "
      "'self', 0, 0, NULL)",
      {china_day_start("2019-12-30").value_or(0)});
  exec(
      "INSERT INTO evaluation_members (campaign_id, person_id, final_grade) VALUES (1, 101, "
      "'excellent'), (1, 102, 'excellent'), (1, 103, 'qualified'), (2, 101, NULL)");
  EXPECT_EQ(evaluation::excellent_members(*conn_, "2019-01-01", "2020-06-28"), 2);
  EXPECT_EQ(evaluation::excellent_members(*conn_, "2019-12-31", "2020-06-28"), 0);

  exec(
      "INSERT INTO accountability_records (person_id, form, reason, decided_on, decided_by, "
      "created_at, updated_at) VALUES (101, 'criticism', 'r', '2019-05-01', 'x', 0, 0), (101, "
      "'admonition', 'r', '2019-06-01', 'x', 0, 0), (102, 'criticism', 'r', '2021-01-01', 'x', 0, "
      "0)");
  EXPECT_EQ(accountability::persons_handled(*conn_, "2019-01-01", "2020-06-28"), 1);

  exec(
      "INSERT INTO warning_cards (person_id, criterion, level, reason, issued_on, issued_at, "
      "status) VALUES (101, 'orglife', 'yellow', 'r', '2019-05-01', 0, 'active'), (102, 'dues', "
      "'red', 'r', '2019-06-01', 0, 'lift_proposed'), (103, 'dues', 'yellow', 'r', "
      "'2018-06-01', 0, 'lifted')");
  auto open = warnings::open_cards(*conn_);
  EXPECT_EQ(open.yellow, 1);
  EXPECT_EQ(open.red, 1);
  EXPECT_EQ(open.total, 2);
  EXPECT_EQ(warnings::cards_issued(*conn_, "2019-01-01", "2019-12-31"), 2);

  exec(
      "INSERT INTO union_activities (kind, title, held_on, created_at, updated_at) VALUES "
      "('moral_lecture', 'a', '2020-03-26', 0, 0), ('festival', 'b', '2020-01-20', 0, 0), "
      "('festival', 'c', '2020-08-25', 0, 0), ('other', 'd', '2020-02-01', 0, 0)");
  auto u = trade_union::activity_figures(*conn_, "2019-01-01", "2020-06-28");
  EXPECT_EQ(u.moral_lectures, 1);
  EXPECT_EQ(u.festivals, 1);
  EXPECT_EQ(u.other, 1);

  exec(
      "INSERT INTO donations (kind, donor_kind, donor_name, donated_on, recipient, campaign, "
      "amount_fen, value_fen, created_at, updated_at) VALUES ('money', 'person', 'a', "
      "'2020-02-03', 'r', 'c', 300000, 0, 0, 0), ('goods', 'unit', 'b', '2020-02-05', 'r', 'c', "
      "0, 156000, 0, 0), ('money', 'person', 'c', '2021-02-03', 'r', 'c', 100, 0, 0, 0)");
  auto d = donations::donation_figures(*conn_, "2019-01-01", "2020-06-28");
  EXPECT_EQ(d.money_fen, 300000);
  EXPECT_EQ(d.goods_fen, 156000);
  EXPECT_EQ(d.total_fen(), 456000);
}

TEST_F(Figures, ProjectsSupervisionAndVolunteers) {
  auto project = [&](int year, const char* body, const char* status) {
    exec(
        "INSERT INTO livelihood_projects (year, body, title, department, budget_fen, "
        "planned_completion, source, status, created_at, updated_at) VALUES (?, ?, 't', 'd', 1, "
        "'2019-12-31', 'government', ?, 0, 0)",
        {std::int64_t{year}, std::string(body), std::string(status)});
  };
  for (int i = 0; i < 3; ++i) project(2019, "路口镇", "chosen");
  project(2019, "路口镇", "reserve");
  project(2020, "陆城镇", "chosen");
  project(2021, "陆城镇", "chosen");
  auto p = votes::chosen_projects(*conn_, 2019, 2020);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].body, "路口镇");
  EXPECT_EQ(p[0].year, 2019);
  EXPECT_EQ(p[0].projects, 3);
  EXPECT_EQ(p[1].projects, 1);

  exec(
      "INSERT INTO supervision_hearings (committee, held_on, topic, created_at, updated_at) "
      "VALUES ('c', '2020-05-01', 't', 0, 0), ('c', '2020-07-01', 't', 0, 0)");
  auto s = supervision::supervision_figures(*conn_, "2019-01-01", "2020-06-28");
  EXPECT_EQ(s.hearings, 1);
  EXPECT_EQ(s.items, 0);

  exec(
      "INSERT INTO volunteer_members (id, person_id, joined_on, created_at) VALUES (1, 101, "
      "'2020-01-01', 0), (2, 102, '2020-01-01', 0)");
  exec(
      "INSERT INTO volunteer_activities (id, title, kind, held_on, place, created_at, updated_at) "
      "VALUES (1, 'a', 'community', '2020-02-06', 'p', 0, 0), (2, 'b', 'village', '2020-09-18', "
      "'p', 0, 0)");
  exec(
      "INSERT INTO volunteer_signups (activity_id, member_id, signed_up_at, minutes) VALUES (1, "
      "1, 0, 120), (1, 2, 0, NULL), (2, 1, 0, 60)");
  auto v = volunteers::volunteer_figures(*conn_, "2019-01-01", "2020-06-28");
  EXPECT_EQ(v.activities, 1);
  EXPECT_EQ(v.minutes, 120);
}

TEST_F(Figures, OpinionsRectificationAndDues) {
  std::int64_t n = 0;
  auto opinion = [&](const char* town, const char* received, const char* deadline,
                     std::optional<std::int64_t> closed_at, const char* rating) {
    ++n;
    auto ref = "R" + std::to_string(n);
    auto id = conn_
                  ->query_one(
                      "INSERT INTO cases (kind, ref_no, state, title, created_at, updated_at) "
                      "VALUES ('opinion', ?, 'x', 't', 0, 0) RETURNING id",
                      {ref})
                  ->i64("id");
    exec(
        "INSERT INTO opinions (case_id, channel, category, town, content, query_code_hash, "
        "received_on, rating, deadline, closed_at) VALUES (?, 'visit', 'c', ?, 'x', ?, ?, ?, ?, "
        "?)",
        {id, std::string(town), ref, std::string(received),
         rating ? db::Value(std::string(rating)) : db::Value(), std::string(deadline),
         closed_at ? db::Value(*closed_at) : db::Value()});
  };
  auto march = china_day_start("2019-03-15").value_or(0);
  opinion("路口镇", "2019-01-10", "2019-02-10", march, "satisfied");
  opinion("路口镇", "2019-02-10", "2019-03-10", march, "unsatisfied");
  opinion("路口镇", "2019-03-10", "2019-04-10", std::nullopt, nullptr);  // overdue on 2019-06-01
  opinion("陆城镇", "2019-05-10", "2019-07-10", std::nullopt, nullptr);  // open, not yet due
  opinion("陆城镇", "2019-05-11", "2019-07-10", march, "basic");
  opinion("陆城镇", "2020-01-01", "2020-02-01", std::nullopt, nullptr);  // other year
  auto f = opinions::opinion_figures(*conn_, "2019-01-01", "2019-12-31", "2019-06-01");
  EXPECT_EQ(f.received, 5);
  EXPECT_EQ(f.closed, 3);
  EXPECT_EQ(f.overdue, 1);
  ASSERT_EQ(f.by_town.size(), 2u);
  EXPECT_EQ(f.by_town[0].town, "路口镇");
  EXPECT_EQ(f.by_town[0].received, 3);
  EXPECT_EQ(f.by_town[0].overdue, 1);
  EXPECT_EQ(f.rated(), 3);
  EXPECT_EQ(f.satisfied, 1);
  EXPECT_EQ(f.basic, 1);
  EXPECT_EQ(permille(f.satisfied + f.basic, f.rated()), 667);
  auto received = opinions::received_by_month(*conn_, 2019);
  EXPECT_EQ(received[0], 1);
  EXPECT_EQ(received[4], 2);
  auto closed = opinions::closed_by_month(*conn_, 2019);
  EXPECT_EQ(closed[2], 3);

  auto item = [&](const char* state, const char* start, const char* deadline) {
    ++n;
    auto id = conn_
                  ->query_one(
                      "INSERT INTO cases (kind, ref_no, state, title, created_at, updated_at) "
                      "VALUES ('rectification', ?, ?, 't', 0, 0) RETURNING id",
                      {"Z" + std::to_string(n), std::string(state)})
                  ->i64("id");
    exec(
        "INSERT INTO rectification_items (case_id, source, problem, org_unit_id, start_on, "
        "deadline, state, created_at, updated_at) VALUES (?, 'inspection', 'p', 11, ?, ?, ?, 0, "
        "0)",
        {id, std::string(start), std::string(deadline), std::string(state)});
  };
  item("done", "2019-02-01", "2019-03-01");
  item("verified", "2019-02-01", "2019-03-01");
  item("ongoing", "2019-02-01", "2019-03-01");
  item("in_progress", "2019-02-01", "2019-05-01");  // overdue on 2019-06-01
  item("not_started", "2019-02-01", "2019-09-01");
  item("done", "2018-02-01", "2018-03-01");  // started before the period
  auto r = rectification::progress_figure(*conn_, "2019-01-01", "2019-12-31", "2019-06-01");
  EXPECT_EQ(r.total, 5);
  EXPECT_EQ(r.done, 2);
  EXPECT_EQ(r.ongoing, 1);
  EXPECT_EQ(r.overdue, 1);
  EXPECT_EQ(r.permille, 600);  // (2 + 1) / 5

  // Dues: 甲 pays 10 yuan a month (fixed) from 2019-01 and paid January–March; 乙 has no base.
  exec(
      "INSERT INTO dues_bases (person_id, category, base_fen, fixed_fen, effective_month, "
      "created_at) VALUES (101, 'farmer', 0, 100, '2019-01', 0)");
  exec(
      "INSERT INTO dues_payments (person_id, paid_on, from_month, to_month, amount_fen, channel, "
      "receipt_no, recorded_at) VALUES (101, '2019-03-01', '2019-01', '2019-03', 300, 'cash', "
      "'R1', 0)");
  auto dues = dues::collection_figure(*conn_, "2019-01", "2019-06");
  EXPECT_EQ(dues.due_fen, 600);
  EXPECT_EQ(dues.paid_fen, 300);
}

}  // namespace
}  // namespace md::reports
