// Demo data (R9.1, R9.3, R9.4): a year of reception days across the 20 workstations — one a
// month each from eleven months ago to next month, past ones held with visitors and a summary,
// the rest planned, and a few within the next three days so the public notice shows them
// (刘建军, the `deputy` account, is on duty tomorrow); the twice-yearly exchange meetings, the
// guidance document and each town's yearly work record; the epidemic duty of 2020 of the
// deputies the seed article names (刘建军, 向锋, 彭伟球, 林望菊, 易升明).
#include <ctime>
#include <map>

#include "modules/org/people_api.hpp"
#include "modules/receptions/rules.hpp"
#include "platform/core/app.hpp"

namespace md::receptions {

void load_demo(App& app, db::Connection& conn, DemoReport& report);

namespace {

struct Slot {
  const char* start;
  const char* end;
};
constexpr Slot kMorning = {"09:00", "11:30"}, kAfternoon = {"14:30", "17:00"};

const char* const kTopics[] = {"听取选民意见建议", "民生实事项目征求意见", "乡村振兴专题接待",
                               "城市管理专题接待", "教育医疗专题接待",     "法律法规宣传"};
const char* const kSummaries[] = {
    "收集道路硬化、路灯维修等意见建议，已登记交办。",
    "群众反映供水水压不足问题，代表现场解答并转交相关部门。",
    "围绕学校周边交通安全听取意见，形成建议一件。",
    "宣传《代表法》，解答征地补偿政策咨询。",
    "收集垃圾分类、河道保洁方面意见，已转镇（街道）办理。",
};

struct Epidemic {
  const char* name;
  const char* date;
  const char* text;
};
const Epidemic kEpidemic[] = {
    {"刘建军", "2020-02-03", "疫情防控值守：在社区卡口轮班值守，协助开展人员排查登记和体温检测。"},
    {"刘建军", "2020-02-20", "疫情防控：组织企业捐赠口罩 2000 只、消毒液 50 箱，送往一线。"},
    {"向锋", "2020-02-05",
     "疫情防控值守：带领志愿者在村口值守，宣传防疫知识，为居家隔离户代购生活物资。"},
    {"彭伟球", "2020-02-08", "疫情防控值守：协助社区开展网格化排查，配送生活物资。"},
    {"林望菊", "2020-02-10", "疫情防控：组织医务人员参与社区健康监测。"},
    {"易升明", "2020-02-12", "疫情防控：协调企业复工复产防疫物资，参与卡口值守。"},
};

}  // namespace

void load_demo(App& app, db::Connection& conn, DemoReport& report) {
  (void)app;
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  std::string today = org::china_today(now);
  int year = std::stoi(today.substr(0, 4)), month = std::stoi(today.substr(5, 2));
  std::optional<std::int64_t> clerk;
  if (auto u = conn.query_one("SELECT id FROM users WHERE username = 'clerk'"))
    clerk = u->i64("id");
  db::Value by = clerk ? db::Value(*clerk) : db::Value();
  std::optional<std::int64_t> liu;
  if (auto r = conn.query_one("SELECT p.id FROM people p JOIN deputies d ON d.person_id = p.id "
                              "WHERE p.name = '刘建军' AND d.ended_on IS NULL")) {
    liu = r->i64("id");
  }

  struct Station {
    std::int64_t id;
    std::string name, town;
    std::vector<std::int64_t> deputies;
  };
  std::vector<Station> stations;
  std::map<std::int64_t, std::size_t> at;
  for (const auto& r : conn.query("SELECT id, name, town FROM workstations ORDER BY id")) {
    at[r.i64("id")] = stations.size();
    stations.push_back({r.i64("id"), r.str("name"), r.str("town"), {}});
  }
  for (const auto& r : conn.query("SELECT DISTINCT person_id, workstation_id FROM deputies WHERE "
                                  "ended_on IS NULL AND workstation_id IS NOT NULL ORDER BY "
                                  "workstation_id, person_id")) {
    stations[at[r.i64("workstation_id")]].deputies.push_back(r.i64("person_id"));
  }

  std::vector<Duty> duties;  // to keep every deputy's demo duties apart
  int held = 0, planned = 0;
  auto add = [&](const Station& s, const std::string& day, Slot slot, std::vector<std::int64_t> on,
                 int k) {
    Schedule sched{day, slot.start, slot.end, s.name, on};
    if (!double_booked(sched, duties, 0).empty()) {
      slot = std::string(slot.start) == kMorning.start ? kAfternoon : kMorning;
      sched.starts_at = slot.start;
      sched.ends_at = slot.end;
      if (!double_booked(sched, duties, 0).empty()) return;
    }
    bool past = day < today;
    db::Value visitors =
        past ? db::Value(static_cast<std::int64_t>(4 + (k * 7 + day[9]) % 23)) : db::Value();
    std::string summary = past ? kSummaries[static_cast<std::size_t>(k) % 5] : "";
    auto id = conn.query_one(
                      "INSERT INTO receptions (workstation_id, day, starts_at, ends_at, place, "
                      "topic, status, visitors, summary, created_by, created_at, updated_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                      {s.id, day, std::string(slot.start), std::string(slot.end), s.name,
                       std::string(kTopics[static_cast<std::size_t>(k) % 6]),
                       std::string(past ? "held" : "planned"), visitors, summary, by, now, now})
                  ->i64("id");
    for (auto p : on) {
      conn.exec("INSERT INTO reception_duties (reception_id, person_id) VALUES (?, ?)", {id, p});
      duties.push_back({id, p, day, slot.start, slot.end});
    }
    ++(past ? held : planned);
  };

  for (std::size_t i = 0; i < stations.size(); ++i) {
    const auto& s = stations[i];
    auto n = s.deputies.size();
    if (n == 0) continue;
    int k = 0;
    // Monthly, on the (5 + i)th, from eleven months ago to next month; two deputies in turn.
    for (int m = -11; m <= 1; ++m, ++k) {
      int mi = year * 12 + month - 1 + m;
      int dd = 5 + static_cast<int>(i);
      std::string day = std::to_string(mi / 12) + (mi % 12 + 1 < 10 ? "-0" : "-") +
                        std::to_string(mi % 12 + 1) + (dd < 10 ? "-0" : "-") + std::to_string(dd);
      std::vector<std::int64_t> on = {s.deputies[(2 * static_cast<std::size_t>(k)) % n]};
      if (n > 1) on.push_back(s.deputies[(2 * static_cast<std::size_t>(k) + 1) % n]);
      add(s, day, i % 2 ? kAfternoon : kMorning, on, k);
    }
    // A few extra ones within the next three days, on the public notice now.
    if (i < 6) {
      std::vector<std::int64_t> on = {s.deputies[(2 * static_cast<std::size_t>(k) + 3) % n]};
      add(s, add_days(today, 1 + static_cast<int>(i % 3)), i % 2 ? kMorning : kAfternoon, on, k);
    }
  }
  // 刘建军 (the `deputy` account) is on duty tomorrow morning at his own workstation.
  if (liu) {
    if (auto w = conn.query_one("SELECT workstation_id FROM deputies WHERE person_id = ? AND "
                                "workstation_id IS NOT NULL AND ended_on IS NULL",
                                {*liu})) {
      const auto& s = stations[at[w->i64("workstation_id")]];
      std::vector<std::int64_t> on = {*liu};
      for (auto p : s.deputies) {
        if (p != *liu) {
          on.push_back(p);
          break;
        }
      }
      add(s, add_days(today, 1), kMorning, on, 3);
    }
  }

  // R9.3: the guidance document, the exchange meetings (上半年/下半年) and last year's records.
  auto guidance = [&](const std::string& town, int y, const char* kind, db::Value half,
                      const std::string& title, db::Value held_on, const std::string& content) {
    conn.exec(
        "INSERT INTO guidance_records (town, year, kind, half, title, held_on, content, "
        "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {town, static_cast<std::int64_t>(y), std::string(kind), half, title, held_on, content, by,
         now, now});
  };
  int records = 0;
  guidance("全区", 2020, "document", db::Value(), "《关于规范镇人大、街道人大工委工作的指导意见》",
           db::Value(std::string("2020-04-15")),
           "明确镇人大、街道人大工委在代表联络、接待选民日、民生实事票决等方面的工作规范。");
  ++records;
  for (int y = year - 1; y <= year; ++y) {
    std::string ys = std::to_string(y);
    if (ys + "-06-20" <= today) {
      guidance("全区", y, "exchange", db::Value(std::string("first")),
               ys + " 年上半年镇街人大工作交流会", db::Value(ys + "-06-20"),
               "各镇人大、街道人大工委交流代表工作室建设和接待选民日经验。");
      ++records;
    }
    if (ys + "-12-10" <= today) {
      guidance("全区", y, "exchange", db::Value(std::string("second")),
               ys + " 年下半年镇街人大工作交流会", db::Value(ys + "-12-10"),
               "总结全年工作，部署下一年度民生实事项目票决。");
      ++records;
    }
  }
  std::map<std::string, bool> towns;
  for (const auto& s : stations) towns[s.town] = true;
  for (const auto& [town, _] : towns) {
    guidance(town, year - 1, "work_record", db::Value(),
             town + " " + std::to_string(year - 1) + " 年度人大工作记录",
             db::Value(std::to_string(year - 1) + "-12-28"),
             "召开代表大会（工委全体会议）两次，组织代表视察三次，接待选民日每月一次。");
    ++records;
  }

  // R9.4: the seed article's epidemic duty of 2020, and one entry of this year for 刘建军.
  int entries = 0;
  for (const auto& e : kEpidemic) {
    auto p = conn.query_one(
        "SELECT p.id FROM people p JOIN deputies d ON d.person_id = p.id WHERE p.name = ? "
        "ORDER BY p.id",
        {std::string(e.name)});
    if (!p) continue;
    conn.exec(
        "INSERT INTO duty_entries (person_id, entry_date, kind, description, created_by, "
        "created_at) VALUES (?, ?, 'epidemic', ?, ?, ?)",
        {p->i64("id"), std::string(e.date), std::string(e.text), by, now});
    ++entries;
  }
  if (liu && std::to_string(year) + "-03-12" <= today) {
    conn.exec(
        "INSERT INTO duty_entries (person_id, entry_date, kind, description, created_by, "
        "created_at) VALUES (?, ?, 'inspection', ?, ?, ?)",
        {*liu, std::to_string(year) + "-03-12",
         std::string("参加区人大常委会组织的农村供水工程专题视察。"), by, now});
    ++entries;
  }
  report.lines.push_back("Receptions: " + std::to_string(held) + " reception days held, " +
                         std::to_string(planned) + " planned; " + std::to_string(records) +
                         " guidance records; " + std::to_string(entries) +
                         " duty entries (epidemic duty 2020)");
}

}  // namespace md::receptions
