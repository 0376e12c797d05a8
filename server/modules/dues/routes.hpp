#pragma once
// The dues module's routes.
#include <vector>

#include "platform/http/route.hpp"

namespace md::dues {

/// The monthly list and export, a member's dues, bases, payments, the yearly notice, my dues.
std::vector<http::Route> routes();

}  // namespace md::dues
