#pragma once
// The votes module's figure for the reports (R12): livelihood projects chosen by the deputies'
// vote (票决) for the years from..to, per body (the town or the district that voted).
#include <cstdint>
#include <string>
#include <vector>

#include "platform/db/db.hpp"

namespace md::votes {

struct BodyProjects {
  std::string body;
  std::int64_t year = 0;
  std::int64_t projects = 0;
};

inline std::vector<BodyProjects> chosen_projects(db::Connection& conn, int from_year, int to_year) {
  std::vector<BodyProjects> out;
  for (const auto& r : conn.query(
           "SELECT body, year, COUNT(*) AS n FROM livelihood_projects WHERE status = 'chosen' AND "
           "year >= ? AND year <= ? GROUP BY body, year ORDER BY year, body",
           {std::int64_t{from_year}, std::int64_t{to_year}})) {
    out.push_back({r.str("body"), r.i64("year"), r.i64("n")});
  }
  return out;
}

}  // namespace md::votes
