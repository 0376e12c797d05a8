// Voters' opinions at scale (issue 7, bench/opinions.sh):
//   md_bench_opinions DIR [OPINIONS=1000000] [CODES=1000]
// builds DIR/md.db: the demo plus OPINIONS opinions (a case row, an opinion row and the case's
// "open" event each) received over the last five years across the 20 workstations, their 5
// towns, 8 categories, every state of the workflow and ~3 % of them overdue (bulk SQL in one
// transaction: the timings are about reading, not writing). CODES of them get a known query
// code (written to DIR/codes.txt for the HTTP lookups of bench/opinions.sh). Then times,
// in-process, the clerk's filtered list through the real dispatcher (GET /api/opinions with
// status + category + town + overdue, sorted by deadline, first page of 20), its two SQL
// statements (the total count and the page) on their own, and references measured in the same
// run: GET /api/auth/me through the dispatcher, a plain count of the opinions table, and
// single-row write transactions per second on this database (synchronous=FULL, one fsync
// each). Prints `RESULT {json}`.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "app/modules.hpp"
#include "modules/opinions/intake.hpp"
#include "opinions_data.hpp"
#include "platform/auth/sessions.hpp"
#include "platform/core/app.hpp"
#include "platform/core/china_time.hpp"
#include "platform/crypto/base.hpp"
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

const std::vector<std::string> kCategories = {
    "roads", "water", "schools", "environment", "epidemic", "social_security", "housing", "other"};

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

/// The route's two statements (opinion_routes.cpp list_filter + http::query_page), copied
/// here to time them apart and show their plans.
const char* const kFrom =
    " FROM cases c JOIN opinions o ON o.case_id = c.id LEFT JOIN workstations w ON w.id = "
    "o.workstation_id WHERE 1 = 1 AND o.state = ? AND o.category = ? AND o.town = ? AND "
    "o.closed_at IS NULL AND o.deadline < ?";

std::string plan(Connection& c, const std::string& sql, const md::db::Params& p) {
  std::string out;
  for (const auto& r : c.query("EXPLAIN QUERY PLAN " + sql, p)) {
    out += (out.empty() ? "" : " | ") + r.str("detail");
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : "/tmp/mingdeng-opinions-bench";
  std::int64_t count = argc > 2 ? std::stoll(argv[2]) : 1000000;
  int codes = argc > 3 ? std::stoi(argv[3]) : 1000;
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
  auto today = md::china_date(now);

  auto t_gen = Clock::now();
  auto first = bench::generate_opinions(*conn, count, today, now);
  double gen_ms = ms_since(t_gen);

  // Known query codes on spread-out cases, for the HTTP lookups.
  {
    std::ofstream out(dir + "/codes.txt");
    md::db::Transaction tx(*conn);
    for (int i = 0; i < codes; ++i) {
      std::string code;
      while (code.empty()) {
        code = md::opinions::code_from_bytes(md::crypto::random_bytes(64)).value_or("");
      }
      auto id = first + (static_cast<std::int64_t>(i) * 997) % count;
      conn->exec("UPDATE opinions SET query_code_hash = ? WHERE case_id = ?",
                 {md::opinions::code_hash(code), id});
      out << md::opinions::format_code(code) << "\n";
    }
    tx.commit();
  }

  // Reference: one plain count of the opinions table (a full scan of its smallest index).
  auto t_scan = Clock::now();
  auto total_rows = conn->scalar("SELECT COUNT(*) FROM opinions");
  double scan_ms = ms_since(t_scan);

  auto clerk = conn->scalar("SELECT id FROM users WHERE username = 'clerk'");
  conn->exec("UPDATE users SET must_change_password = 0 WHERE id = ?", {clerk});
  std::string token = md::auth::create_session(*conn, clerk, "127.0.0.1", now).token;

  std::vector<std::string> towns;
  for (const auto& r : conn->query("SELECT DISTINCT town FROM workstations ORDER BY town")) {
    towns.push_back(r.str("town"));
  }
  const std::vector<std::string> open_states = {"registered", "classified", "referred"};

  // (1) The clerk's list: status + category + town + overdue, sorted by deadline, page 1.
  std::vector<double> list, count_sql, page_sql;
  std::int64_t totals = 0, max_total = 0;
  std::string count_plan, page_plan;
  for (int i = 0; i < 240; ++i) {
    const auto& state = open_states[static_cast<std::size_t>(i) % open_states.size()];
    const auto& cat = kCategories[static_cast<std::size_t>(i / 3) % kCategories.size()];
    const auto& town = towns[static_cast<std::size_t>(i / 24) % towns.size()];
    auto t0 = Clock::now();
    auto res = get(app, token, "/api/opinions",
                   {{"status", state},
                    {"category", cat},
                    {"town", town},
                    {"overdue", "1"},
                    {"sort", "deadline"},
                    {"order", "asc"},
                    {"page", "1"},
                    {"pageSize", "20"}});
    list.push_back(ms_since(t0));
    if (res.status != 200) {
      std::cerr << "list answered " << res.status << ": " << res.body.substr(0, 300) << "\n";
      return 1;
    }
    auto total = nlohmann::json::parse(res.body)["total"].get<std::int64_t>();
    totals += total;
    max_total = std::max(max_total, total);
    md::db::Params p = {state, cat, town, today};
    std::string count_q = std::string("SELECT COUNT(*)") + kFrom;
    std::string page_q = std::string("SELECT c.id, o.deadline") + kFrom +
                         " ORDER BY o.deadline ASC, c.id LIMIT 20 OFFSET 0";
    t0 = Clock::now();
    conn->scalar(count_q, p);
    count_sql.push_back(ms_since(t0));
    t0 = Clock::now();
    conn->query(page_q, p);
    page_sql.push_back(ms_since(t0));
    if (i == 0) {
      count_plan = plan(*conn, count_q, p);
      page_plan = plan(*conn, page_q, p);
    }
  }
  // The same without the overdue filter on closed cases (~20,000 matches to count and sort).
  std::vector<double> closed;
  std::int64_t closed_totals = 0;
  for (int i = 0; i < 40; ++i) {
    auto t0 = Clock::now();
    auto res = get(app, token, "/api/opinions",
                   {{"status", "closed"},
                    {"category", kCategories[static_cast<std::size_t>(i) % kCategories.size()]},
                    {"town", towns[static_cast<std::size_t>(i / 8) % towns.size()]},
                    {"sort", "deadline"},
                    {"pageSize", "20"}});
    closed.push_back(ms_since(t0));
    if (res.status != 200) return 1;
    closed_totals += nlohmann::json::parse(res.body)["total"].get<std::int64_t>();
  }
  std::vector<double> me;
  for (int i = 0; i < 200; ++i) {
    auto t0 = Clock::now();
    get(app, token, "/api/auth/me");
    me.push_back(ms_since(t0));
  }

  // Reference for the submissions: single-row write transactions per second on this database
  // (each commit is one WAL fsync with synchronous=FULL), for two seconds.
  conn->exec("CREATE TABLE IF NOT EXISTS bench_tick (n BIGINT NOT NULL)");
  conn->exec("INSERT INTO bench_tick (n) VALUES (0)");
  std::int64_t commits = 0;
  auto t_w = Clock::now();
  while (ms_since(t_w) < 2000) {
    md::db::Transaction tx(*conn);
    conn->exec("UPDATE bench_tick SET n = n + 1");
    tx.commit();
    ++commits;
  }
  double commits_per_s = static_cast<double>(commits) * 1000.0 / ms_since(t_w);
  conn->exec("DROP TABLE bench_tick");

  auto l = stats(list), cs = stats(count_sql), ps = stats(page_sql), cl = stats(closed),
       m = stats(me);
  std::cout << "RESULT "
            << nlohmann::json{{"opinions", total_rows},
                              {"generateMs", gen_ms},
                              {"overdue", conn->scalar("SELECT COUNT(*) FROM cases WHERE kind = "
                                                       "'opinion' AND closed_at IS NULL AND "
                                                       "deadline < ?",
                                                       {today})},
                              {"open", conn->scalar("SELECT COUNT(*) FROM cases WHERE kind = "
                                                    "'opinion' AND closed_at IS NULL")},
                              {"registeredOnline",
                               conn->scalar("SELECT COUNT(*) FROM cases c JOIN opinions o ON "
                                            "o.case_id = c.id WHERE c.kind = 'opinion' AND "
                                            "c.state = 'registered' AND o.channel = 'online'")},
                              {"scanMs", scan_ms},
                              {"listRequests", list.size()},
                              {"listP50Ms", l.p50},
                              {"listP95Ms", l.p95},
                              {"listMaxMs", l.max},
                              {"listMeanTotal",
                               static_cast<double>(totals) / static_cast<double>(list.size())},
                              {"listMaxTotal", max_total},
                              {"countP50Ms", cs.p50},
                              {"countP95Ms", cs.p95},
                              {"pageP50Ms", ps.p50},
                              {"pageP95Ms", ps.p95},
                              {"countPlan", count_plan},
                              {"pagePlan", page_plan},
                              {"closedP50Ms", cl.p50},
                              {"closedP95Ms", cl.p95},
                              {"closedMeanTotal", static_cast<double>(closed_totals) /
                                                      static_cast<double>(closed.size())},
                              {"meP50Ms", m.p50},
                              {"meP95Ms", m.p95},
                              {"commitsPerS", commits_per_s}}
                   .dump()
            << "\n";
  return 0;
}
