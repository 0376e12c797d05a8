#include "platform/jobs/jobs.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "platform/core/app.hpp"
#include "platform/core/tenancy.hpp"
#include "platform/http/page_cache.hpp"
#include "platform/observability/metrics.hpp"
#include "platform/observability/request_log.hpp"

namespace md::jobs {
namespace {

std::mutex registry_mu;
std::vector<Job>& registry() {
  static std::vector<Job> jobs;
  return jobs;
}

// Per database (pool URL): the rows this process has made sure of, and the last change
// generation it saw.
std::mutex state_mu;
std::set<std::string> ensured_pools;
std::map<std::string, std::int64_t> seen_generation;

constexpr std::string_view kDue =
    "SELECT name FROM jobs WHERE next_run_at <= ? AND (lease_until IS NULL OR lease_until < ?)";
// The claim: one statement, so two instances can never both match the row.
constexpr std::string_view kClaim =
    "UPDATE jobs SET lease_owner = ?, lease_until = ? WHERE name = ? AND next_run_at <= ? "
    "AND (lease_until IS NULL OR lease_until < ?)";
constexpr std::string_view kAdvance =
    "UPDATE jobs SET lease_owner = NULL, lease_until = NULL, next_run_at = ?, last_run_at = ?, "
    "last_outcome = ? WHERE name = ? AND lease_owner = ?";

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string default_instance() {
  char host[256] = {};
  gethostname(host, sizeof host - 1);
  return std::string(host) + ":" + std::to_string(getpid());
}

std::int64_t interval_of(const Job& job, const Options& o) {
  return std::max<std::int64_t>(
      1, o.interval_override > 0 ? o.interval_override : job.interval_seconds);
}

// The first slot at or after `t`.
std::int64_t slot_at_or_after(std::int64_t t, std::int64_t interval) {
  return (t + interval - 1) / interval * interval;
}

void ensure_rows(db::Connection& conn, const std::string& pool_key, const std::vector<Job>& jobs,
                 const Options& o) {
  {
    std::lock_guard lock(state_mu);
    if (ensured_pools.contains(pool_key)) return;
  }
  std::int64_t now = unix_now();
  for (const auto& job : jobs) {
    std::int64_t interval = interval_of(job, o);
    conn.exec(
        "INSERT INTO jobs (name, interval_seconds, next_run_at) VALUES (?, ?, ?) "
        "ON CONFLICT (name) DO NOTHING",
        {job.name, interval, slot_at_or_after(now, interval)});
    // A changed interval takes effect at once rather than after the old one's next slot.
    conn.exec(
        "UPDATE jobs SET interval_seconds = ?, next_run_at = CASE WHEN next_run_at > ? THEN ? "
        "ELSE next_run_at END WHERE name = ? AND interval_seconds <> ?",
        {interval, now + interval, slot_at_or_after(now, interval), job.name, interval});
  }
  std::lock_guard lock(state_mu);
  ensured_pools.insert(pool_key);
}

void poll_signals(db::Connection& conn, const std::string& pool_key) {
  auto generation =
      conn.scalar("SELECT generation FROM change_signals WHERE name = 'public_pages'");
  std::lock_guard lock(state_mu);
  auto [it, first] = seen_generation.try_emplace(pool_key, generation);
  if (!first && it->second != generation) {
    it->second = generation;
    http::public_pages().invalidate();
  }
}

// Runs one claimed slot; returns its outcome.
std::string run_slot(App& app, db::Connection& conn, const Job& job, const std::string& me,
                     std::int64_t interval) {
  auto row = conn.query_one("SELECT next_run_at, last_run_at FROM jobs WHERE name = ?", {job.name});
  if (!row) return "skipped";
  std::int64_t now = unix_now();
  std::int64_t slot = row->i64("next_run_at");
  // After a long outage only the latest slot runs (a job's window still covers the gap).
  if (slot < now - kMaxCatchUp * interval) slot = now / interval * interval;
  std::int64_t next = (slot / interval + 1) * interval;
  auto last_ok = row->opt_i64("last_run_at");
  RunContext ctx{app, conn, slot, last_ok.value_or(slot - interval), now};
  auto started = std::chrono::steady_clock::now();
  std::string outcome = "ok";
  std::string detail;
  try {
    if (job.prepare) job.prepare(ctx);
    db::Transaction tx(conn);
    conn.exec("INSERT INTO job_runs (job, slot, instance, started_at) VALUES (?, ?, ?, ?)",
              {job.name, slot, me, now});
    detail = job.run(ctx);
    conn.exec(
        "UPDATE job_runs SET finished_at = ?, outcome = 'ok', detail = ? WHERE job = ? AND "
        "slot = ?",
        {unix_now(), detail, job.name, slot});
    conn.exec(kAdvance, {next, slot, outcome, job.name, me});
    tx.commit();
  } catch (const db::DbError& e) {
    if (e.unavailable) throw;
    // The slot's row exists: another instance ran it after our lease had expired.
    outcome = e.unique_violation ? "skipped" : "failed";
    detail = e.what();
  } catch (const std::exception& e) {
    outcome = "failed";
    detail = e.what();
  }
  if (outcome != "ok") {
    db::Transaction tx(conn);
    if (outcome == "failed") {
      conn.exec(
          "INSERT INTO job_runs (job, slot, instance, started_at, finished_at, outcome, detail) "
          "VALUES (?, ?, ?, ?, ?, 'failed', ?)",
          {job.name, slot, me, now, unix_now(), detail.substr(0, 500)});
      spdlog::error("job {} slot {} failed: {}", job.name, slot, detail);
    }
    conn.exec(kAdvance, {next, last_ok ? db::Value(*last_ok) : db::Value(), outcome, job.name, me});
    tx.commit();
  }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  observability::metrics().job_run(job.name, outcome, seconds);
  if (outcome == "ok")
    spdlog::info("job {} slot {} ran in {:.0f} ms: {}", job.name, slot, seconds * 1000, detail);
  return outcome;
}

}  // namespace

audit::Event RunContext::actor() const {
  audit::Event e;
  e.username = "system:jobs";
  e.ip = "local";
  return e;
}

void register_job(Job job) {
  std::lock_guard lock(registry_mu);
  auto& jobs = registry();
  auto it =
      std::find_if(jobs.begin(), jobs.end(), [&](const Job& j) { return j.name == job.name; });
  if (it != jobs.end()) {
    *it = std::move(job);
  } else {
    jobs.push_back(std::move(job));
  }
}

std::vector<Job> registered_jobs() {
  std::lock_guard lock(registry_mu);
  return registry();
}

void signal_change(db::Connection& conn, std::string_view name) {
  conn.exec(
      "INSERT INTO change_signals (name, generation) VALUES (?, 1) ON CONFLICT (name) DO UPDATE "
      "SET generation = change_signals.generation + 1",
      {std::string(name)});
}

int tick(App& app, db::Pool& pool, const Options& options) {
  const std::string me = options.instance.empty() ? default_instance() : options.instance;
  auto jobs = registered_jobs();
  observability::PoolUse use;
  auto conn = pool.acquire();
  use.acquired();
  poll_signals(*conn, pool.url());
  ensure_rows(*conn, pool.url(), jobs, options);
  int runs = 0;
  for (const auto& job : jobs) {
    std::int64_t interval = interval_of(job, options);
    // Catch up slot by slot; the cheap read comes first so an idle tick writes nothing.
    for (std::int64_t i = 0; i <= kMaxCatchUp; ++i) {
      std::int64_t now = unix_now();
      bool due = false;
      for (const auto& r : conn->query(kDue, {now, now})) due = due || r.str("name") == job.name;
      if (!due) break;
      if (conn->exec(kClaim, {me, now + options.lease_seconds, job.name, now, now}) != 1) break;
      run_slot(app, *conn, job, me, interval);
      ++runs;
    }
  }
  return runs;
}

Runner::Runner(App& app, Options options) : app_(app), options_(std::move(options)) {
  if (options_.instance.empty()) options_.instance = default_instance();
  if (options_.probe_seconds > 0) {
    int hold = options_.probe_seconds;
    Job probe{"jobs.probe", 60, [hold](RunContext&) {
                return std::string("held the lease ") + std::to_string(hold) + " s";
              }};
    // Outside the run's transaction: a test kills the instance while it holds the lease.
    probe.prepare = [hold](RunContext&) {
      std::this_thread::sleep_for(std::chrono::seconds(hold));
    };
    register_job(std::move(probe));
  }
}

Runner::~Runner() { stop(); }

void Runner::start() {
  if (!options_.enabled || thread_.joinable()) return;
  spdlog::info("jobs: runner {} started ({} job(s), poll {} s, lease {} s)", options_.instance,
               registered_jobs().size(), options_.poll_seconds, options_.lease_seconds);
  thread_ = std::thread([this] { loop(); });
}

void Runner::stop() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Runner::loop() {
  std::unique_lock lock(mu_);
  for (int pass = 1; !stopping_; ++pass) {
    lock.unlock();
    try {
      tick(app_, app_.pool(), options_);
    } catch (const std::exception& e) {
      spdlog::warn("jobs: tick failed: {}", e.what());
    }
    // Every tenant's database has its own jobs, leases and signals.
    for (const auto& t : app_.tenants().list()) {
      auto route = app_.tenants().find(t.code);
      if (!route || !route->tenant->active) continue;
      tenancy::Scope scope(route->tenant);
      try {
        tick(app_, *route->pool, options_);
      } catch (const std::exception& e) {
        spdlog::warn("jobs: tick of tenant {} failed: {}", t.code, e.what());
      }
    }
    // Tenants added with `mingdeng tenant add` (which created their tables) are served
    // within a minute, without a restart.
    if (pass % std::max(1, 60 / std::max(1, options_.poll_seconds)) == 0) {
      try {
        app_.tenants().load();
      } catch (const std::exception& e) {
        spdlog::warn("jobs: reading the tenants failed: {}", e.what());
      }
    }
    lock.lock();
    cv_.wait_for(lock, std::chrono::seconds(options_.poll_seconds), [this] { return stopping_; });
  }
}

}  // namespace md::jobs
