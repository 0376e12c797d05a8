// Group commit: every piece of work from many threads is stored exactly once, a refused piece
// rolls back alone, and nobody returns before the commit that holds their work.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <stdexcept>
#include <thread>
#include <vector>

#include "platform/db/commit_group.hpp"
#include "platform/db/db.hpp"

namespace md::db {
namespace {

class CommitGroupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("md-commit-group-" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(path_);
    auto conn = connect(path_.string());
    conn->exec_script("CREATE TABLE t (n BIGINT NOT NULL UNIQUE)");
  }
  void TearDown() override {
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::filesystem::remove(path_.string() + suffix);
    }
  }
  std::filesystem::path path_;
};

TEST_F(CommitGroupTest, ManyThreadsEachStoredOnceAndRefusalsAlone) {
  CommitGroup group(8);
  constexpr int kThreads = 8, kEach = 50;
  std::atomic<int> refused{0}, stored{0}, visible_after_return{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      auto own = connect(path_.string());
      auto reader = connect(path_.string());
      for (int i = 0; i < kEach; ++i) {
        const std::int64_t n = t * 1000 + i;
        try {
          group.run(*own, [&](Connection& conn) {
            conn.exec("INSERT INTO t (n) VALUES (?)", {n});
            // Every fifth piece is refused after writing: its row must not survive.
            if (i % 5 == 4) throw std::runtime_error("refused");
          });
          ++stored;
          // Returned: the row is committed, so another connection sees it.
          if (reader->scalar("SELECT COUNT(*) FROM t WHERE n = ?", {n}) == 1) {
            ++visible_after_return;
          }
        } catch (const std::runtime_error&) {
          ++refused;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  auto conn = connect(path_.string());
  EXPECT_EQ(refused.load(), kThreads * kEach / 5);
  EXPECT_EQ(stored.load(), kThreads * kEach - refused.load());
  EXPECT_EQ(visible_after_return.load(), stored.load());
  EXPECT_EQ(conn->scalar("SELECT COUNT(*) FROM t"), stored.load());
  EXPECT_EQ(conn->scalar("SELECT COUNT(*) FROM t WHERE n % 1000 % 5 = 4"), 0);
}

TEST_F(CommitGroupTest, ADatabaseErrorInOnePieceLeavesTheOthers) {
  CommitGroup group;
  auto own = connect(path_.string());
  group.run(*own, [](Connection& c) { c.exec("INSERT INTO t (n) VALUES (1)", {}); });
  // A duplicate violates UNIQUE: that piece fails, the connection stays usable.
  EXPECT_ANY_THROW(
      group.run(*own, [](Connection& c) { c.exec("INSERT INTO t (n) VALUES (1)", {}); }));
  group.run(*own, [](Connection& c) { c.exec("INSERT INTO t (n) VALUES (2)", {}); });
  EXPECT_EQ(own->scalar("SELECT COUNT(*) FROM t"), 2);
  EXPECT_FALSE(own->in_transaction());
}

}  // namespace
}  // namespace md::db
