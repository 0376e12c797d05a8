#pragma once
#include <set>
#include <string>
#include <vector>

#include "platform/auth/permissions.hpp"

namespace md::system {

/// The permissions this module declares and the roles holding them.
std::vector<auth::Grant> grants();
/// Roles whose data scope is the whole organization when sending notices.
const std::set<std::string, std::less<>>& whole_scope_roles();

}  // namespace md::system
