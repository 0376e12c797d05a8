#pragma once
// The opinions module's figures for the reports (R12). Voters' opinions received from..to
// (received_on, inclusive): how many, of them closed (closed_at set by the case engine's
// mirror), overdue (still open past the deadline on `today`, 督办), by town; and the voters'
// ratings of those opinions (满意 / 基本满意 / 不满意). One pass over the period's rows.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "platform/core/china_time.hpp"
#include "platform/db/db.hpp"

namespace md::opinions {

struct TownCount {
  std::string town;
  std::int64_t received = 0, closed = 0, overdue = 0;
};

struct OpinionFigures {
  std::int64_t received = 0, closed = 0, overdue = 0;
  std::vector<TownCount> by_town;  ///< most received first
  std::int64_t satisfied = 0, basic = 0, unsatisfied = 0;
  std::int64_t rated() const { return satisfied + basic + unsatisfied; }
};

inline OpinionFigures opinion_figures(db::Connection& conn, const std::string& from,
                                      const std::string& to, const std::string& today) {
  OpinionFigures f;
  for (const auto& r : conn.query(
           "SELECT town, COUNT(*) AS n, SUM(CASE WHEN closed_at IS NOT NULL THEN 1 ELSE 0 END) "
           "AS closed, SUM(CASE WHEN closed_at IS NULL AND deadline < ? THEN 1 ELSE 0 END) AS "
           "late, SUM(CASE WHEN rating = 'satisfied' THEN 1 ELSE 0 END) AS s, SUM(CASE WHEN "
           "rating = 'basic' THEN 1 ELSE 0 END) AS b, SUM(CASE WHEN rating = 'unsatisfied' THEN "
           "1 ELSE 0 END) AS u FROM opinions WHERE received_on >= ? AND received_on <= ? GROUP "
           "BY town ORDER BY COUNT(*) DESC, town",
           {today, from, to})) {
    TownCount t{r.str("town"), r.i64("n"), r.i64("closed"), r.i64("late")};
    f.received += t.received;
    f.closed += t.closed;
    f.overdue += t.overdue;
    f.satisfied += r.i64("s");
    f.basic += r.i64("b");
    f.unsatisfied += r.i64("u");
    f.by_town.push_back(std::move(t));
  }
  return f;
}

/// Opinions received in each month of `year` (index 0 = January).
inline std::array<std::int64_t, 12> received_by_month(db::Connection& conn, int year) {
  std::array<std::int64_t, 12> out{};
  std::string y = std::to_string(year);
  for (const auto& r : conn.query(
           "SELECT SUBSTR(received_on, 6, 2) AS m, COUNT(*) AS n FROM opinions WHERE received_on "
           ">= ? AND received_on <= ? GROUP BY SUBSTR(received_on, 6, 2)",
           {y + "-01-01", y + "-12-31"})) {
    int m = std::stoi(r.str("m"));
    if (m >= 1 && m <= 12) out[static_cast<std::size_t>(m - 1)] = r.i64("n");
  }
  return out;
}

/// Opinions closed in each month of `year`, China time (index 0 = January).
inline std::array<std::int64_t, 12> closed_by_month(db::Connection& conn, int year) {
  std::array<std::int64_t, 12> out{};
  auto start = [&](int y, int m) {
    std::string d = std::to_string(y) + (m < 10 ? "-0" : "-") + std::to_string(m) + "-01";
    return china_day_start(d).value_or(0);
  };
  for (int m = 1; m <= 12; ++m) {
    auto lo = start(year, m), hi = m == 12 ? start(year + 1, 1) : start(year, m + 1);
    out[static_cast<std::size_t>(m - 1)] = conn.scalar(
        "SELECT COUNT(*) FROM opinions WHERE closed_at >= ? AND closed_at < ?", {lo, hi});
  }
  return out;
}

}  // namespace md::opinions
