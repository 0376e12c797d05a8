#pragma once
#include <vector>

#include "platform/auth/permissions.hpp"

namespace md::org {

/// The permissions this module declares and the roles holding them.
std::vector<auth::Grant> grants();

}  // namespace md::org
