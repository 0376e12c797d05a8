#pragma once
// The rules library's tables (migrations/0001_regulations.sql) and its full-text index, the one
// backend-specific part: SQLite keeps an FTS5 table with the trigram tokenizer, PostgreSQL a
// pg_trgm GIN index on the text. Callers hold any transaction.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "platform/db/db.hpp"

namespace md::regulations {

using Json = nlohmann::json;

/// Creates the full-text index if missing (once per process and dialect; call outside a
/// transaction, before the first write or search).
void ensure_search_index(db::Connection& conn);

/// What a regulation is created or changed with.
struct Fields {
  std::string doc_no, title, issuer, category, status, issued_on, effective_on;
  std::optional<std::int64_t> replaced_by;
};

/// Inserts a regulation with its first version; returns the id.
std::int64_t insert_regulation(db::Connection& conn, const Fields& f, const std::string& body,
                               const std::string& note, std::int64_t user,
                               const std::string& user_name, std::int64_t now);
/// Changes the metadata (not the title or text: those change through a new version).
void update_meta(db::Connection& conn, std::int64_t id, const Fields& f, std::int64_t now);
/// Adds the next version and makes it current; returns its number.
std::int64_t add_version(db::Connection& conn, std::int64_t id, const std::string& title,
                         const std::string& body, const std::string& note, std::int64_t user,
                         const std::string& user_name, std::int64_t now);

/// The SELECT list of list rows (no text) and its FROM clause.
extern const char* const kListColumns;
extern const char* const kListFrom;
Json row_json(const db::Row& r);
/// A regulation with its text, versions, what replaces it and what it replaces; nullopt if none.
std::optional<Json> regulation_json(db::Connection& conn, std::int64_t id);
/// The title and text of one version, or nullopt.
std::optional<std::pair<std::string, std::string>> version_text(db::Connection& conn,
                                                                std::int64_t id,
                                                                std::int64_t version);

/// The SQL condition "regulation r matches the query" for this dialect, with its parameters
/// appended; `indexed` false when the query is too short for trigrams (a LIKE scan).
std::string match_clause(db::Connection& conn, const std::string& query, bool indexed,
                         db::Params& params);

}  // namespace md::regulations
