#include "platform/auth/scope.hpp"

namespace md::auth {

std::set<std::int64_t> org_subtree(db::Connection& conn, std::int64_t root) {
  std::set<std::int64_t> ids;
  for (const auto& r :
       conn.query("WITH RECURSIVE sub(id) AS (SELECT id FROM org_units WHERE id = ? "
                  "UNION SELECT o.id FROM org_units o JOIN sub ON o.parent_id = sub.id) SELECT id "
                  "FROM sub",
                  {root})) {
    ids.insert(r.i64("id"));
  }
  return ids;
}

bool scope_covers(db::Connection& conn, const Principal& p, std::optional<std::int64_t> org_unit,
                  const std::set<std::string, std::less<>>& whole_scope_roles) {
  for (const auto& r : p.roles) {
    if (whole_scope_roles.count(r)) return true;
  }
  if (!p.org_unit_id || !org_unit) return false;
  return org_subtree(conn, *p.org_unit_id).count(*org_unit) > 0;
}

}  // namespace md::auth
