#pragma once
// The deputies module's figures for the reports (R12): the two coverages of R1.5 (the same
// rules as GET /api/coverage), serving deputies by level and the workstations. Snapshots of
// the roster as it stands (serving = no end date).
#include <cstdint>
#include <string>
#include <vector>

#include "modules/deputies/rules.hpp"
#include "modules/deputies/store.hpp"
#include "platform/db/db.hpp"

namespace md::deputies {

struct CoverageFigures {
  Coverage organizational;  ///< 组织全覆盖
  Coverage work;            ///< 工作全覆盖
};

inline CoverageFigures coverage_figures(db::Connection& conn) {
  auto facts = coverage_facts(conn);
  return {organizational_coverage(facts), work_coverage(facts)};
}

struct LevelCount {
  std::string level;  ///< province | city | district | town
  std::int64_t total = 0;
  std::int64_t party = 0;
};

struct DeputyFigures {
  std::int64_t total = 0;  ///< serving people (a person at two levels counts once)
  std::int64_t party = 0;
  std::vector<LevelCount> by_level;  ///< every level, highest first; seats at that level
  std::int64_t workstations = 0;
  std::int64_t workstation_deputies = 0;  ///< serving people attached to a workstation
  std::int64_t workstation_party = 0;
};

inline constexpr const char* kPartySql = "p.political_status IN ('cpc_member', 'cpc_probationary')";

inline DeputyFigures deputy_figures(db::Connection& conn) {
  DeputyFigures f;
  for (const auto& l : levels()) f.by_level.push_back({std::string(l.code), 0, 0});
  for (const auto& r : conn.query(
           std::string("SELECT d.level, COUNT(*) AS n, SUM(CASE WHEN ") + kPartySql +
           " THEN 1 ELSE 0 END) AS party FROM deputies d JOIN people p ON p.id = d.person_id "
           "WHERE d.ended_on IS NULL GROUP BY d.level")) {
    for (auto& l : f.by_level) {
      if (l.level == r.str("level")) {
        l.total = r.i64("n");
        l.party = r.i64("party");
      }
    }
  }
  auto people = [&](const std::string& where) {
    return conn.scalar(
        "SELECT COUNT(DISTINCT d.person_id) FROM deputies d JOIN people p ON p.id = d.person_id "
        "WHERE d.ended_on IS NULL" +
        where);
  };
  f.total = people("");
  f.party = people(std::string(" AND ") + kPartySql);
  f.workstations = conn.scalar("SELECT COUNT(*) FROM workstations");
  f.workstation_deputies = people(" AND d.workstation_id IS NOT NULL");
  f.workstation_party = people(std::string(" AND d.workstation_id IS NOT NULL AND ") + kPartySql);
  return f;
}

}  // namespace md::deputies
