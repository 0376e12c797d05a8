// The campaign console's data: campaign, items, members, totals, cap, ballot state.
#include "modules/evaluation/detail.hpp"

#include "modules/votes/peer_ballot_api.hpp"
#include "platform/core/errors.hpp"

namespace md::evaluation {

Fraction excellent_share(http::Context& ctx) {
  return {ctx.settings().get_int("evaluation.excellent_cap_numerator"),
          ctx.settings().get_int("evaluation.excellent_cap_denominator")};
}

Fraction review_share(http::Context& ctx) {
  return {ctx.settings().get_int("evaluation.review_share_numerator"),
          ctx.settings().get_int("evaluation.review_share_denominator")};
}

namespace {

Json vote_json(http::Context& ctx, const Campaign& c) {
  if (!c.vote_id) return nullptr;
  try {
    auto s = votes::peer_vote_state(ctx.db, *c.vote_id);
    return {{"id", *c.vote_id},       {"status", s.status}, {"keyMode", s.key_mode},
            {"eligible", s.eligible}, {"cast", s.cast},     {"certified", s.result.has_value()}};
  } catch (const ApiError&) {
    return {{"id", *c.vote_id}, {"status", "missing"}};  // e.g. deleted by hand
  }
}

}  // namespace

Json campaign_detail(http::Context& ctx, const Campaign& c) {
  auto items = load_items(ctx.db, c.id);
  auto members = load_members(ctx.db, c.id, items.size());
  Json list = Json::array();
  std::int64_t graded = 0, self_done = 0, flagged = 0, proposed_excellent = 0, final_excellent = 0,
               proposed = 0;
  for (const auto& m : members) {
    list.push_back(member_json(m, true));
    if (m.self_submitted_at) ++self_done;
    if (m.review_flag) ++flagged;
    if (m.probationary) continue;
    ++graded;
    if (m.proposed_grade) ++proposed;
    if (m.proposed_grade == "excellent") ++proposed_excellent;
    if (m.final_grade == "excellent") ++final_excellent;
  }
  auto share = excellent_share(ctx);
  Json out = campaign_json(c);
  out["items"] = items_json(items);
  out["members"] = list;
  out["summary"] = {{"members", static_cast<std::int64_t>(members.size())},
                    {"graded", graded},
                    {"probationary", static_cast<std::int64_t>(members.size()) - graded},
                    {"selfSubmitted", self_done},
                    {"reviewFlags", flagged},
                    {"proposed", proposed},
                    {"proposedExcellent", proposed_excellent},
                    {"finalExcellent", final_excellent},
                    {"excellentCap", excellent_cap(graded, share)}};
  out["excellentShare"] = {{"numerator", share.numerator}, {"denominator", share.denominator}};
  out["vote"] = vote_json(ctx, c);
  out["nextStatus"] = next_status(c.status);
  return out;
}

}  // namespace md::evaluation
