#pragma once
// Scheduled jobs that run exactly once per slot across every instance sharing a database.
//
// A job's slots are the multiples of its interval (unix seconds). The `jobs` row holds the next
// slot due and a lease; an instance claims a due job with ONE conditional UPDATE (next_run_at
// due AND the lease free or expired) — atomic on SQLite (one writer) and on PostgreSQL (the row
// lock makes a second UPDATE re-check the WHERE and match nothing). The run's work and its
// `job_runs` row (UNIQUE(job, slot)) commit in ONE transaction, so a slot is either done once
// or not at all: an instance killed mid-run leaves nothing behind, and after the lease expires
// another instance claims the same slot and runs it. Slots missed while every instance was
// down are caught up one by one (at most kMaxCatchUp, beyond that the schedule jumps to now).
//
// Modules register jobs from their module() factory (register_job); the runner thread started
// by `serve` ticks every few seconds against one db::Pool (a multi-tenant caller loops).
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "platform/audit/audit.hpp"
#include "platform/db/db.hpp"

namespace md {
class App;
}

namespace md::jobs {

/// What a run sees. The connection is inside the run's transaction: every write of the job
/// (and its audit records) commits together with the run's job_runs row.
struct RunContext {
  App& app;
  db::Connection& conn;
  std::int64_t slot = 0;          ///< the scheduled time of this run (unix seconds)
  std::int64_t window_start = 0;  ///< the previous successful run's slot (or slot − interval)
  std::int64_t now = 0;
  /// The actor to audit the job's changes as ("system:jobs", ip "local").
  audit::Event actor() const;
};

struct Job {
  std::string name;  ///< e.g. "publicity.scheduled_publish"
  std::int64_t interval_seconds = 60;
  /// Does the work; returns a short detail for job_runs ("3 published"). Throw to fail.
  std::function<std::string(RunContext&)> run;
  /// Optional work before the run's transaction opens (long reads), same context.
  std::function<void(RunContext&)> prepare;
};

/// Adds a job to the process-wide list (a second job of the same name replaces the first).
void register_job(Job job);
/// The registered jobs.
std::vector<Job> registered_jobs();

/// Runner settings (serve flags --jobs-*).
struct Options {
  bool enabled = true;
  int poll_seconds = 2;                ///< how often due jobs and change signals are checked
  std::int64_t lease_seconds = 300;    ///< a claim older than this is taken over
  std::int64_t interval_override = 0;  ///< > 0: every job runs at this interval (tests)
  int probe_seconds = 0;  ///< > 0: register "jobs.probe", which holds its lease this long (tests)
  std::string instance;   ///< this instance's name in leases and job_runs (default host:pid)
};

/// At most this many missed slots are run after an outage; older ones are skipped.
inline constexpr std::int64_t kMaxCatchUp = 100;

/// One pass over one database: invalidates the public page cache if another instance signalled
/// a change, then claims and runs every due job (catching up missed slots).
/// Returns the number of runs done.
int tick(App& app, db::Pool& pool, const Options& options);

/// Tells every instance that something public pages show has changed (inside the caller's
/// transaction, or alone): the runners invalidate their page caches on their next poll.
void signal_change(db::Connection& conn, std::string_view name = "public_pages");

/// The background thread of `serve`: tick(app.pool()) every poll_seconds until stopped.
class Runner {
 public:
  Runner(App& app, Options options);
  ~Runner();
  Runner(const Runner&) = delete;
  Runner& operator=(const Runner&) = delete;
  void start();
  void stop();

 private:
  void loop();
  App& app_;
  Options options_;
  std::thread thread_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stopping_ = false;
};

}  // namespace md::jobs
