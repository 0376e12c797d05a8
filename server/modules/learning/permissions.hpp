#pragma once
#include <set>
#include <string>
#include <vector>

#include "platform/auth/permissions.hpp"

namespace md::learning {

/// Role → permission grants of the learning module (README.md).
std::vector<auth::Grant> grants();
/// Roles that see every branch; the others see their own org unit's subtree.
const std::set<std::string, std::less<>>& whole_scope_roles();

}  // namespace md::learning
