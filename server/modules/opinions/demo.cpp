// Demo data (R9.2, R9.5): the departments that receive referrals (the `dept` account answers
// for 区住建局), the 2026 and 2027 public-holiday calendar with make-up working days, a year of
// voters' opinions across the 20 workstations in realistic categories — classified, referred,
// replied, rated, a few reopened after 不满意, a few overdue, some answered on the spot — and
// suggestions by demo deputies (刘建军, the `deputy` account, among them).
#include <ctime>

#include "modules/opinions/intake.hpp"
#include "platform/core/app.hpp"
#include "platform/core/china_time.hpp"
#include "platform/crypto/base.hpp"
#include "platform/crypto/hash.hpp"

namespace md::opinions {

void load_demo(App& app, db::Connection& conn, DemoReport& report);

namespace {

// A small deterministic generator: the same demo every time.
struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }
};

struct Day {
  const char* day;
  const char* kind;
  const char* name;
};

// 2026 as published by the State Council; 2027 provisional until its notice (edit in the app).
const Day kCalendar[] = {
    {"2026-01-01", "holiday", "元旦"},       {"2026-01-02", "holiday", "元旦"},
    {"2026-01-03", "holiday", "元旦"},       {"2026-01-04", "workday", "元旦调休"},
    {"2026-02-14", "workday", "春节调休"},   {"2026-02-15", "holiday", "春节"},
    {"2026-02-16", "holiday", "春节"},       {"2026-02-17", "holiday", "春节"},
    {"2026-02-18", "holiday", "春节"},       {"2026-02-19", "holiday", "春节"},
    {"2026-02-20", "holiday", "春节"},       {"2026-02-21", "holiday", "春节"},
    {"2026-02-22", "holiday", "春节"},       {"2026-02-23", "holiday", "春节"},
    {"2026-02-28", "workday", "春节调休"},   {"2026-04-04", "holiday", "清明节"},
    {"2026-04-05", "holiday", "清明节"},     {"2026-04-06", "holiday", "清明节"},
    {"2026-05-01", "holiday", "劳动节"},     {"2026-05-02", "holiday", "劳动节"},
    {"2026-05-03", "holiday", "劳动节"},     {"2026-05-04", "holiday", "劳动节"},
    {"2026-05-05", "holiday", "劳动节"},     {"2026-05-09", "workday", "劳动节调休"},
    {"2026-06-19", "holiday", "端午节"},     {"2026-06-20", "holiday", "端午节"},
    {"2026-06-21", "holiday", "端午节"},     {"2026-09-20", "workday", "国庆节调休"},
    {"2026-09-25", "holiday", "中秋节"},     {"2026-09-26", "holiday", "中秋节"},
    {"2026-09-27", "holiday", "中秋节"},     {"2026-10-01", "holiday", "国庆节"},
    {"2026-10-02", "holiday", "国庆节"},     {"2026-10-03", "holiday", "国庆节"},
    {"2026-10-04", "holiday", "国庆节"},     {"2026-10-05", "holiday", "国庆节"},
    {"2026-10-06", "holiday", "国庆节"},     {"2026-10-07", "holiday", "国庆节"},
    {"2026-10-10", "workday", "国庆节调休"}, {"2027-01-01", "holiday", "元旦"},
    {"2027-02-05", "holiday", "春节"},       {"2027-02-06", "holiday", "春节"},
    {"2027-02-07", "holiday", "春节"},       {"2027-02-08", "holiday", "春节"},
    {"2027-02-09", "holiday", "春节"},       {"2027-02-10", "holiday", "春节"},
    {"2027-02-11", "holiday", "春节"},       {"2027-02-20", "workday", "春节调休"},
    {"2027-04-05", "holiday", "清明节"},     {"2027-05-01", "holiday", "劳动节"},
    {"2027-05-02", "holiday", "劳动节"},     {"2027-05-03", "holiday", "劳动节"},
    {"2027-05-04", "holiday", "劳动节"},     {"2027-05-05", "holiday", "劳动节"},
    {"2027-04-25", "workday", "劳动节调休"}, {"2027-06-09", "holiday", "端午节"},
    {"2027-09-15", "holiday", "中秋节"},     {"2027-10-01", "holiday", "国庆节"},
    {"2027-10-02", "holiday", "国庆节"},     {"2027-10-03", "holiday", "国庆节"},
    {"2027-10-04", "holiday", "国庆节"},     {"2027-10-05", "holiday", "国庆节"},
    {"2027-10-06", "holiday", "国庆节"},     {"2027-10-07", "holiday", "国庆节"},
    {"2027-09-26", "workday", "国庆节调休"}, {"2027-10-09", "workday", "国庆节调休"},
};

struct Topic {
  const char* category;
  const char* department;  ///< who answers when it goes to a department
  const char* text;        ///< {p} = the place
  const char* reply;
};

const Topic kTopics[] = {
    {"roads", "区交通运输局",
     "{p}通往集镇的村道路面破损严重，雨天积水，群众出行不便，希望尽快修补。",
     "已将该路段纳入农村公路养护计划，完成坑槽修补和排水沟清淤。"},
    {"roads", "区交通运输局", "{p}路口没有红绿灯和减速带，上下学时段车辆多，存在安全隐患。",
     "已在路口增设减速带和警示标志，信号灯纳入明年建设计划。"},
    {"roads", "区住建局", "{p}路灯多盏不亮，晚上散步的居民很不方便。",
     "已更换损坏灯具 12 盏并建立巡查制度。"},
    {"water", "区水利局", "{p}自来水水压低，高峰时段楼上经常停水。",
     "已更换主管网并加装加压设备，供水恢复正常。"},
    {"water", "区水利局", "{p}排水沟堵塞，下大雨时农田和房屋被淹。",
     "已组织清淤疏浚 800 米，汛前再次巡查。"},
    {"water", "区住建局", "{p}小区雨污管网混接，污水外溢有异味。",
     "已完成雨污分流改造，外溢问题解决。"},
    {"schools", "区教育局", "{p}小学学位紧张，希望扩建教学楼。",
     "已将该校扩建列入明年教育项目，新增 6 个教室。"},
    {"schools", "区教育局", "{p}学校门口接送秩序混乱，希望设置临时停车区。",
     "已会同交警施划临时停车位并安排志愿者值守。"},
    {"environment", "区生态环境分局", "{p}附近企业夜间排放废气，气味刺鼻。",
     "已对企业开展执法检查，责令整改并跟踪监测。"},
    {"environment", "区生态环境分局", "{p}湖边有人倾倒建筑垃圾，影响水质和环境。",
     "已清运垃圾并设置监控和警示牌。"},
    {"epidemic", "区卫健局", "{p}村卫生室药品不全，老人买药要跑很远。",
     "已为卫生室补充常用药品并纳入医共体配送。"},
    {"epidemic", "区卫健局", "{p}希望增设疫苗接种点，方便老人就近接种。",
     "已在社区卫生服务站增设接种点，每周二、四开放。"},
    {"social_security", "区人社局", "{p}部分老人不会在手机上认证养老金，希望上门服务。",
     "已组织工作人员上门为 36 名老人完成认证。"},
    {"housing", "区住建局", "{p}老旧小区外墙脱落，存在安全隐患。",
     "已纳入老旧小区改造计划，外墙完成修缮。"},
};

const char* const kDepartments[] = {"区住建局", "区水利局",     "区教育局", "区生态环境分局",
                                    "区卫健局", "区交通运输局", "区人社局", "区城管局"};

std::int64_t at(const std::string& day, int hour) {
  return china_day_start(day).value_or(0) + hour * 3600;
}

std::string fill(const char* text, const std::string& place) {
  std::string s = text;
  auto pos = s.find("{p}");
  if (pos != std::string::npos) s.replace(pos, 3, place);
  return s;
}

cases::Step by(const std::string& action, const std::string& actor, const std::string& note) {
  cases::Step s;
  s.action = action;
  s.actor_name = actor;
  s.note = note;
  return s;
}

}  // namespace

void load_demo(App& app, db::Connection& conn, DemoReport& report) {
  (void)app;
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  std::string today = china_date(now);
  for (const auto& d : kCalendar) {
    conn.exec("INSERT INTO work_calendar (day, kind, name) VALUES (?, ?, ?)",
              {std::string(d.day), std::string(d.kind), std::string(d.name)});
  }
  std::map<std::string, std::int64_t> departments;
  for (const char* name : kDepartments) {
    departments[name] = conn.query_one(
                                "INSERT INTO departments (name, kind) VALUES (?, 'department') "
                                "RETURNING id",
                                {std::string(name)})
                            ->i64("id");
  }
  if (auto u = conn.query_one("SELECT id FROM users WHERE username = 'dept'")) {
    conn.exec("INSERT INTO department_users (department_id, user_id) VALUES (?, ?)",
              {departments["区住建局"], u->i64("id")});
  }
  struct Station {
    std::int64_t id;
    std::string town, name;
    std::vector<std::int64_t> deputies;
  };
  std::vector<Station> stations;
  for (const auto& r : conn.query("SELECT id, town, name FROM workstations ORDER BY id")) {
    stations.push_back({r.i64("id"), r.str("town"), r.str("name"), {}});
  }
  for (auto& s : stations) {
    for (const auto& r : conn.query(
             "SELECT person_id FROM deputies WHERE workstation_id = ? AND ended_on IS NULL ORDER "
             "BY id LIMIT 6",
             {s.id})) {
      s.deputies.push_back(r.i64("person_id"));
    }
  }
  if (stations.empty()) return;
  auto cal = cases::load_calendar(conn);
  const DeadlinePolicy policy;
  const auto& flow = opinion_workflow();
  Rng rng{0x5eed0b1d1a5ULL};
  int opened = 0, closed = 0, overdue = 0, suggestions = 0;
  const std::string clerk = "陈干事";
  for (int i = 0; i < 360; ++i) {
    int age = 365 - i;  // days ago
    std::string received = cases::add_days(today, -age);
    const Station& st =
        stations[static_cast<std::size_t>(rng.below(static_cast<int>(stations.size())))];
    const Topic& topic = kTopics[rng.below(static_cast<int>(std::size(kTopics)))];
    std::string place = st.name.substr(0, st.name.find("代表")) + "附近";
    NewOpinion o;
    o.workstation_id = st.id;
    int channel = rng.below(10);
    o.channel = channel < 6 ? "reception" : channel < 8 ? "phone" : "online";
    if (o.channel == "reception" && !st.deputies.empty()) {
      o.received_by_person_id =
          st.deputies[static_cast<std::size_t>(rng.below(static_cast<int>(st.deputies.size())))];
    }
    o.category = topic.category;
    o.town = st.town;
    o.place = place;
    o.content = fill(topic.text, place);
    if (rng.chance(40)) {
      std::string phone = "139" + std::to_string(10000000 + rng.below(89999999));
      o.contact_cipher = app.cipher().encrypt(Json{{"name", "李先生"}, {"phone", phone}}.dump());
      o.contact_masked = "李** " + phone.substr(0, 3) + "****" + phone.substr(7);
    }
    o.query_code_hash = code_hash(crypto::to_hex(crypto::random_bytes(16)));
    o.received_on = received;
    std::string title = o.content.substr(0, o.content.find("，"));
    auto id = open_opinion(conn, o, title, classify_deadline(received, policy, cal),
                           by("open", o.channel == "online" ? "" : clerk, ""), at(received, 9));
    ++opened;
    auto c = cases::load_case(conn, "opinion", id);
    if (age < 3) continue;  // just in: waiting to be classified
    std::string day = cases::add_working_days(received, 1 + rng.below(3), cal);
    int kind = rng.below(100);
    if (kind < 12) {  // answered on the spot at the reception
      auto s = by("answer_on_spot", clerk, "现场解释政策并答复。");
      s.deadline = "";
      c = cases::apply_step(conn, flow, c, s, at(received, 11));
      conn.exec(
          "UPDATE opinions SET handling = 'on_spot', reply = ?, replied_on = ? WHERE "
          "case_id = ?",
          {std::string("现场解释政策并答复。"), received, id});
    } else if (kind < 16 && o.received_by_person_id) {  // into a deputy's suggestion
      Suggestion sg;
      sg.deputy_person_id = *o.received_by_person_id;
      sg.category = o.category;
      sg.content = o.content;
      sg.source_case_id = id;
      sg.submitted_on = day;
      open_suggestion(conn, sg, title, by("open", clerk, ""), at(day, 10));
      ++suggestions;
      auto s = by("to_suggestion", clerk, "涉及面广，转为代表建议。");
      s.deadline = "";
      cases::apply_step(conn, flow, c, s, at(day, 10));
      conn.exec("UPDATE opinions SET handling = 'suggestion' WHERE case_id = ?", {id});
      continue;
    } else {
      bool to_department = kind < 65;
      bool complex = rng.chance(10);
      c = cases::apply_step(conn, flow, c, by("classify", clerk, ""), at(day, 10));
      conn.exec("UPDATE opinions SET handling = ?, complex = ? WHERE case_id = ?",
                {std::string(to_department ? "department" : "town"), complex ? 1 : 0, id});
      if (age < 6) continue;
      auto s = by("refer", clerk, "请按期办理并答复。");
      s.assignee = to_department ? cases::Assignee{"department", departments[topic.department],
                                                   topic.department}
                                 : cases::Assignee{"unit", std::nullopt, st.town};
      s.deadline = reply_deadline(day, complex, policy);
      c = cases::apply_step(conn, flow, c, s, at(day, 15));
      // Most are answered within 10–80 days; a few hang on past their deadline (督办).
      int reply_after = 10 + rng.below(70);
      bool stuck = rng.chance(4);
      if (stuck || age - reply_after < 2) {
        if (stuck && age > 100) {
          c = cases::apply_step(conn, flow, c, by("supervise", clerk, "已超期，请尽快答复。"),
                                at(cases::add_days(*c.deadline, 3), 9));
          ++overdue;
        }
        continue;
      }
      std::string replied = cases::add_days(received, reply_after);
      auto r = by("reply", s.assignee->name, topic.reply);
      r.deadline = "";
      c = cases::apply_step(conn, flow, c, r, at(replied, 16));
      conn.exec("UPDATE opinions SET reply = ?, replied_on = ? WHERE case_id = ?",
                {std::string(topic.reply), replied, id});
    }
    // The voter rates most answers; one in ten is not satisfied and it is handled again.
    std::string replied_on =
        conn.query_one("SELECT replied_on FROM opinions WHERE case_id = ?", {id})
            ->str("replied_on");
    int rate_after = 2 + rng.below(10);
    if (cases::add_days(replied_on, rate_after) >= today || rng.chance(8)) continue;
    std::string rated = cases::add_days(replied_on, rate_after);
    bool unhappy = rng.chance(10) && c.assignee.kind != "";
    auto rate = by(unhappy ? "reopen" : "rate", "", "");
    rate.satisfaction = unhappy ? "unsatisfied" : (rng.chance(75) ? "satisfied" : "basic");
    if (unhappy) rate.deadline = reopen_deadline(rated, policy);
    c = cases::apply_step(conn, flow, c, rate, at(rated, 20));
    conn.exec("UPDATE opinions SET rating = ?, rated_on = ? WHERE case_id = ?",
              {*rate.satisfaction, rated, id});
    if (!unhappy) {
      ++closed;
      continue;
    }
    std::string again = cases::add_days(rated, 15);
    if (again >= today) continue;
    auto r = by("reply", c.assignee.name, std::string("再次核查后：") + topic.reply);
    r.deadline = "";
    c = cases::apply_step(conn, flow, c, r, at(again, 16));
    std::string final_day = cases::add_days(again, 3);
    if (final_day >= today) continue;
    auto fin = by("rate", "", "");
    fin.satisfaction = "basic";
    cases::apply_step(conn, flow, c, fin, at(final_day, 20));
    conn.exec(
        "UPDATE opinions SET reply = ?, replied_on = ?, rating = 'basic', rated_on = ? "
        "WHERE case_id = ?",
        {std::string("再次核查后：") + topic.reply, again, final_day, id});
    ++closed;
  }
  // Suggestions by the demo deputy 刘建军 (the `deputy` account) and a few others.
  auto deputy_user = conn.query_one(
      "SELECT p.id FROM people p JOIN users u ON u.id = p.user_id WHERE u.username = 'deputy'");
  std::vector<std::int64_t> authors;
  if (deputy_user) authors.push_back(deputy_user->i64("id"));
  for (const auto& s : stations) {
    if (!s.deputies.empty() && authors.size() < 8) authors.push_back(s.deputies.front());
  }
  const auto& sflow = suggestion_workflow();
  for (std::size_t k = 0; k < authors.size() * 2; ++k) {
    const Topic& topic = kTopics[k % std::size(kTopics)];
    std::string day = cases::add_days(today, -static_cast<int>(300 - k * 15));
    Suggestion sg;
    sg.deputy_person_id = authors[k % authors.size()];
    sg.category = topic.category;
    sg.content = fill(topic.text, "全区") + "建议统筹资金、建立长效机制。";
    sg.session_label = "区第十届人大第六次会议";
    sg.submitted_on = day;
    std::string title = std::string("关于") + fill(topic.text, "").substr(0, 18) + "的建议";
    auto id = open_suggestion(conn, sg, title, by("open", "", ""), at(day, 9));
    ++suggestions;
    auto c = cases::load_case(conn, "suggestion", id);
    if (k % 5 == 4) continue;  // waiting to be assigned
    auto a = by("assign", clerk, "");
    a.assignee = cases::Assignee{"department", departments[topic.department], topic.department};
    a.deadline = reply_deadline(cases::add_days(day, 5), false, policy);
    c = cases::apply_step(conn, sflow, c, a, at(cases::add_days(day, 5), 10));
    std::string replied = cases::add_days(day, 60);
    if (replied >= today) continue;
    auto r = by("reply", topic.department, topic.reply);
    r.deadline = "";
    c = cases::apply_step(conn, sflow, c, r, at(replied, 15));
    conn.exec("UPDATE suggestions SET reply = ?, replied_on = ? WHERE case_id = ?",
              {std::string(topic.reply), replied, id});
    if (k % 3 == 0) continue;  // the deputy has not rated yet
    auto rate = by("rate", "", "");
    rate.satisfaction = k % 4 == 1 ? "basic" : "satisfied";
    cases::apply_step(conn, sflow, c, rate, at(cases::add_days(replied, 7), 20));
    conn.exec("UPDATE suggestions SET rating = ?, rated_on = ? WHERE case_id = ?",
              {*rate.satisfaction, cases::add_days(replied, 7), id});
  }
  report.lines.push_back("Opinions: " + std::to_string(opened) + " voters' opinions (" +
                         std::to_string(closed) + " closed, " + std::to_string(overdue) +
                         " supervised overdue), " + std::to_string(suggestions) +
                         " deputies' suggestions, " + std::to_string(std::size(kDepartments)) +
                         " departments");
}

}  // namespace md::opinions
