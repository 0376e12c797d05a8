// Organizational life at scale (issue 5, bench/orglife.sh):
//   md_bench_orglife DIR [BRANCHES=100] [YEARS=3] [SIGNERS=500]
// builds DIR/md.db: the demo, BRANCHES extra branches of 12 members each with YEARS years of
// meetings following the default rhythm (full attendance), and one branch of SIGNERS members
// with accounts and live sessions and a meeting under way whose 6-digit code is known. Prints
// the in-process timings of the leader's compliance grid (through the real dispatcher), writes
// the members' sessions to DIR/signers.tsv, and ends with `FIXTURE {json}`.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "app/modules.hpp"
#include "modules/org/people_api.hpp"
#include "modules/orglife/store.hpp"
#include "platform/auth/sessions.hpp"
#include "platform/core/app.hpp"
#include "platform/core/china_time.hpp"
#include "platform/http/dispatch.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

int g_people = 0;

/// A party member in a unit; 400 ID cards per birth year, gender from the sequence's parity.
std::int64_t add_member(md::App& app, md::db::Connection& conn, std::int64_t unit,
                        std::int64_t now) {
  int i = g_people++;
  std::string year = std::to_string(1950 + i / 400);
  int sequence = 100 + 2 * (i % 400) + (i % 2 ? 0 : 1);
  md::org::PersonInput p{"党员" + std::to_string(i + 1),
                         i % 2 ? "F" : "M",
                         "汉族",
                         year + "-01-01",
                         md::org::make_id_card("430901", year + "0101", sequence),
                         "",
                         "cpc_member",
                         "2000-07-01",
                         "基准测试单位",
                         ""};
  auto person = md::org::create_person(conn, app.cipher(), p, now);
  md::org::add_membership(conn, person, unit, "member", true, "2000-07-01");
  return person;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : "/tmp/mingdeng-orglife-bench";
  int branches = argc > 2 ? std::stoi(argv[2]) : 100;
  int years = argc > 3 ? std::stoi(argv[3]) : 3;
  int signers = argc > 4 ? std::stoi(argv[4]) : 500;
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
  int this_year = std::stoi(md::china_date(now).substr(0, 4));

  auto t_gen = Clock::now();
  std::int64_t meetings = 0;
  {
    md::db::Transaction tx(*conn);
    auto root =
        conn->scalar("SELECT id FROM org_units WHERE parent_id IS NULL ORDER BY id LIMIT 1");
    for (int b = 0; b < branches; ++b) {
      auto unit = conn->query(
                          "INSERT INTO org_units (parent_id, name, kind, sort_order, "
                          "created_at) VALUES (?, ?, 'branch', ?, ?) RETURNING id",
                          {root, "基准支部" + std::to_string(b + 1), 100 + b, now})
                      .at(0)
                      .i64("id");
      for (int m = 0; m < 12; ++m) add_member(app, *conn, unit, now);
      for (int y = this_year - years + 1; y <= this_year; ++y) {
        for (int month = 1; month <= 12; ++month) {
          char date[32];
          std::snprintf(date, sizeof date, "%04d-%02d-10", y, month);
          std::vector<std::string> types = {"committee", "theme_day"};
          if (month % 3 == 0) {
            types.push_back("branch_assembly");
            types.push_back("lecture");
          }
          int slot = 0;
          for (const auto& type : types) {
            auto start = md::china_day_start(date).value() + (9 + 2 * slot++) * 3600;
            if (start > now) continue;
            auto id = md::orglife::insert_meeting(
                *conn,
                {unit, type, type, start, start + 3600, "会议室", "书记", "委员", "", "", {}}, now);
            conn->exec(
                "UPDATE meeting_attendance SET status = 'present', signed_in_at = ?, "
                "method = 'code' WHERE meeting_id = ?",
                {start, id});
            conn->exec("UPDATE meetings SET status = 'closed', closed_at = ? WHERE id = ?",
                       {start + 3600, id});
            ++meetings;
          }
        }
      }
    }
    tx.commit();
  }
  double gen_ms = ms_since(t_gen);

  // The leader's grid, in-process through the dispatcher.
  auto leader = conn->scalar("SELECT id FROM users WHERE username = 'leader'");
  conn->exec("UPDATE users SET must_change_password = 0 WHERE id = ?", {leader});
  std::string token = md::auth::create_session(*conn, leader, "127.0.0.1", now).token;
  std::vector<double> grid;
  std::size_t cells = 0;
  for (int i = 0; i < 30; ++i) {
    md::http::Request r;
    r.method = md::http::Method::get;
    r.path = "/api/compliance";
    r.query = {{"year", std::to_string(this_year - 1)}};
    r.headers["cookie"] = "md_session=" + token;
    r.remote_ip = "127.0.0.1";
    auto t0 = Clock::now();
    auto res = md::http::dispatch(app, r);
    grid.push_back(ms_since(t0));
    if (res.status != 200) {
      std::cerr << "compliance answered " << res.status << ": " << res.body << "\n";
      return 1;
    }
    cells = res.body.size();
  }
  std::sort(grid.begin(), grid.end());

  // One branch of SIGNERS members with accounts, sessions and a meeting under way.
  std::ofstream out(dir + "/signers.tsv");
  std::int64_t meeting = 0;
  std::string code = "246810";
  {
    md::db::Transaction tx(*conn);
    auto root =
        conn->scalar("SELECT id FROM org_units WHERE parent_id IS NULL ORDER BY id LIMIT 1");
    auto unit = conn->query(
                        "INSERT INTO org_units (parent_id, name, kind, sort_order, created_at) "
                        "VALUES (?, '签到测试支部', 'branch', 999, ?) RETURNING id",
                        {root, now})
                    .at(0)
                    .i64("id");
    auto hash = conn->query_one("SELECT password_hash FROM users WHERE username = 'leader'")
                    ->str("password_hash");
    for (int i = 0; i < signers; ++i) {
      auto person = add_member(app, *conn, unit, now);
      auto user =
          conn->query(
                  "INSERT INTO users (username, display_name, password_hash, "
                  "password_changed_at, must_change_password, created_at) VALUES "
                  "(?, ?, ?, ?, 0, ?) RETURNING id",
                  {"signer" + std::to_string(i), "签到" + std::to_string(i), hash, now, now})
              .at(0)
              .i64("id");
      conn->exec("INSERT INTO user_roles (user_id, role) VALUES (?, 'member')", {user});
      conn->exec("UPDATE people SET user_id = ? WHERE id = ?", {user, person});
      auto s = md::auth::create_session(*conn, user, "127.0.0.1", now);
      out << s.token << "\t" << s.csrf << "\n";
    }
    meeting = md::orglife::insert_meeting(*conn,
                                          {unit,
                                           "theme_day",
                                           "签到压力测试",
                                           now - 600,
                                           now + 7200,
                                           "礼堂",
                                           "书记",
                                           "委员",
                                           "",
                                           "",
                                           {}},
                                          now);
    conn->exec("UPDATE meetings SET signin_code_hash = ? WHERE id = ?",
               {md::orglife::signin_code_hash(meeting, code), meeting});
    tx.commit();
  }
  std::cout << "FIXTURE "
            << nlohmann::json{{"branches", branches},
                              {"years", years},
                              {"meetings", meetings},
                              {"generateMs", gen_ms},
                              {"gridP50Ms", grid[grid.size() / 2]},
                              {"gridP95Ms", grid[grid.size() * 95 / 100]},
                              {"gridBytes", cells},
                              {"signers", signers},
                              {"meetingId", meeting},
                              {"code", code}}
                   .dump()
            << "\n";
  return 0;
}
