#pragma once
// The supervision module's routes and what their handlers share.
#include <string>
#include <utility>
#include <vector>

#include "platform/http/context.hpp"
#include "platform/http/route.hpp"

namespace md::supervision {

/// Items of the year's plan, the target bodies, committee hearings.
std::vector<http::Route> item_routes();
/// Deliberation opinions: send, list, read, reply, urge, follow up, rate, close.
std::vector<http::Route> opinion_routes();

/// Today in China (YYYY-MM-DD).
std::string today(const http::Context& ctx);
/// The integer query parameter or `fallback` (400 request.bad_query unless digits in range).
std::int64_t int_query(const http::Context& ctx, const std::string& name, std::int64_t fallback,
                       std::int64_t lo, std::int64_t hi);

}  // namespace md::supervision
