#pragma once
// The deputies module's routes and what its handlers share.
#include <string>
#include <vector>

#include "platform/db/id_list.hpp"
#include "platform/http/context.hpp"
#include "platform/http/route.hpp"

namespace md::deputies {

/// Deputies, their summary and card, workstations, coverage.
std::vector<http::Route> deputy_routes();
/// Liaisons between party and non-party deputies and their contact logs.
std::vector<http::Route> liaison_routes();

/// True when the user sees every deputy (leader, clerk, sys_admin, branch officer); a user
/// who only holds the deputy role sees their own records (X3).
bool sees_all(const http::Context& ctx);
/// The people linked to the signed-in user.
std::vector<std::int64_t> my_people(http::Context& ctx);
/// Today in China (YYYY-MM-DD).
std::string today(const http::Context& ctx);
/// The first day of the current contact period (setting deputies.liaison_period).
std::string current_period_start(http::Context& ctx);
/// An integer query parameter (400 request.bad_query unless digits).
std::optional<std::int64_t> int_query(const http::Context& ctx, const std::string& name);
/// "1" → true, "0" → false, "" → nullopt (400 otherwise).
std::optional<bool> flag_query(const http::Context& ctx, const std::string& name);
using db::id_list;

}  // namespace md::deputies
