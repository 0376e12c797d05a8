#include "modules/rectification/common.hpp"

#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"

namespace md::rectification {

const http::ScopeCodes& scope_codes() {
  static const http::ScopeCodes codes{"rectification.unit_unknown", "rectification.person_unknown",
                                      "rectification.out_of_scope"};
  return codes;
}

std::string today(const http::Context& ctx) { return china_date(ctx.now); }

Item load_in_scope(http::Context& ctx, std::int64_t id) {
  auto item = load_item(ctx.db, id);
  http::require_unit_in_scope(ctx, item.org_unit_id, scope_codes());
  return item;
}

}  // namespace md::rectification
