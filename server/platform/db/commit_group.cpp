#include "platform/db/commit_group.hpp"

namespace md::db {

void CommitGroup::run(Connection& own, const Work& work) {
  Job job{&work, nullptr, false};
  std::unique_lock lock(mu_);
  queue_.push_back(&job);
  while (!job.done) {
    if (leader_active_) {
      cv_.wait(lock);
      continue;
    }
    // Lead one batch: everything queued so far (ours may be in a later batch when more than
    // max_batch_ wait; the loop then leads or waits again).
    leader_active_ = true;
    std::deque<Job*> batch;
    while (!queue_.empty() && batch.size() < max_batch_) {
      batch.push_back(queue_.front());
      queue_.pop_front();
    }
    lock.unlock();
    run_batch(own, batch);
    lock.lock();
    for (auto* j : batch) j->done = true;
    leader_active_ = false;
    cv_.notify_all();
  }
  lock.unlock();
  if (job.error) std::rethrow_exception(job.error);
}

void CommitGroup::run_batch(Connection& conn, std::deque<Job*>& batch) {
  try {
    Transaction tx(conn);
    for (auto* j : batch) {
      conn.exec_script("SAVEPOINT md_group_item");
      try {
        (*j->work)(conn);
        conn.exec_script("RELEASE md_group_item");
      } catch (...) {
        j->error = std::current_exception();
        conn.exec_script("ROLLBACK TO md_group_item");
        conn.exec_script("RELEASE md_group_item");
      }
    }
    tx.commit();
  } catch (...) {
    // The transaction failed as a whole (connection lost, commit refused): nothing of the
    // batch was stored, and every caller hears so.
    auto failure = std::current_exception();
    for (auto* j : batch) {
      if (!j->error) j->error = failure;
    }
  }
}

}  // namespace md::db
