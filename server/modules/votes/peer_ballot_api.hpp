#pragma once
// The ballot engine for other modules: a secret, verifiable peer ballot in which every voter
// grades every listed person 优秀/合格/基本合格/不合格 (or abstains). It is an ordinary vote of
// kind "evaluation" and form "grades": the same roster/board separation, one-ballot-per-voter
// transaction, scrutineers' key shares or server-held key, board page and `verify-vote`.
// Voters cast at the web page /ballot/<voteId> (permission votes.cast; the roster decides).
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "platform/crypto/field_cipher.hpp"
#include "platform/http/context.hpp"

namespace md::votes {

struct PeerBallotSpec {
  std::string title;
  std::int64_t year = 0;
  std::vector<std::int64_t> voter_person_ids;                ///< the roster (each votes once)
  std::vector<std::pair<std::int64_t, std::string>> graded;  ///< person id, name (question order)
  std::vector<std::int64_t> scrutineer_user_ids;             ///< empty → server-held key
};

/// Inside the caller's transaction: creates the vote (status "setup" until every scrutineer
/// registered a key share in their browser, or "ready" at once with a server-held key) and
/// audits it. Returns the vote id. 422 votes.peer_empty when there is no voter or no one graded.
std::int64_t create_peer_vote(http::Context& ctx, const PeerBallotSpec& spec);
/// ready → open. 409 votes.wrong_status otherwise.
void open_peer_vote(http::Context& ctx, std::int64_t vote_id);
/// open → closed; a server-held key decrypts and certifies at once, otherwise the scrutineers'
/// partial decryptions certify it. 409 votes.wrong_status otherwise.
void close_peer_vote(http::Context& ctx, std::int64_t vote_id);
/// Removes a vote that was never opened (status setup or ready); 409 votes.delete_after_open.
void delete_peer_vote(http::Context& ctx, std::int64_t vote_id);

struct PeerGrades {
  std::int64_t person_id = 0;
  std::int64_t excellent = 0, qualified = 0, basic = 0, unqualified = 0, abstained = 0;
};
struct PeerVoteState {
  std::string status;    ///< setup | ready | open | closed | certified
  std::string key_mode;  ///< scrutineers | server
  std::int64_t eligible = 0, cast = 0;
  std::optional<std::vector<PeerGrades>> result;  ///< once certified, in question order
};
/// 404 votes.not_found for an unknown id or a vote of another kind.
PeerVoteState peer_vote_state(db::Connection& conn, std::int64_t vote_id);

/// A pick ballot for the union module: every voter ticks up to `max_picks` candidates (form
/// "pick"), kind "union_election" (the union committee) or "selection" (文明家庭/文明委室/
/// 文明职工). Opened, closed and deleted with open_peer_vote / close_peer_vote /
/// delete_peer_vote; cast at /ballot/<voteId> like every vote.
struct PickBallotSpec {
  std::string kind;  ///< union_election | selection
  std::string title;
  std::int64_t year = 0;
  std::int64_t max_picks = 1;
  std::vector<std::int64_t> voter_person_ids;  ///< the roster (each votes once)
  /// person id (0 when the candidate is not a person, e.g. a family), name; question order
  std::vector<std::pair<std::int64_t, std::string>> candidates;
  std::vector<std::int64_t> scrutineer_user_ids;  ///< empty → server-held key
};
/// Inside the caller's transaction, like create_peer_vote. 422 votes.peer_empty when there is
/// no voter or no candidate.
std::int64_t create_pick_vote(http::Context& ctx, const PickBallotSpec& spec);

struct PickVoteState {
  std::string status;    ///< setup | ready | open | closed | certified
  std::string key_mode;  ///< scrutineers | server
  std::int64_t eligible = 0, cast = 0;
  std::optional<std::vector<std::int64_t>> votes;  ///< once certified: picks per candidate
};
/// 404 votes.not_found for an unknown id or a vote of another kind.
PickVoteState pick_vote_state(db::Connection& conn, std::int64_t vote_id);

/// Demo data only (no request, no audit): a pick vote with a server-held key, opened at
/// `opened_at`, one encrypted ballot per entry of `picks` (0/1 per candidate) cast by the
/// roster's first voters in person-id order, closed and certified at `closed_at`. Returns
/// the vote id.
std::int64_t demo_pick_vote(const crypto::FieldCipher& cipher, db::Connection& conn,
                            const PickBallotSpec& spec, const std::vector<std::vector<int>>& picks,
                            std::int64_t opened_at, std::int64_t closed_at);

}  // namespace md::votes
