// Demo data (R11.6, from the seed article: "加强对人大联点的非公企业党建工作指导，负责联点企业的
// 指导员坚持上门指导不添负担、不拿好处……疫情期间，指导员还深入企业一线指导他们参与疫情防控和复工
// 复产"): five linked enterprises (fictional names) — one with its own branch, two in a joint
// branch, two without (one of them with enough members to found its own) — their instructors
// from the office's staff, the 2020 visits on epidemic prevention and the return to work, and
// the pledges of all instructors but one (so the flag shows).
#include <ctime>

#include "modules/enterprises/rules.hpp"
#include "platform/core/app.hpp"

namespace md::enterprises {

void load_demo(App& app, db::Connection& conn, DemoReport& report);

namespace {

struct Enterprise {
  const char* name;
  const char* industry;
  const char* address;
  std::int64_t employees, members;
  bool own;
  const char* joint_with;
  int instructor;  // index into the instructors
};
const char* const kJoint = "云溪区工业园非公企业联合党支部";
const Enterprise kEnterprises[] = {
    {"云溪区绿源环保科技有限公司", "环保", "云溪区工业园环保路 8 号", 86, 5, true, "", 0},
    {"云溪区松阳湖物流有限公司", "物流", "云溪区松阳湖南路 26 号", 42, 2, false, kJoint, 1},
    {"云溪区长兴新材料有限公司", "化工新材料", "云溪区工业园纬二路 15 号", 130, 2, false, kJoint,
     2},
    {"云溪区鸿福食品有限公司", "食品加工", "云溪区陆城镇工业小区", 58, 3, false, "", 3},
    {"云溪区江源建材有限公司", "建材", "云溪区云溪街道建设路 101 号", 35, 0, false, "", 1},
};

struct Visit {
  int enterprise;
  const char* day;
  const char* help;
  const char* content;
  const char* help_given;
};
const Visit kVisits[] = {
    {0, "2020-02-12", "epidemic", "指导企业制定疫情防控方案，落实员工健康监测和厂区消杀。",
     "协调防护口罩 500 只，帮助建立返岗人员健康台账。"},
    {0, "2020-03-02", "return_to_work", "了解复工复产困难，宣讲援企稳岗政策。",
     "协助申报稳岗补贴，对接园区运输保障。"},
    {1, "2020-02-20", "return_to_work", "上门了解物流通道受阻情况。",
     "协调办理重点物资运输通行证，帮助企业恢复运营。"},
    {2, "2020-02-25", "epidemic", "检查企业防疫措施落实情况，指导党员带头值守。",
     "指导设立党员先锋岗，落实错峰上下班。"},
    {2, "2020-04-10", "return_to_work", "了解原料供应和用工情况。",
     "对接本地招聘会，缓解用工缺口。"},
    {3, "2020-03-18", "party_building", "宣讲非公企业党建政策，指导符合条件的企业单独建立党支部。",
     "帮助梳理党员组织关系，准备组建材料。"},
    {4, "2020-05-08", "policy", "宣讲减税降费政策，了解企业经营状况。",
     "帮助企业享受社保费减免政策。"},
};

}  // namespace

void load_demo(App& app, db::Connection& conn, DemoReport& report) {
  (void)app;
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  std::vector<std::int64_t> instructors;
  for (const auto& r : conn.query(
           "SELECT p.id FROM people p LEFT JOIN users u ON u.id = p.user_id WHERE p.unit LIKE "
           "'云溪区人大常委会%' AND u.id IS NULL AND p.political_status = 'cpc_member' ORDER BY "
           "p.id LIMIT 4")) {
    instructors.push_back(r.i64("id"));
  }
  if (instructors.size() < 4) return;
  std::vector<std::int64_t> ids;
  for (const auto& e : kEnterprises) {
    auto person = instructors[static_cast<std::size_t>(e.instructor)];
    ids.push_back(
        conn.query(
                "INSERT INTO enterprises (name, address, industry, employees, "
                "party_members, own_organization, joint_with, party_status, "
                "instructor_person_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?) RETURNING id",
                {e.name, e.address, e.industry, e.employees, e.members, std::int64_t{e.own ? 1 : 0},
                 e.joint_with, party_status(e.own, e.joint_with), person, now, now})
            .at(0)
            .i64("id"));
  }
  for (const auto& v : kVisits) {
    const auto& e = kEnterprises[v.enterprise];
    conn.exec(
        "INSERT INTO enterprise_visits (enterprise_id, visited_on, instructor_person_id, help, "
        "content, help_given, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {ids[static_cast<std::size_t>(v.enterprise)], v.day,
         instructors[static_cast<std::size_t>(e.instructor)], v.help, v.content, v.help_given,
         now});
  }
  // Every instructor but the last has pledged (不增加负担、不谋取私利).
  for (std::size_t i = 0; i + 1 < instructors.size(); ++i) {
    conn.exec("INSERT INTO instructor_pledges (person_id, pledged_on, created_at) VALUES (?, ?, ?)",
              {instructors[i], "2020-01-10", now});
  }
  report.lines.push_back("Enterprises: " + std::to_string(std::size(kEnterprises)) +
                         " linked enterprises, " + std::to_string(std::size(kVisits)) +
                         " visits, " + std::to_string(instructors.size() - 1) + " of " +
                         std::to_string(instructors.size()) + " instructors pledged");
}

}  // namespace md::enterprises
