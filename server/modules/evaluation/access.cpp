// Data scope of the evaluation module (the same helpers as dues and inspection).
#include "modules/evaluation/access.hpp"

#include "platform/core/errors.hpp"
#include "platform/http/branch_scope.hpp"

namespace md::evaluation {

namespace {
const http::ScopeCodes kScope{"evaluation.unit_unknown", "evaluation.person_unknown",
                              "evaluation.out_of_scope"};
}  // namespace

void require_scope(http::Context& ctx, std::int64_t unit_id) {
  http::require_unit_in_scope(ctx, unit_id, kScope);
}

Campaign campaign_in_scope(http::Context& ctx, std::int64_t id) {
  Campaign c = load_campaign(ctx.db, id);
  require_scope(ctx, c.unit_id);
  return c;
}

std::optional<std::set<std::int64_t>> visible_units(http::Context& ctx) {
  return http::visible_units(ctx, kScope);
}

void require_status(http::Context& ctx, const Campaign& c, const std::string& expected) {
  if (c.status != expected) {
    throw conflict("evaluation.wrong_status",
                   {{"status", ctx.t("evaluation.status." + c.status)},
                    {"expected", ctx.t("evaluation.status." + expected)}});
  }
}

}  // namespace md::evaluation
