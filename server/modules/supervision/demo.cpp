// Demo data from the seed article's 2020 supervision work: the water-pollution law
// enforcement inspection (水污染防治执法检查), research on ecology, the budget supervision
// network (预算联网监督) and the publicity and enforcement of the infectious-disease law, the
// coverage of deputies voting on livelihood projects; the agriculture committee's hearing of
// the district government's report on poverty alleviation. The inspection's deliberation
// opinion was replied to, rated and closed; an opinion to 区住建局 (the `dept` account) this
// year waits for its reply.
#include <ctime>

#include "modules/org/people_api.hpp"
#include "modules/supervision/rules.hpp"
#include "platform/cases/store.hpp"
#include "platform/core/app.hpp"

namespace md::supervision {

void load_demo(App& app, db::Connection& conn, DemoReport& report);

namespace {

struct DemoItem {
  const char* kind;
  const char* title;
  const char* committee;
  const char* starts_on;
  const char* ends_on;
  const char* report;
};

const DemoItem kItems[] = {
    {"law_inspection", "《中华人民共和国水污染防治法》执法检查", "城乡建设环境保护工作委员会",
     "2020-05-11", "2020-06-19",
     "检查组深入长江岸线、松阳湖、白泥湖等重点水域和污水处理厂实地察看，听取区人民政府及相关部门汇"
     "报。"
     "全区水环境质量总体稳定，但城镇污水管网建设滞后、农村生活污水治理覆盖不足等问题仍较突出。"},
    {"research", "生态环境保护工作专题调研", "城乡建设环境保护工作委员会", "2020-07-06",
     "2020-07-24", "围绕长江经济带生态环境保护突出问题整改开展调研，形成调研报告提交常委会会议。"},
    {"budget_network", "预算联网监督系统建设和运用情况监督", "财政经济工作委员会", "2020-03-02",
     "2020-12-18",
     "预算联网监督系统已与区财政局国库集中支付系统联网，实现预算执行情况实时查询和预警。"},
    {"research", "《中华人民共和国传染病防治法》宣传贯彻执行情况专题调研",
     "教育科学文化卫生工作委员会", "2020-08-10", "2020-08-28",
     "调研组走访区疾控中心、乡镇卫生院和村卫生室，建议加强基层公共卫生队伍建设和应急物资储备。"},
    {"research", "民生实事项目人大代表票决制全覆盖专题调研", "代表工作委员会", "2020-09-07",
     "2020-09-25",
     "全区各镇（街道）均已实行民生实事项目人大代表票决制，票决项目全部纳入财政预算。"},
};

std::int64_t insert_item(db::Connection& conn, const DemoItem& d, int year, const char* target_kind,
                         std::optional<std::int64_t> dep, const std::string& target_name,
                         const char* status, std::int64_t now) {
  return conn
      .query_one(
          "INSERT INTO supervision_items (year, kind, title, target_kind, target_department_id, "
          "target_name, committee, starts_on, ends_on, status, report, created_at, updated_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {std::int64_t{year}, std::string(d.kind), std::string(d.title), std::string(target_kind),
           dep ? db::Value(*dep) : db::Value(), target_name, std::string(d.committee),
           std::string(d.starts_on), std::string(d.ends_on), std::string(status),
           std::string(d.report), now, now})
      ->i64("id");
}

void add_people(db::Connection& conn, std::int64_t item, std::initializer_list<const char*> names,
                const char* role) {
  for (const char* n : names) {
    if (auto p =
            conn.query_one("SELECT id FROM people WHERE name = ? ORDER BY id", {std::string(n)}))
      conn.exec(
          "INSERT INTO supervision_participants (item_id, person_id, role) VALUES (?, ?, ?) ON "
          "CONFLICT DO NOTHING",
          {item, p->i64("id"), std::string(role)});
  }
}

std::int64_t send(db::Connection& conn, std::int64_t item, const std::string& ref,
                  const std::string& title, const cases::Assignee& to, const std::string& content,
                  const std::string& sent_on, const std::string& deadline, std::int64_t at) {
  cases::NewCase nc;
  nc.ref_no = ref;
  nc.title = title;
  nc.assignee = to;
  nc.deadline = deadline;
  nc.actor_name = "常委会办公室";
  auto id = cases::open_case(conn, deliberation_workflow(), nc, at);
  conn.exec(
      "INSERT INTO supervision_opinions (case_id, item_id, content, sent_on) VALUES (?, ?, ?, ?)",
      {id, item, content, sent_on});
  return id;
}

}  // namespace

void load_demo(App& app, db::Connection& conn, DemoReport& report) {
  (void)app;
  (void)report;
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  std::int64_t first = 0;
  for (const auto& d : kItems) {
    auto id = insert_item(conn, d, 2020, "government", std::nullopt, "区人民政府", "done", now);
    if (!first) first = id;
    add_people(conn, id, {"聂金华"}, "member");
    add_people(conn, id, {"刘建军", "向锋", "彭伟球"}, "deputy");
  }
  // The inspection's deliberation opinion: sent, replied, rated, closed.
  const auto& w = deliberation_workflow();
  auto c_id =
      send(conn, first, "SY202000001", kItems[0].title, {"unit", std::nullopt, "区人民政府"},
           "一、加快城镇污水管网建设，推进雨污分流改造；二、加大农村生活污水治理投入；"
           "三、严格落实河长制，加强重点水域日常巡查。",
           "2020-06-30", "2020-09-30", now);
  auto c = cases::load_case(conn, w.kind, c_id);
  cases::Step reply{
      .action = "reply", .actor_name = "区人民政府", .note = "已书面报告研究处理情况"};
  c = cases::apply_step(conn, w, c, reply, now);
  conn.exec(
      "INSERT INTO supervision_replies (case_id, content, replied_on, by_name, created_at) VALUES "
      "(?, ?, ?, ?, ?)",
      {c_id,
       std::string("区人民政府已制定城镇污水管网三年建设计划，2020年新建改造管网12公里；"
                   "农村生活污水治理纳入乡村振兴重点项目；河长制巡查实现重点水域全覆盖。"),
       std::string("2020-09-25"), std::string("区人民政府"), now});
  if (auto leader =
          conn.query_one("SELECT id, display_name FROM users WHERE username = 'leader'")) {
    conn.exec(
        "INSERT INTO supervision_ratings (case_id, user_id, name, rating, rated_at) VALUES (?, ?, "
        "?, 'satisfied', ?)",
        {c_id, leader->i64("id"), leader->str("display_name"), now});
  }
  cases::Step close{.action = "close", .actor_name = "常委会办公室", .note = "满意，办结"};
  close.deadline = "";
  close.satisfaction = "satisfied";
  cases::apply_step(conn, w, c, close, now);

  // This year: a work report by 区住建局 whose opinion waits for the `dept` account's reply.
  auto dep = conn.query_one("SELECT id, name FROM departments WHERE name = '区住建局'");
  if (dep) {
    std::string today = org::china_today(now);
    int year = std::stoi(today.substr(0, 4));
    DemoItem d{"work_report",
               "听取和审议区住建局关于城镇污水管网建设情况的专项工作报告",
               "城乡建设环境保护工作委员会",
               "",
               "",
               ""};
    auto item = insert_item(conn, d, year, "department", dep->i64("id"), dep->str("name"),
                            "under_way", now);
    send(conn, item, "SY" + today.substr(0, 4) + "00001", d.title,
         {"department", dep->i64("id"), dep->str("name")},
         "建议加快老旧小区雨污分流改造进度，按季度向常委会报告管网建设情况。", today,
         default_reply_deadline(today, 3), now);
  }

  conn.exec(
      "INSERT INTO supervision_hearings (committee, held_on, topic, participants, summary, "
      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {std::string("农业农村工作委员会"), std::string("2020-10-15"),
       std::string("听取区人民政府关于脱贫攻坚工作情况的汇报"),
       std::string("农业委组成人员，区扶贫办、区农业农村局负责人，部分人大代表"),
       std::string("会议肯定了前期各部门单位所取得的成绩，对后段工作提出了合理化的建设性意见，"
                   "对推动全区脱贫攻坚目标任务全面完成起到了“催化剂”作用。"),
       now, now});
}

}  // namespace md::supervision
