#pragma once
// Who may see and change which campaign: leaders and clerks every branch, a branch officer
// their own unit's subtree (DOMAIN-RULES data scope); members only their own rows.
#include <optional>
#include <set>

#include "modules/evaluation/store.hpp"
#include "platform/db/id_list.hpp"
#include "platform/http/branch_scope.hpp"

namespace md::evaluation {

/// 403 evaluation.out_of_scope unless the unit is within the user's data scope.
void require_scope(http::Context& ctx, std::int64_t unit_id);
/// The campaign (404 first, so unknown ids never leak scope) within the user's scope (403).
Campaign campaign_in_scope(http::Context& ctx, std::int64_t id);
/// The units a list may show: `orgUnitId`'s subtree, else my own subtree, else all (nullopt).
std::optional<std::set<std::int64_t>> visible_units(http::Context& ctx);
using db::id_list;
/// 409 evaluation.wrong_status (naming the current and the needed step in the request's
/// language) unless the campaign is in `expected`.
void require_status(http::Context& ctx, const Campaign& c, const std::string& expected);

}  // namespace md::evaluation
