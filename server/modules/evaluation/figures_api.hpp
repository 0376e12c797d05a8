#pragma once
// The evaluation module's figure for the reports (R12): members graded 优秀 in the democratic
// evaluations finalized from..to (finalized_at in China days, inclusive).
#include <cstdint>
#include <string>

#include "platform/core/china_time.hpp"
#include "platform/db/db.hpp"

namespace md::evaluation {

inline std::int64_t excellent_members(db::Connection& conn, const std::string& from,
                                      const std::string& to) {
  auto lo = china_day_start(from).value_or(0);
  auto hi = china_day_start(to).value_or(0) + 86400;
  return conn.scalar(
      "SELECT COUNT(*) FROM evaluation_members m JOIN evaluation_campaigns c ON c.id = "
      "m.campaign_id WHERE c.status = 'final' AND c.finalized_at >= ? AND c.finalized_at < ? "
      "AND m.final_grade = 'excellent'",
      {lo, hi});
}

}  // namespace md::evaluation
