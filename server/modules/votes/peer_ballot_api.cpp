// The ballot engine's face to the evaluation module: a peer ballot is an ordinary vote of kind
// "evaluation" (form "grades"), so casting, the board, decryption and verify-vote are the same
// code as for livelihood votes. Only who starts and stops it differs: the branch, through its
// campaign, rather than the vote's tellers.
#include "modules/votes/peer_ballot_api.hpp"

#include <stdexcept>

#include "modules/votes/routes.hpp"
#include "platform/core/app.hpp"
#include "platform/core/errors.hpp"

namespace md::votes {
namespace {

Vote lock_peer(http::Context& ctx, std::int64_t vote_id) {
  Vote v = lock_vote(ctx.db, vote_id);
  if (!v.peer()) throw not_found("votes.not_found");
  return v;
}

}  // namespace

std::int64_t create_peer_vote(http::Context& ctx, const PeerBallotSpec& spec) {
  if (spec.voter_person_ids.empty() || spec.graded.empty()) {
    throw ApiError(422, "votes.peer_empty");
  }
  if (static_cast<std::int64_t>(spec.voter_person_ids.size()) > ballot::kMaxGradesBallots) {
    throw ApiError(422, "votes.peer_too_many",
                   {{"max", std::to_string(ballot::kMaxGradesBallots)}});
  }
  NewVote nv;
  nv.title = spec.title;
  nv.kind = "evaluation";
  nv.year = spec.year;
  nv.form = "grades";
  nv.key_mode = spec.scrutineer_user_ids.empty() ? "server" : "scrutineers";
  nv.level = "branch";
  nv.graded = spec.graded;
  nv.roster_person_ids = spec.voter_person_ids;
  nv.scrutineer_user_ids = spec.scrutineer_user_ids;
  if (ctx.user) nv.created_by = ctx.user->user_id;
  auto id = insert_vote(ctx.db, nv, ctx.app.cipher(), ctx.t("votes.server_trustee"), ctx.now);
  ctx.audit("votes.create", "vote", std::to_string(id), nullptr,
            vote_summary_json(load_vote(ctx.db, id), 0));
  return id;
}

void open_peer_vote(http::Context& ctx, std::int64_t vote_id) {
  open_locked(ctx, lock_peer(ctx, vote_id));
}

void close_peer_vote(http::Context& ctx, std::int64_t vote_id) {
  Vote v = lock_peer(ctx, vote_id);
  close_locked(ctx, v);
}

void delete_peer_vote(http::Context& ctx, std::int64_t vote_id) {
  delete_locked(ctx, lock_peer(ctx, vote_id));
}

PeerVoteState peer_vote_state(db::Connection& conn, std::int64_t vote_id) {
  Vote v = load_vote(conn, vote_id);
  if (v.kind != "evaluation") throw not_found("votes.not_found");
  PeerVoteState state{v.status, v.key_mode, v.eligible, v.electronic, std::nullopt};
  if (v.status != "certified" || !v.result_json) return state;
  const auto result = Json::parse(*v.result_json);
  const auto& total = result.at("total");
  std::vector<PeerGrades> grades;
  std::size_t q = 0;
  for (const auto& r : conn.query(
           "SELECT person_id FROM vote_questions WHERE vote_id = ? ORDER BY position", {v.id})) {
    const auto& c = total.at(q++);
    grades.push_back({r.i64("person_id"), c.at(0).get<std::int64_t>(), c.at(1).get<std::int64_t>(),
                      c.at(2).get<std::int64_t>(), c.at(3).get<std::int64_t>(),
                      c.at(4).get<std::int64_t>()});
  }
  state.result = std::move(grades);
  return state;
}

std::int64_t create_pick_vote(http::Context& ctx, const PickBallotSpec& spec) {
  if (spec.kind != "union_election" && spec.kind != "selection") {
    throw std::invalid_argument("create_pick_vote: kind " + spec.kind);
  }
  if (spec.voter_person_ids.empty() || spec.candidates.empty()) {
    throw ApiError(422, "votes.peer_empty");
  }
  NewVote nv;
  nv.title = spec.title;
  nv.kind = spec.kind;
  nv.year = spec.year;
  nv.form = "pick";
  nv.max_picks = spec.max_picks;
  nv.seats = spec.max_picks;
  nv.key_mode = spec.scrutineer_user_ids.empty() ? "server" : "scrutineers";
  nv.level = "branch";
  nv.graded = spec.candidates;
  nv.roster_person_ids = spec.voter_person_ids;
  nv.scrutineer_user_ids = spec.scrutineer_user_ids;
  if (ctx.user) nv.created_by = ctx.user->user_id;
  auto id = insert_vote(ctx.db, nv, ctx.app.cipher(), ctx.t("votes.server_trustee"), ctx.now);
  ctx.audit("votes.create", "vote", std::to_string(id), nullptr,
            vote_summary_json(load_vote(ctx.db, id), 0));
  return id;
}

PickVoteState pick_vote_state(db::Connection& conn, std::int64_t vote_id) {
  Vote v = load_vote(conn, vote_id);
  if (v.kind != "union_election" && v.kind != "selection") throw not_found("votes.not_found");
  PickVoteState state{v.status, v.key_mode, v.eligible, v.electronic, std::nullopt};
  if (v.status != "certified" || !v.result_json) return state;
  std::vector<std::int64_t> votes;
  const auto result = Json::parse(*v.result_json);  // named: the loop below reads into it
  for (const auto& c : result.at("total")) {
    votes.push_back(c.at(0).get<std::int64_t>());
  }
  state.votes = std::move(votes);
  return state;
}

}  // namespace md::votes
