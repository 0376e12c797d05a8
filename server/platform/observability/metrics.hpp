#pragma once
// Prometheus metrics (text exposition format 0.0.4) for GET /metrics.
// The hot path (one observation per request) touches only relaxed atomics in a table built
// once from the route list: one slot per declared route, so the `route` label is always the
// route PATTERN ("/api/users/{id}") and the series count is bounded by the route table.
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "platform/http/route.hpp"

namespace md {
class App;
}

namespace md::observability {

/// Upper bounds (seconds) of the request-duration histogram buckets (+Inf is implicit).
inline constexpr double kDurationBuckets[] = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                              0.25,  0.5,    1.0,   2.5,  5.0,   10.0};
inline constexpr std::size_t kBucketCount = std::size(kDurationBuckets);
/// The statuses counted apart; any other falls into the last slot, labelled by its class.
inline constexpr int kStatuses[] = {200, 201, 204, 206, 301, 302, 304, 400, 401, 403, 404,
                                    405, 409, 413, 415, 422, 429, 500, 502, 503, 504};
inline constexpr std::size_t kStatusCount = std::size(kStatuses) + 1;

/// Pseudo-routes for answers that never reach the router.
inline constexpr std::string_view kUnmatchedRoute = "unmatched";   // 404/405 on /api
inline constexpr std::string_view kPageCacheRoute = "page_cache";  // public pages from memory
inline constexpr std::string_view kStaticRoute = "static";         // the web app's files
inline constexpr std::string_view kMetricsRoute = "/metrics";

class Registry {
 public:
  /// Builds one slot per route (call once, before serving; later routes are "unmatched").
  void init(const std::vector<http::Route>& routes);
  /// Counts one answered request. `route` is the matched route or nullptr; `pseudo` names
  /// the pseudo-route when `route` is null ("" = unmatched).
  void observe(const http::Route* route, std::string_view pseudo, http::Method method, int status,
               double seconds);

  /// A database connection was lent for `waited` seconds of waiting (0 when one was idle).
  void pool_acquired(double waited);
  void pool_released();
  /// How many connections the pools may lend in all (for the idle gauge).
  void set_pool_capacity(std::int64_t n) { pool_capacity_.store(n); }

  /// Counts one job run (outcome: ok, failed, skipped).
  void job_run(std::string_view job, std::string_view outcome, double seconds);

  /// The whole exposition text; `votes_open` is read by the caller from the database
  /// (a negative value leaves the series out).
  std::string render(std::int64_t votes_open) const;

 private:
  struct Slot {
    std::string route;
    http::Method method = http::Method::get;
    std::atomic<std::uint64_t> by_status[kStatusCount] = {};
    std::atomic<std::uint64_t> other_status_class[6] = {};  // 1xx..5xx of unlisted codes
    std::atomic<std::uint64_t> buckets[kBucketCount] = {};
    std::atomic<std::uint64_t> count{0};
    std::atomic<std::uint64_t> sum_micros{0};
  };
  Slot* slot_for(const http::Route* route, std::string_view pseudo, http::Method method);
  std::vector<std::unique_ptr<Slot>> slots_;  // routes, then pseudo-routes × methods
  const http::Route* first_route_ = nullptr;  // routes are stored contiguously in the router
  std::size_t route_count_ = 0;
  std::atomic<std::int64_t> pool_in_use_{0};
  std::atomic<std::int64_t> pool_capacity_{0};
  std::atomic<std::uint64_t> pool_acquires_{0};
  std::atomic<std::uint64_t> pool_waits_{0};  // acquisitions that waited over 1 ms
  std::atomic<std::uint64_t> pool_wait_micros_{0};
  // Jobs run a few times a minute: a mutex is fine off the request path.
  struct JobCount {
    std::uint64_t runs = 0;
    double seconds = 0;
  };
  mutable std::mutex jobs_mu_;
  std::map<std::pair<std::string, std::string>, JobCount> job_runs_;
};

/// The process's registry.
Registry& metrics();

/// Addresses allowed to read /metrics besides loopback (exact IPs, e.g. the Prometheus host).
void set_metrics_allowed(std::vector<std::string> addresses);
/// True when `remote_ip` may read /metrics. A request that came through a proxy (it carries
/// X-Forwarded-For or X-Real-IP) is refused even from loopback: nginx runs on the same host,
/// so loopback alone would let the whole Internet in through it.
bool metrics_allowed(std::string_view remote_ip, bool forwarded);

/// The GET /metrics answer body (reads the open-votes gauge from the home database).
std::string scrape(App& app);

}  // namespace md::observability
