#include "modules/reports/snapshot.hpp"

#include <optional>

#include "modules/reports/figures.hpp"

namespace md::reports {

nlohmann::json dashboard_snapshot(db::Connection& conn, int year, const std::string& today,
                                  std::int64_t now) {
  const auto y = static_cast<std::int64_t>(year);
  std::optional<nlohmann::json> stored;
  std::int64_t at = 0;
  if (auto row = conn.query_one(
          "SELECT as_of, computed_at, body FROM reports_dashboard_snapshots WHERE year = ?", {y})) {
    at = row->i64("computed_at");
    // Another day changes what is overdue and due; a snapshot "from the future" (the clock was
    // set back) is not trusted either.
    if (row->str("as_of") == today && at <= now) {
      auto body = nlohmann::json::parse(row->str("body"), nullptr, false);
      if (body.is_object()) {
        body["updatedAt"] = at;
        if (now - at < kDashboardFreshSeconds) return body;
        stored = std::move(body);
      }
    }
  }
  if (stored) {
    // Stale: the first asker claims the refresh; the others get the stored figures meanwhile.
    db::Transaction tx(conn);
    auto claimed = conn.exec(
        "UPDATE reports_dashboard_snapshots SET refreshing_until = ? WHERE year = ? AND "
        "computed_at = ? AND (refreshing_until IS NULL OR refreshing_until <= ?)",
        {now + kDashboardRefreshClaimSeconds, y, at, now});
    tx.commit();
    if (claimed == 0) return *stored;
  }
  nlohmann::json fresh;
  {
    db::ReadBatch reads(conn);  // every figure from one snapshot of the data (SQLite)
    fresh = dashboard_json(conn, year, today);
  }
  db::Transaction tx(conn);
  conn.exec(
      "INSERT INTO reports_dashboard_snapshots (year, as_of, computed_at, refreshing_until, body) "
      "VALUES (?, ?, ?, NULL, ?) ON CONFLICT (year) DO UPDATE SET as_of = excluded.as_of, "
      "computed_at = excluded.computed_at, refreshing_until = NULL, body = excluded.body",
      {y, today, now, fresh.dump()});
  tx.commit();
  fresh["updatedAt"] = now;
  return fresh;
}

}  // namespace md::reports
