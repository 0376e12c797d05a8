// Demo data (R2): this year's organizational life of every branch up to last month, following
// the default rhythm — monthly committee and party day, quarterly assembly and lecture, group
// meetings monthly — with nearly everyone present and a few absences with reasons. The current
// month is left open, so the compliance calendar shows what is still due.
#include "modules/orglife/store.hpp"
#include "platform/core/app.hpp"
#include "platform/core/china_time.hpp"

namespace md::orglife {

namespace {

const char* const kAbsence[] = {"sick", "personal", "official"};

void hold(db::Connection& conn, std::int64_t unit, const std::string& type,
          const std::string& title, const std::string& date, std::int64_t now, int& seed) {
  auto start = china_day_start(date).value_or(0) + 15 * 3600;  // 15:00 China time
  auto id = insert_meeting(conn,
                           {unit, type, title, start, start + 90 * 60, "机关三楼会议室", "李支书",
                            "王党员", "", "学习传达上级精神，研究部署本月工作", std::nullopt},
                           now);
  if (id == 0) return;
  // Everyone signs in, except now and then one member away with a reason.
  conn.exec(
      "UPDATE meeting_attendance SET status = 'present', signed_in_at = ?, method = 'code' "
      "WHERE meeting_id = ?",
      {start, id});
  if (++seed % 4 == 0) {
    conn.exec(
        "UPDATE meeting_attendance SET status = 'absent', reason = ?, signed_in_at = NULL, "
        "method = NULL WHERE meeting_id = ? AND person_id = (SELECT MAX(person_id) FROM "
        "meeting_attendance WHERE meeting_id = ?)",
        {std::string(kAbsence[seed % 3]), id, id});
  }
  conn.exec("UPDATE meetings SET status = 'closed', closed_at = ?, late_entry = 0 WHERE id = ?",
            {start + 90 * 60, id});
}

}  // namespace

void load_demo(App& app, db::Connection& conn, DemoReport& report) {
  (void)app;
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  std::string today = china_date(now);
  int year = std::stoi(today.substr(0, 4)), this_month = std::stoi(today.substr(5, 2));
  int seed = 0, held = 0;
  auto units = conn.query(
      "SELECT id, kind FROM org_units WHERE retired_at IS NULL AND kind IN "
      "('branch', 'functional_branch', 'group') ORDER BY id");
  for (int month = 1; month < this_month; ++month) {
    char ym[32];
    std::snprintf(ym, sizeof ym, "%04d-%02d", year, month);
    std::string mm(ym);
    for (const auto& u : units) {
      auto id = u.i64("id");
      auto before = conn.scalar("SELECT COUNT(*) FROM meetings");
      if (u.str("kind") == "group") {
        hold(conn, id, "group", mm + " 党小组学习", mm + "-12", now, seed);
      } else {
        hold(conn, id, "committee", mm + " 支委会", mm + "-05", now, seed);
        hold(conn, id, "theme_day", mm + " 主题党日", mm + "-20", now, seed);
        if (month % 3 == 0) {
          hold(conn, id, "branch_assembly", mm + " 党员大会", mm + "-25", now, seed);
          hold(conn, id, "lecture", mm + " 党课", mm + "-26", now, seed);
        }
      }
      held += static_cast<int>(conn.scalar("SELECT COUNT(*) FROM meetings") - before);
    }
  }
  report.lines.push_back("Organizational life: " + std::to_string(held) + " meetings held in " +
                         std::to_string(year) + " up to last month, with attendance");
}

}  // namespace md::orglife
