#pragma once
// Supervision's tables (migrations/0001_supervision.sql) and the reads of the opinions
// module's departments table (names only, read-only). Callers hold any transaction.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "platform/db/db.hpp"

namespace md::supervision {

using Json = nlohmann::json;

/// The name of an active department, or nullopt.
std::optional<std::string> department_name(db::Connection& conn, std::int64_t id);
/// True when the user answers for that department (department_users).
bool answers_for(db::Connection& conn, std::int64_t user, std::int64_t department);
/// The departments a user answers for.
std::vector<std::int64_t> departments_of(db::Connection& conn, std::int64_t user);

extern const char* const kItemColumns;
Json item_row_json(const db::Row& r);
/// An item with its participants and deliberation opinions, or nullopt.
std::optional<Json> item_json(db::Connection& conn, std::int64_t id, const std::string& today);
/// Replaces the participants (role deputy / member).
void set_participants(db::Connection& conn, std::int64_t item,
                      const std::vector<std::int64_t>& deputies,
                      const std::vector<std::int64_t>& members);
/// The ids among `ids` that are not people.
std::vector<std::int64_t> unknown_people(db::Connection& conn,
                                         const std::vector<std::int64_t>& ids);

/// A deliberation opinion: the case, the item, the replies, the ratings and their tally.
std::optional<Json> opinion_json(db::Connection& conn, std::int64_t case_id,
                                 const std::string& today);
/// The ratings of an opinion (for the tally).
std::vector<std::string> ratings_of(db::Connection& conn, std::int64_t case_id);
/// The target department of an opinion's item (nullopt for the four bodies).
std::optional<std::int64_t> opinion_department(db::Connection& conn, std::int64_t case_id);

}  // namespace md::supervision
