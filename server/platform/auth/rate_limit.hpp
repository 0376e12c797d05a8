#pragma once
// Fixed-window counters kept in the database, so every instance sees the same count.
#include <string>

#include "platform/db/db.hpp"

namespace md::auth {

/// Counts one hit for `key`; returns false when the window already holds `limit` hits.
bool allow(db::Connection& conn, const std::string& key, std::int64_t limit,
           std::int64_t window_seconds, std::int64_t now);

/// The same inside the caller's write transaction (no commit of its own): a request that
/// writes anyway counts its hit with its own commit — one fsync instead of two — and a
/// request refused later rolls its hit back with everything else.
bool count_hit(db::Connection& conn, const std::string& key, std::int64_t limit,
               std::int64_t window_seconds, std::int64_t now);

/// True while `key` has fewer than `limit` hits in the current window; counts nothing (a
/// read, no write: for checks on a success path that only failures should count against).
bool under_limit(db::Connection& conn, const std::string& key, std::int64_t limit,
                 std::int64_t window_seconds, std::int64_t now);

}  // namespace md::auth
