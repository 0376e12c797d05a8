// Demo data (R8): 路口镇's five livelihood projects of 2019, chosen by the town deputies' secret
// ballot (seven candidates for five places) and rated at year end — both run through the real
// engine: scrutineer key shares, encrypted ballots with proofs, paper batches, partial
// decryptions and certification. Plus the district's 2026 candidate pool and four more deputy
// accounts so a vote can be tried with several phones.
#include "modules/accounts/store.hpp"
#include "modules/votes/result.hpp"
#include "platform/core/app.hpp"
#include "platform/core/china_time.hpp"

namespace md::votes {
namespace {

struct DemoProject {
  const char* title;
  const char* department;
  std::int64_t budget_yuan;
  const char* done;
  const char* source;
  const char* status;  // for the 2026 pool
};

// 2019 路口镇: the five chosen first, then the two that went to the reserve pool.
const DemoProject k2019[] = {
    {"集镇污水处理管网延伸工程", "路口镇人民政府", 3'800'000, "2019-11-30", "government", ""},
    {"农村安全饮水巩固提升工程", "路口镇水利站", 2'600'000, "2019-10-31", "deputy", ""},
    {"镇中心小学运动场提质改造", "路口镇中心学校", 1'200'000, "2019-08-31", "public", ""},
    {"村组道路硬化二十公里", "路口镇交通站", 4'500'000, "2019-12-15", "government", ""},
    {"集镇农贸市场提质改造", "路口镇市场监管所", 1'900'000, "2019-09-30", "deputy", ""},
    {"镇敬老院消防设施改造", "路口镇民政办", 600'000, "2019-07-31", "public", ""},
    {"集镇亮化工程", "路口镇建设办", 800'000, "2019-12-31", "government", ""},
};

const DemoProject k2026[] = {
    {"城区老旧小区改造（第三批）", "区住房和城乡建设局", 36'000'000, "2026-12-31", "government",
     "shortlisted"},
    {"中小学校食堂明厨亮灶全覆盖", "区教育局", 4'800'000, "2026-09-30", "deputy", "shortlisted"},
    {"社区居家养老服务中心建设", "区民政局", 9'600'000, "2026-11-30", "government", "shortlisted"},
    {"城乡公交线路优化延伸", "区交通运输局", 5'200'000, "2026-10-31", "public", "shortlisted"},
    {"农村饮水安全水质提升", "区水利局", 7'500'000, "2026-12-15", "government", "shortlisted"},
    {"背街小巷路面及排水改造", "区城市管理局", 12'000'000, "2026-11-30", "deputy", "shortlisted"},
    {"基层医疗机构远程诊疗设备配置", "区卫生健康局", 3'900'000, "2026-08-31", "government",
     "collected"},
    {"公共充电桩建设", "区发展和改革局", 2'800'000, "2026-12-31", "public", "collected"},
};

// SplitMix64, as in the other demos: reproducible everywhere.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : s_(seed) {}
  int below(int n) {
    std::uint64_t z = (s_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return static_cast<int>((z ^ (z >> 31)) % static_cast<std::uint64_t>(n));
  }

 private:
  std::uint64_t s_;
};

std::int64_t add_project(db::Connection& conn, int year, const char* body, const DemoProject& p,
                         const std::string& status, std::int64_t now) {
  return conn
      .query(
          "INSERT INTO livelihood_projects (year, body, title, description, department, "
          "budget_fen, planned_completion, source, proposer, status, created_at, updated_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {static_cast<std::int64_t>(year), body, p.title, std::string(p.title) + "。",
           p.department, p.budget_yuan * 100, p.done, p.source,
           std::string(p.source) == "deputy" ? "代表联名" : "", status, now, now})
      .at(0)
      .i64("id");
}

std::optional<std::int64_t> user(db::Connection& conn, const char* name) {
  return accounts::find_user_id(conn, name);
}

/// Runs a whole vote through the engine: keys for two scrutineers, `ballots` encrypted
/// electronic ballots with choices from `choose`, one agreed paper batch, decryption, result.
void run_vote(App& app, db::Connection& conn, std::int64_t vote_id, int electronic, int paper,
              const std::function<int(int question, Rng&)>& choose, std::int64_t now) {
  Vote v = load_vote(conn, vote_id);
  auto trustees = trustees_of(conn, vote_id);
  std::vector<ballot::KeyPair> keys;
  std::vector<ballot::Point> pubs;
  for (const auto& t : trustees) {
    keys.push_back(ballot::generate_key(v.uid, t.index));
    pubs.push_back(keys.back().pub);
    conn.exec(
        "UPDATE vote_trustees SET public_key = ?, key_proof = ? WHERE vote_id = ? AND "
        "position = ?",
        {ballot::to_hex(keys.back().pub.bytes),
         Json{{"c", ballot::to_hex(keys.back().proof.c.bytes)},
              {"s", ballot::to_hex(keys.back().proof.s.bytes)}}
             .dump(),
         vote_id, t.index});
  }
  auto y = ballot::combine_keys(pubs);
  conn.exec("UPDATE votes SET status = 'open', public_key = ?, opened_at = ? WHERE id = ?",
            {ballot::to_hex(y.bytes), now, vote_id});
  v = load_vote(conn, vote_id);
  auto questions = questions_of(conn, vote_id);
  auto roster = conn.query("SELECT person_id FROM vote_roster WHERE vote_id = ? ORDER BY person_id",
                           {vote_id});
  Rng rng(static_cast<std::uint64_t>(vote_id) * 7919);
  for (int i = 0; i < electronic; ++i) {
    std::vector<int> choices;
    for (std::size_t q = 0; q < questions.size(); ++q) choices.push_back(choose(int(q), rng));
    auto b =
        ballot::make_ballot(v.uid, ballot::random_alias(), y, v.shape(questions.size()), choices);
    std::int64_t seq = 0;
    append_ballot(conn, vote_id, roster[static_cast<std::size_t>(i)].i64("person_id"), b,
                  ballot::ballot_hash(b), &seq);
  }
  // One paper batch, entered identically by both tellers.
  PaperEntry batch{paper, std::vector<Counts>(questions.size(), Counts(3, 0))};
  for (int i = 0; i < paper; ++i) {
    conn.exec("UPDATE vote_roster SET channel = 'paper' WHERE vote_id = ? AND person_id = ?",
              {vote_id, roster[static_cast<std::size_t>(electronic + i)].i64("person_id")});
    for (std::size_t q = 0; q < questions.size(); ++q)
      ++batch.counts[q][static_cast<std::size_t>(choose(int(q), rng))];
  }
  if (paper > 0) {
    for (const auto& [teller, name] : tellers_of(conn, vote_id)) {
      (void)name;
      conn.exec(
          "INSERT INTO vote_paper_entries (vote_id, batch_no, user_id, ballots, "
          "counts_json, entered_at) VALUES (?, 1, ?, ?, ?, ?)",
          {vote_id, teller, batch.ballots, counts_to_json(batch.counts).dump(), now});
    }
    conn.exec(
        "INSERT INTO vote_paper_batches (vote_id, batch_no, ballots, counts_json, "
        "agreed_at) VALUES (?, 1, ?, ?, ?)",
        {vote_id, batch.ballots, counts_to_json(batch.counts).dump(), now});
  }
  conn.exec("UPDATE votes SET status = 'closed', closed_at = ? WHERE id = ?",
            {now + 1800, vote_id});
  v = load_vote(conn, vote_id);
  auto tally = ballot::tally_from_json(Json::parse(*v.tally_json)).value();
  for (std::size_t i = 0; i < trustees.size(); ++i) {
    Json items = Json::array();
    for (const auto& ct : tally) {
      items.push_back(ballot::partial_to_json(
          ballot::partial_decrypt(v.uid, trustees[i].index, keys[i].secret, keys[i].pub, ct)));
    }
    conn.exec("UPDATE vote_trustees SET partial_json = ? WHERE vote_id = ? AND position = ?",
              {items.dump(), vote_id, trustees[i].index});
  }
  certify(conn, v, now + 3600, 3);
  (void)app;
}

}  // namespace

void load_demo(App& app, db::Connection& conn, DemoReport& report) {
  auto now = china_day_start("2019-03-15").value_or(0) + 9 * 3600;
  std::vector<std::pair<std::int64_t, std::string>> candidates;
  for (const auto& p : k2019) {
    candidates.emplace_back(add_project(conn, 2019, "路口镇", p, "shortlisted", now), p.title);
  }
  auto leader = user(conn, "leader"), branch = user(conn, "branch"), teller = user(conn, "teller"),
       clerk = user(conn, "clerk");
  std::vector<std::int64_t> scrutineers, tellers;
  for (auto u : {leader, branch}) {
    if (u) scrutineers.push_back(*u);
  }
  for (auto u : {teller, clerk}) {
    if (u) tellers.push_back(*u);
  }
  // 票决: the town's deputies, yes/no/abstain on seven candidates for five places.
  NewVote projects_vote{"路口镇2019年度民生实事项目代表票决",
                        "projects",
                        2019,
                        "options3",
                        0,
                        5,
                        "scrutineers",
                        "town",
                        candidates,
                        scrutineers,
                        tellers,
                        leader};
  auto vote_id = insert_vote(conn, projects_vote, app.cipher(), "", now);
  std::int64_t eligible = load_vote(conn, vote_id).eligible;
  int electronic = static_cast<int>(eligible * 8 / 10), paper = static_cast<int>(eligible / 10);
  // The first five find broad support; the last two do not.
  run_vote(
      app, conn, vote_id, electronic, paper,
      [](int q, Rng& rng) {
        int r = rng.below(100);
        int yes = q < 5 ? 88 - 3 * q : 38 + 4 * q;
        return r < yes ? 0 : r < yes + 8 ? 1 : 2;
      },
      now);

  // Progress of the chosen five, quarter by quarter, and one deputies' inspection each.
  auto chosen = conn.query(
      "SELECT id FROM livelihood_projects WHERE year = 2019 AND status = 'chosen' ORDER BY id");
  for (const auto& r : chosen) {
    for (int q = 2; q <= 4; ++q) {
      conn.exec(
          "INSERT INTO project_progress (project_id, quarter, percent, kind, note, "
          "recorded_by, recorded_at) VALUES (?, ?, ?, 'update', ?, ?, ?)",
          {r.i64("id"), "2019Q" + std::to_string(q), static_cast<std::int64_t>(q * 30 - 20),
           q == 4 ? "项目已完工并通过验收" : "按计划推进", clerk ? db::Value(*clerk) : db::Value(),
           now + q * 90 * 86400});
    }
    conn.exec(
        "INSERT INTO project_progress (project_id, quarter, percent, kind, note, "
        "recorded_by, recorded_at) VALUES (?, '2019Q3', 70, 'inspection', ?, ?, ?)",
        {r.i64("id"), "代表小组现场视察，督促加快进度", clerk ? db::Value(*clerk) : db::Value(),
         now + 200 * 86400});
  }

  // 满意度测评 at year end on the five chosen projects.
  std::vector<std::pair<std::int64_t, std::string>> rated;
  for (const auto& r : conn.query("SELECT id, title FROM livelihood_projects WHERE year = 2019 "
                                  "AND status = 'chosen' ORDER BY id")) {
    rated.emplace_back(r.i64("id"), r.str("title"));
  }
  auto year_end = china_day_start("2019-12-20").value_or(0) + 9 * 3600;
  NewVote rating{"路口镇2019年度民生实事项目满意度测评",
                 "satisfaction",
                 2019,
                 "options3",
                 0,
                 0,
                 "scrutineers",
                 "town",
                 rated,
                 scrutineers,
                 tellers,
                 leader};
  auto rating_id = insert_vote(conn, rating, app.cipher(), "", year_end);
  run_vote(
      app, conn, rating_id, electronic, paper,
      [](int q, Rng& rng) {
        int r = rng.below(100);
        int satisfied = q == 3 ? 40 : 72;  // the roads project: only basically satisfied
        return r < satisfied ? 0 : r < satisfied + (q == 3 ? 45 : 26) ? 1 : 2;
      },
      year_end);

  // The district's 2026 candidate pool.
  auto today = china_day_start("2026-09-10").value_or(0);
  for (const auto& p : k2026) add_project(conn, 2026, "区人民政府", p, p.status, today);

  // Four more deputy accounts (district deputies after 刘建军) to try a vote on several phones.
  auto deputy = user(conn, "deputy");
  auto liu =
      deputy ? conn.query_one("SELECT id FROM people WHERE user_id = ?", {*deputy}) : std::nullopt;
  int extra = 0;
  if (liu) {
    for (const auto& r : conn.query(
             "SELECT DISTINCT d.person_id, p.name FROM deputies d JOIN people p ON p.id = "
             "d.person_id WHERE d.level = 'district' AND d.ended_on IS NULL AND p.user_id IS "
             "NULL AND d.person_id > ? ORDER BY d.person_id LIMIT 4",
             {liu->i64("id")})) {
      std::string name = "deputy" + std::to_string(extra + 2);
      auto [uid, pw] = accounts::create_user(
          conn, app.cipher(),
          accounts::NewUser{
              name, r.str("name"), "1380730010" + std::to_string(extra), {}, {"deputy"}},
          now, std::string("Mingdeng@2026"));
      (void)pw;
      conn.exec("UPDATE people SET user_id = ? WHERE id = ?", {uid, r.i64("person_id")});
      ++extra;
    }
  }
  report.lines.push_back("Livelihood projects: 路口镇 2019 (7 candidates, 5 chosen by a " +
                         std::to_string(eligible) +
                         "-deputy secret ballot, rated at year end), 8 district candidates for "
                         "2026; deputy accounts deputy2…deputy" +
                         std::to_string(extra + 1) + " (district deputies)");
}

}  // namespace md::votes
