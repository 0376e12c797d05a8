#pragma once
// The learning module's routes and what its handlers share.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/db/id_list.hpp"
#include "platform/http/branch_scope.hpp"
#include "platform/http/context.hpp"
#include "platform/http/route.hpp"

namespace md::learning {

/// Learning plans per branch and year (R3.1).
std::vector<http::Route> plan_routes();
/// 一月一法: the laws, studying them, quizzes (R3.1).
std::vector<http::Route> law_routes();
/// Hours per person and per branch, the export, and my own learning (R3.2).
std::vector<http::Route> hours_routes();

/// 403 learning.out_of_scope unless the user's data scope covers the org unit.
void require_scope(http::Context& ctx, std::int64_t org_unit_id);
/// The org units a list may show: the subtree of the `orgUnitId` query parameter (404
/// learning.unit_unknown, 403 out of scope), else the user's own subtree, else nullopt (all).
std::optional<std::set<std::int64_t>> visible_units(http::Context& ctx);
using db::id_list;
/// The `year` query parameter (2000–2100), default this year (China time).
int year_param(const http::Context& ctx);

}  // namespace md::learning
