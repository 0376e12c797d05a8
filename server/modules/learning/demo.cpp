// Demo data (R3): the law of each month of this year up to this month (一月一法, real laws with
// study points), a three-question quiz on two of them, study records and quiz attempts of most
// members of 机关党支部 (the current month only half done, and not by the demo accounts, so
// they can record it themselves), and one learning plan per branch for this year.
#include <ctime>
#include <map>

#include "modules/learning/store.hpp"
#include "platform/core/app.hpp"
#include "platform/core/china_time.hpp"

namespace md::learning {

namespace {

struct DemoLaw {
  const char* title;
  const char* summary;
  const char* points;
};

const DemoLaw kLaws[] = {
    {"中华人民共和国宪法",
     "国家的根本法，规定国家的根本制度和根本任务。重点学习人民代表大会制度、国家机构的组成和职权，"
     "以及公民的基本权利和义务。",
     "1. 序言和总纲：党的领导是中国特色社会主义最本质的特征\n"
     "2. 第三章第一节：全国人民代表大会及其常务委员会的职权\n"
     "3. 第三章第五节：地方各级人民代表大会和地方各级人民政府"},
    {"中华人民共和国民法典",
     "新中国第一部以法典命名的法律，2021年1月1日起施行，共七编：总则、物权、合同、人格权、婚姻家庭"
     "、"
     "继承、侵权责任。",
     "1. 总则编：民事主体、民事法律行为、诉讼时效\n"
     "2. 人格权编：隐私权和个人信息保护\n"
     "3. 侵权责任编：与群众生活密切相关的责任规定"},
    {"中华人民共和国监察法",
     "深化国家监察体制改革、实现对所有行使公权力的公职人员监察全覆盖的基本法律。",
     "1. 监察委员会的性质、地位和领导体制\n"
     "2. 监察范围和管辖，监督、调查、处置职责\n"
     "3. 对监察机关和监察人员的监督，人大常委会听取和审议专项工作报告"},
    {"全国人民代表大会和地方各级人民代表大会代表法",
     "规定各级人大代表的地位、权利和义务，以及代表执行职务的保障，是代表依法履职的基本遵循。",
     "1. 代表在本级人民代表大会会议期间的工作\n"
     "2. 代表在闭会期间的活动：视察、专题调研、联系原选区选民\n"
     "3. 代表执行职务的保障和对代表的监督"},
    {"中华人民共和国地方各级人民代表大会和地方各级人民政府组织法",
     "规定地方各级人大及其常委会、地方各级人民政府的组成、职权和工作程序。",
     "1. 县级以上地方各级人大常委会的组成和职权\n"
     "2. 乡镇人民代表大会和街道人大工委的工作\n"
     "3. 人大常委会的议事规则和工作机构"},
    {"中华人民共和国立法法",
     "规范立法活动，健全国家立法制度，明确立法权限、立法程序以及备案审查制度。",
     "1. 立法的基本原则和立法权限划分\n"
     "2. 地方性法规的制定权限和程序\n"
     "3. 规范性文件的备案审查"},
    {"中华人民共和国预算法", "规范政府收支行为，强化预算约束，加强对预算的管理和监督。",
     "1. 全口径预算和预算公开\n"
     "2. 人大对预算、决算的审查和批准\n"
     "3. 预算执行的监督和预算联网监督"},
    {"中华人民共和国各级人民代表大会常务委员会监督法",
     "规范各级人大常委会行使监督职权，是人大监督工作的基本依据。",
     "1. 听取和审议人民政府、监察委员会、人民法院和人民检察院的专项工作报告\n"
     "2. 审查和批准决算，听取和审议国民经济和社会发展计划、预算的执行情况报告\n"
     "3. 法律法规实施情况的检查（执法检查）和跟踪监督"},
    {"中华人民共和国行政诉讼法",
     "保证人民法院公正、及时审理行政案件，保护公民、法人和其他组织的合法权益，监督行政机关依法行使"
     "职权。",
     "1. 受案范围和管辖\n"
     "2. 行政机关负责人出庭应诉\n"
     "3. 行政公益诉讼"},
    {"中华人民共和国传染病防治法",
     "预防、控制和消除传染病的发生与流行，保障人民群众生命安全和身体健康。",
     "1. 传染病的分类和预防\n"
     "2. 疫情报告、通报和公布\n"
     "3. 人大对传染病防治法贯彻执行情况的监督和宣传"},
    {"中华人民共和国水污染防治法", "保护和改善环境，防治水污染，保护水生态，保障饮用水安全。",
     "1. 水污染防治的标准和规划\n"
     "2. 饮用水水源和其他特殊水体保护\n"
     "3. 结合本区水污染防治执法检查学习"},
    {"中华人民共和国保守国家秘密法",
     "保守国家秘密，维护国家安全和利益，规范机关工作人员的保密义务。",
     "1. 国家秘密的范围和密级\n"
     "2. 保密制度：涉密文件、网络和载体管理\n"
     "3. 机关工作人员的保密义务和法律责任"},
};

std::vector<Question> constitution_quiz() {
  return {
      {"我国的根本政治制度是？",
       QuestionKind::single,
       {"人民代表大会制度", "中国共产党领导的多党合作和政治协商制度", "民族区域自治制度",
        "基层群众自治制度"},
       {0}},
      {"每年的哪一天是国家宪法日？",
       QuestionKind::single,
       {"3月15日", "12月4日", "10月1日", "7月1日"},
       {1}},
      {"根据宪法，下列哪些属于全国人民代表大会的职权？",
       QuestionKind::multiple,
       {"修改宪法", "选举中华人民共和国主席", "审查和批准国家的预算", "任免地方各级人民法院院长"},
       {0, 1, 2}},
  };
}

std::vector<Question> supervision_quiz() {
  return {
      {"各级监察委员会是行使国家监察职能的什么机关？",
       QuestionKind::single,
       {"专责机关", "司法机关", "行政机关", "审判机关"},
       {0}},
      {"国家监察委员会对谁负责？",
       QuestionKind::single,
       {"国务院", "全国人民代表大会和全国人民代表大会常务委员会", "最高人民法院", "中央军事委员会"},
       {1}},
      {"监察委员会依照法律规定履行哪些职责？",
       QuestionKind::multiple,
       {"监督", "调查", "处置", "审判"},
       {0, 1, 2}},
  };
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace

void load_demo(App& app, db::Connection& conn, DemoReport& report) {
  (void)app;
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  std::string today = china_date(now);
  int year = std::stoi(today.substr(0, 4)), this_month = std::stoi(today.substr(5, 2)),
      this_day = std::stoi(today.substr(8, 2));
  std::string y = std::to_string(year);

  // The laws, month by month up to this one; quizzes on the constitution and the supervision law.
  std::vector<std::pair<int, std::int64_t>> laws;  // month, law id
  std::map<std::int64_t, std::vector<Question>> quizzes;
  for (int m = 1; m <= this_month && m <= 12; ++m) {
    const auto& l = kLaws[m - 1];
    std::string materials =
        std::string("国家法律法规数据库：https://flk.npc.gov.cn\n学习重点：\n") + l.points;
    auto id = conn.query(
                      "INSERT INTO laws (month, title, summary, materials, created_at, "
                      "updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                      {y + "-" + two(m), std::string(l.title), std::string(l.summary), materials,
                       now, now})
                  .at(0)
                  .i64("id");
    laws.emplace_back(m, id);
    if (m == 1 || m == 3) {
      auto qs = m == 1 ? constitution_quiz() : supervision_quiz();
      conn.exec(
          "INSERT INTO quizzes (law_id, pass_mark, questions_json, updated_at) VALUES (?, "
          "60, ?, ?)",
          {id, questions_text(qs), now});
      quizzes[id] = qs;
    }
  }

  // Study records: most members of 机关党支部 study every law in its month.
  auto office =
      conn.query_one("SELECT id FROM org_units WHERE name = '机关党支部' ORDER BY id LIMIT 1");
  int records = 0, attempts = 0;
  if (office) {
    auto members = conn.query(
        "SELECT p.id, p.user_id FROM memberships ms JOIN people p ON p.id = ms.person_id WHERE "
        "ms.org_unit_id = ? AND ms.ended_on IS NULL ORDER BY p.id",
        {office->i64("id")});
    for (std::size_t i = 0; i < members.size(); ++i) {
      if (i % 5 == 4) continue;  // a few have not recorded any study
      auto person = members[i].i64("id");
      bool demo_account = !members[i].is_null("user_id");
      int n = static_cast<int>(i);
      for (const auto& [m, law] : laws) {
        bool current = m == this_month;
        if (current && (demo_account || n % 2 == 1)) continue;  // this month: half done so far
        int day = 3 + (n * 3 + m * 5) % 24;
        if (current) day = std::min(day, this_day);
        auto minutes = static_cast<std::int64_t>(30 + ((n * 7 + m * 13) % 7) * 15);
        std::string on = y + "-" + two(m) + "-" + two(day);
        conn.exec(
            "INSERT INTO study_records (person_id, law_id, minutes, studied_on, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            {person, law, minutes, on, now});
        ++records;
        auto quiz = quizzes.find(law);
        if (quiz == quizzes.end()) continue;
        // Most answer everything right, some miss the multiple-choice question, a few fail.
        std::vector<std::vector<std::int64_t>> answers;
        for (const auto& q : quiz->second) answers.push_back(q.answer);
        if (n % 3 == 1) answers[2] = {0};
        if (n % 6 == 2) answers[1] = {0}, answers[2] = {3};
        auto s = score_quiz(quiz->second, answers, 60);
        Json a = answers;
        conn.exec(
            "INSERT INTO quiz_attempts (law_id, person_id, answers_json, score, passed, "
            "attempted_at) VALUES (?, ?, ?, ?, ?, ?)",
            {law, person, a.dump(), static_cast<std::int64_t>(s.score),
             static_cast<std::int64_t>(s.passed ? 1 : 0),
             china_day_start(on).value_or(now) + 20 * 3600});
        ++attempts;
      }
    }
  }

  // One plan per branch for this year.
  auto leader = conn.query_one("SELECT id FROM users WHERE username = 'leader'");
  int plans = 0;
  for (const auto& u : conn.query("SELECT id, name, kind FROM org_units WHERE retired_at IS NULL "
                                  "AND kind IN ('branch', 'functional_branch') ORDER BY "
                                  "sort_order, id")) {
    bool office_branch = u.str("kind") == "branch";
    std::string content =
        "一、坚持开展“一月一法”学习活动，每月学习一部与人大工作密切相关的法律，组织学法测试。\n"
        "二、结合“三会一课”和主题党日，学习习近平新时代中国特色社会主义思想和党的最新理论成果。\n"
        "三、" +
        std::string(office_branch ? "围绕人大业务开展专题学习，提高依法履职能力。"
                                  : "结合本委员会监督和调研工作，学习相关法律法规。") +
        "\n四、党员全年学习不少于规定学时，学习情况纳入年度考评。";
    conn.exec(
        "INSERT INTO learning_plans (year, org_unit_id, title, content, planned_hours, "
        "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {static_cast<std::int64_t>(year), u.i64("id"), y + "年度" + u.str("name") + "学习计划",
         content, static_cast<std::int64_t>(office_branch ? 32 : 24),
         leader ? db::Value(leader->i64("id")) : db::Value(), now, now});
    ++plans;
  }
  report.lines.push_back("Learning: " + std::to_string(laws.size()) + " laws of the month (" + y +
                         "), " + std::to_string(quizzes.size()) + " quizzes, " +
                         std::to_string(records) + " study records, " + std::to_string(attempts) +
                         " quiz attempts, " + std::to_string(plans) + " learning plans");
}

}  // namespace md::learning
