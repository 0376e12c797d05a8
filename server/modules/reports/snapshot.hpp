#pragma once
// The leaders' dashboard served from a snapshot kept in the database (issue 10: under 200 ms at
// 100,000 members, where computing it reads ~300,000 rows and takes 0.5–1 s). Every process
// and every leader shares the one row per year; the first request after it is
// kDashboardFreshSeconds old, or from another China day, computes the figures again with
// dashboard_json (the one definition) and stores them. That request claims the refresh first:
// the requests arriving while it computes get the stored figures instead of computing too
// (on 2 cores, four computations at once would take four times as long). The figures can thus
// be a minute and one computation behind the data; the answer says when they were computed
// ("updatedAt").
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "platform/db/db.hpp"

namespace md::reports {

/// How long a stored dashboard is served before the next request computes it again.
inline constexpr std::int64_t kDashboardFreshSeconds = 60;
/// How long a claimed refresh keeps others on the stored figures (a failed one is retried after).
inline constexpr std::int64_t kDashboardRefreshClaimSeconds = 30;

/// The dashboard of `year` as of `today` at unix time `now`: {"figures", "monthly",
/// "updatedAt"} with updatedAt the unix seconds at which the figures were computed.
nlohmann::json dashboard_snapshot(db::Connection& conn, int year, const std::string& today,
                                  std::int64_t now);

}  // namespace md::reports
