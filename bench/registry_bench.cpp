// The registry at scale (issue 3): 100,000 people in 2,000 org units, measured in-process
// through the real request pipeline (dispatch: session, permissions, SQL, JSON).
//   md_bench_registry DIR   → builds DIR/md.db, prints a Markdown table, and the session
//                             token on the last line (bench/registry.sh serves DIR and runs wrk).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "app/modules.hpp"
#include "modules/org/people_api.hpp"
#include "platform/auth/sessions.hpp"
#include "platform/core/app.hpp"
#include "platform/http/dispatch.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// A small deterministic generator: the same data on every run and every standard library.
struct Lcg {
  std::uint64_t s = 20201128;
  std::uint32_t next() {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(s >> 33);
  }
  std::size_t below(std::size_t n) { return next() % n; }
};

const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴",
                                 "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
                                 "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧"};
const char* const kGiven[] = {"伟",   "芳",   "娜",   "敏",   "静",   "丽",   "强",   "磊",
                              "军",   "洋",   "勇",   "艳",   "杰",   "娟",   "涛",   "明",
                              "超",   "秀英", "华",   "建国", "志强", "海燕", "晓东", "春梅",
                              "国庆", "红梅", "立新", "桂英", "文",   "斌"};

md::http::Response call(md::App& app, const std::string& token, const std::string& method,
                        const std::string& path, std::map<std::string, std::string> query,
                        std::string body = {}) {
  md::http::Request r;
  r.method = *md::http::parse_method(method);
  r.path = path;
  r.query = std::move(query);
  r.headers["cookie"] = "md_session=" + token;
  r.headers["x-csrf-token"] = "";
  r.body = std::move(body);
  r.remote_ip = "127.0.0.1";
  return md::http::dispatch(app, r);
}

struct Stats {
  double p50, p95, max;
};

Stats timed(int n, const std::function<void(int)>& f) {
  std::vector<double> t;
  for (int i = 0; i < n; ++i) {
    auto t0 = Clock::now();
    f(i);
    t.push_back(ms_since(t0));
  }
  std::sort(t.begin(), t.end());
  return {t[t.size() / 2], t[t.size() * 95 / 100], t.back()};
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : "/tmp/mingdeng-registry-bench";
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

  // 2,000 org units: 100 branches under the party group, 19 groups under each.
  auto t_gen = Clock::now();
  std::vector<std::int64_t> units;
  std::int64_t import_branch = 0;
  {
    md::db::Transaction tx(*conn);
    auto root =
        conn->scalar("SELECT id FROM org_units WHERE parent_id IS NULL ORDER BY id LIMIT 1");
    for (int b = 0; b < 100; ++b) {
      auto branch = conn->query_one(
                            "INSERT INTO org_units (parent_id, name, kind, sort_order, created_at) "
                            "VALUES (?, ?, "
                            "'branch', ?, ?) RETURNING id",
                            {root, "测试党支部" + std::to_string(b + 1),
                             static_cast<std::int64_t>(100 + b), now})
                        ->i64("id");
      if (b == 0) import_branch = branch;
      units.push_back(branch);
      for (int g = 0; g < 19; ++g) {
        units.push_back(conn->query_one("INSERT INTO org_units (parent_id, name, kind, sort_order, "
                                        "created_at) VALUES (?, ?, "
                                        "'group', 0, ?) RETURNING id",
                                        {branch,
                                         "测试党支部" + std::to_string(b + 1) + "第" +
                                             std::to_string(g + 1) + "党小组",
                                         now})
                            ->i64("id"));
      }
    }
    tx.commit();
  }
  // 100,000 people, each a member of one unit; the first 10,000 in the first test branch's
  // subtree so that an export of that branch is a 10,000-row roster.
  Lcg rng;
  {
    md::db::Transaction tx(*conn);
    const char* statuses[] = {"cpc_member",       "cpc_member", "cpc_member",
                              "cpc_probationary", "masses",     "cyl_member"};
    for (int i = 0; i < 100000; ++i) {
      int year = 1950 + static_cast<int>(rng.below(50));
      int month = 1 + static_cast<int>(rng.below(12));
      int day = 1 + static_cast<int>(rng.below(28));
      char birth[48], compact[48];
      std::snprintf(birth, sizeof birth, "%04d-%02d-%02d", year, month, day);
      std::snprintf(compact, sizeof compact, "%04d%02d%02d", year, month, day);
      // Unique IDs: region codes 430000+ (i / 1000), sequence i % 1000.
      std::string region = std::to_string(430000 + i / 1000);
      int seq = i % 1000;
      md::org::PersonInput p;
      p.name =
          std::string(kSurnames[rng.below(30)]) + kGiven[rng.below(30)] + kGiven[rng.below(30)];
      p.gender = seq % 2 ? "M" : "F";
      p.ethnicity = "汉族";
      p.birth_date = birth;
      p.id_card = md::org::make_id_card(region, compact, seq);
      p.political_status = statuses[rng.below(6)];
      if (md::org::is_party_member(p.political_status)) {
        p.joined_party_on = std::to_string(year + 25) + "-07-01";
      }
      p.unit = "测试单位" + std::to_string(rng.below(500));
      auto id = md::org::create_person(*conn, app.cipher(), p, now);
      std::int64_t unit = i < 10000 ? units[static_cast<std::size_t>(i % 20)]
                                    : units[20 + rng.below(units.size() - 20)];
      md::org::add_membership(*conn, id, unit, "member", true, "2020-01-01");
    }
    tx.commit();
  }
  double gen_s = ms_since(t_gen) / 1000;

  // The leader, signed in (initial password change skipped for the benchmark).
  auto leader = conn->scalar("SELECT id FROM users WHERE username = 'leader'");
  conn->exec("UPDATE users SET must_change_password = 0 WHERE id = ?", {leader});
  std::string token;
  {
    md::db::Transaction tx(*conn);
    token = md::auth::create_session(*conn, leader, "127.0.0.1", now).token;
    tx.commit();
  }
  conn->exec("PRAGMA optimize");

  int status_errors = 0;
  auto expect_ok = [&](const md::http::Response& r) {
    if (r.status != 200) ++status_errors;
  };
  auto list = timed(200, [&](int i) {
    expect_ok(call(app, token, "GET", "/api/people",
                   {{"page", std::to_string(1 + i % 50)},
                    {"sort", "name"},
                    {"politicalStatus", "cpc_member"}}));
  });
  auto list_unit = timed(200, [&](int i) {
    expect_ok(
        call(app, token, "GET", "/api/people",
             {{"orgUnitId", std::to_string(units[static_cast<std::size_t>(20 * (1 + i % 99))])},
              {"sort", "name"}}));
  });
  auto search = timed(100, [&](int i) {
    const char* q[] = {"王伟", "zj", "测试单位42", "李"};
    expect_ok(call(app, token, "GET", "/api/people", {{"q", q[i % 4]}, {"sort", "name"}}));
  });
  auto coverage = timed(50, [&](int) { expect_ok(call(app, token, "GET", "/api/coverage", {})); });

  // Export the 10,000-row branch, then import that file back (every row updates a person).
  auto t_exp = Clock::now();
  auto exported =
      call(app, token, "GET", "/api/people/export", {{"orgUnitId", std::to_string(import_branch)}});
  double export_ms = ms_since(t_exp);
  expect_ok(exported);
  // The import needs the CSRF token of the session.
  auto csrf =
      conn->query_one(
              "SELECT csrf FROM sessions WHERE user_id = ? ORDER BY created_at DESC LIMIT 1",
              {leader})
          ->str("csrf");
  md::http::Request imp;
  imp.method = md::http::Method::post;
  imp.path = "/api/people/import";
  imp.query = {{"mode", "valid"}};
  imp.headers["cookie"] = "md_session=" + token;
  imp.headers["x-csrf-token"] = csrf;
  imp.body = exported.body;
  imp.remote_ip = "127.0.0.1";
  auto t_imp = Clock::now();
  auto imported = md::http::dispatch(app, imp);
  double import_ms = ms_since(t_imp);
  expect_ok(imported);

  std::printf(
      "| measure (100,000 people, 2,000+ org units, SQLite, in-process dispatch) | value "
      "|\n|---|---|\n");
  std::printf(
      "| generate the data set (create_person × 100,000 with SM4 + blind index) | %.1f s |\n",
      gen_s);
  std::printf("| people list, status filter + pinyin sort + count: p50 / p95 | %.2f / %.2f ms |\n",
              list.p50, list.p95);
  std::printf(
      "| people list, org-subtree filter + pinyin sort + count: p50 / p95 | %.2f / %.2f ms |\n",
      list_unit.p50, list_unit.p95);
  std::printf("| people search (name / pinyin initials / unit): p50 / p95 | %.2f / %.2f ms |\n",
              search.p50, search.p95);
  std::printf("| coverage panel: p50 / p95 | %.2f / %.2f ms |\n", coverage.p50, coverage.p95);
  std::printf("| export 10,000-row roster (.xlsx, %zu bytes) | %.0f ms |\n", exported.body.size(),
              export_ms);
  std::printf("| import that 10,000-row .xlsx back (status %d) | %.0f ms |\n", imported.status,
              import_ms);
  std::printf("| requests not answered 200 | %d |\n", status_errors);
  std::printf("SESSION %s\n", token.c_str());
  return status_errors == 0 && imported.status == 200 ? 0 : 1;
}
