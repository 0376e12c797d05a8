#pragma once
#include <set>
#include <string>
#include <vector>

#include "platform/auth/permissions.hpp"

namespace md::inspection {

std::vector<auth::Grant> grants();

}  // namespace md::inspection
