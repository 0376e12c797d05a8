#include "platform/auth/rate_limit.hpp"

namespace md::auth {

bool allow(db::Connection& conn, const std::string& key, std::int64_t limit,
           std::int64_t window_seconds, std::int64_t now) {
  db::Transaction tx(conn);
  bool allowed = count_hit(conn, key, limit, window_seconds, now);
  tx.commit();
  return allowed;
}

bool count_hit(db::Connection& conn, const std::string& key, std::int64_t limit,
               std::int64_t window_seconds, std::int64_t now) {
  std::int64_t window = now - now % window_seconds;
  auto row = conn.query_one("SELECT window_start, hits FROM rate_limits WHERE key = ?", {key});
  bool allowed = true;
  if (!row) {
    conn.exec("INSERT INTO rate_limits (key, window_start, hits) VALUES (?, ?, 1)", {key, window});
  } else if (row->i64("window_start") != window) {
    conn.exec("UPDATE rate_limits SET window_start = ?, hits = 1 WHERE key = ?", {window, key});
  } else if (row->i64("hits") >= limit) {
    allowed = false;
  } else {
    conn.exec("UPDATE rate_limits SET hits = hits + 1 WHERE key = ?", {key});
  }
  return allowed;
}

bool under_limit(db::Connection& conn, const std::string& key, std::int64_t limit,
                 std::int64_t window_seconds, std::int64_t now) {
  std::int64_t window = now - now % window_seconds;
  auto row = conn.query_one("SELECT window_start, hits FROM rate_limits WHERE key = ?", {key});
  return !row || row->i64("window_start") != window || row->i64("hits") < limit;
}

}  // namespace md::auth
