// Fixture and in-process figures for the ballot-engine benchmark (issue 4, bench/vote.sh):
//   md_bench_vote DIR [DEPUTIES=3000] [PROJECTS=15]
// builds DIR/md.db (demo data + DEPUTIES provincial deputies with accounts and live sessions,
// PROJECTS shortlisted projects, one yes/no/abstain vote with two scrutineers whose keys are
// registered), pre-encrypts one ballot per deputy as a browser would (DIR/ballots.jsonl), and
// writes the sessions (DIR/voters.tsv, DIR/staff.tsv). The last line is `FIXTURE {json}` with
// the vote id and the in-process costs: ballot creation and verification per ballot, size.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "app/modules.hpp"
#include "modules/org/people_api.hpp"
#include "modules/votes/store.hpp"
#include "platform/auth/sessions.hpp"
#include "platform/core/app.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

struct Lcg {
  std::uint64_t s = 20261128;
  int below(int n) {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<int>((s >> 33) % static_cast<std::uint64_t>(n));
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : "/tmp/mingdeng-vote-bench";
  int deputies = argc > 2 ? std::stoi(argv[2]) : 3000;
  int projects = argc > 3 ? std::stoi(argv[3]) : 15;
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
  auto today = md::org::china_today(now);
  std::ofstream voters(dir + "/voters.tsv"), staff(dir + "/staff.tsv");
  std::int64_t vote_id = 0;
  std::vector<md::ballot::KeyPair> keys;
  {
    md::db::Transaction tx(*conn);
    // Every account shares one password hash: hashing 3,000 Argon2id passwords is not the point.
    auto hash = conn->query_one("SELECT password_hash FROM users WHERE username = 'leader'")
                    ->str("password_hash");
    // The roster is exactly the bench's deputies: the demo's provincial ones step down.
    conn->exec("UPDATE deputies SET ended_on = ? WHERE level = 'province'", {today});
    for (int i = 0; i < deputies; ++i) {
      // Unique ID cards: 400 per birth year; the sequence's parity matches the gender.
      std::string year = std::to_string(1950 + i / 400);
      int sequence = 100 + 2 * (i % 400) + (i % 2 ? 0 : 1);
      md::org::PersonInput p{"代表" + std::to_string(i + 1),
                             i % 2 ? "F" : "M",
                             "汉族",
                             year + "-01-01",
                             md::org::make_id_card("430900", year + "0101", sequence),
                             "",
                             "non_party",
                             "",
                             "基准测试单位",
                             ""};
      auto person = md::org::create_person(*conn, app.cipher(), p, now);
      conn->exec(
          "INSERT INTO deputies (person_id, level, term, constituency, started_on) "
          "VALUES (?, 'province', 13, '基准选区', ?)",
          {person, today});
      auto user = conn->query(
                          "INSERT INTO users (username, display_name, password_hash, "
                          "password_changed_at, must_change_password, created_at) VALUES "
                          "(?, ?, ?, ?, 0, ?) RETURNING id",
                          {"bench" + std::to_string(i), p.name, hash, now, now})
                      .at(0)
                      .i64("id");
      conn->exec("INSERT INTO user_roles (user_id, role) VALUES (?, 'deputy')", {user});
      conn->exec("UPDATE people SET user_id = ? WHERE id = ?", {user, person});
      auto s = md::auth::create_session(*conn, user, "127.0.0.1", now);
      voters << s.token << "\t" << s.csrf << "\n";
    }
    std::vector<std::pair<std::int64_t, std::string>> candidates;
    for (int i = 0; i < projects; ++i) {
      std::string title = "基准测试项目" + std::to_string(i + 1);
      candidates.emplace_back(
          conn->query("INSERT INTO livelihood_projects (year, body, title, department, "
                      "budget_fen, planned_completion, source, status, created_at, updated_at) "
                      "VALUES (2027, '省人民政府', ?, '省发展和改革委员会', 100000000, "
                      "'2027-12-31', 'government', 'shortlisted', ?, ?) RETURNING id",
                      {title, now, now})
              .at(0)
              .i64("id"),
          title);
    }
    std::vector<std::int64_t> staff_ids;
    for (const char* name : {"teller", "leader", "branch"}) {
      auto id = conn->scalar("SELECT id FROM users WHERE username = ?", {std::string(name)});
      conn->exec("UPDATE users SET must_change_password = 0 WHERE id = ?", {id});
      auto s = md::auth::create_session(*conn, id, "127.0.0.1", now);
      staff << name << "\t" << s.token << "\t" << s.csrf << "\n";
      staff_ids.push_back(id);
    }
    md::votes::NewVote v{"基准测试：3000 名代表 15 个项目",
                         "projects",
                         2027,
                         "options3",
                         0,
                         projects / 2,
                         "scrutineers",
                         "province",
                         candidates,
                         {staff_ids[1], staff_ids[2]},
                         {staff_ids[0]},
                         staff_ids[0]};
    vote_id = md::votes::insert_vote(*conn, v, app.cipher(), "", now);
    auto uid = md::votes::load_vote(*conn, vote_id).uid;
    std::vector<md::ballot::Point> pubs;
    for (int i = 1; i <= 2; ++i) {
      keys.push_back(md::ballot::generate_key(uid, i));
      pubs.push_back(keys.back().pub);
      conn->exec(
          "UPDATE vote_trustees SET public_key = ?, key_proof = ? WHERE vote_id = ? AND "
          "position = ?",
          {md::ballot::to_hex(keys.back().pub.bytes),
           nlohmann::json{{"c", md::ballot::to_hex(keys.back().proof.c.bytes)},
                          {"s", md::ballot::to_hex(keys.back().proof.s.bytes)}}
               .dump(),
           vote_id, i});
      staff << "secret" << i << "\t" << md::ballot::to_hex(keys.back().secret.bytes) << "\n";
    }
    conn->exec("UPDATE votes SET status = 'ready', public_key = ? WHERE id = ?",
               {md::ballot::to_hex(md::ballot::combine_keys(pubs).bytes), vote_id});
    tx.commit();
  }

  // One ballot per deputy, encrypted on all cores (the browser's work, done ahead of time).
  auto vote = md::votes::load_vote(*conn, vote_id);
  auto y = *md::ballot::parse_point(*vote.public_key);
  auto shape = vote.shape(static_cast<std::size_t>(projects));
  std::vector<std::vector<int>> choices(static_cast<std::size_t>(deputies));
  Lcg rng;
  for (auto& c : choices) {
    for (int q = 0; q < projects; ++q) {
      int r = rng.below(100);
      c.push_back(r < 70 - 3 * q ? 0 : r < 85 ? 1 : 2);
    }
  }
  std::vector<std::string> ballots(choices.size());
  auto t_make = Clock::now();
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        for (std::size_t i = t; i < choices.size(); i += threads) {
          auto b =
              md::ballot::make_ballot(vote.uid, md::ballot::random_alias(), y, shape, choices[i]);
          ballots[i] = nlohmann::json{{"ballot", md::ballot::to_json(b)}}.dump();
        }
      });
    }
    for (auto& th : pool) th.join();
  }
  double make_ms = ms_since(t_make) * threads / static_cast<double>(deputies);
  std::ofstream out(dir + "/ballots.jsonl");
  for (const auto& b : ballots) out << b << "\n";

  // Verification cost per ballot, in-process (what the server spends before the insert).
  int sample = std::min(deputies, 200);
  auto t_verify = Clock::now();
  for (int i = 0; i < sample; ++i) {
    md::ballot::Ballot parsed;
    auto err = md::ballot::check_ballot(
        nlohmann::json::parse(ballots[static_cast<std::size_t>(i)])["ballot"], vote.uid, y, shape,
        &parsed);
    if (err != md::ballot::BallotError::none) {
      std::cerr << "a fixture ballot does not verify\n";
      return 1;
    }
  }
  double verify_ms = ms_since(t_verify) / sample;
  auto bytes = nlohmann::json::parse(ballots[0])["ballot"].dump().size();
  std::cout << "FIXTURE "
            << nlohmann::json{{"voteId", vote_id},
                              {"deputies", deputies},
                              {"projects", projects},
                              {"makeMsPerBallot", make_ms},
                              {"verifyMsPerBallot", verify_ms},
                              {"ballotJsonBytes", bytes},
                              {"threads", threads}}
                   .dump()
            << "\n";
  return 0;
}
