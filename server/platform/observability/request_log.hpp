#pragma once
// Request ids, the access log and JSON logs. A request's id is taken from X-Request-Id when it
// is safe (1–64 of A–Z a–z 0–9 . _ : -; nginx's $request_id qualifies), otherwise made here; it
// is echoed in the answer's X-Request-Id and carried by every log line written on the thread
// handling the request. In JSON mode each line is one object: time (ISO 8601, UTC), level, msg,
// request_id and, on access lines, method, route (the pattern), status, duration_ms, user_id.
// Never passwords, tokens, cookies, bodies, query strings or IP addresses.
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "platform/http/route.hpp"
#include "platform/http/types.hpp"

namespace md::observability {

enum class LogFormat { text, json };

/// "json" / "text"; "auto" (or "") = json when stderr goes to the journal (systemd sets
/// JOURNAL_STREAM) or is not a terminal, text on a terminal. Throws on anything else.
LogFormat parse_log_format(std::string_view option);
/// Installs the format on spdlog's default logger (call before anything logs).
void configure_logging(LogFormat format);
/// Access log sampling: 0 = off, 1 = every request, N = one in N; 5xx answers always logged.
void set_access_log_sampling(unsigned every);

/// True for an X-Request-Id value worth keeping.
bool safe_request_id(std::string_view id);
/// A fresh random id (16 hex digits).
std::string new_request_id();

/// The request being handled on this thread, from dispatch start to its answer.
class RequestScope {
 public:
  explicit RequestScope(const http::Request& req);
  ~RequestScope();
  RequestScope(const RequestScope&) = delete;
  RequestScope& operator=(const RequestScope&) = delete;
  /// The matched route (nullptr: none matched).
  void set_route(const http::Route* route) { route_ = route; }
  /// Adds X-Request-Id to the answer, counts it in the metrics, writes the access line.
  void finish(http::Response& resp);
  const std::string& id() const { return id_; }

 private:
  friend void note_user(std::int64_t);
  friend class JsonFormatter;
  std::string id_;
  http::Method method_;
  const http::Route* route_ = nullptr;
  std::int64_t user_id_ = 0;
  std::chrono::steady_clock::time_point started_;
  RequestScope* outer_ = nullptr;
};

/// Records the signed-in user of the request handled on this thread (access log only).
void note_user(std::int64_t user_id);

/// Counts one borrowed database connection in the pool metrics: construct before acquire(),
/// call acquired() after it, and let it go out of scope after the lease.
class PoolUse {
 public:
  PoolUse() : started_(std::chrono::steady_clock::now()) {}
  ~PoolUse();
  PoolUse(const PoolUse&) = delete;
  PoolUse& operator=(const PoolUse&) = delete;
  void acquired();

 private:
  std::chrono::steady_clock::time_point started_;
  bool acquired_ = false;
};

}  // namespace md::observability
