// Demo data (R4.1): the office branch (机关党支部) held a paper-era evaluation in 2019 — final,
// no online ballot, 4 members rated 优秀 and commended, one 基本合格 with a help plan — and
// this year's evaluation is at the self-assessment step, a few members having written theirs.
// The branch needs at least 12 graded members for 4 优秀 within the 1/3 cap; members are added
// here only if the org demo left fewer.
#include <algorithm>
#include <ctime>

#include "modules/evaluation/rules.hpp"
#include "modules/org/people_api.hpp"
#include "platform/core/app.hpp"
#include "platform/core/china_time.hpp"

namespace md::evaluation {

void load_demo(App& app, db::Connection& conn, DemoReport& report);

namespace {

constexpr std::int64_t kOffice = 2;  // 机关党支部
constexpr std::size_t kMinGraded2019 = 12;

struct Person {
  std::int64_t id = 0;
  std::string name;
  std::string joined;
  bool probationary = false;
  bool has_account = false;
};

std::vector<Person> office_members(db::Connection& conn) {
  std::vector<Person> out;
  for (const auto& r : conn.query(
           "SELECT p.id, p.name, p.political_status, p.joined_party_on, p.user_id FROM people p "
           "WHERE "
           "p.political_status IN ('cpc_member', 'cpc_probationary') AND p.id IN (SELECT "
           "ms.person_id FROM memberships ms WHERE ms.ended_on IS NULL AND ms.is_primary = 1 AND "
           "ms.org_unit_id = ?) ORDER BY p.id",
           {kOffice})) {
    out.push_back({r.i64("id"), r.str("name"), r.opt_str("joined_party_on").value_or(""),
                   r.str("political_status") == "cpc_probationary", !r.is_null("user_id")});
  }
  return out;
}

/// Long-standing members for a 2019 evaluation, should the org demo have too few.
void add_veterans(App& app, db::Connection& conn, std::size_t needed, std::int64_t now) {
  static const char* const kNames[][2] = {{"向红梅", "F"}, {"石国栋", "M"}, {"龙秋菊", "F"},
                                          {"瞿建华", "M"}, {"覃丽娟", "F"}, {"符志勇", "M"},
                                          {"谭淑芬", "F"}, {"欧阳明", "M"}, {"贺小平", "M"},
                                          {"舒玉洁", "F"}, {"钟文华", "M"}, {"易春兰", "F"}};
  for (std::size_t i = 0; i < needed && i < std::size(kNames); ++i) {
    int year = 1968 + static_cast<int>(i) * 2;
    std::string birth = std::to_string(year) + "0" + std::to_string(1 + i % 9) + "15";
    org::PersonInput in;
    in.name = kNames[i][0];
    in.gender = kNames[i][1];
    in.ethnicity = "汉族";
    in.birth_date = birth.substr(0, 4) + "-" + birth.substr(4, 2) + "-" + birth.substr(6, 2);
    int seq = 801 + static_cast<int>(i) * 2 + (in.gender == "M" ? 0 : 1);
    in.id_card = org::make_id_card("430603", birth, seq);
    in.political_status = "cpc_member";
    in.joined_party_on = std::to_string(year + 25) + "-07-01";
    in.unit = "云溪区人大常委会办公室";
    in.post = "一级主任科员";
    auto id = org::create_person(conn, app.cipher(), in, now);
    org::add_membership(conn, id, kOffice, "member", true, in.joined_party_on);
  }
}

std::int64_t unix_of(const std::string& date) { return china_day_start(date).value_or(0) + 36000; }

std::int64_t insert_campaign(db::Connection& conn, std::int64_t year, const std::string& status,
                             std::int64_t created, std::optional<std::int64_t> by) {
  return conn
      .query(
          "INSERT INTO evaluation_campaigns (unit_id, year, title, status, created_by, "
          "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {kOffice, year, "机关党支部" + std::to_string(year) + "年度民主评议党员", status,
           by ? db::Value(*by) : db::Value(), created, created})
      .at(0)
      .i64("id");
}

std::vector<Item> copy_default_items(db::Connection& conn, std::int64_t campaign) {
  std::vector<Item> items;
  for (const auto& r : conn.query(
           "SELECT title, description, weight FROM evaluation_item_templates WHERE unit_id IS "
           "NULL ORDER BY position")) {
    items.push_back({r.str("title"), r.str("description"), r.i64("weight")});
    conn.exec(
        "INSERT INTO evaluation_items (campaign_id, position, title, description, weight) "
        "VALUES (?, ?, ?, ?, ?)",
        {campaign, static_cast<std::int64_t>(items.size()), items.back().title,
         items.back().description, items.back().weight});
  }
  return items;
}

const char* const kSelfTexts[] = {
    "一年来认真学习党的创新理论，按时参加“三会一课”和主题党日，完成本职工作，"
    "不足是联系群众还不够经常，今后多到代表联络站走一走。",
    "坚持理论学习，严守纪律规矩，服务人大会议和常委会会议保障工作，"
    "存在学用结合不够紧密的问题，将在调查研究上下功夫。",
    "按时交纳党费，积极参加组织生活，认真完成领导交办的各项任务；"
    "今后要进一步提高文字综合能力，增强工作主动性。",
};

}  // namespace

void load_demo(App& app, db::Connection& conn, DemoReport& report) {
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  auto clerk = conn.query_one("SELECT id FROM users WHERE username = 'clerk'");
  std::optional<std::int64_t> by;
  if (clerk) by = clerk->i64("id");

  // 2019: members then (full members since before 2019), paper-era ballot, final.
  auto eligible_2019 = [&] {
    std::vector<Person> out;
    for (const auto& p : office_members(conn)) {
      if (!p.probationary && !p.joined.empty() && p.joined < "2019-01-01") out.push_back(p);
    }
    return out;
  };
  auto graded = eligible_2019();
  if (graded.size() < kMinGraded2019) {
    add_veterans(app, conn, kMinGraded2019 - graded.size(), now);
    graded = eligible_2019();
  }
  auto campaign = insert_campaign(conn, 2019, "final", unix_of("2019-12-02"), by);
  conn.exec(
      "UPDATE evaluation_campaigns SET notice_from = ?, notice_to = ?, finalized_at = ? WHERE "
      "id = ?",
      {std::string("2019-12-20"), std::string("2019-12-26"), unix_of("2019-12-30"), campaign});
  auto items = copy_default_items(conn, campaign);
  // 王芳 (the demo member) among the four 优秀, so her phone shows a commendation; the other
  // three from the rank and file rather than the officers with demo accounts.
  auto member = conn.query_one(
      "SELECT p.id FROM people p JOIN users u ON u.id = p.user_id WHERE u.username = 'member'");
  std::vector<std::int64_t> excellent;
  auto chosen = [&](std::int64_t id) {
    return std::find(excellent.begin(), excellent.end(), id) != excellent.end();
  };
  for (const auto& p : graded) {
    if (member && p.id == member->i64("id")) excellent.push_back(p.id);
  }
  for (const auto& p : graded) {
    if (excellent.size() < 4 && !chosen(p.id) && !p.has_account) excellent.push_back(p.id);
  }
  std::int64_t n = 0, scored_at = unix_of("2019-12-16");
  for (const auto& p : graded) {
    ++n;
    bool is_excellent = chosen(p.id);
    std::string grade = is_excellent ? "excellent" : (n == 8 ? "basic" : "qualified");
    std::string note = grade == "excellent" ? "支部党员大会通报表扬，机关党委颁发荣誉证书"
                       : grade == "basic" ? "支部书记谈心谈话，结对帮带，三个月内回访"
                                          : "";
    conn.exec(
        "INSERT INTO evaluation_members (campaign_id, person_id, probationary, self_assessment, "
        "self_submitted_at, proposed_grade, final_grade, outcome, outcome_note) VALUES (?, ?, 0, "
        "?, ?, ?, ?, ?, ?)",
        {campaign, p.id, std::string(kSelfTexts[n % 3]), unix_of("2019-12-06"), grade, grade,
         outcome_for(grade), note});
    for (std::size_t i = 0; i < items.size(); ++i) {
      auto weight = items[i].weight;
      std::int64_t lost = is_excellent       ? (n + static_cast<std::int64_t>(i)) % 2
                          : grade == "basic" ? weight / 4
                                             : 1 + (n + static_cast<std::int64_t>(i)) % 3;
      conn.exec(
          "INSERT INTO evaluation_scores (campaign_id, person_id, position, score, scored_by, "
          "scored_at) VALUES (?, ?, ?, ?, ?, ?)",
          {campaign, p.id, static_cast<std::int64_t>(i + 1), weight - lost,
           by ? db::Value(*by) : db::Value(), scored_at});
    }
  }

  // This year: at the self-assessment step; three members (not the demo accounts) wrote theirs.
  std::int64_t year = std::stoll(china_date(now).substr(0, 4));
  auto current = insert_campaign(conn, year, "self", now - 5 * 86400, by);
  copy_default_items(conn, current);
  std::int64_t written = 0, members = 0;
  for (const auto& p : office_members(conn)) {
    ++members;
    bool writes = !p.has_account && !p.probationary && written < 3;
    if (writes) ++written;
    conn.exec(
        "INSERT INTO evaluation_members (campaign_id, person_id, probationary, self_assessment, "
        "self_submitted_at) VALUES (?, ?, ?, ?, ?)",
        {current, p.id, std::int64_t{p.probationary ? 1 : 0},
         writes ? std::string(kSelfTexts[written % 3]) : std::string(),
         writes ? db::Value(now - written * 3600) : db::Value()});
  }
  report.lines.push_back("Evaluation: 机关党支部 2019 final (" + std::to_string(graded.size()) +
                         " graded, 4 优秀), " + std::to_string(year) + " at self-assessment (" +
                         std::to_string(members) + " members, " + std::to_string(written) +
                         " written)");
}

}  // namespace md::evaluation
