#include "platform/http/branch_scope.hpp"

#include "platform/auth/scope.hpp"
#include "platform/core/errors.hpp"

namespace md::http {

const std::set<std::string, std::less<>>& whole_scope_roles() {
  static const std::set<std::string, std::less<>> roles = {"leader", "clerk", "sys_admin"};
  return roles;
}

bool whole_scope(Context& ctx) {
  return auth::scope_covers(ctx.db, ctx.me(), std::nullopt, whole_scope_roles());
}

void require_unit_in_scope(Context& ctx, std::int64_t unit, const ScopeCodes& codes) {
  if (!auth::scope_covers(ctx.db, ctx.me(), unit, whole_scope_roles())) {
    throw forbidden(codes.out_of_scope);
  }
}

std::set<std::int64_t> unit_subtree_in_scope(Context& ctx, std::int64_t unit,
                                             const ScopeCodes& codes) {
  if (!ctx.db.query_one("SELECT id FROM org_units WHERE id = ?", {unit})) {
    throw not_found(codes.unit_unknown);
  }
  require_unit_in_scope(ctx, unit, codes);
  return auth::org_subtree(ctx.db, unit);
}

void require_person_in_scope(Context& ctx, std::int64_t person, const ScopeCodes& codes) {
  if (!ctx.db.query_one("SELECT id FROM people WHERE id = ?", {person})) {
    throw not_found(codes.person_unknown);
  }
  if (whole_scope(ctx)) return;
  for (const auto& r :
       ctx.db.query("SELECT org_unit_id FROM memberships WHERE person_id = ? AND ended_on IS NULL",
                    {person})) {
    if (auth::scope_covers(ctx.db, ctx.me(), r.i64("org_unit_id"), whole_scope_roles())) return;
  }
  throw forbidden(codes.out_of_scope);
}

std::optional<std::set<std::int64_t>> visible_units(Context& ctx, const ScopeCodes& codes) {
  std::string unit = ctx.query("orgUnitId");
  if (!unit.empty()) {
    if (unit.size() > 15 || unit.find_first_not_of("0123456789") != std::string::npos) {
      throw bad_request("request.bad_query", {{"param", "orgUnitId"}});
    }
    return unit_subtree_in_scope(ctx, std::stoll(unit), codes);
  }
  if (whole_scope(ctx)) return std::nullopt;
  auto own = ctx.me().org_unit_id;
  return own ? auth::org_subtree(ctx.db, *own) : std::set<std::int64_t>{};
}

}  // namespace md::http
