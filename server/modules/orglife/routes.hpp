#pragma once
// The orglife module's routes and what its handlers share.
#include <cstdint>
#include <vector>

#include "platform/http/context.hpp"
#include "platform/http/route.hpp"

namespace md::orglife {

/// Meetings, minutes and attendance (R2.1, R2.2).
std::vector<http::Route> meeting_routes();
/// Sign-in codes and tokens, members' sign-in and own records (R2.2).
std::vector<http::Route> signin_routes();
/// The compliance calendar and each branch's rhythm (R2.3).
std::vector<http::Route> compliance_routes();

/// 403 orglife.out_of_scope unless the user's data scope covers the org unit.
void require_scope(http::Context& ctx, std::int64_t org_unit_id);

}  // namespace md::orglife
