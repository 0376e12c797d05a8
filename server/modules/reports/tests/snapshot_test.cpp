// The dashboard snapshot (issue 10): served for a minute, then computed again by the first
// request, and then exactly what the figure functions give on the data of that moment.
#include "modules/reports/snapshot.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "modules/reports/figures.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/module.hpp"
#include "platform/db/migrate.hpp"

namespace md::reports {
namespace {

class Snapshot : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("md-reports-snapshot-" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(path_);
    conn_ = db::connect(path_.string());
    std::vector<db::Migration> all;
    for (const char* m :
         {"platform",   "accounts",  "system",      "org",           "deputies",       "votes",
          "orglife",    "learning",  "dues",        "inspection",    "evaluation",     "warnings",
          "receptions", "opinions",  "publicity",   "rectification", "accountability", "union",
          "volunteers", "donations", "enterprises", "supervision",   "reports"}) {
      for (auto& mig : embedded_migrations(m)) all.push_back(std::move(mig));
    }
    db::apply_migrations(*conn_, all);
  }
  void TearDown() override {
    conn_.reset();
    for (const char* suffix : {"", "-wal", "-shm"})
      std::filesystem::remove(path_.string() + suffix);
  }

  // One voter's opinion of 路口镇 received on `received`, still open.
  void opinion(const std::string& received) {
    ++n_;
    auto ref = "R" + std::to_string(n_);
    auto id = conn_
                  ->query_one(
                      "INSERT INTO cases (kind, ref_no, state, title, created_at, updated_at) "
                      "VALUES ('opinion', ?, 'registered', 't', 0, 0) RETURNING id",
                      {ref})
                  ->i64("id");
    conn_->exec(
        "INSERT INTO opinions (case_id, channel, category, town, content, query_code_hash, "
        "received_on, deadline) VALUES (?, 'visit', 'c', '路口镇', 'x', ?, ?, '2019-12-31')",
        {id, ref, received});
  }

  std::int64_t received(const nlohmann::json& dashboard) {
    return dashboard["figures"]["opinions"]["received"].get<std::int64_t>();
  }

  std::filesystem::path path_;
  std::unique_ptr<db::Connection> conn_;
  int n_ = 0;
};

TEST_F(Snapshot, ServedForAMinuteThenComputedAgainAsTheFiguresSay) {
  const std::string today = "2019-06-01";
  const std::int64_t t0 = china_day_start(today).value_or(0) + 10 * 3600;
  opinion("2019-03-10");
  auto first = dashboard_snapshot(*conn_, 2019, today, t0);
  EXPECT_EQ(first["updatedAt"], t0);
  EXPECT_EQ(received(first), 1);

  // New data within the minute: the stored figures, with the time they were computed.
  opinion("2019-05-10");
  auto cached = dashboard_snapshot(*conn_, 2019, today, t0 + kDashboardFreshSeconds - 1);
  EXPECT_EQ(cached["updatedAt"], t0);
  EXPECT_EQ(received(cached), 1);
  EXPECT_EQ(cached["figures"], first["figures"]);

  // A minute on: computed again, and equal to the figure functions on the data now.
  auto later = t0 + kDashboardFreshSeconds;
  auto fresh = dashboard_snapshot(*conn_, 2019, today, later);
  EXPECT_EQ(fresh["updatedAt"], later);
  EXPECT_EQ(received(fresh), 2);
  auto raw = dashboard_json(*conn_, 2019, today);
  EXPECT_EQ(fresh["figures"], raw["figures"]);
  EXPECT_EQ(fresh["monthly"], raw["monthly"]);
  EXPECT_EQ(fresh["monthly"]["opinionsReceived"][4], 1);  // May
  EXPECT_EQ(conn_->scalar("SELECT COUNT(*) FROM reports_dashboard_snapshots"), 1);
}

TEST_F(Snapshot, WhileOneRequestRefreshesTheOthersGetTheStoredFigures) {
  const std::string today = "2019-06-01";
  const std::int64_t t0 = china_day_start(today).value_or(0) + 10 * 3600;
  opinion("2019-03-10");
  dashboard_snapshot(*conn_, 2019, today, t0);
  opinion("2019-04-10");
  // A minute on, another request has claimed the refresh (it is still computing).
  auto stale = t0 + kDashboardFreshSeconds;
  conn_->exec("UPDATE reports_dashboard_snapshots SET refreshing_until = ? WHERE year = 2019",
              {stale + kDashboardRefreshClaimSeconds});
  auto meanwhile = dashboard_snapshot(*conn_, 2019, today, stale + 1);
  EXPECT_EQ(meanwhile["updatedAt"], t0);
  EXPECT_EQ(received(meanwhile), 1);
  // That request died without storing: once its claim lapses the next asker computes.
  auto retry = stale + kDashboardRefreshClaimSeconds;
  auto fresh = dashboard_snapshot(*conn_, 2019, today, retry);
  EXPECT_EQ(fresh["updatedAt"], retry);
  EXPECT_EQ(received(fresh), 2);
  EXPECT_TRUE(conn_->query_one("SELECT refreshing_until FROM reports_dashboard_snapshots")
                  ->is_null("refreshing_until"));
}

TEST_F(Snapshot, ANewDayOrAnotherYearIsComputedOnItsOwn) {
  const std::int64_t t0 = china_day_start("2019-06-01").value_or(0) + 23 * 3600;
  opinion("2019-03-10");
  dashboard_snapshot(*conn_, 2019, "2019-06-01", t0);
  opinion("2019-04-10");
  // Ten seconds later it is the next day in China: what is overdue changed, so recomputed.
  auto next_day = dashboard_snapshot(*conn_, 2019, "2019-06-02", t0 + 10);
  EXPECT_EQ(next_day["updatedAt"], t0 + 10);
  EXPECT_EQ(received(next_day), 2);
  // Another year has its own row; the clock set back does not serve a snapshot "from later".
  auto other = dashboard_snapshot(*conn_, 2018, "2019-06-02", t0 + 20);
  EXPECT_EQ(received(other), 0);
  opinion("2019-05-10");
  auto back = dashboard_snapshot(*conn_, 2019, "2019-06-02", t0 + 5);
  EXPECT_EQ(back["updatedAt"], t0 + 5);
  EXPECT_EQ(received(back), 3);
  EXPECT_EQ(conn_->scalar("SELECT COUNT(*) FROM reports_dashboard_snapshots"), 2);
}

}  // namespace
}  // namespace md::reports
