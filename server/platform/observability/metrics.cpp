#include "platform/observability/metrics.hpp"

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>

#include "platform/core/app.hpp"

#ifndef MINGDENG_VERSION
#define MINGDENG_VERSION "dev"
#endif

namespace md::observability {
namespace {

constexpr http::Method kMethods[] = {http::Method::get, http::Method::post, http::Method::put,
                                     http::Method::del};
constexpr std::string_view kPseudoRoutes[] = {kUnmatchedRoute, kPageCacheRoute, kStaticRoute,
                                              kMetricsRoute};

std::size_t method_index(http::Method m) { return static_cast<std::size_t>(m); }

std::size_t status_index(int status) {
  const auto* end = std::end(kStatuses);
  const auto* it = std::find(std::begin(kStatuses), end, status);
  return it == end ? kStatusCount - 1 : static_cast<std::size_t>(it - std::begin(kStatuses));
}

// Label values per the exposition format: backslash, double quote and newline escaped.
std::string label(std::string_view v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

// The shortest text that reads back as the same double ("0.005", not "0.0050000000000000001").
std::string number(double v) {
  char buf[32];
  auto res = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, res.ptr);
}

void header(std::string& out, std::string_view name, std::string_view type, std::string_view help) {
  out.append("# HELP ").append(name).append(" ").append(help).append("\n");
  out.append("# TYPE ").append(name).append(" ").append(type).append("\n");
}

std::int64_t resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  std::int64_t size = 0, resident = 0;
  statm >> size >> resident;
  return resident * sysconf(_SC_PAGESIZE);
}

const double kStartTime =
    std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();

std::mutex allowed_mu;
std::vector<std::string> allowed_addresses;

}  // namespace

void Registry::init(const std::vector<http::Route>& routes) {
  slots_.clear();
  first_route_ = routes.empty() ? nullptr : routes.data();
  route_count_ = routes.size();
  for (const auto& r : routes) {
    slots_.push_back(std::make_unique<Slot>());
    slots_.back()->route = r.path;
    slots_.back()->method = r.method;
  }
  for (auto pseudo : kPseudoRoutes) {
    for (auto m : kMethods) {
      slots_.push_back(std::make_unique<Slot>());
      slots_.back()->route = std::string(pseudo);
      slots_.back()->method = m;
    }
  }
}

Registry::Slot* Registry::slot_for(const http::Route* route, std::string_view pseudo,
                                   http::Method method) {
  if (slots_.empty()) return nullptr;
  if (route && first_route_ && route >= first_route_ && route < first_route_ + route_count_) {
    return slots_[static_cast<std::size_t>(route - first_route_)].get();
  }
  std::size_t p = 0;
  for (std::size_t i = 0; i < std::size(kPseudoRoutes); ++i) {
    if (kPseudoRoutes[i] == pseudo) p = i;
  }
  return slots_[route_count_ + p * std::size(kMethods) + method_index(method)].get();
}

void Registry::observe(const http::Route* route, std::string_view pseudo, http::Method method,
                       int status, double seconds) {
  Slot* s = slot_for(route, pseudo, method);
  if (!s) return;
  constexpr auto relaxed = std::memory_order_relaxed;
  std::size_t si = status_index(status);
  if (si == kStatusCount - 1) {
    s->other_status_class[std::clamp(status / 100, 0, 5)].fetch_add(1, relaxed);
  } else {
    s->by_status[si].fetch_add(1, relaxed);
  }
  // Buckets are stored non-cumulative (one increment per request); render() sums them.
  auto b = static_cast<std::size_t>(
      std::lower_bound(std::begin(kDurationBuckets), std::end(kDurationBuckets), seconds) -
      std::begin(kDurationBuckets));
  if (b < kBucketCount) s->buckets[b].fetch_add(1, relaxed);
  s->sum_micros.fetch_add(static_cast<std::uint64_t>(std::max(0.0, seconds) * 1e6), relaxed);
  s->count.fetch_add(1, relaxed);
}

void Registry::pool_acquired(double waited) {
  pool_in_use_.fetch_add(1, std::memory_order_relaxed);
  pool_acquires_.fetch_add(1, std::memory_order_relaxed);
  if (waited > 0.001) {
    pool_waits_.fetch_add(1, std::memory_order_relaxed);
    pool_wait_micros_.fetch_add(static_cast<std::uint64_t>(waited * 1e6),
                                std::memory_order_relaxed);
  }
}

void Registry::pool_released() { pool_in_use_.fetch_sub(1, std::memory_order_relaxed); }

void Registry::job_run(std::string_view job, std::string_view outcome, double seconds) {
  std::lock_guard lock(jobs_mu_);
  auto& c = job_runs_[{std::string(job), std::string(outcome)}];
  ++c.runs;
  c.seconds += seconds;
}

std::string Registry::render(std::int64_t votes_open) const {
  std::string out;
  out.reserve(64 * 1024);
  header(out, "mingdeng_http_requests_total", "counter",
         "HTTP requests answered, by route pattern, method and status.");
  for (const auto& s : slots_) {
    std::string labels = "route=\"" + label(s->route) + "\",method=\"" +
                         std::string(http::method_name(s->method)) + "\",status=\"";
    for (std::size_t i = 0; i + 1 < kStatusCount; ++i) {
      auto n = s->by_status[i].load(std::memory_order_relaxed);
      if (n == 0) continue;
      out += "mingdeng_http_requests_total{" + labels + std::to_string(kStatuses[i]) + "\"} " +
             std::to_string(n) + "\n";
    }
    for (int c = 0; c < 6; ++c) {
      auto n = s->other_status_class[c].load(std::memory_order_relaxed);
      if (n == 0) continue;
      out += "mingdeng_http_requests_total{" + labels + std::to_string(c) + "xx\"} " +
             std::to_string(n) + "\n";
    }
  }
  header(out, "mingdeng_http_request_duration_seconds", "histogram",
         "Time from dispatch to the answer, by route pattern and method.");
  for (const auto& s : slots_) {
    auto count = s->count.load(std::memory_order_relaxed);
    if (count == 0) continue;
    std::string labels = "route=\"" + label(s->route) + "\",method=\"" +
                         std::string(http::method_name(s->method)) + "\"";
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < kBucketCount; ++i) {
      cumulative += s->buckets[i].load(std::memory_order_relaxed);
      out += "mingdeng_http_request_duration_seconds_bucket{" + labels + ",le=\"" +
             number(kDurationBuckets[i]) + "\"} " + std::to_string(cumulative) + "\n";
    }
    count = std::max(count, cumulative);  // read without a lock: keep +Inf ≥ every bucket
    out += "mingdeng_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " +
           std::to_string(count) + "\n";
    out += "mingdeng_http_request_duration_seconds_sum{" + labels + "} " +
           number(static_cast<double>(s->sum_micros.load(std::memory_order_relaxed)) / 1e6) + "\n";
    out += "mingdeng_http_request_duration_seconds_count{" + labels + "} " + std::to_string(count) +
           "\n";
  }

  auto in_use = pool_in_use_.load();
  header(out, "mingdeng_db_pool_connections", "gauge",
         "Database connections lent to requests and jobs (in_use) and not lent (idle).");
  out += "mingdeng_db_pool_connections{state=\"in_use\"} " + std::to_string(in_use) + "\n";
  out += "mingdeng_db_pool_connections{state=\"idle\"} " +
         std::to_string(std::max<std::int64_t>(0, pool_capacity_.load() - in_use)) + "\n";
  header(out, "mingdeng_db_pool_acquires_total", "counter", "Connections borrowed.");
  out += "mingdeng_db_pool_acquires_total " + std::to_string(pool_acquires_.load()) + "\n";
  header(out, "mingdeng_db_pool_waits_total", "counter",
         "Borrowings that waited over 1 ms for a free connection.");
  out += "mingdeng_db_pool_waits_total " + std::to_string(pool_waits_.load()) + "\n";
  header(out, "mingdeng_db_pool_wait_seconds_total", "counter",
         "Time spent waiting for a free connection.");
  out += "mingdeng_db_pool_wait_seconds_total " +
         number(static_cast<double>(pool_wait_micros_.load()) / 1e6) + "\n";

  header(out, "mingdeng_jobs_runs_total", "counter",
         "Scheduled job runs by this instance, by job and outcome (ok, failed, skipped).");
  {
    std::lock_guard lock(jobs_mu_);
    for (const auto& [key, c] : job_runs_) {
      out += "mingdeng_jobs_runs_total{job=\"" + label(key.first) + "\",outcome=\"" +
             label(key.second) + "\"} " + std::to_string(c.runs) + "\n";
    }
  }
  if (votes_open >= 0) {
    header(out, "mingdeng_votes_open", "gauge", "Votes open for ballots now.");
    out += "mingdeng_votes_open " + std::to_string(votes_open) + "\n";
  }
  header(out, "process_resident_memory_bytes", "gauge", "Resident memory size in bytes.");
  out += "process_resident_memory_bytes " + std::to_string(resident_bytes()) + "\n";
  header(out, "process_start_time_seconds", "gauge", "Start time since the Unix epoch.");
  out += "process_start_time_seconds " + number(kStartTime) + "\n";
  double now =
      std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
  header(out, "mingdeng_uptime_seconds", "gauge", "Seconds since this instance started.");
  out += "mingdeng_uptime_seconds " + number(now - kStartTime) + "\n";
  header(out, "mingdeng_build_info", "gauge", "The running build (always 1).");
  out += "mingdeng_build_info{version=\"" + label(MINGDENG_VERSION) + "\"} 1\n";
  return out;
}

Registry& metrics() {
  static Registry registry;
  return registry;
}

void set_metrics_allowed(std::vector<std::string> addresses) {
  std::lock_guard lock(allowed_mu);
  allowed_addresses = std::move(addresses);
}

bool metrics_allowed(std::string_view remote_ip, bool forwarded) {
  if (forwarded) return false;
  if (remote_ip == "127.0.0.1" || remote_ip == "::1" || remote_ip == "::ffff:127.0.0.1")
    return true;
  std::lock_guard lock(allowed_mu);
  return std::find(allowed_addresses.begin(), allowed_addresses.end(), remote_ip) !=
         allowed_addresses.end();
}

std::string scrape(App& app) {
  std::int64_t votes_open = -1;
  try {
    // A count over the small votes table (a handful of rows per year); no index needed.
    auto conn = app.pool().acquire();
    votes_open = conn->scalar("SELECT COUNT(*) FROM votes WHERE status = 'open'");
  } catch (const std::exception&) {
    votes_open = -1;  // database down or votes module absent: leave the series out
  }
  return metrics().render(votes_open);
}

}  // namespace md::observability
