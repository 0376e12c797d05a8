#pragma once
// The org module's routes and the data-scope helpers they share.
#include <optional>
#include <set>
#include <vector>

#include "platform/http/context.hpp"
#include "platform/http/route.hpp"

namespace md::org {

/// The org tree, units and committees.
std::vector<http::Route> unit_routes();
/// People, memberships, transfers, export and import.
std::vector<http::Route> people_routes();

/// Roles whose data scope is the whole organization.
const std::set<std::string, std::less<>>& whole_scope_roles();
/// 403 org.outside_scope unless the user may act on the unit (branch officers: own subtree).
void require_unit_scope(http::Context& ctx, std::int64_t unit);
/// The units whose people the user may read; nullopt = every unit. Officers: their unit's
/// subtree; members and deputies: their own primary branch's subtree.
std::optional<std::set<std::int64_t>> readable_units(http::Context& ctx);
/// True when the user may write the person (whole scope, or a current membership in scope).
bool may_manage_person(http::Context& ctx, std::int64_t person);
/// POST /api/people/import (import.cpp).
http::Response import_people(http::Context& ctx);
/// GET /api/people/import/template (import.cpp).
http::Response people_import_template(http::Context& ctx);

/// One roster column: the JSON key of a listed person and its header in both languages.
struct RosterColumn {
  const char* key;
  const char* zh;
  const char* en;
  double width;
};
/// The roster columns the export writes and the import reads, in order.
const std::vector<RosterColumn>& roster_columns();

/// "YYYY-MM-DD" of the request in China time.
std::string today(const http::Context& ctx);

}  // namespace md::org
