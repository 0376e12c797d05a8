#pragma once
// The accounts module's routes, split by audience.
#include <vector>

#include "platform/http/context.hpp"
#include "platform/http/route.hpp"

namespace md::accounts {

/// Sign-in, sign-out, the current user, password change, TOTP, preferences.
std::vector<http::Route> auth_routes();
/// User administration, roles and org units.
std::vector<http::Route> user_routes();
/// The current user as the web app needs it (`Me` in docs/API.md).
http::Json me_json(http::Context& ctx, const auth::Principal& p);

}  // namespace md::accounts
