#pragma once
// What the console shows of a campaign, and the rule settings as the rules take them.
#include "modules/evaluation/store.hpp"
#include "platform/http/context.hpp"

namespace md::evaluation {

/// The 优秀 cap share (evaluation.excellent_cap_numerator / _denominator, default 1/3).
Fraction excellent_share(http::Context& ctx);
/// The 不合格 share that flags a member for review (evaluation.review_share_*, default 1/3).
Fraction review_share(http::Context& ctx);
/// The campaign with its items, members (self-assessments included), totals, the 优秀 cap and
/// the peer ballot's state.
Json campaign_detail(http::Context& ctx, const Campaign& c);

}  // namespace md::evaluation
