#pragma once
// The org module's figures for the reports (R12): the organization as it stands now. One
// definition, read by the dashboard and the annual report alike.
#include <cstdint>

#include "platform/db/db.hpp"

namespace md::org {

struct OrgFigures {
  std::int64_t party_branches = 0;       ///< org units of kind `branch`, not retired
  std::int64_t functional_branches = 0;  ///< kind `functional_branch`, not retired
  std::int64_t party_members = 0;  ///< people (full or probationary) with a current membership
};

inline OrgFigures org_figures(db::Connection& conn) {
  OrgFigures f;
  for (const auto& r :
       conn.query("SELECT kind, COUNT(*) AS n FROM org_units WHERE retired_at IS NULL AND kind IN "
                  "('branch', 'functional_branch') GROUP BY kind")) {
    (r.str("kind") == "branch" ? f.party_branches : f.functional_branches) = r.i64("n");
  }
  f.party_members = conn.scalar(
      "SELECT COUNT(*) FROM people p WHERE p.political_status IN ('cpc_member', "
      "'cpc_probationary') AND p.id IN (SELECT m.person_id FROM memberships m WHERE m.ended_on "
      "IS NULL)");
  return f;
}

}  // namespace md::org
