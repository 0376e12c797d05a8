#pragma once
#include <set>
#include <string>
#include <vector>

#include "platform/auth/permissions.hpp"

namespace md::learning {

/// Role → permission grants of the learning module (README.md).
std::vector<auth::Grant> grants();

}  // namespace md::learning
