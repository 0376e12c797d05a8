#pragma once
// Group commit: many short write requests share one transaction and one commit.
//
// With SQLite in WAL mode and synchronous=FULL every commit waits for one fsync, and SQLite has
// one writer at a time, so a flood of small writes (public opinion submissions) is capped by
// the disk's fsync rate — a few hundred per second on a shared disk. Callers here queue their
// work; whoever finds no batch running becomes the leader, runs the queued work one after the
// other on its own connection inside one transaction (each under its own SAVEPOINT, so a
// refused piece rolls back alone), commits once, and wakes the others. Nobody returns before
// the commit that holds their work: an acknowledged write is as durable as before.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>

#include "platform/db/db.hpp"

namespace md::db {

class CommitGroup {
 public:
  /// One piece of work; it must not open or commit a transaction itself. It may run on another
  /// request's thread and connection (the caller waits meanwhile), so it uses only `conn`.
  using Work = std::function<void(Connection& conn)>;

  explicit CommitGroup(std::size_t max_batch = 64) : max_batch_(max_batch) {}

  /// Runs `work` in a shared transaction on `own` or on a leader's connection and returns
  /// once that transaction committed; rethrows what `work` threw (its part rolled back), or
  /// the commit's failure (then no part of the batch was stored).
  void run(Connection& own, const Work& work);

 private:
  struct Job {
    const Work* work;
    std::exception_ptr error;
    bool done = false;
  };
  void run_batch(Connection& conn, std::deque<Job*>& batch);

  std::size_t max_batch_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Job*> queue_;
  bool leader_active_ = false;
};

}  // namespace md::db
