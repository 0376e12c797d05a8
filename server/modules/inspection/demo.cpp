// Demo data (R4.4): the eight-point-rules checklist (中央八项规定精神) of this year for
// 机关党支部's members, open, answered by most members (not by the demo accounts, so they can
// answer it themselves, and two members only halfway), with two findings: one open with an
// owner and deadline, one rectified.
#include <ctime>

#include "platform/core/app.hpp"
#include "platform/core/china_time.hpp"

namespace md::inspection {

namespace {

const char* const kItems[] = {
    "改进调查研究：到基层调研深入群众、轻车简从，不搞层层陪同和迎来送往",
    "精简会议活动：切实改进会风，严格控制会议数量、规模和时长",
    "精简文件简报：切实改进文风，没有实质内容、可发可不发的文件简报一律不发",
    "规范出访活动：严格控制出访人员和随行人员，不安排与公务无关的活动",
    "改进警卫工作：坚持有利于联系群众的原则，减少交通管制，不封路不清场",
    "改进新闻报道：进一步压缩会议活动报道的数量、字数和时长",
    "严格文稿发表：不出版个人著作、讲话单行本，不发贺信贺电，不题词题字",
    "厉行勤俭节约：严格执行公务接待、办公用房、公务用车等有关规定",
};

}  // namespace

void load_demo(App& app, db::Connection& conn, DemoReport& report) {
  (void)app;
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  std::string today = china_date(now);
  std::string due = china_date(now + 14 * 86400);
  auto office =
      conn.query_one("SELECT id FROM org_units WHERE name = '机关党支部' ORDER BY id LIMIT 1");
  if (!office) return;
  auto leader = conn.query_one("SELECT id FROM users WHERE username = 'leader'");
  auto id = conn.query(
                    "INSERT INTO inspection_checklists (title, year, scope, org_unit_id, due_on, "
                    "status, created_by, created_at, updated_at) VALUES (?, ?, 'person', ?, ?, "
                    "'open', ?, ?, ?) RETURNING id",
                    {today.substr(0, 4) + "年度落实中央八项规定精神自查",
                     static_cast<std::int64_t>(std::stoi(today.substr(0, 4))), office->i64("id"),
                     due, leader ? db::Value(leader->i64("id")) : db::Value(), now - 86400 * 3,
                     now - 86400 * 3})
                .at(0)
                .i64("id");
  std::int64_t pos = 0;
  for (const char* text : kItems) {
    conn.exec("INSERT INTO inspection_items (checklist_id, position, text) VALUES (?, ?, ?)",
              {id, ++pos, std::string(text)});
  }
  auto members = conn.query(
      "SELECT p.id, p.name, p.user_id FROM memberships ms JOIN people p ON p.id = ms.person_id "
      "WHERE ms.org_unit_id = ? AND ms.ended_on IS NULL ORDER BY p.id",
      {office->i64("id")});
  int answered = 0, findings = 0;
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (!members[i].is_null("user_id")) continue;  // the demo accounts answer themselves
    auto person = members[i].i64("id");
    std::int64_t items = (i % 5 == 4) ? 4 : 8;  // a few only halfway
    for (std::int64_t p = 1; p <= items; ++p) {
      std::string result = "compliant", note;
      if (findings == 0 && p == 8 && i >= 1) {
        result = "issue";
        note = "部门年终座谈会安排了工作餐，超出公务接待标准";
      } else if (findings == 1 && p == 2 && answered >= 2) {
        result = "issue";
        note = "本季度部门例会次数偏多，部分会议可合并召开";
      } else if (p == 4 && i % 3 == 0) {
        result = "na";
      }
      conn.exec(
          "INSERT INTO inspection_answers (checklist_id, respondent, position, result, note, "
          "answered_by, answered_at) VALUES (?, ?, ?, ?, ?, NULL, ?)",
          {id, person, p, result, note, now - 86400});
      if (result != "issue") continue;
      bool rectified = findings == 1;
      conn.exec(
          "INSERT INTO inspection_findings (checklist_id, position, respondent, respondent_name, "
          "description, owner, owner_person_id, deadline, status, rectified_note, created_at, "
          "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {id, p, person, members[i].str("name"), note, members[i].str("name"), person,
           china_date(now + 30 * 86400), std::string(rectified ? "rectified" : "open"),
           std::string(rectified ? "已合并为每月一次综合例会，会议时长控制在一小时内" : ""),
           now - 86400, now});
      ++findings;
    }
    ++answered;
  }
  report.lines.push_back("Inspection: the eight-point-rules checklist, " +
                         std::to_string(answered) + " respondents answered, " +
                         std::to_string(findings) + " findings");
}

}  // namespace md::inspection
