#pragma once
// Versioned SQL migrations: each module ships numbered .sql files, embedded in the binary at
// build time and applied once, in order, recorded in schema_migrations.
#include <string>
#include <vector>

#include "platform/db/db.hpp"

namespace md::db {

/// One migration file of one module, e.g. {"accounts", "0001_users", "CREATE TABLE …"}.
struct Migration {
  std::string module;
  std::string name;
  std::string sql;
};

/// Rewrites the few dialect tokens migrations may use: {{id}} (auto-increment primary key)
/// and {{blob}} (binary column).
std::string render_sql(std::string_view sql, Dialect dialect);

/// Applies the migrations not yet recorded; returns the names applied. Safe to run from
/// several instances at once (PostgreSQL advisory lock; SQLite write lock).
std::vector<std::string> apply_migrations(Connection& conn, const std::vector<Migration>& all);

}  // namespace md::db
