// Casting a ballot and the public bulletin board (R8.2, R8.6). One deputy, one ballot: the
// roster row flips to "electronic" in the same transaction that appends the ballot to the
// board, and the receipt is returned only after that transaction is durable.
#include "modules//votes/routes.hpp"
#include "modules/org/people_api.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/listing.hpp"

namespace md::votes {
using http::Context;
using http::Response;
using http::Route;

namespace {

/// Refuses (audit-logged, nothing stored) with `status` and `code`.
[[noreturn]] void refuse(Context& ctx, std::int64_t vote_id, int status, const std::string& code) {
  audit_refusal(ctx, "votes.cast_refused", vote_id, code);
  throw ApiError(status, code);
}

Response cast(Context& ctx) {
  Vote v = load_vote(ctx.db, ctx.id());
  if (v.status != "open")
    refuse(ctx, v.id, 409,
           v.status == "closed" || v.status == "certified" ? "votes.closed" : "votes.not_open");
  auto person = org::person_of_user(ctx.db, ctx.me().user_id);
  auto row = person ? ctx.db.query_one(
                          "SELECT channel FROM vote_roster WHERE vote_id = ? AND "
                          "person_id = ?",
                          {v.id, *person})
                    : std::nullopt;
  if (!row) refuse(ctx, v.id, 403, "votes.not_on_roster");
  if (row->opt_str("channel")) {
    refuse(ctx, v.id, 409,
           row->str("channel") == "paper" ? "votes.voted_on_paper" : "votes.already_voted");
  }
  // The proofs are checked before the transaction: they are the expensive part (≈ 1 ms per
  // question) and need no lock.
  auto y = ballot::parse_point(v.public_key.value_or(""));
  auto questions = questions_of(ctx.db, v.id);
  ballot::Ballot b;
  auto err = ballot::check_ballot(ctx.body["ballot"], v.uid, *y, v.shape(questions.size()), &b);
  if (err != ballot::BallotError::none) {
    refuse(ctx, v.id, err == ballot::BallotError::malformed ? 400 : 422,
           std::string(ballot::error_code(err)));
  }

  std::string hash = ballot::ballot_hash(b);
  std::int64_t seq = 0;
  std::string code;
  {
    db::Transaction tx(ctx.db);
    code = append_ballot(ctx.db, v.id, *person, b, hash, &seq);
    if (code.empty()) {
      // Who voted is recorded; what they voted and where it sits on the board are not.
      ctx.audit("votes.cast", "vote", std::to_string(v.id));
      tx.commit();
    }
  }
  if (!code.empty()) refuse(ctx, v.id, 409, code);  // after the rollback: nothing was stored
  return Response::json({{"receipt", hash.substr(0, 4) + "-" + hash.substr(4, 4) + "-" +
                                         hash.substr(8, 4) + "-" + hash.substr(12, 4)},
                         {"hash", hash},
                         {"seq", seq}},
                        201);
}

Vote board_vote(Context& ctx) {
  Vote v = load_vote(ctx.db, ctx.id());
  if (v.status == "setup" || v.status == "ready") throw conflict("votes.board_not_open");
  return v;
}

Json entry_json(const db::Row& r) {
  return {{"seq", r.i64("seq")},
          {"alias", r.str("alias")},
          {"hash", r.str("ballot_hash")},
          {"chain", r.str("chain_hash")}};
}

Response board(Context& ctx) {
  Vote v = board_vote(ctx);
  auto p = http::parse_list(ctx, {{"seq", "seq"}}, "seq");
  auto page =
      http::query_page(ctx.db, "seq, alias, ballot_hash, chain_hash",
                       " FROM vote_ballots WHERE vote_id = ?", {v.id}, p, "seq", entry_json);
  return Response::json(http::page_json(page.items, page.total, p));
}

Response lookup(Context& ctx) {
  Vote v = board_vote(ctx);
  std::string receipt;
  for (char c : ctx.query("receipt")) {
    if (c == '-' || c == ' ') continue;
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw bad_request("votes.receipt_format");
    }
    receipt += c;
  }
  if (receipt.size() < 16 || receipt.size() > 64) throw bad_request("votes.receipt_format");
  auto r = ctx.db.query_one(
      "SELECT seq, alias, ballot_hash, chain_hash FROM vote_ballots WHERE vote_id = ? AND "
      "ballot_hash LIKE ? ORDER BY seq LIMIT 1",
      {v.id, receipt + "%"});
  if (!r) {
    audit_refusal(ctx, "votes.receipt_not_found", v.id, receipt);
    throw not_found("votes.receipt_not_found");
  }
  Json out = entry_json(*r);
  out["counted"] = true;
  out["boardHead"] = v.board_head.value_or("");
  return Response::json(out);
}

}  // namespace

std::vector<Route> ballot_routes() {
  using http::Access;
  using http::Method;
  const std::string tag = "votes";
  return {
      {.method = Method::post,
       .path = "/api/votes/{id}/ballots",
       .permission = "votes.cast",
       .summary = "Cast my encrypted ballot (docs/VOTE-PROTOCOL.md); returns the receipt",
       .tag = tag,
       .body = http::body({http::any_value("ballot").req()}),
       .handler = cast},
      {.method = Method::get,
       .path = "/api/votes/{id}/board",
       .access = Access::public_,
       .summary = "The public bulletin board: alias, ballot hash and chain hash per ballot",
       .tag = tag,
       .query = http::list_query(),
       .handler = board},
      {.method = Method::get,
       .path = "/api/votes/{id}/board/lookup",
       .access = Access::public_,
       .summary = "Find my ballot on the board by its receipt (16–64 hex characters)",
       .tag = tag,
       .query = {{"receipt", "string", "the receipt code or full ballot hash"}},
       .handler = lookup},
  };
}

}  // namespace md::votes
