#pragma once
#include <vector>

#include "platform/auth/permissions.hpp"

namespace md::votes {

/// Role → permission grants of the votes module (docs/API.md).
std::vector<auth::Grant> grants();

}  // namespace md::votes
