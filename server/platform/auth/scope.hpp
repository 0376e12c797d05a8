#pragma once
// Data scope: a branch officer acts on their own org unit and everything below it.
#include <set>

#include "platform/auth/principal.hpp"
#include "platform/db/db.hpp"

namespace md::auth {

/// The ids of `root` and all units below it.
std::set<std::int64_t> org_subtree(db::Connection& conn, std::int64_t root);
/// True when the user's data scope covers the org unit. Roles in `whole_scope_roles` (e.g.
/// leader, sys_admin) see everything; others see their own unit's subtree.
bool scope_covers(db::Connection& conn, const Principal& p, std::optional<std::int64_t> org_unit,
                  const std::set<std::string, std::less<>>& whole_scope_roles);

}  // namespace md::auth
