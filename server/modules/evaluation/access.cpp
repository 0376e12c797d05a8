// Data scope of the evaluation module (the same helpers as dues and inspection).
#include "modules/evaluation/access.hpp"

#include "platform/auth/scope.hpp"
#include "platform/core/errors.hpp"

namespace md::evaluation {

namespace {
const std::set<std::string, std::less<>>& whole_scope_roles() {
  static const std::set<std::string, std::less<>> roles = {"leader", "clerk", "sys_admin"};
  return roles;
}
}  // namespace

bool whole_scope(http::Context& ctx) {
  return auth::scope_covers(ctx.db, ctx.me(), std::nullopt, whole_scope_roles());
}

void require_scope(http::Context& ctx, std::int64_t unit_id) {
  if (!auth::scope_covers(ctx.db, ctx.me(), unit_id, whole_scope_roles())) {
    throw forbidden("evaluation.out_of_scope");
  }
}

Campaign campaign_in_scope(http::Context& ctx, std::int64_t id) {
  Campaign c = load_campaign(ctx.db, id);
  require_scope(ctx, c.unit_id);
  return c;
}

std::optional<std::set<std::int64_t>> visible_units(http::Context& ctx) {
  std::string unit = ctx.query("orgUnitId");
  if (!unit.empty()) {
    if (unit.size() > 15 || unit.find_first_not_of("0123456789") != std::string::npos) {
      throw bad_request("request.bad_query", {{"param", "orgUnitId"}});
    }
    auto id = std::stoll(unit);
    if (!ctx.db.query_one("SELECT id FROM org_units WHERE id = ?", {id})) {
      throw not_found("evaluation.unit_unknown");
    }
    require_scope(ctx, id);
    return auth::org_subtree(ctx.db, id);
  }
  if (whole_scope(ctx)) return std::nullopt;
  auto own = ctx.me().org_unit_id;
  return own ? auth::org_subtree(ctx.db, *own) : std::set<std::int64_t>{};
}

std::string id_list(const std::set<std::int64_t>& ids) {
  std::string s;
  for (auto id : ids) s += (s.empty() ? "" : ", ") + std::to_string(id);
  return "(" + (s.empty() ? std::string("NULL") : s) + ")";
}

void require_status(http::Context& ctx, const Campaign& c, const std::string& expected) {
  if (c.status != expected) {
    throw conflict("evaluation.wrong_status",
                   {{"status", ctx.t("evaluation.status." + c.status)},
                    {"expected", ctx.t("evaluation.status." + expected)}});
  }
}

void throw_fields(const std::vector<std::pair<std::string, std::string>>& errors) {
  if (errors.empty()) return;
  std::vector<FieldError> fields;
  for (const auto& [f, c] : errors) fields.push_back({f, c, {}});
  throw invalid(fields);
}

}  // namespace md::evaluation
