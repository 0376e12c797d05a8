// The campaign's steps, each an explicit POST refused with 409 from the wrong step:
// draft → self (members write their self-assessments) → ballot (the secret peer ballot opens on
// the votes engine) → scoring (the ballot closes; certified counts are copied and members
// flagged for review) → notice (公示 of the proposed grades, which become the final ones
// unless changed) → final (grades and outcomes fixed; the warnings module reads them).
#include "modules/evaluation/access.hpp"
#include "modules/evaluation/detail.hpp"
#include "modules/evaluation/routes.hpp"
#include "modules/votes/peer_ballot_api.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"

namespace md::evaluation {
using http::Context;
using http::Response;
using http::Route;

namespace {

/// Marks the step and audits it; the caller did the step's work in the same transaction.
void set_status(Context& ctx, const Campaign& c, const std::string& to, Json extra = Json()) {
  ctx.db.exec("UPDATE evaluation_campaigns SET status = ?, updated_at = ? WHERE id = ?",
              {to, ctx.now, c.id});
  Json after = {{"status", to}};
  if (extra.is_object()) after.update(extra);
  ctx.audit("evaluation." + to, "evaluation_campaign", std::to_string(c.id), {{"status", c.status}},
            after);
}

Response answer(Context& ctx, std::int64_t id) {
  return Response::json(campaign_detail(ctx, load_campaign(ctx.db, id)));
}

/// Members who joined or left the branch since the draft was made (nobody has data yet).
Json sync_members(Context& ctx, const Campaign& c) {
  auto now = participants(ctx.db, c.unit_id);
  std::set<std::int64_t> wanted, had;
  for (const auto& p : now) wanted.insert(p.person_id);
  for (const auto& r :
       ctx.db.query("SELECT person_id FROM evaluation_members WHERE campaign_id = ?", {c.id})) {
    had.insert(r.i64("person_id"));
  }
  std::int64_t added = 0, removed = 0;
  for (auto id : had) {
    if (wanted.count(id)) continue;
    ctx.db.exec("DELETE FROM evaluation_members WHERE campaign_id = ? AND person_id = ?",
                {c.id, id});
    ++removed;
  }
  for (const auto& p : now) {
    if (had.count(p.person_id)) continue;
    ctx.db.exec(
        "INSERT INTO evaluation_members (campaign_id, person_id, probationary) VALUES (?, ?, ?)",
        {c.id, p.person_id, std::int64_t{p.probationary ? 1 : 0}});
    ++added;
  }
  if (wanted.empty()) throw conflict("evaluation.no_members_now");
  return {{"membersAdded", added}, {"membersRemoved", removed}};
}

/// Creates the campaign's peer vote: every member votes, non-probationary members are graded.
std::int64_t create_vote(Context& ctx, const Campaign& c) {
  votes::PeerBallotSpec spec;
  spec.title = c.title;
  spec.year = c.year;
  spec.scrutineer_user_ids = c.scrutineers;
  for (const auto& m : load_members(ctx.db, c.id, 0)) {
    spec.voter_person_ids.push_back(m.person_id);
    if (!m.probationary) spec.graded.emplace_back(m.person_id, m.name);
  }
  auto vote = votes::create_peer_vote(ctx, spec);
  ctx.db.exec("UPDATE evaluation_campaigns SET vote_id = ? WHERE id = ?", {vote, c.id});
  return vote;
}

/// Copies the certified counts into the members' rows and sets their review flags; false when
/// the vote is not certified yet (scrutineers still decrypting).
bool collect_peer_counts(Context& ctx, const Campaign& c) {
  if (!c.vote_id) return true;
  auto state = votes::peer_vote_state(ctx.db, *c.vote_id);
  if (!state.result) return false;
  auto share = review_share(ctx);
  for (const auto& g : *state.result) {
    PeerCounts p{g.excellent, g.qualified, g.basic, g.unqualified, g.abstained};
    ctx.db.exec(
        "UPDATE evaluation_members SET peer_counts_json = ?, review_flag = ? WHERE campaign_id = "
        "? AND person_id = ?",
        {peer_json(p).dump(), std::int64_t{review_flag(p, share) ? 1 : 0}, c.id, g.person_id});
  }
  return true;
}

bool counts_collected(Context& ctx, const Campaign& c) {
  return !c.vote_id ||
         ctx.db.scalar(
             "SELECT COUNT(*) FROM evaluation_members WHERE campaign_id = ? AND probationary = 0 "
             "AND peer_counts_json IS NULL",
             {c.id}) == 0;
}

/// 422 evaluation.excellent_cap when more graded members than the cap hold 优秀 in `column`.
void require_cap(Context& ctx, const Campaign& c, const std::string& column) {
  auto graded = graded_count(ctx.db, c.id);
  auto excellent = grade_count(ctx.db, c.id, column, "excellent");
  auto share = excellent_share(ctx);
  if (!within_cap(excellent, graded, share)) {
    throw ApiError(422, "evaluation.excellent_cap",
                   {{"cap", std::to_string(excellent_cap(graded, share))},
                    {"graded", std::to_string(graded)},
                    {"count", std::to_string(excellent)}});
  }
}

/// 422 evaluation.grades_missing while a graded member has no grade in `column`.
void require_all_graded(Context& ctx, const Campaign& c, const std::string& column) {
  auto missing = ctx.db.scalar(
      "SELECT COUNT(*) FROM evaluation_members WHERE campaign_id = ? AND "
      "probationary = 0 AND " +
          column + " IS NULL",
      {c.id});
  if (missing > 0) {
    throw ApiError(422, "evaluation.grades_missing", {{"count", std::to_string(missing)}});
  }
}

Response start(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto c = campaign_in_scope(ctx, ctx.id());
  require_status(ctx, c, "draft");
  Json extra = sync_members(ctx, c);
  // Scrutineers need the vote now, to make their key shares in their browsers while the
  // members write their self-assessments; a server-held key waits for the ballot step.
  if (!c.scrutineers.empty()) extra["voteId"] = create_vote(ctx, c);
  set_status(ctx, c, "self", extra);
  tx.commit();
  return answer(ctx, c.id);
}

Response open_ballot(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto c = campaign_in_scope(ctx, ctx.id());
  require_status(ctx, c, "self");
  auto vote = c.vote_id ? *c.vote_id : create_vote(ctx, c);
  auto state = votes::peer_vote_state(ctx.db, vote);
  if (state.status == "setup") throw conflict("evaluation.keys_pending");
  votes::open_peer_vote(ctx, vote);
  set_status(ctx, c, "ballot", {{"voteId", vote}});
  tx.commit();
  return answer(ctx, c.id);
}

Response start_scoring(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto c = campaign_in_scope(ctx, ctx.id());
  require_status(ctx, c, "ballot");
  if (c.vote_id) votes::close_peer_vote(ctx, *c.vote_id);
  bool certified = collect_peer_counts(ctx, c);
  set_status(ctx, c, "scoring", {{"peerCountsCollected", certified}});
  tx.commit();
  return answer(ctx, c.id);
}

Response refresh_peer_counts(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto c = campaign_in_scope(ctx, ctx.id());
  require_status(ctx, c, "scoring");
  if (!c.vote_id) throw conflict("evaluation.no_vote");
  if (!collect_peer_counts(ctx, c)) throw conflict("evaluation.peer_not_certified");
  ctx.audit("evaluation.peer_counts", "evaluation_campaign", std::to_string(c.id), nullptr,
            {{"voteId", *c.vote_id}});
  tx.commit();
  return answer(ctx, c.id);
}

Response start_notice(Context& ctx) {
  const auto& b = ctx.body;
  int days = static_cast<int>(ctx.settings().get_int("evaluation.notice_days"));
  auto [from, to] = notice_period(china_date(ctx.now), days);
  if (b.contains("noticeFrom") && !b["noticeFrom"].is_null()) {
    from = b["noticeFrom"].get<std::string>();
    to = is_date(from) ? notice_period(from, days).second : to;
  }
  if (b.contains("noticeTo") && !b["noticeTo"].is_null()) to = b["noticeTo"].get<std::string>();
  db::Transaction tx(ctx.db);
  auto c = campaign_in_scope(ctx, ctx.id());
  require_status(ctx, c, "scoring");
  throw_fields(check_notice(from, to));
  if (!counts_collected(ctx, c)) throw conflict("evaluation.peer_not_certified");
  require_all_graded(ctx, c, "proposed_grade");
  require_cap(ctx, c, "proposed_grade");
  // The proposed grades go on the notice and become final unless changed after feedback.
  for (const char* grade : {"excellent", "qualified", "basic", "unqualified"}) {
    ctx.db.exec(
        "UPDATE evaluation_members SET final_grade = proposed_grade, outcome = ? WHERE "
        "campaign_id = ? AND probationary = 0 AND proposed_grade = ?",
        {outcome_for(grade), c.id, std::string(grade)});
  }
  ctx.db.exec("UPDATE evaluation_campaigns SET notice_from = ?, notice_to = ? WHERE id = ?",
              {from, to, c.id});
  set_status(ctx, c, "notice", {{"noticeFrom", from}, {"noticeTo", to}});
  tx.commit();
  return answer(ctx, c.id);
}

Response finalize(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto c = campaign_in_scope(ctx, ctx.id());
  require_status(ctx, c, "notice");
  if (c.notice_to && !notice_over(*c.notice_to, china_date(ctx.now))) {
    throw conflict("evaluation.notice_running", {{"noticeTo", *c.notice_to}});
  }
  require_all_graded(ctx, c, "final_grade");
  require_cap(ctx, c, "final_grade");
  ctx.db.exec("UPDATE evaluation_campaigns SET finalized_at = ? WHERE id = ?", {ctx.now, c.id});
  Json grades = Json::object();
  for (const char* grade : {"excellent", "qualified", "basic", "unqualified"}) {
    grades[grade] = grade_count(ctx.db, c.id, "final_grade", grade);
  }
  set_status(ctx, c, "final", {{"grades", grades}});
  tx.commit();
  return answer(ctx, c.id);
}

}  // namespace

std::vector<Route> flow_routes() {
  using http::Method;
  const std::string tag = "evaluation";
  auto step = [&](std::string path, std::string summary, auto handler) {
    return Route{.method = Method::post,
                 .path = "/api/evaluations/{id}/" + path,
                 .permission = "evaluation.manage",
                 .summary = std::move(summary),
                 .tag = tag,
                 .handler = handler};
  };
  std::vector<Route> routes = {
      step("start", "draft → self: members write their self-assessments", start),
      step("ballot", "self → ballot: open the secret peer ballot (created if not yet)",
           open_ballot),
      step("scoring",
           "ballot → scoring: close the peer ballot; certified counts are copied and members "
           "above the 不合格 share flagged for review",
           start_scoring),
      step("peer-counts", "Copy the peer ballot's counts once the scrutineers certified it",
           refresh_peer_counts),
      step("finalize",
           "notice → final: fix the final grades and outcomes (after the notice period)", finalize),
  };
  routes.push_back(
      {.method = Method::post,
       .path = "/api/evaluations/{id}/notice",
       .permission = "evaluation.manage",
       .summary = "scoring → notice: publish the proposed grades (公示; default one "
                  "week from today); every graded member needs one, within the 优秀 "
                  "cap",
       .tag = tag,
       .body = http::body(
           {http::str("noticeFrom").null_ok().len(0, 10).doc("YYYY-MM-DD, default today"),
            http::str("noticeTo").null_ok().len(0, 10).doc("YYYY-MM-DD, default a week on")}),
       .handler = start_notice});
  return routes;
}

}  // namespace md::evaluation
