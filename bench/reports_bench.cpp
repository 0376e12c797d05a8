// The dashboard and the annual report at scale (issue 10, bench/reports.sh):
//   md_bench_reports DIR [MEMBERS=100000] [OPINIONS=1000000] [reuse]
// builds DIR/md.db: the demo plus MEMBERS party members in 200 test branches (people,
// memberships, a dues base each and a payment per year, a study record per month), three years
// of meetings (each branch's monthly 支委会 with 7 present, its quarterly 党员大会 with every
// member on the attendance list) and OPINIONS voters' opinions over five years (the generator
// of bench/opinions_bench.cpp). Bulk SQL in one transaction each: the timings are about
// reading. Then times in-process, through the real dispatcher as the leader:
// GET /api/reports/dashboard (served from its stored snapshot, and the request that computes
// it again), GET /api/reports/annual (this year), the 100,000-row opinions
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
#include "opinions_data.hpp"
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
    bench::generate_opinions(*conn, count, today, now);
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
  // The dashboard as leaders get it within the minute: from the stored snapshot, which the
  // untimed first request computes (modules/reports/snapshot.hpp).
  conn->exec("DELETE FROM reports_dashboard_snapshots");
  check(get(app, token, "/api/reports/dashboard", {{"year", std::to_string(year)}}), "dashboard");
  for (int i = 0; i < 20; ++i) {
    auto t0 = Clock::now();
    auto r = get(app, token, "/api/reports/dashboard", {{"year", std::to_string(year)}});
    dash.push_back(ms_since(t0));
    check(r, "dashboard");
    if (i == 0) figures = nlohmann::json::parse(r.body)["figures"];
  }
  // The request that computes it again (the first one after a minute): the row deleted first.
  std::vector<double> refresh;
  for (int i = 0; i < 5; ++i) {
    conn->exec("DELETE FROM reports_dashboard_snapshots");
    auto t0 = Clock::now();
    check(get(app, token, "/api/reports/dashboard", {{"year", std::to_string(year)}}), "refresh");
    refresh.push_back(ms_since(t0));
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

  auto m = stats(me), d = stats(dash), a = stats(annual), f = stats(refresh);
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
                              {"refreshP50Ms", f.p50},
                              {"refreshMaxMs", f.max},
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
