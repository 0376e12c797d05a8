// The rectification ledger at scale (R5.1, bench/rectification.sh):
//   md_bench_rectification DIR [ITEMS=100000]
// builds DIR/md.db: the demo plus ITEMS ledger items (cases + rectification_items, bulk SQL)
// over 200 extra branches, every source, every state, deadlines spread over two years around
// today; half of the branches are under the branch officer's unit. Then times, in-process
// through the real dispatcher: the leader's progress view (GET /api/rectification/progress:
// counts per status by source and by unit, completion rates, the overdue items), a branch
// officer's progress over their subtree, the overdue page of the list — each against
// references measured in the same run: a plain COUNT(*) over every item and GET /api/auth/me.
// Prints `RESULT {json}`.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>

#include "app/modules.hpp"
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

void generate(Connection& c, std::int64_t items, std::int64_t now) {
  md::db::Transaction tx(c);
  auto root = c.scalar("SELECT id FROM org_units WHERE parent_id IS NULL ORDER BY id LIMIT 1");
  c.exec("CREATE TEMP TABLE seq (n BIGINT PRIMARY KEY)");
  c.exec(
      "WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n + 1 < ?) "
      "INSERT INTO seq SELECT n FROM s",
      {items});
  auto unit0 = c.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM org_units");
  // Half the branches under the branch officer's own unit: their progress view covers half.
  auto branch_unit = c.scalar("SELECT org_unit_id FROM users WHERE username = 'branch'");
  c.exec(
      "INSERT INTO org_units (id, parent_id, name, kind, sort_order, created_at) SELECT ? + n, "
      "CASE WHEN n < 100 THEN ? ELSE ? END, '基准支部' || n, 'branch', 1000 + n, ? FROM seq "
      "WHERE n < 200",
      {unit0, branch_unit, root, now});
  auto case0 = c.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM cases");
  std::string today = md::china_date(now);
  // (n / 1000) % 10: 0-1 not_started, 2-4 in_progress, 5-7 verified, 8 completed, 9 ongoing;
  // the unit is n % 200 and the source (n / 200) % 5, so every combination occurs.
  const char* state =
      "CASE WHEN (n / 1000) % 10 < 2 THEN 'not_started' WHEN (n / 1000) % 10 < 5 THEN "
      "'in_progress' WHEN (n / 1000) % 10 < 8 THEN 'verified' WHEN (n / 1000) % 10 = 8 THEN "
      "'completed' ELSE 'ongoing' END";
  const char* deadline = "date(?, '-365 days', '+' || ((n * 7919) % 730) || ' days')";
  c.exec(std::string("INSERT INTO cases (id, kind, ref_no, state, title, assignee_kind, "
                     "assignee_id, assignee_name, deadline, created_at, updated_at, closed_at) "
                     "SELECT ? + n, 'rectification', 'ZGB-' || n, ") +
             state + ", '基准整改问题' || n, 'unit', ? + n % 200, '基准支部' || (n % 200), " +
             deadline + ", ?, ?, CASE WHEN (n / 1000) % 10 BETWEEN 5 AND 7 THEN ? END FROM seq",
         {case0, unit0, today, now, now, now});
  const char* sources =
      "CASE (n / 200) % 5 WHEN 0 THEN 'patrol' WHEN 1 THEN 'audit' WHEN 2 THEN 'self' WHEN 3 THEN "
      "'superior' ELSE 'satisfaction' END";
  c.exec(std::string("INSERT INTO rectification_items (case_id, source, problem, category, "
                     "org_unit_id, person_name, measures, start_on, deadline, state, "
                     "created_at, updated_at) SELECT ? + n, ") +
             sources + ", '基准整改问题' || n, '作风建设', ? + n % 200, '责任人', '整改措施', " +
             "date(?, '-400 days'), " + deadline + ", " + state + ", ?, ? FROM seq",
         {case0, unit0, today, today, now, now});
  c.exec("DROP TABLE seq");
  tx.commit();
  c.exec("ANALYZE");
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

std::string session_of(Connection& c, const std::string& username, std::int64_t now) {
  auto id = c.scalar("SELECT id FROM users WHERE username = ?", {username});
  c.exec("UPDATE users SET must_change_password = 0 WHERE id = ?", {id});
  return md::auth::create_session(c, id, "127.0.0.1", now).token;
}

Stats time_get(md::App& app, const std::string& token, const std::string& path,
               std::map<std::string, std::string> query, int n) {
  std::vector<double> v;
  for (int i = 0; i < n; ++i) {
    auto t0 = Clock::now();
    auto res = get(app, token, path, query);
    v.push_back(ms_since(t0));
    if (res.status != 200) {
      std::cerr << path << " answered " << res.status << ": " << res.body << "\n";
      std::exit(1);
    }
  }
  return stats(v);
}

nlohmann::json js(const Stats& s) { return {{"p50", s.p50}, {"p95", s.p95}, {"max", s.max}}; }

}  // namespace

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : "/tmp/mingdeng-rectification-bench";
  std::int64_t items = argc > 2 ? std::stoll(argv[2]) : 100000;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  md::Config cfg;
  cfg.database_url = dir + "/md.db";
  cfg.data_dir = dir;
  md::App app(cfg, md::all_modules());
  app.migrate();
  app.load_demo();
  auto conn = app.pool().acquire();
  auto now = static_cast<std::int64_t>(std::time(nullptr));

  auto t_gen = Clock::now();
  generate(*conn, items, now);
  double gen_ms = ms_since(t_gen);

  std::vector<double> count;
  for (int i = 0; i < 50; ++i) {
    auto t0 = Clock::now();
    // A plain pass over every item (COUNT(*) alone is answered from the b-tree's page counts).
    conn->scalar("SELECT COUNT(*) FROM rectification_items WHERE state <> ''");
    count.push_back(ms_since(t0));
  }
  auto leader = session_of(*conn, "leader", now);
  auto branch = session_of(*conn, "branch", now);
  time_get(app, leader, "/api/rectification/progress", {}, 5);  // warm-up
  auto me = time_get(app, leader, "/api/auth/me", {}, 200);
  auto progress = time_get(app, leader, "/api/rectification/progress", {}, 200);
  auto branch_progress = time_get(app, branch, "/api/rectification/progress", {}, 200);
  auto overdue_page =
      time_get(app, leader, "/api/rectification/items", {{"status", "overdue"}}, 200);
  auto body = nlohmann::json::parse(get(app, leader, "/api/rectification/progress").body);
  std::string plan;
  for (const auto& r : conn->query(
           "EXPLAIN QUERY PLAN SELECT org_unit_id, source, state, COUNT(*) AS n, SUM(CASE WHEN "
           "deadline < ? THEN 1 ELSE 0 END) AS late FROM rectification_items GROUP BY "
           "org_unit_id, source, state",
           {md::china_date(now)})) {
    plan += (plan.empty() ? "" : "; ") + r.str("detail");
  }
  std::cout << "RESULT "
            << nlohmann::json{{"items", conn->scalar("SELECT COUNT(*) FROM rectification_items")},
                              {"generateMs", gen_ms},
                              {"countMs", js(stats(count))},
                              {"me", js(me)},
                              {"progress", js(progress)},
                              {"branchProgress", js(branch_progress)},
                              {"overduePage", js(overdue_page)},
                              {"overall", body["overall"]},
                              {"units", body["byUnit"].size()},
                              {"plan", plan}}
                   .dump()
            << "\n";
}
