// Demo data from the seed article: "对6名责任人给予了不同形式的内部处理" — six persons of the
// 机关党支部 handled after the 巡察, each record linked to the rectification item it arose from.
#include <ctime>

#include "platform/core/app.hpp"

namespace md::accountability {

void load_demo(App& app, db::Connection& conn, DemoReport& report);

namespace {

struct DemoRecord {
  const char* form;
  const char* reason;
  const char* decided_on;  ///< within the article's 去年以来 (2019 to 2020-06-28)
  const char* item_like;   ///< a phrase of the linked rectification item's problem
};

const DemoRecord kRecords[] = {
    {"admonition", "巡察反馈党建工作主要责任“悬空”，履行一岗双责不到位", "2019-11-20", "悬空"},
    {"criticism", "“三会一课”记录不规范，主题党日活动组织流于形式", "2019-11-20", "放空"},
    {"self_examination", "巡察反馈问题整改不彻底，未建立长效机制", "2019-12-10", "落空"},
    {"criticism", "公务用车使用登记不完整，违反公务用车管理规定", "2020-03-18", "公务用车"},
    {"circulated", "财务报销审核把关不严，凭证附件不全", "2020-04-22", "报销"},
    {"criticism", "长期不参加组织生活、不按时缴纳党费，经民主评议不合格", "2020-05-27", "组织生活"},
};

}  // namespace

void load_demo(App&, db::Connection& conn, DemoReport& report) {
  // Six different persons of the 机关党支部 (not the demo accounts' own people).
  auto people = conn.query(
      "SELECT DISTINCT p.id FROM people p JOIN memberships m ON m.person_id = p.id JOIN org_units "
      "u ON u.id = m.org_unit_id WHERE u.name = '机关党支部' AND p.user_id IS NULL ORDER BY p.id "
      "LIMIT 6");
  if (people.size() < 6) return;
  const std::int64_t now = std::time(nullptr);
  auto leader = conn.query_one("SELECT id FROM users WHERE username = 'leader'");
  std::size_t i = 0;
  for (const auto& d : kRecords) {
    const std::string on = d.decided_on;
    auto id = conn.query_one(
                      "INSERT INTO accountability_records (person_id, form, reason, decided_on, "
                      "decided_by, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                      "?, ?) RETURNING id",
                      {people[i++].i64("id"), std::string(d.form), std::string(d.reason), on,
                       std::string("区人大常委会机关党组"),
                       leader ? db::Value(leader->i64("id")) : db::Value(), now, now})
                  ->i64("id");
    if (auto item = conn.query_one(
            "SELECT case_id FROM rectification_items WHERE problem LIKE ? ORDER BY case_id",
            {std::string("%") + d.item_like + "%"})) {
      conn.exec("INSERT INTO accountability_links (record_id, item_id) VALUES (?, ?)",
                {id, item->i64("case_id")});
    }
  }
  report.lines.push_back("Accountability: 6 persons handled internally after the 巡察");
}

}  // namespace md::accountability
