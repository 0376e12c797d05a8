#pragma once
// From counts to a certified result, the export file, and its independent verification
// (`mingdeng verify-vote`). The outcome is computed by one function for the server and the
// verifier, so both apply the same rules.
#include <string>
#include <vector>

#include "modules/votes/store.hpp"

namespace md::votes {

/// Counts in, outcomes out (pure): {"electronic", "paper", "total", "ballots": {electronic,
/// paper}, "quorum", "outcomes": [...], "rates": [permille | null]}.
Json decide_result(const std::string& kind, bool options3, std::int64_t eligible,
                   std::int64_t seats, const std::vector<Counts>& electronic,
                   const std::vector<Counts>& paper, std::int64_t electronic_ballots,
                   std::int64_t paper_ballots);

/// Decrypts the tally with every trustee's partial, adds the agreed paper batches, decides,
/// stores the result and seal, marks the vote certified and applies it to the projects
/// (chosen / reserve; satisfaction grade and rectification deadline). Inside the caller's
/// transaction. Throws ApiError votes.decrypt_failed when the counts cannot be recovered.
void certify(db::Connection& conn, const Vote& vote, std::int64_t now,
             std::int64_t rectification_months);

/// The verify-vote document (docs/VOTE-PROTOCOL.md "Export file"), without "seal".
Json export_document(db::Connection& conn, const Vote& vote);
/// SM3 hex over the compact dump of the document without "seal".
std::string seal_of(Json doc);

/// What `verify-vote` found: ok, or the first failing check; lines say what was checked.
struct VerifyReport {
  bool ok = false;
  std::string failure;
  std::string seal;
  std::vector<std::string> lines;
};
VerifyReport verify_export(const Json& doc);

}  // namespace md::votes
