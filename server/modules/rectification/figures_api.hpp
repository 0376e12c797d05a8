#pragma once
// The rectification module's figure for the reports (R12): the ledger items started in a
// period, done (completed or verified, or ongoing long-term work), overdue (open past the
// deadline on `today`), and the completion rate of GET /api/rectification/progress.
#include <cstdint>
#include <string>

#include "modules/rectification/rules.hpp"
#include "platform/db/db.hpp"

namespace md::rectification {

struct ProgressFigure {
  std::int64_t total = 0, done = 0, ongoing = 0, overdue = 0;
  std::int64_t permille = 0;  ///< completion_permille(done, ongoing, total)
};

inline ProgressFigure progress_figure(db::Connection& conn, const std::string& from,
                                      const std::string& to, const std::string& today) {
  ProgressFigure f;
  for (const auto& r : conn.query(
           "SELECT state, COUNT(*) AS n, SUM(CASE WHEN deadline < ? THEN 1 ELSE 0 END) AS late "
           "FROM rectification_items WHERE start_on >= ? AND start_on <= ? GROUP BY state",
           {today, from, to})) {
    auto state = r.str("state");
    auto n = r.i64("n");
    f.total += n;
    if (state == "not_started" || state == "in_progress") {
      f.overdue += r.i64("late");
    } else if (state == "ongoing") {
      f.ongoing += n;
    } else {
      f.done += n;
    }
  }
  f.permille = completion_permille(f.done, f.ongoing, f.total);
  return f;
}

}  // namespace md::rectification
