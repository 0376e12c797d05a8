#pragma once
// The data-scope questions every branch-level module asks (DOMAIN-RULES: a branch officer acts
// on their own unit and everything below it; leaders, clerks and the system administrator on
// every unit). Each module answers with its own error codes, so the codes are arguments.
#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include "platform/http/context.hpp"

namespace md::http {

struct ScopeCodes {
  std::string unit_unknown;    ///< 404 for an org unit that does not exist
  std::string person_unknown;  ///< 404 for a person that does not exist
  std::string out_of_scope;    ///< 403 outside the user's data scope
};

/// Leaders, clerks and the system administrator: their scope is the whole organization.
const std::set<std::string, std::less<>>& whole_scope_roles();
bool whole_scope(Context& ctx);
/// 403 `out_of_scope` unless the unit is within the user's data scope.
void require_unit_in_scope(Context& ctx, std::int64_t unit, const ScopeCodes& codes);
/// The subtree of `unit`: 404 `unit_unknown` first (unknown ids never reveal scope), then 403.
std::set<std::int64_t> unit_subtree_in_scope(Context& ctx, std::int64_t unit,
                                             const ScopeCodes& codes);
/// The person exists (404 `person_unknown`) and, for a branch officer, has a current
/// membership in a unit within their scope (403 `out_of_scope`).
void require_person_in_scope(Context& ctx, std::int64_t person, const ScopeCodes& codes);
/// The units a list may show: the `orgUnitId` query parameter's subtree (400 when malformed),
/// else the user's own subtree, else every unit (nullopt) for the whole-scope roles.
std::optional<std::set<std::int64_t>> visible_units(Context& ctx, const ScopeCodes& codes);

}  // namespace md::http
