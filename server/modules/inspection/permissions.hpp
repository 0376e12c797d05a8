#pragma once
#include <set>
#include <string>
#include <vector>

#include "platform/auth/permissions.hpp"

namespace md::inspection {

std::vector<auth::Grant> grants();
/// Roles whose data scope is the whole organization (leader, clerk, sys_admin).
const std::set<std::string, std::less<>>& whole_scope_roles();

}  // namespace md::inspection
