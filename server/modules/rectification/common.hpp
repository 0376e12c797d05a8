#pragma once
// What the rectification handlers share: the data scope (branch officers their subtree,
// leaders and clerks everything), today in China, loading an item within scope.
#include <string>

#include "modules/rectification/store.hpp"
#include "platform/http/branch_scope.hpp"
#include "platform/http/context.hpp"

namespace md::rectification {

const http::ScopeCodes& scope_codes();
std::string today(const http::Context& ctx);
/// The item (404 first, so nobody learns what exists), then the data scope (403).
Item load_in_scope(http::Context& ctx, std::int64_t id);

}  // namespace md::rectification
