#include "platform/db/migrate.hpp"

#include <ctime>
#include <set>

namespace md::db {
namespace {

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size()) {
    s.replace(pos, from.size(), to);
  }
}

constexpr std::int64_t kMigrationLockKey = 0x4d696e67;  // "Ming"

}  // namespace

std::string render_sql(std::string_view sql, Dialect dialect) {
  std::string out(sql);
  bool pg = dialect == Dialect::postgres;
  replace_all(out, "{{id}}", pg ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT");
  replace_all(out, "{{blob}}", pg ? "BYTEA" : "BLOB");
  return out;
}

std::vector<std::string> apply_migrations(Connection& conn, const std::vector<Migration>& all) {
  conn.exec_script(
      "CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at BIGINT NOT "
      "NULL)");
  bool pg = conn.dialect() == Dialect::postgres;
  if (pg) conn.query("SELECT pg_advisory_lock(?)", {kMigrationLockKey});
  std::vector<std::string> applied;
  try {
    std::set<std::string> done;
    for (const auto& row : conn.query("SELECT id FROM schema_migrations"))
      done.insert(row.str("id"));
    for (const auto& m : all) {
      std::string id = m.module + "/" + m.name;
      if (done.count(id)) continue;
      Transaction tx(conn);
      conn.exec_script(render_sql(m.sql, conn.dialect()));
      conn.exec("INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)",
                {id, static_cast<std::int64_t>(std::time(nullptr))});
      tx.commit();
      applied.push_back(id);
    }
  } catch (...) {
    if (pg) conn.query("SELECT pg_advisory_unlock(?)", {kMigrationLockKey});
    throw;
  }
  if (pg) conn.query("SELECT pg_advisory_unlock(?)", {kMigrationLockKey});
  return applied;
}

}  // namespace md::db
