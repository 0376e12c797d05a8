// Demo data from the seed article (2020): "区人大常委会正式选举成立了工会组织 … 按期开展了6期
// 道德讲堂、7个'我们的节日'主题活动、建立了职工书屋 … 开展了文明家庭、文明委室、文明职工评选活
// 动". The 机关党支部's people are the union's members; the founding election of the first
// union committee and the three selections ran on the ballot engine (certified, announced);
// 6 道德讲堂 and 7 "我们的节日" with attendance; the reading room with books, copies and loans
// (one out, one overdue, one returned).
#include <ctime>
#include <stdexcept>

#include "modules/org/people_api.hpp"
#include "modules/union/rules.hpp"
#include "modules/votes/peer_ballot_api.hpp"
#include "platform/core/app.hpp"

#include <nlohmann/json.hpp>

namespace md::trade_union {

void load_demo(App& app, db::Connection& conn, DemoReport& report);

namespace {

using Json = nlohmann::json;

struct Member {
  std::int64_t id;
  std::string name;
};

/// 2020-mm-dd 10:00 China time as unix seconds.
std::int64_t at(int month, int day, int hour = 10) {
  std::tm tm{};
  tm.tm_year = 2020 - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour - 8;
  return static_cast<std::int64_t>(timegm(&tm));
}

/// An ISBN-13 with its check digit computed (978 + 7 (China) + publisher + title; 12 digits).
std::string isbn13(const std::string& twelve) {
  int sum = 0;
  for (std::size_t i = 0; i < 12; ++i) sum += (twelve[i] - '0') * (i % 2 == 0 ? 1 : 3);
  return twelve + std::to_string((10 - sum % 10) % 10);
}

struct Contest {
  const char* kind;
  const char* category;
  const char* title;
  int seats;
  int month, day;
  /// nominees: name (empty: candidate i of the members), reason
  std::vector<std::pair<std::string, std::string>> nominees;
};

/// Runs a contest on the engine and stores it as announced.
void run_contest(App& app, db::Connection& conn, const Contest& c,
                 const std::vector<Member>& members,
                 const std::vector<std::int64_t>& candidate_people,
                 std::optional<std::int64_t> by) {
  std::int64_t opened = at(c.month, c.day, 9), closed = at(c.month, c.day, 11);
  auto contest = conn.query(
                         "INSERT INTO union_contests (kind, category, year, title, seats, held_on, "
                         "status, created_by, created_at, updated_at) VALUES (?, ?, 2020, ?, ?, ?, "
                         "'draft', ?, ?, ?) RETURNING id",
                         {std::string(c.kind), std::string(c.category), std::string(c.title),
                          std::int64_t{c.seats},
                          "2020-" + std::string(c.month < 10 ? "0" : "") + std::to_string(c.month) +
                              "-" + (c.day < 10 ? "0" : "") + std::to_string(c.day),
                          by ? db::Value(*by) : db::Value(), opened - 86400 * 7, closed})
                     .at(0)
                     .i64("id");
  votes::PickBallotSpec spec;
  spec.kind = std::string(c.kind) == "election" ? "union_election" : "selection";
  spec.title = c.title;
  spec.year = 2020;
  spec.max_picks = c.seats;
  for (const auto& m : members) spec.voter_person_ids.push_back(m.id);
  std::int64_t position = 0;
  for (std::size_t i = 0; i < c.nominees.size(); ++i) {
    std::optional<std::int64_t> person;
    std::string name = c.nominees[i].first;
    if (i < candidate_people.size() && candidate_people[i] > 0) {
      person = candidate_people[i];
      for (const auto& m : members) {
        if (m.id == *person) name = m.name;
      }
    }
    conn.exec(
        "INSERT INTO union_candidates (contest_id, position, person_id, name, reason, "
        "nominated_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {contest, ++position, person ? db::Value(*person) : db::Value(), name, c.nominees[i].second,
         by ? db::Value(*by) : db::Value(), opened - 86400 * 7});
    spec.candidates.emplace_back(person.value_or(0), name);
  }
  // Ballots of all but two members: everyone's picks lean to the first `seats` candidates.
  std::vector<std::vector<int>> picks;
  const std::size_t n = spec.candidates.size();
  for (std::size_t v = 0; v + 2 < members.size(); ++v) {
    std::vector<int> ballot(n, 0);
    int picked = 0;
    for (std::size_t k = 0; k < n && picked < c.seats; ++k) {
      // Voter v skips candidate k when (v + k) % (k + 3) == 0: the later ones lose more often.
      if ((v + k) % (k + 3) == 0 && k + 1 < n) continue;
      ballot[k] = 1;
      ++picked;
    }
    picks.push_back(ballot);
  }
  auto vote = votes::demo_pick_vote(app.cipher(), conn, spec, picks, opened, closed);
  auto state = votes::pick_vote_state(conn, vote);
  if (!state.votes || state.votes->size() != spec.candidates.size()) {
    throw std::runtime_error("union demo: the vote " + std::to_string(vote) + " is " +
                             state.status + " with " +
                             std::to_string(state.votes ? state.votes->size() : 0) + " counts");
  }
  auto outcomes = decide_elected(*state.votes, state.cast, c.seats);
  Json list = Json::array(), chosen = Json::array();
  bool tie = false;
  std::size_t i = 0;
  for (const auto& r :
       conn.query("SELECT id, person_id, name FROM union_candidates WHERE contest_id = ? ORDER BY "
                  "position",
                  {contest})) {
    if (outcomes[i] == Outcome::elected) chosen.push_back(r.str("name"));
    if (outcomes[i] == Outcome::tie) tie = true;
    list.push_back({{"candidateId", r.i64("id")},
                    {"personId", r.opt_i64("person_id") ? Json(r.i64("person_id")) : Json()},
                    {"name", r.str("name")},
                    {"votes", state.votes->at(i)},
                    {"outcome", std::string(outcome_code(outcomes[i]))}});
    ++i;
  }
  Json result = {{"eligible", state.eligible},
                 {"ballots", state.cast},
                 {"seats", c.seats},
                 {"majority", state.cast / 2 + 1},
                 {"candidates", list},
                 {"elected", chosen},
                 {"tie", tie},
                 {"countedAt", closed}};
  conn.exec(
      "UPDATE union_contests SET status = 'announced', vote_id = ?, result_json = ?, "
      "announced_at = ?, updated_at = ? WHERE id = ?",
      {vote, result.dump(), closed + 86400, closed + 86400, contest});
}

}  // namespace

void load_demo(App& app, db::Connection& conn, DemoReport& report) {
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  std::optional<std::int64_t> by;
  if (auto u = conn.query_one("SELECT id FROM users WHERE username = 'clerk'")) by = u->i64("id");

  // Members: the people of the 机关党支部 (the agencies' staff), joined when the union was founded.
  std::vector<Member> members;
  for (const auto& r : conn.query(
           "SELECT DISTINCT p.id, p.name FROM memberships m JOIN people p ON p.id = m.person_id "
           "JOIN org_units u ON u.id = m.org_unit_id WHERE u.name = '机关党支部' AND m.ended_on "
           "IS NULL ORDER BY p.id")) {
    members.push_back({r.i64("id"), r.str("name")});
  }
  if (members.size() < 12) return;  // no org demo: nothing to build on
  for (std::size_t i = 0; i < members.size(); ++i) {
    conn.exec(
        "INSERT INTO union_members (person_id, joined_on, status, note, created_at, updated_at) "
        "VALUES (?, ?, 'active', '', ?, ?)",
        {members[i].id, i < 20 ? "2020-06-10" : "2020-09-01", at(6, 10), at(6, 10)});
  }

  // The founding election of the first committee: 7 candidates for 5 places (差额).
  Contest election{"election", "", "区人大常委会机关工会第一届委员会选举", 5, 6, 18, {}};
  std::vector<std::int64_t> candidates;
  for (std::size_t i = 0; i < 7; ++i) {
    candidates.push_back(members[i + 4].id);
    election.nominees.emplace_back("", "");
  }
  run_contest(app, conn, election, members, candidates, by);

  Contest families{"selection",
                   "family",
                   "2020年度文明家庭评选",
                   2,
                   12,
                   10,
                   {{"许文斌家庭", "孝老爱亲，邻里和睦，家风家教良好"},
                    {"余婷婷家庭", "勤俭持家，热心社区志愿服务"},
                    {"邓小红家庭", "重视子女教育，疫情期间全家参与防控志愿服务"}}};
  run_contest(app, conn, families, members, {}, by);
  Contest offices{"selection",
                  "office",
                  "2020年度文明委室评选",
                  2,
                  12,
                  10,
                  {{"法制工作委员会", "立法调研扎实，办公环境整洁，团结协作"},
                   {"财政经济工作委员会", "预算审查监督规范高效，服务意识强"},
                   {"办公室", "后勤保障有力，疫情防控组织有序"}}};
  run_contest(app, conn, offices, members, {}, by);
  Contest workers{"selection",
                  "worker",
                  "2020年度文明职工评选",
                  3,
                  12,
                  10,
                  {{"", "爱岗敬业，抗疫一线坚守值守"},
                   {"", "乐于助人，积极参加志愿服务"},
                   {"", "业务精湛，圆满完成代表联络工作"},
                   {"", "勤勉敬业，甘于奉献"}}};
  run_contest(app, conn, workers, members,
              {members[8].id, members[9].id, members[10].id, members[11].id}, by);

  // 6 道德讲堂 and 7 "我们的节日" between July 2019 and June 2020: the article (2020-06-28)
  // counts them 去年以来, so the annual report over its period finds all of them.
  struct Activity {
    const char* kind;
    const char* title;
    const char* day;
    const char* place;
  };
  const Activity activities[] = {
      {"moral_lecture", "道德讲堂：弘扬抗疫精神，争做时代新人", "2020-03-26", "机关三楼会议室"},
      {"moral_lecture", "道德讲堂：孝老爱亲，传承好家风", "2020-05-21", "机关三楼会议室"},
      {"moral_lecture", "道德讲堂：诚实守信，做诚信公职人员", "2019-07-18", "机关三楼会议室"},
      {"moral_lecture", "道德讲堂：爱岗敬业，身边的好人好事", "2019-09-19", "机关三楼会议室"},
      {"moral_lecture", "道德讲堂：法治精神与职业道德", "2019-11-21", "机关三楼会议室"},
      {"moral_lecture", "道德讲堂：勤俭节约，厉行节约反对浪费", "2020-01-16", "机关三楼会议室"},
      {"festival", "我们的节日·春节：送春联、写福字", "2020-01-20", "机关大院"},
      {"festival", "我们的节日·元宵：猜灯谜、闹元宵", "2020-02-08", "线上活动"},
      {"festival", "我们的节日·清明：缅怀革命先烈", "2020-04-03", "云溪区烈士陵园"},
      {"festival", "我们的节日·端午：包粽子、话传统", "2020-06-24", "机关食堂"},
      {"festival", "我们的节日·七夕：弘扬中华传统婚恋文化", "2019-08-07", "机关三楼会议室"},
      {"festival", "我们的节日·中秋：月圆情浓话团圆", "2019-09-12", "机关食堂"},
      {"festival", "我们的节日·重阳：走访慰问退休老干部", "2019-10-07", "退休干部家中"},
  };
  std::size_t a = 0;
  for (const auto& act : activities) {
    auto id = conn.query(
                      "INSERT INTO union_activities (kind, title, held_on, place, summary, "
                      "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                      "RETURNING id",
                      {act.kind, act.title, act.day, act.place,
                       std::string("机关干部职工参加，") + act.title + "。",
                       by ? db::Value(*by) : db::Value(), at(1, 1), at(1, 1)})
                  .at(0)
                  .i64("id");
    for (std::size_t i = 0; i < members.size(); ++i) {
      if ((i + a) % 4 == 3) continue;  // about three in four attended
      conn.exec("INSERT INTO union_attendance (activity_id, person_id) VALUES (?, ?)",
                {id, members[i].id});
    }
    ++a;
  }

  // The reading room.
  struct Book {
    const char* twelve;
    const char* title;
    const char* author;
    const char* publisher;
    std::int64_t year;
    int copies;
  };
  const Book books[] = {
      {"978701021856", "中华人民共和国宪法（学习读本）", "本书编写组", "人民出版社", 2018, 3},
      {"978750930123", "中华人民共和国民法典", "全国人大常委会法工委", "法律出版社", 2020, 3},
      {"978751620987", "人民代表大会制度讲话", "本书编写组", "中国民主法制出版社", 2019, 2},
      {"978702013456", "平凡的世界", "路遥", "人民文学出版社", 2017, 2},
      {"978702014789", "红岩", "罗广斌 杨益言", "人民文学出版社", 2018, 2},
      {"978710801234", "乡土中国", "费孝通", "生活·读书·新知三联书店", 2013, 1},
      {"978754346789", "岳阳楼记（注释本）", "范仲淹", "湖南人民出版社", 2016, 1},
      {"978711512345", "红星照耀中国", "埃德加·斯诺", "人民文学出版社", 2016, 2},
  };
  std::string today = org::china_today(now);
  std::vector<std::int64_t> first_copies;
  for (const auto& b : books) {
    auto id =
        conn.query(
                "INSERT INTO library_books (isbn, title, author, publisher, "
                "published_year, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "RETURNING id",
                {isbn13(b.twelve), b.title, b.author, b.publisher, b.year, at(7, 1), at(7, 1)})
            .at(0)
            .i64("id");
    for (int i = 1; i <= b.copies; ++i) {
      auto copy = conn.query(
                          "INSERT INTO library_copies (book_id, barcode, status, created_at) "
                          "VALUES (?, ?, 'shelf', ?) RETURNING id",
                          {id, "SW" + std::to_string(id) + "-" + std::to_string(i), at(7, 1)})
                      .at(0)
                      .i64("id");
      if (i == 1) first_copies.push_back(copy);
    }
  }
  struct Loan {
    std::size_t copy, member;
    int borrowed_days_ago;
    int returned_days_ago;  // -1: still out
  };
  const Loan loans[] = {
      {0, 5, 60, 40}, {1, 6, 10, -1}, {2, 7, 45, -1}, {3, 8, 20, -1}, {4, 9, 50, 15}};
  for (const auto& l : loans) {
    std::string borrowed = add_days(today, -l.borrowed_days_ago);
    conn.exec(
        "INSERT INTO library_loans (copy_id, person_id, borrowed_on, due_on, returned_on, "
        "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {first_copies[l.copy], members[l.member].id, borrowed, add_days(borrowed, 30),
         l.returned_days_ago < 0 ? db::Value() : db::Value(add_days(today, -l.returned_days_ago)),
         by ? db::Value(*by) : db::Value(), now});
  }
  report.lines.push_back("Union: " + std::to_string(members.size()) +
                         " members, the founding committee election and 3 selections (2020, "
                         "certified), 6 道德讲堂 and 7 我们的节日, 8 books in the reading room");
}

}  // namespace md::trade_union
