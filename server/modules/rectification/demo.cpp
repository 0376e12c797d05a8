// Demo data from the seed article (云溪区人大常委会机关党建, 2020): the problems found during
// the 巡察 and their rectification — 主要责任“悬空”、重点任务“放空”、问题整改“落空”, the
// new rules on 重大事项 and 国有资产, the 违反中央八项规定精神突出问题自查自纠, 举一反三
// links and dated progress reports. One item is overdue, one awaits verification, one is
// 长期坚持; the six persons handled internally are the accountability module's demo.
#include <ctime>

#include "modules/rectification/rules.hpp"
#include "modules/rectification/store.hpp"
#include "platform/core/app.hpp"
#include "platform/core/china_time.hpp"

namespace md::rectification {

void load_demo(App& app, db::Connection& conn, DemoReport& report);

namespace {

struct DemoItem {
  const char* source;
  const char* category;
  const char* unit;  ///< org unit name; the root when not found
  const char* person;
  const char* problem;
  const char* measures;
  int start_days_ago;
  int deadline_days;  ///< after the start
  const char* state;  ///< the state it reaches
  const char* note;   ///< completion note
};

const DemoItem kItems[] = {
    {"patrol", "党建责任", "机关党支部", "李明",
     "巡察反馈：党建工作主要责任存在“悬空”现象，党组专题研究机关党建工作次数偏少",
     "党组每季度至少专题研究一次机关党建工作；建立党组书记抓党建责任清单，定期听取支部汇报", 200,
     60, "verified", "已建立党建责任清单，党组本年度专题研究党建工作4次"},
    {"patrol", "组织生活", "机关党支部", "王芳",
     "巡察反馈：重点任务“放空”，“三会一课”记录不规范，部分主题党日活动流于形式",
     "规范“三会一课”记录；在联点单位滨湖村开展“送党课下乡”主题党日活动", 200, 45, "verified",
     "已统一会议记录本，开展“送党课下乡寻初心、守初心、践初心”主题党日活动"},
    {"patrol", "制度建设", "机关党支部", "李明",
     "巡察反馈：问题整改存在“落空”风险，部分问题整改后未建立长效机制",
     "对照巡察问题举一反三抓落实，巩固成效建机制，修订完善机关各项管理制度", 190, 90, "ongoing",
     "已修订制度5项，长效机制持续坚持"},
    {"patrol", "制度建设", "机关党支部", "张建国", "巡察反馈：国有资产管理监督缺少制度依据",
     "研究出台《岳阳市云溪区人民代表大会常务委员会国有资产管理监督暂行办法》", 180, 60, "verified",
     "暂行办法已经主任会议通过并印发"},
    {"superior", "制度建设", "机关党支部", "张建国", "上级督查：讨论、决定重大事项的程序有待规范",
     "研究修订《岳阳市云溪区人民代表大会常务委员会讨论、决定重大事项的规定》", 170, 60, "verified",
     "规定已修订出台"},
    {"self", "八项规定", "机关党支部", "刘卫东",
     "违反中央八项规定精神突出问题自查：公务用车使用登记不完整",
     "完善公务用车派车单和行车登记，每月公示用车情况", 60, 30, "completed",
     "已完善派车登记，自本月起每月公示"},
    {"self", "组织生活", "机关党支部", "王芳",
     "自查发现：个别党员长期不参加组织生活、不按时缴纳党费",
     "对照考评细则亮牌警告，支部书记逐一谈心谈话，限期补缴党费", 40, 60, "in_progress", ""},
    {"audit", "财务管理", "机关党支部", "刘卫东",
     "审计发现：部分财务报销凭证附件不全，审批手续不完备",
     "对照《机关财务管理办法》逐笔补齐附件，完善报销审批流程", 75, 45, "in_progress", ""},
    {"patrol", "纪律作风", "机关党支部", "李明",
     "巡察反馈：机关党建“灯下黑”，党员干部纪律规矩意识教育不够经常",
     "每月开展一次警示教育，结合民主评议党员强化纪律规矩意识", 5, 60, "not_started", ""},
};

std::optional<std::int64_t> user_id(db::Connection& conn, const char* username) {
  auto r = conn.query_one("SELECT id FROM users WHERE username = ?", {username});
  if (!r) return std::nullopt;
  return r->i64("id");
}

cases::Step step(const char* action, std::optional<std::int64_t> user, const std::string& name,
                 std::string note = "") {
  cases::Step s;
  s.action = action;
  s.actor_user_id = user;
  s.actor_name = name;
  s.note = std::move(note);
  return s;
}

}  // namespace

void load_demo(App&, db::Connection& conn, DemoReport& report) {
  auto root = conn.query_one("SELECT MIN(id) AS id FROM org_units WHERE parent_id IS NULL");
  if (!root || root->is_null("id")) return;
  auto clerk = user_id(conn, "clerk");
  auto leader = user_id(conn, "leader");
  const std::int64_t now = std::time(nullptr);
  const auto& w = item_workflow();
  std::vector<std::int64_t> ids;
  for (const auto& d : kItems) {
    auto unit = conn.query_one("SELECT id FROM org_units WHERE name = ?", {d.unit});
    std::int64_t at = now - std::int64_t{d.start_days_ago} * 86400;
    NewItem n;
    n.source = d.source;
    n.category = d.category;
    n.org_unit_id = unit ? unit->i64("id") : root->i64("id");
    n.person_name = d.person;
    n.problem = d.problem;
    n.measures = d.measures;
    n.start_on = china_date(at);
    n.deadline = cases::add_days(n.start_on, d.deadline_days);
    auto id = insert_item(conn, n, clerk, "办公室", at);
    ids.push_back(id);
    std::string state = d.state;
    std::vector<const char*> path;
    if (state != "not_started") path.push_back("start");
    if (state == "completed" || state == "verified") path.push_back("complete");
    if (state == "ongoing") path.push_back("persist");
    if (state == "verified") path.push_back("verify");
    std::int64_t t = at;
    for (const char* action : path) {
      t += 86400 * 7;
      bool verify = std::string(action) == "verify";
      auto c = cases::load_case(conn, "rectification", id);
      cases::apply_step(
          conn, w, c,
          step(action, verify ? leader : clerk, verify ? "区人大常委会领导" : "办公室",
               verify                           ? "经核查，整改到位"
               : std::string(action) == "start" ? ""
                                                : d.note),
          t);
      if (std::string(action) == "complete" || std::string(action) == "persist") {
        conn.exec(
            "UPDATE rectification_items SET completion_note = ?, completed_by = ?, "
            "completed_by_name = '办公室', completed_on = ?, evidence_required = 0 WHERE case_id "
            "= ?",
            {d.note, clerk ? db::Value(*clerk) : db::Value(), china_date(t), id});
      }
      if (verify) {
        conn.exec(
            "UPDATE rectification_items SET verified_by = ?, verified_by_name = "
            "'区人大常委会领导', "
            "verified_on = ?, verify_note = '经核查，整改到位' WHERE case_id = ?",
            {leader ? db::Value(*leader) : db::Value(), china_date(t), id});
      }
    }
    conn.exec("UPDATE rectification_items SET state = ?, updated_at = ? WHERE case_id = ?",
              {state, t, id});
    if (state == "in_progress") {
      conn.exec(
          "INSERT INTO rectification_reports (item_id, report_on, text, by_user, by_name, "
          "created_at) VALUES (?, ?, ?, ?, '办公室', ?)",
          {id, china_date(t + 86400 * 3),
           std::string("已召开专题会议部署整改，明确责任人和时间节点"),
           clerk ? db::Value(*clerk) : db::Value(), t + 86400 * 3});
    }
  }
  // 举一反三: the 落空 item with the rules it led to, the 放空 item with the self-inspection one.
  const std::pair<int, int> links[] = {{2, 3}, {2, 4}, {1, 6}, {0, 8}};
  for (auto [a, b] : links) {
    conn.exec("INSERT INTO rectification_links (item_id, related_id, created_at) VALUES (?, ?, ?)",
              {std::min(ids[a], ids[b]), std::max(ids[a], ids[b]), now});
  }
  report.lines.push_back("Rectification: " + std::to_string(ids.size()) +
                         " ledger items from the 巡察, the audit and the self-inspection");
}

}  // namespace md::rectification
