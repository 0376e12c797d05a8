// Demo pick votes for the union module (modules/votes/peer_ballot_api.hpp demo_pick_vote):
// the same engine calls as a real vote — encrypted ballots on the board, the server-held
// key's partial decryption, certify — only without a request around them.
#include "modules/votes/peer_ballot_api.hpp"
#include "modules/votes/result.hpp"
#include "modules/votes/store.hpp"
#include "platform/core/errors.hpp"

namespace md::votes {

std::int64_t demo_pick_vote(const crypto::FieldCipher& cipher, db::Connection& conn,
                            const PickBallotSpec& spec, const std::vector<std::vector<int>>& picks,
                            std::int64_t opened_at, std::int64_t closed_at) {
  NewVote nv;
  nv.title = spec.title;
  nv.kind = spec.kind;
  nv.year = spec.year;
  nv.form = "pick";
  nv.max_picks = spec.max_picks;
  nv.seats = spec.max_picks;
  nv.key_mode = "server";
  nv.level = "branch";
  nv.graded = spec.candidates;
  nv.roster_person_ids = spec.voter_person_ids;
  auto id = insert_vote(conn, nv, cipher, "服务器托管密钥", opened_at);
  conn.exec("UPDATE votes SET status = 'open', opened_at = ? WHERE id = ?", {opened_at, id});
  Vote v = load_vote(conn, id);
  auto y = ballot::parse_point(v.public_key.value_or(""));
  auto roster =
      conn.query("SELECT person_id FROM vote_roster WHERE vote_id = ? ORDER BY person_id", {id});
  for (std::size_t i = 0; i < picks.size() && i < roster.size(); ++i) {
    auto b = ballot::make_ballot(v.uid, ballot::random_alias(), *y, v.shape(spec.candidates.size()),
                                 picks[i]);
    std::int64_t seq = 0;
    append_ballot(conn, id, roster[i].i64("person_id"), b, ballot::ballot_hash(b), &seq);
  }
  conn.exec("UPDATE votes SET status = 'closed', closed_at = ? WHERE id = ?", {closed_at, id});
  v = load_vote(conn, id);
  if (v.electronic > 0) {
    auto secret_hex = cipher.decrypt(v.server_secret.value_or(""));
    auto secret = secret_hex ? ballot::parse_scalar(*secret_hex) : std::nullopt;
    auto tally = ballot::tally_from_json(Json::parse(v.tally_json.value_or("null")));
    if (!secret || !tally) throw ApiError(500, "votes.decrypt_failed");
    Json items = Json::array();
    for (const auto& ct : *tally) {
      items.push_back(ballot::partial_to_json(ballot::partial_decrypt(v.uid, 1, *secret, *y, ct)));
    }
    conn.exec("UPDATE vote_trustees SET partial_json = ? WHERE vote_id = ? AND position = 1",
              {items.dump(), id});
  }
  certify(conn, v, closed_at, 0);
  return id;
}

}  // namespace md::votes
