#pragma once
// The votes module's routes and what its handlers share.
#include <vector>

#include "modules/votes/store.hpp"
#include "platform/http/context.hpp"
#include "platform/http/route.hpp"

namespace md::votes {

/// Candidate projects, their progress and rectification (R8.1, R8.4, R8.5).
std::vector<http::Route> project_routes();
/// Setting up, listing, opening and closing votes; progress; the certified result (R8.2).
std::vector<http::Route> vote_routes();
/// Casting a ballot, the public board and receipt lookup (R8.2, R8.6).
std::vector<http::Route> ballot_routes();
/// Scrutineer keys and decryption, the roster and paper batches (R8.2, R8.3).
std::vector<http::Route> count_routes();

/// 403 votes.not_teller unless the signed-in user is one of the vote's tellers.
void require_teller(http::Context& ctx, const Vote& v);
/// 409 votes.wrong_status unless the vote is in `status`.
void require_status(const Vote& v, std::string_view status);
/// 409 votes.peer_vote on the votes console's own routes for a peer ballot: the evaluation
/// module runs those (peer_ballot_api.hpp).
void refuse_peer(const Vote& v);
/// The lifecycle steps on a vote locked in the caller's transaction (status checked here,
/// the caller checks who may): ready → open; open → closed (and certified when nothing is left
/// to decrypt); removal before opening. Each is audited.
void open_locked(http::Context& ctx, const Vote& v);
void close_locked(http::Context& ctx, Vote& v);
void delete_locked(http::Context& ctx, const Vote& v);
/// Appends a failed-attempt audit record in its own transaction (nothing else is stored).
void audit_refusal(http::Context& ctx, const std::string& action, std::int64_t vote_id,
                   const std::string& code);

}  // namespace md::votes
