#pragma once
// The opinions module's own tables (migrations/0001_opinions.sql) beside the case engine's:
// an opinion's intake fields, reply and rating; a suggestion's deputy, reply and rating.
#include <optional>
#include <string>

#include "modules/opinions/common.hpp"

namespace md::opinions {

/// An opinion's own row (table opinions).
struct Opinion {
  std::int64_t case_id = 0;
  std::optional<std::int64_t> workstation_id, received_by_person_id, recorded_by;
  std::optional<std::int64_t> followup_person_id;  ///< the deputy named to follow it up
  std::string channel, category, town, place, content, contact_masked, received_on;
  bool has_contact = false;
  std::optional<std::string> handling, replied_on, rating, rated_on;
  bool complex = false;
  std::string reply, public_summary;
};

/// What intake stores (contact already encrypted by the caller).
struct NewOpinion {
  std::optional<std::int64_t> workstation_id, received_by_person_id, recorded_by;
  std::string channel, category, town, place, content;
  std::optional<std::string> contact_cipher;
  std::string contact_masked, query_code_hash, received_on;
  std::optional<std::string> device_hash;
};

void insert_opinion(db::Connection& conn, std::int64_t case_id, const NewOpinion& o);
/// 404 opinions.not_found when missing.
Opinion load_opinion(db::Connection& conn, std::int64_t case_id);
/// The case id of a query-code hash, if any.
std::optional<std::int64_t> case_of_code(db::Connection& conn, const std::string& code_hash);
/// The staff view: the case, the intake fields, who received it, the timeline and photos.
Json opinion_json(db::Connection& conn, const cases::Case& c, const Opinion& o,
                  const std::string& today);
/// Opens an opinion case with its row; returns the case id.
std::int64_t open_opinion(db::Connection& conn, const NewOpinion& o, const std::string& title,
                          const std::string& deadline, const cases::Step& by, std::int64_t now);

/// A suggestion's own row (table suggestions).
struct Suggestion {
  std::int64_t case_id = 0, deputy_person_id = 0;
  std::string category, content, submitted_on, reply, session_label;
  std::optional<std::int64_t> source_case_id;
  std::optional<std::string> replied_on, rating, rated_on;
};
/// Opens a suggestion case with its row; returns the case id.
std::int64_t open_suggestion(db::Connection& conn, const Suggestion& s, const std::string& title,
                             const cases::Step& by, std::int64_t now);
Suggestion load_suggestion(db::Connection& conn, std::int64_t case_id);
Json suggestion_json(db::Connection& conn, const cases::Case& c, const Suggestion& s,
                     const std::string& today);

}  // namespace md::opinions
