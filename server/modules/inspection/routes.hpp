#pragma once
// The inspection module's routes and what its handlers share.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/db/id_list.hpp"
#include "platform/http/context.hpp"
#include "platform/http/route.hpp"

namespace md::inspection {

/// Checklists: CRUD, open / close, detail with progress, answers, my checklists.
std::vector<http::Route> checklist_routes();
/// Findings: list, export, owner / deadline / status.
std::vector<http::Route> finding_routes();

/// 403 inspection.out_of_scope unless the user's data scope covers the org unit.
void require_scope(http::Context& ctx, std::int64_t org_unit_id);
/// The org units a list may show: the subtree of `orgUnitId` (404 inspection.unit_unknown,
/// 403 out of scope), else the user's own subtree, else nullopt (all).
std::optional<std::set<std::int64_t>> visible_units(http::Context& ctx);
using db::id_list;

}  // namespace md::inspection
