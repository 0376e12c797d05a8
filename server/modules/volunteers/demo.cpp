// Demo data (R11.4, from the seed article): the organ's volunteer service team (王芳, the
// `member` account, and 陈静, the `clerk`, among them), the 2020 series "志愿服务进社区、进企业、
// 进村组" with the epidemic duty and the return to work, the environmental activity
// "运用法治力量，守护碧水清波" (capped at 4 hours a person), this year's activities with their
// attendance, one today (for signing up and recording on the day) and two ahead.
#include <ctime>

#include "modules/org/people_api.hpp"
#include "platform/cases/workdays.hpp"
#include "platform/core/app.hpp"

namespace md::volunteers {

void load_demo(App& app, db::Connection& conn, DemoReport& report);

namespace {

struct Activity {
  const char* title;
  const char* kind;
  std::string held_on;
  const char* place;
  std::int64_t capacity, minutes_cap;
  const char* description;
  int attendees;         // the first n team members (after the `member` account) attended
  std::int64_t minutes;  // each of them served
};

}  // namespace

void load_demo(App& app, db::Connection& conn, DemoReport& report) {
  (void)app;
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  std::string today = org::china_today(now);
  std::string year = today.substr(0, 4);
  // The team: the office's staff with a user account or in the organ's units, up to 14.
  std::vector<std::int64_t> members;
  std::optional<std::int64_t> wang;
  for (const auto& r : conn.query(
           "SELECT p.id, u.username FROM people p LEFT JOIN users u ON u.id = p.user_id WHERE "
           "p.unit LIKE '云溪区人大常委会%' AND (u.username IS NULL OR u.username IN ('member', "
           "'clerk', 'leader')) ORDER BY CASE WHEN u.username IS NULL THEN 1 ELSE 0 END, p.id "
           "LIMIT 14")) {
    if (r.str("username") == "member") wang = r.i64("id");
    members.push_back(r.i64("id"));
  }
  if (members.empty()) return;
  std::vector<std::int64_t> member_ids;
  std::optional<std::int64_t> wang_member;
  for (auto person : members) {
    auto id = conn.query(
                      "INSERT INTO volunteer_members (person_id, joined_on, skills, created_at) "
                      "VALUES (?, ?, ?, ?) RETURNING id",
                      {person, "2020-01-15", "", now})
                  .at(0)
                  .i64("id");
    if (wang && person == *wang)
      wang_member = id;
    else
      member_ids.push_back(id);
  }
  const Activity activities[] = {
      {"志愿服务进社区：疫情防控卡口值守", "community", "2020-02-06", "云溪街道各社区卡口", 20, 0,
       "协助社区开展人员排查登记、体温检测和防疫知识宣传。", 10, 480},
      {"志愿服务进企业：助力复工复产", "enterprise", "2020-03-10", "云溪区工业园联点企业", 10, 0,
       "上门宣讲复工复产防疫要求，帮助企业协调防疫物资。", 8, 240},
      {"运用法治力量，守护碧水清波", "village", "2020-06-05", "长江云溪段岸线及松阳湖", 30, 240,
       "环保志愿服务：宣传长江保护法律法规，劝导非法捕捞，清理岸线垃圾；既当监督员、宣传员，"
       "又当服务员。",
       12, 300},
      {"志愿服务进村组：农村人居环境整治", "village", "2020-09-18", "陆城镇各村组", 15, 0,
       "协助村组开展环境卫生整治，宣传垃圾分类。", 9, 180},
      {"运用法治力量，守护碧水清波·春季河湖巡护", "village", year + "-04-22", "长江云溪段岸线", 20,
       240, "巡护长江岸线，宣传长江保护法，清理沿岸垃圾。", 9, 270},
      {"志愿服务进社区：文明创建宣传", "community", year + "-05-16", "云溪街道洗马塘社区", 12, 0,
       "宣传文明城市创建知识，整治楼道杂物。", 7, 150},
      {"志愿服务进社区：垃圾分类宣传", "community", today, "云溪街道八一社区", 10, 0,
       "入户宣传垃圾分类知识，指导居民正确投放。", 0, 0},
      {"运用法治力量，守护碧水清波·冬季河湖巡护", "village", cases::add_days(today, 14),
       "松阳湖湿地", 20, 240, "巡护松阳湖湿地，宣传湿地保护条例。", 0, 0},
      {"志愿服务进企业：安全生产宣传", "enterprise", cases::add_days(today, 21),
       "云溪区工业园联点企业", 3, 0, "宣传安全生产法律法规，协助企业开展应急演练。", 0, 0},
  };
  std::int64_t total_minutes = 0;
  int count = 0;
  for (const auto& a : activities) {
    // Activities of this year later than today are not yet held: keep them without attendance.
    auto id = conn.query(
                      "INSERT INTO volunteer_activities (title, kind, held_on, place, capacity, "
                      "minutes_cap, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                      "?, ?, ?) RETURNING id",
                      {a.title, a.kind, a.held_on, a.place, a.capacity, a.minutes_cap,
                       a.description, now, now})
                  .at(0)
                  .i64("id");
    ++count;
    if (a.held_on >= today) continue;
    std::vector<std::int64_t> attending;
    if (wang_member) attending.push_back(*wang_member);
    for (int i = 0; i < a.attendees && i < static_cast<int>(member_ids.size()); ++i) {
      attending.push_back(member_ids[static_cast<std::size_t>(i)]);
    }
    for (auto m : attending) {
      conn.exec(
          "INSERT INTO volunteer_signups (activity_id, member_id, signed_up_at, minutes, "
          "recorded_at) VALUES (?, ?, ?, ?, ?)",
          {id, m, now, a.minutes, now});
      total_minutes += a.minutes;
    }
  }
  report.lines.push_back("Volunteers: " + std::to_string(members.size()) + " team members, " +
                         std::to_string(count) + " activities, " +
                         std::to_string(total_minutes / 60) + " hours recorded");
}

}  // namespace md::volunteers
