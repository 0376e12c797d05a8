// The dashboard and the annual report at scale (issue 10, bench/reports.sh):
//   md_bench_reports DIR [MEMBERS=100000] [OPINIONS=1000000] [reuse]
// builds DIR/md.db: the demo plus MEMBERS party members in 200 test branches (people,
// memberships, a dues base each and a payment per year, a study record per month), three years
// of meetings (each branch's monthly 支委会 with 7 present, its quarterly 党员大会 with every
// member on the attendance list) and OPINIONS voters' opinions over five years (the generator
// of bench/opinions_bench.cpp). Bulk SQL in one transaction each: the timings are about
// reading. Then times in-process, through the real dispatcher as the leader:
// GET /api/reports/dashboard, GET /api/reports/annual (this year), the 100,000-row opinions
// export GET /api/opinions/export with the process's peak RSS during it (VmHWM after
// resetting it through /proc/self/clear_refs), and the reference GET /api/auth/me measured in
// the same run. Prints `RESULT {json}`.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>

#include "app/modules.hpp"
#include "modules/dues/figures_api.hpp"
#include "modules/reports/figures.hpp"
#include "modules/warnings/figures_api.hpp"
#include "platform/auth/sessions.hpp"
#include "platform/core/app.hpp"
#include "platform/core/china_time.hpp"
#include "platform/http/dispatch.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using md::db::Connection;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

struct Stats {
  double p50 = 0, p95 = 0, max = 0;
};
Stats stats(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return {v[v.size() / 2], v[v.size() * 95 / 100], v.back()};
}

/// A field of /proc/self/status in kB (VmRSS, VmHWM).
std::int64_t status_kb(const std::string& field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(field + ":", 0) == 0) return std::stoll(line.substr(field.size() + 1));
  }
  return -1;
}

/// Resets VmHWM to the current RSS (Linux ≥ 4.0), so the next peak is the export's own.
void reset_peak() { std::ofstream("/proc/self/clear_refs") << "5"; }

/// MEMBERS party members in 200 branches, their dues, study and three years of meetings.
void generate_members(Connection& c, std::int64_t members, int year, std::int64_t now) {
  md::db::Transaction tx(c);
  auto root = c.scalar("SELECT MIN(id) FROM org_units WHERE parent_id IS NULL");
  c.exec("CREATE TEMP TABLE seq (n BIGINT PRIMARY KEY)");
  c.exec(
      "WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n + 1 < ?) "
      "INSERT INTO seq SELECT n FROM s",
      {members});
  auto unit0 = c.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM org_units");
  c.exec(
      "INSERT INTO org_units (id, parent_id, name, kind, sort_order, created_at) SELECT ? + n, ?, "
      "'基准党支部' || n, 'branch', 100 + n, ? FROM seq WHERE n < 200",
      {unit0, root, now});
  auto person0 = c.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM people");
  c.exec(
      "INSERT INTO people (id, name, name_initials, gender, ethnicity, birth_date, id_card_enc, "
      "id_card_index, id_card_masked, political_status, joined_party_on, created_at, updated_at, "
      "name_key) SELECT ? + n, '基准党员' || n, 'jzdy', CASE WHEN n % 2 = 0 THEN 'M' ELSE 'F' END, "
      "'汉族', '1980-01-01', 'x', 'bench-' || n, '4306**********' || substr('0000' || (n % "
      "10000), -4), CASE WHEN n % 20 = 0 THEN 'cpc_probationary' ELSE 'cpc_member' END, "
      "'2005-07-01', ?, ?, printf('%08d', n) FROM seq",
      {person0, now, now});
  c.exec(
      "INSERT INTO memberships (person_id, org_unit_id, role, is_primary, started_on) SELECT ? + "
      "n, ? + n % 200, 'member', 1, '2015-01-01' FROM seq",
      {person0, unit0});
  c.exec(
      "INSERT INTO dues_bases (person_id, category, base_fen, effective_month, created_at) "
      "SELECT ? + n, 'office', 300000 + (n % 50) * 10000, ?, ? FROM seq",
      {person0, std::to_string(year - 2) + "-01", now});
  for (int y = year - 2; y <= year; ++y) {
    // Nine in ten pay the whole year in January; this year's payments reach June.
    std::string to = std::to_string(y) + (y == year ? "-06" : "-12");
    c.exec(
        "INSERT INTO dues_payments (person_id, paid_on, from_month, to_month, amount_fen, "
        "channel, receipt_no, recorded_at) SELECT ? + n, ?, ?, ?, 1000, 'transfer', 'B' || ? || "
        "'-' || n, ? FROM seq WHERE n % 10 <> 0",
        {person0, std::to_string(y) + "-01-10", std::to_string(y) + "-01", to, std::int64_t{y},
         now});
  }
  c.exec(
      "CREATE TEMP TABLE months AS SELECT n AS k, printf('%04d-%02d', ? + n / 12, n % 12 + 1) AS "
      "month FROM seq WHERE n < 36",
      {std::int64_t{year - 2}});
  c.exec(
      "INSERT INTO study_records (person_id, minutes, studied_on, created_at) SELECT ? + s.n, 60, "
      "m.month || '-15', ? FROM seq s JOIN months m ON m.k % 12 = s.n % 12",
      {person0, now});
  auto meeting0 = c.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM meetings");
  // 支委会 monthly, 党员大会 in the last month of each quarter.
  c.exec(
      "INSERT INTO meetings (id, org_unit_id, type, session_no, title, starts_at, ends_at, "
      "meeting_date, place, host, recorder, status, created_at, closed_at) SELECT ? + b.n * 72 + "
      "m.k * 2 + t.i, ? + b.n, CASE t.i WHEN 0 THEN 'committee' ELSE 'branch_assembly' END, m.k, "
      "'基准会议', ?, ?, m.month || '-20', '会议室', '书记', '委员', 'closed', ?, ? FROM seq b "
      "JOIN months m JOIN (SELECT 0 AS i UNION ALL SELECT 1) t WHERE b.n < 200 AND (t.i = 0 OR "
      "m.k % 3 = 2)",
      {meeting0, unit0, now, now, now, now});
  c.exec(
      "INSERT INTO meeting_attendance (meeting_id, person_id, status) SELECT m.id, ? + "
      "(m.org_unit_id "
      "- ?) + 200 * j.n, 'present' FROM meetings m JOIN seq j ON j.n < 7 WHERE m.id >= ? AND "
      "m.type = 'committee'",
      {person0, unit0, meeting0});
  c.exec(
      "INSERT INTO meeting_attendance (meeting_id, person_id, status) SELECT m.id, ? + s.n, CASE "
      "WHEN s.n % 17 = 0 THEN 'absent' ELSE 'present' END FROM meetings m JOIN seq s ON ? + s.n "
      "% 200 = m.org_unit_id WHERE m.id >= ? AND m.type = 'branch_assembly'",
      {person0, unit0, meeting0});
  c.exec("DROP TABLE months");
  c.exec("DROP TABLE seq");
  tx.commit();
}

/// Generates the data set with a handful of INSERT … SELECT statements. Per opinion n: d = days
/// since receipt (0 … 1825, uniform), r = a scrambled 0 … 999 that picks the state by age:
///  - under 7 days: registered 70 %, classified 10 %, referred 15 %, replied 5 % (none overdue);
///  - 7 … 99 days: referred 50 %, replied 15 %, closed 30 %, registered 1.5 % and classified
///    1.5 % (overdue: the 5-working-day classification deadline has passed), converted/merged;
///  - 100 days and older: closed 88 %, archived 5 %, converted 1.5 %, merged 1 %, split 0.3 %,
///    referred 2.7 % (overdue: the 3-month reply deadline has passed), replied 1 %, registered
///    or classified 0.5 % (overdue).
/// Returns the first generated case id.
std::int64_t generate(Connection& c, std::int64_t n, const std::string& today, std::int64_t now) {
  md::db::Transaction tx(c);
  c.exec("CREATE TEMP TABLE seq (n BIGINT PRIMARY KEY)");
  c.exec(
      "WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n + 1 < ?) "
      "INSERT INTO seq SELECT n FROM s",
      {n});
  c.exec(
      "CREATE TEMP TABLE ws AS SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id, town FROM "
      "workstations");
  c.exec(
      "CREATE TEMP TABLE dept AS SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id, name FROM "
      "departments");
  auto stations = c.scalar("SELECT COUNT(*) FROM ws");
  auto depts = c.scalar("SELECT COUNT(*) FROM dept");
  // g: one row per opinion with its drawn attributes.
  c.exec(
      "CREATE TEMP TABLE g AS SELECT n, d, r, r2, r3, CASE "
      " WHEN d < 7 THEN CASE WHEN r < 700 THEN 'registered' WHEN r < 800 THEN 'classified' "
      "   WHEN r < 950 THEN 'referred' ELSE 'replied' END "
      " WHEN d < 100 THEN CASE WHEN r < 500 THEN 'referred' WHEN r < 650 THEN 'replied' "
      "   WHEN r < 950 THEN 'closed' WHEN r < 965 THEN 'registered' WHEN r < 980 THEN "
      "   'classified' WHEN r < 990 THEN 'converted' ELSE 'merged' END "
      " ELSE CASE WHEN r < 880 THEN 'closed' WHEN r < 930 THEN 'archived' WHEN r < 945 THEN "
      "   'converted' WHEN r < 955 THEN 'merged' WHEN r < 958 THEN 'split' WHEN r < 985 THEN "
      "   'referred' WHEN r < 995 THEN 'replied' WHEN r < 998 THEN 'registered' ELSE "
      "   'classified' END END AS state, "
      " date(?, '-' || d || ' days') AS received_on "
      "FROM (SELECT n, (n * 7919 + n / 1826) % 1826 AS d, (n * 2654435761) % 1000003 % 1000 AS r, "
      " (n * 40503 + 17) % 65521 % 20 AS r2, (n * 69069 + 1) % 1000033 % 1000 AS r3 FROM seq)",
      {today});
  auto case0 = c.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM cases");
  // Referred (and later) cases went to a town (60 %) or a district department (40 %).
  c.exec(
      "INSERT INTO cases (id, kind, ref_no, state, title, assignee_kind, assignee_id, "
      "assignee_name, deadline, reopened, satisfaction, created_at, updated_at, closed_at) "
      "SELECT ? + g.n, 'opinion', 'YJ' || replace(g.received_on, '-', '') || '-B' || g.n, "
      "g.state, '基准测试意见 ' || g.n, "
      "CASE WHEN g.state IN ('registered', 'classified', 'converted', 'merged', 'split') THEN '' "
      "  WHEN g.r3 < 600 THEN 'unit' ELSE 'department' END, "
      "CASE WHEN g.state NOT IN ('registered', 'classified', 'converted', 'merged', 'split') AND "
      "  g.r3 >= 600 THEN dept.id END, "
      "CASE WHEN g.state IN ('registered', 'classified', 'converted', 'merged', 'split') THEN '' "
      "  WHEN g.r3 < 600 THEN ws.town ELSE dept.name END, "
      "CASE WHEN g.state IN ('registered', 'classified') THEN date(g.received_on, '+7 days') "
      "  WHEN g.state IN ('converted', 'merged', 'split', 'replied') THEN NULL "
      "  ELSE date(g.received_on, CASE WHEN g.r3 % 10 = 0 THEN '+187 days' ELSE '+97 days' END) "
      "  END, "
      "CASE WHEN g.r3 % 50 = 1 AND g.state IN ('referred', 'closed') THEN 1 ELSE 0 END, "
      "CASE WHEN g.state = 'closed' THEN CASE WHEN g.r3 < 700 THEN 'satisfied' ELSE 'basic' END "
      "  END, "
      "? - g.d * 86400, ? - g.d * 86400 + 3600, "
      "CASE WHEN g.state IN ('closed', 'archived', 'converted', 'merged', 'split') THEN min(?, "
      "  ? - g.d * 86400 + (g.d * 37 % 90) * 86400 / 2) END "
      "FROM g JOIN ws ON ws.k = g.n % ? JOIN dept ON dept.k = g.n % ?",
      {case0, now, now, now, now, stations, depts});
  c.exec(
      "INSERT INTO opinions (case_id, workstation_id, channel, category, town, place, content, "
      "contact_masked, query_code_hash, received_on, handling, complex, reply, replied_on, "
      "rating, rated_on) "
      "SELECT ? + g.n, ws.id, CASE WHEN g.r3 % 20 < 8 THEN 'online' WHEN g.r3 % 20 < 17 THEN "
      "  'reception' ELSE 'phone' END, "
      "CASE WHEN g.r2 < 5 THEN 'roads' WHEN g.r2 < 8 THEN 'water' WHEN g.r2 < 10 THEN 'schools' "
      "  WHEN g.r2 < 13 THEN 'environment' WHEN g.r2 < 14 THEN 'epidemic' WHEN g.r2 < 16 THEN "
      "  'social_security' WHEN g.r2 < 18 THEN 'housing' ELSE 'other' END, "
      "ws.town, '第' || (g.n % 12 + 1) || '组', "
      "'村口道路破损，雨天积水严重，群众出行不便，希望尽快修复。编号 ' || g.n, "
      "CASE WHEN g.r3 % 3 = 0 THEN '王* 138****' || substr('0000' || (g.n % 10000), -4) ELSE '' "
      "  END, lower(hex(randomblob(32))), g.received_on, "
      "CASE WHEN g.state IN ('registered', 'merged', 'split') THEN NULL WHEN g.state = "
      "  'converted' THEN 'suggestion' WHEN g.r3 < 600 THEN 'town' ELSE 'department' END, "
      "CASE WHEN g.r3 % 10 = 0 THEN 1 ELSE 0 END, "
      "CASE WHEN g.state IN ('replied', 'closed', 'archived') THEN "
      "'已安排施工队修复，预计两周内完工。' "
      "  ELSE '' END, "
      "CASE WHEN g.state IN ('replied', 'closed', 'archived') THEN min(?, date(g.received_on, "
      "  '+' || (g.d * 37 % 90 / 2) || ' days')) END, "
      "CASE WHEN g.state = 'closed' THEN CASE WHEN g.r3 < 700 THEN 'satisfied' ELSE 'basic' END "
      "  END, "
      "CASE WHEN g.state = 'closed' THEN min(?, date(g.received_on, '+' || (g.d * 37 % 90 / 2) "
      "  || ' days')) END "
      "FROM g JOIN ws ON ws.k = g.n % ?",
      {case0, today, today, stations});
  c.exec(
      "INSERT INTO case_events (case_id, seq, action, from_state, to_state, actor_name, note, "
      "deadline, at) SELECT ? + n, 1, 'open', '', 'registered', '', '', NULL, ? - d * 86400 FROM "
      "g",
      {case0, now});
  // The opinion's copy of its case's state, deadline and closing time (0004_list_copy.sql;
  // the server keeps it through the case engine).
  c.exec(
      "UPDATE opinions SET state = (SELECT x.state FROM cases x WHERE x.id = opinions.case_id), "
      "deadline = (SELECT x.deadline FROM cases x WHERE x.id = opinions.case_id), closed_at = "
      "(SELECT x.closed_at FROM cases x WHERE x.id = opinions.case_id) WHERE case_id >= ?",
      {case0});
  c.exec("DROP TABLE g");
  c.exec("DROP TABLE ws");
  c.exec("DROP TABLE dept");
  c.exec("DROP TABLE seq");
  tx.commit();
  c.exec("ANALYZE");
  return case0;
}

md::http::Response get(md::App& app, const std::string& token, const std::string& path,
                       std::map<std::string, std::string> query = {}) {
  md::http::Request r;
  r.method = md::http::Method::get;
  r.path = path;
  r.query = std::move(query);
  r.headers["cookie"] = "md_session=" + token;
  r.remote_ip = "127.0.0.1";
  return md::http::dispatch(app, r);
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : "/tmp/mingdeng-reports-bench";
  std::int64_t members = argc > 2 ? std::stoll(argv[2]) : 100000;
  std::int64_t count = argc > 3 ? std::stoll(argv[3]) : 1000000;
  // "reuse" as the fourth argument times an existing DIR/md.db again (no generation).
  bool reuse = argc > 4 && std::string(argv[4]) == "reuse";
  if (!reuse) {
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
  }
  md::Config cfg;
  cfg.database_url = dir + "/md.db";
  cfg.data_dir = dir;
  md::App app(cfg, md::all_modules());
  app.migrate();
  if (!reuse) app.load_demo();
  auto conn = app.pool().acquire();
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  auto today = md::china_date(now);
  int year = std::stoi(today.substr(0, 4));

  auto t_gen = Clock::now();
  if (!reuse) {
    generate_members(*conn, members, year, now);
    generate(*conn, count, today, now);
  }
  conn->exec("ANALYZE");
  double gen_ms = ms_since(t_gen);

  // Each figure function on its own (the dashboard's parts), once, after one warm-up call.
  md::reports::dashboard_json(*conn, year, today);
  nlohmann::json parts;
  auto part = [&](const char* name, const std::function<void()>& f) {
    auto t0 = Clock::now();
    f();
    parts[name] = ms_since(t0);
  };
  std::string y = std::to_string(year), from = y + "-01-01", to = y + "-12-31";
  part("coverage", [&] { md::deputies::coverage_figures(*conn); });
  part("compliance", [&] { md::orglife::compliance_figure(*conn, year, today); });
  part("attendance", [&] { md::orglife::attendance_figure(*conn, from, to); });
  part("dues", [&] { md::dues::collection_figure(*conn, y + "-01", today.substr(0, 7)); });
  part("warnings", [&] { md::warnings::open_cards(*conn); });
  part("rectification", [&] { md::rectification::progress_figure(*conn, from, to, today); });
  part("opinions", [&] { md::opinions::opinion_figures(*conn, from, to, today); });
  part("learning", [&] { md::learning::learning_figures(*conn, from, to); });
  part("org", [&] { md::org::org_figures(*conn); });
  part("deputies", [&] { md::deputies::deputy_figures(*conn); });
  part("monthly", [&] {
    md::opinions::received_by_month(*conn, year);
    md::opinions::closed_by_month(*conn, year);
    md::orglife::meetings_by_month(*conn, year);
  });

  auto leader = conn->scalar("SELECT id FROM users WHERE username = 'leader'");
  conn->exec("UPDATE users SET must_change_password = 0 WHERE id = ?", {leader});
  std::string token = md::auth::create_session(*conn, leader, "127.0.0.1", now).token;

  auto check = [](const md::http::Response& r, const char* what) {
    if (r.status != 200) {
      std::cerr << what << " answered " << r.status << ": " << r.body.substr(0, 300) << "\n";
      std::exit(1);
    }
  };
  std::vector<double> me, dash, annual;
  for (int i = 0; i < 200; ++i) {
    auto t0 = Clock::now();
    check(get(app, token, "/api/auth/me"), "me");
    me.push_back(ms_since(t0));
  }
  nlohmann::json figures;
  for (int i = 0; i < 20; ++i) {
    auto t0 = Clock::now();
    auto r = get(app, token, "/api/reports/dashboard", {{"year", std::to_string(year)}});
    dash.push_back(ms_since(t0));
    check(r, "dashboard");
    if (i == 0) figures = nlohmann::json::parse(r.body)["figures"];
  }
  for (int i = 0; i < 5; ++i) {
    auto t0 = Clock::now();
    check(get(app, token, "/api/reports/annual", {{"year", std::to_string(year)}}), "annual");
    annual.push_back(ms_since(t0));
  }
  // The export: 100,000 opinions (the route's cap), newest first, as .xlsx.
  auto rss_before = status_kb("VmRSS");
  reset_peak();
  auto t_exp = Clock::now();
  auto exported = get(app, token, "/api/opinions/export");
  double export_ms = ms_since(t_exp);
  check(exported, "export");
  auto hwm = status_kb("VmHWM");

  auto m = stats(me), d = stats(dash), a = stats(annual);
  std::cout << "RESULT "
            << nlohmann::json{{"members", figures["learningHours"]["members"]},
                              {"opinions", conn->scalar("SELECT COUNT(*) FROM opinions")},
                              {"meetings", conn->scalar("SELECT COUNT(*) FROM meetings")},
                              {"attendanceRows",
                               conn->scalar("SELECT COUNT(*) FROM meeting_attendance")},
                              {"generateMs", gen_ms},
                              {"meP50Ms", m.p50},
                              {"meP95Ms", m.p95},
                              {"dashboardP50Ms", d.p50},
                              {"dashboardP95Ms", d.p95},
                              {"dashboardMaxMs", d.max},
                              {"annualP50Ms", a.p50},
                              {"annualMaxMs", a.max},
                              {"exportMs", export_ms},
                              {"exportBytes", exported.body.size()},
                              {"rssBeforeKb", rss_before},
                              {"peakRssDuringExportKb", hwm},
                              {"parts", parts},
                              {"figures", figures}}
                   .dump()
            << "\n";
  return 0;
}
