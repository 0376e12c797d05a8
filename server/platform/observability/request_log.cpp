#include "platform/observability/request_log.hpp"

#include <spdlog/formatter.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <nlohmann/json.hpp>
#include <random>
#include <stdexcept>

#include "platform/observability/metrics.hpp"

namespace md::observability {
namespace {

thread_local RequestScope* current = nullptr;
std::atomic<unsigned> sample_every{1};
bool json_logs = false;

// Set only while the access line of the current request is being written.
struct AccessFields {
  std::string_view method;
  std::string_view route;
  int status = 0;
  double duration_ms = 0;
  std::int64_t user_id = 0;
};
thread_local const AccessFields* access_fields = nullptr;

std::string iso8601(spdlog::log_clock::time_point t) {
  auto since = t.time_since_epoch();
  auto secs = std::chrono::duration_cast<std::chrono::seconds>(since);
  auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(since - secs).count();
  std::time_t tt = static_cast<std::time_t>(secs.count());
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[80];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                static_cast<int>(millis));
  return buf;
}

std::uint64_t random_u64() {
  thread_local std::mt19937_64 gen{std::random_device{}()};
  return gen();
}

std::string_view route_label(const http::Route* route) {
  return route ? std::string_view(route->path) : kUnmatchedRoute;
}

}  // namespace

// One JSON object per line (spdlog calls it on the logging thread: the loggers are
// synchronous, so the thread-locals above belong to the line being written).
class JsonFormatter final : public spdlog::formatter {
 public:
  void format(const spdlog::details::log_msg& msg, spdlog::memory_buf_t& dest) override {
    nlohmann::ordered_json j;
    j["time"] = iso8601(msg.time);
    auto level = spdlog::level::to_string_view(msg.level);
    j["level"] = std::string(level.data(), level.size());
    j["msg"] = std::string(msg.payload.data(), msg.payload.size());
    if (current) j["request_id"] = current->id_;
    if (const auto* a = access_fields) {
      j["method"] = a->method;
      j["route"] = a->route;
      j["status"] = a->status;
      j["duration_ms"] =
          static_cast<double>(static_cast<std::int64_t>(a->duration_ms * 1000)) / 1000.0;
      if (a->user_id != 0) j["user_id"] = a->user_id;
    }
    std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    line += '\n';
    dest.append(line.data(), line.data() + line.size());
  }
  std::unique_ptr<spdlog::formatter> clone() const override {
    return std::make_unique<JsonFormatter>();
  }
};

LogFormat parse_log_format(std::string_view option) {
  if (option == "json") return LogFormat::json;
  if (option == "text") return LogFormat::text;
  if (option.empty() || option == "auto") {
    bool journal = std::getenv("JOURNAL_STREAM") != nullptr;
    return journal || !isatty(STDERR_FILENO) ? LogFormat::json : LogFormat::text;
  }
  throw std::invalid_argument("log format must be json, text or auto");
}

void configure_logging(LogFormat format) {
  json_logs = format == LogFormat::json;
  if (json_logs) spdlog::set_formatter(std::make_unique<JsonFormatter>());
}

void set_access_log_sampling(unsigned every) { sample_every.store(every); }

bool safe_request_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == ':' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::string new_request_id() {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(random_u64()));
  return buf;
}

RequestScope::RequestScope(const http::Request& req)
    : method_(req.method), started_(std::chrono::steady_clock::now()), outer_(current) {
  std::string given = req.header("x-request-id");
  id_ = safe_request_id(given) ? std::move(given) : new_request_id();
  current = this;
}

RequestScope::~RequestScope() { current = outer_; }

void RequestScope::finish(http::Response& resp) {
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  resp.headers.emplace_back("X-Request-Id", id_);
  metrics().observe(route_, kUnmatchedRoute, method_, resp.status, seconds);
  unsigned every = sample_every.load(std::memory_order_relaxed);
  // A per-thread counter: sampling costs no shared write on the request path.
  thread_local unsigned long long seen = 0;
  bool sampled = every != 0 && (every == 1 || seen++ % every == 0);
  if (!sampled && resp.status < 500) return;
  AccessFields fields{http::method_name(method_), route_label(route_), resp.status,
                      seconds * 1000.0, user_id_};
  access_fields = &fields;
  // JSON lines carry the fields above as keys; the text line spells them out.
  if (json_logs) {
    spdlog::info("request");
  } else {
    spdlog::info("request {} {} {} {:.2f} ms user={} id={}", fields.method, fields.route,
                 fields.status, fields.duration_ms, fields.user_id, id_);
  }
  access_fields = nullptr;
}

void note_user(std::int64_t user_id) {
  if (current) current->user_id_ = user_id;
}

PoolUse::~PoolUse() {
  if (acquired_) metrics().pool_released();
}

void PoolUse::acquired() {
  acquired_ = true;
  metrics().pool_acquired(
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count());
}

}  // namespace md::observability
