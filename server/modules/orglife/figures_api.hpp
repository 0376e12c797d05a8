#pragma once
// The orglife module's figures for the reports (R12): meetings held by type, attendance and
// the compliance of the year's required meetings (the same rules as GET /api/compliance: a
// group's meetings count for its branch; future periods are not yet required).
#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "modules/orglife/rules.hpp"
#include "modules/orglife/store.hpp"
#include "platform/db/db.hpp"

namespace md::orglife {

/// Closed meetings held from..to (YYYY-MM-DD, inclusive) by type.
inline std::map<std::string, std::int64_t> meetings_by_type(db::Connection& conn,
                                                            const std::string& from,
                                                            const std::string& to) {
  std::map<std::string, std::int64_t> out;
  for (const auto& r : conn.query(
           "SELECT type, COUNT(*) AS n FROM meetings WHERE status = 'closed' AND meeting_date >= "
           "? AND meeting_date <= ? GROUP BY type",
           {from, to})) {
    out[r.str("type")] = r.i64("n");
  }
  return out;
}

/// Closed meetings of each month of `year` (index 0 = January).
inline std::array<std::int64_t, 12> meetings_by_month(db::Connection& conn, int year) {
  std::array<std::int64_t, 12> out{};
  std::string y = std::to_string(year);
  for (const auto& r : conn.query(
           "SELECT SUBSTR(meeting_date, 6, 2) AS m, COUNT(*) AS n FROM meetings WHERE status = "
           "'closed' AND meeting_date >= ? AND meeting_date <= ? GROUP BY SUBSTR(meeting_date, 6, "
           "2)",
           {y + "-01-01", y + "-12-31"})) {
    int m = std::stoi(r.str("m"));
    if (m >= 1 && m <= 12) out[static_cast<std::size_t>(m - 1)] = r.i64("n");
  }
  return out;
}

/// 应到 / 实到 over the closed meetings from..to; the rate by attendance_rate_permille.
inline AttendanceCount attendance_figure(db::Connection& conn, const std::string& from,
                                         const std::string& to) {
  AttendanceCount c;
  for (const auto& r : conn.query(
           "SELECT a.status, COUNT(*) AS n FROM meeting_attendance a JOIN meetings m ON m.id = "
           "a.meeting_id WHERE m.status = 'closed' AND m.meeting_date >= ? AND m.meeting_date <= "
           "? GROUP BY a.status",
           {from, to})) {
    int n = static_cast<int>(r.i64("n"));
    if (r.str("status") == "present") c.present += n;
    if (r.str("status") == "absent") c.absent += n;
    if (r.str("status") == "excused") c.excused += n;
  }
  c.expected = c.present + c.absent;
  return c;
}

struct ComplianceFigure {
  std::int64_t required = 0;  ///< meetings the rhythms require in the periods begun by today
  std::int64_t held = 0;      ///< of those, held (at most the required number per period)
};

/// Compliance of `year` as of `today`: every branch's rhythm, every period not in the future.
inline ComplianceFigure compliance_figure(db::Connection& conn, int year,
                                          const std::string& today) {
  struct Unit {
    std::optional<std::int64_t> parent;
    std::string kind;
  };
  std::map<std::int64_t, Unit> units;
  for (const auto& r :
       conn.query("SELECT id, parent_id, kind FROM org_units WHERE retired_at IS NULL")) {
    units[r.i64("id")] = {r.opt_i64("parent_id"), r.str("kind")};
  }
  auto is_branch = [](const std::string& k) { return k == "branch" || k == "functional_branch"; };
  auto branch_of = [&](std::int64_t id) -> std::optional<std::int64_t> {
    for (int depth = 0; depth < 64; ++depth) {
      auto it = units.find(id);
      if (it == units.end()) return std::nullopt;
      if (is_branch(it->second.kind)) return id;
      if (!it->second.parent) return std::nullopt;
      id = *it->second.parent;
    }
    return std::nullopt;
  };
  std::map<std::int64_t, std::map<std::string, std::map<std::string, int>>> by_month;
  std::string y = std::to_string(year);
  for (const auto& r : conn.query(
           "SELECT org_unit_id, type, SUBSTR(meeting_date, 1, 7) AS month, COUNT(*) AS n FROM "
           "meetings WHERE status = 'closed' AND meeting_date >= ? AND meeting_date <= ? GROUP "
           "BY org_unit_id, type, SUBSTR(meeting_date, 1, 7)",
           {y + "-01-01", y + "-12-31"})) {
    if (auto b = branch_of(r.i64("org_unit_id")))
      by_month[*b][r.str("type")][r.str("month")] += static_cast<int>(r.i64("n"));
  }
  ComplianceFigure f;
  for (const auto& [id, u] : units) {
    if (!is_branch(u.kind)) continue;
    for (const auto& rh : rhythm_of(conn, id)) {
      const auto& months = by_month[id][rh.type];
      for (const auto& label : periods_of_year(rh.period, year)) {
        auto [first, last] = period_bounds(rh.period, label);
        int held = 0;
        for (const auto& [month, n] : months) {
          if (month + "-01" >= first && month + "-01" <= last) held += n;
        }
        if (cell_state(held, rh.required, first, last, today) == CellState::future) continue;
        f.required += rh.required;
        f.held += std::min(held, rh.required);
      }
    }
  }
  return f;
}

}  // namespace md::orglife
