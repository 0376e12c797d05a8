#pragma once
// The regulations module's routes.
#include <vector>

#include "platform/http/route.hpp"

namespace md::regulations {

/// List and full-text search, detail, diff, create, change metadata, new version.
std::vector<http::Route> regulation_routes();

}  // namespace md::regulations
