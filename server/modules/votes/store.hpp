#pragma once
// Reading and writing votes, projects and their parts; no HTTP.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/votes/rules.hpp"
#include "platform/ballot/ballot.hpp"
#include "platform/crypto/field_cipher.hpp"
#include "platform/db/db.hpp"

namespace md::votes {

using Json = nlohmann::json;

/// Kinds of votes that other modules start and stop (their roster is given, not the deputies):
/// evaluation (grades), union_election and selection (pick).
inline bool module_kind(const std::string& kind) {
  return kind == "evaluation" || kind == "union_election" || kind == "selection";
}

struct Vote {
  std::int64_t id = 0;
  std::string uid, title, kind, form, key_mode, level, status;
  std::int64_t year = 0, max_picks = 0, seats = 0, eligible = 0, electronic = 0;
  std::optional<std::string> public_key, server_secret, tally_json, board_head, result_json, seal;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> opened_at, closed_at, certified_at;

  bool options3() const { return form == "options3"; }
  /// The ballot form (options3 | pick | grades — the column only ever holds these).
  ballot::Form ballot_form() const {
    return ballot::form_from_name(form).value_or(ballot::Form::pick);
  }
  /// Counts per question: options3 3, grades 5, pick 1.
  std::size_t width() const { return ballot::count_width(ballot_form()); }
  /// A vote another module runs through modules/votes/peer_ballot_api.hpp: the peer ballot
  /// of a democratic evaluation, or a pick ballot of the union (election, selection).
  bool peer() const { return module_kind(kind); }
  ballot::Shape shape(std::size_t questions) const;
};

struct Question {
  int index = 0;
  std::optional<std::int64_t> project_id;
  std::string title, department;
  std::int64_t budget_fen = 0;
};

struct Trustee {
  int index = 0;
  std::optional<std::int64_t> user_id;
  std::string name;
  std::optional<std::string> public_key, key_proof, partial_json;
};

/// The vote or 404 votes.not_found.
Vote load_vote(db::Connection& conn, std::int64_t id);
/// The vote row locked for an update in this transaction (PostgreSQL FOR UPDATE; SQLite's
/// BEGIN IMMEDIATE already serializes writers).
Vote lock_vote(db::Connection& conn, std::int64_t id);
std::vector<Question> questions_of(db::Connection& conn, std::int64_t vote_id);
std::vector<Trustee> trustees_of(db::Connection& conn, std::int64_t vote_id);
std::vector<std::pair<std::int64_t, std::string>> tellers_of(db::Connection& conn,
                                                             std::int64_t vote_id);
bool is_teller(db::Connection& conn, std::int64_t vote_id, std::int64_t user_id);
/// Paper voters marked on the roster.
std::int64_t paper_voters(db::Connection& conn, std::int64_t vote_id);
/// Ballots in agreed paper batches.
std::int64_t paper_entered(db::Connection& conn, std::int64_t vote_id);
/// Agreed paper batches: number, ballots, counts per question.
struct PaperBatch {
  std::int64_t number = 0;
  PaperEntry entry;
};
std::vector<PaperBatch> agreed_batches(db::Connection& conn, std::int64_t vote_id);

struct NewVote {
  std::string title, kind;
  std::int64_t year = 0;
  std::string form;
  std::int64_t max_picks = 0, seats = 0;
  std::string key_mode, level;
  std::vector<std::pair<std::int64_t, std::string>> projects;  ///< id, title (question order)
  std::vector<std::int64_t> scrutineer_user_ids, teller_user_ids;
  std::optional<std::int64_t> created_by;
  /// kind evaluation instead of projects: the persons graded (id, name; question order) and
  /// the roster. Module pick ballots use `graded` for their candidates (person id 0: a
  /// candidate who is not a person, e.g. a family or an office).
  std::vector<std::pair<std::int64_t, std::string>> graded;
  std::vector<std::int64_t> roster_person_ids;
};
/// Inside the caller's transaction: the vote, its questions, scrutineer seats (or the
/// server-held key, status ready), tellers and the roster (serving deputies at the level, or
/// roster_person_ids for a peer ballot).
std::int64_t insert_vote(db::Connection& conn, const NewVote& v, const crypto::FieldCipher& cipher,
                         const std::string& server_trustee_name, std::int64_t now);

/// Inside the caller's transaction: flips the voter's roster row to electronic, appends the
/// (already verified) ballot to the hash-chained board and adds it to the running tally.
/// Returns a refusal code instead ("votes.closed", "votes.already_voted", "ballot.replayed"),
/// after which the caller must roll back.
std::string append_ballot(db::Connection& conn, std::int64_t vote_id, std::int64_t person,
                          const ballot::Ballot& b, const std::string& hash, std::int64_t* seq);

Json counts_to_json(const std::vector<Counts>& c);
/// nullopt unless an array of arrays of non-negative integers.
std::optional<std::vector<Counts>> counts_from_json(const Json& j);

/// The list/detail fields shared by every vote view.
Json vote_summary_json(const Vote& v, std::int64_t paper);

}  // namespace md::votes
