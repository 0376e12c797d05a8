#pragma once
// The union module's figures for the reports (R12): 道德讲堂 and "我们的节日" activities held
// from..to (inclusive).
#include <cstdint>
#include <string>

#include "platform/db/db.hpp"

namespace md::trade_union {

struct ActivityFigures {
  std::int64_t moral_lectures = 0, festivals = 0, other = 0;
};

inline ActivityFigures activity_figures(db::Connection& conn, const std::string& from,
                                        const std::string& to) {
  ActivityFigures f;
  for (const auto& r : conn.query(
           "SELECT kind, COUNT(*) AS n FROM union_activities WHERE held_on >= ? AND held_on <= ? "
           "GROUP BY kind",
           {from, to})) {
    auto kind = r.str("kind");
    (kind == "moral_lecture" ? f.moral_lectures
     : kind == "festival"    ? f.festivals
                             : f.other) += r.i64("n");
  }
  return f;
}

}  // namespace md::trade_union
