#pragma once
// The warnings module's routes.
#include <vector>

#include "platform/http/route.hpp"

namespace md::warnings {

/// The card list and export, a card, a member's card page, evaluate now, a card by hand,
/// acknowledge, lift, my cards.
std::vector<http::Route> routes();

}  // namespace md::warnings
