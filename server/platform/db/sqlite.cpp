// SQLite backend: WAL journal, foreign keys on, a busy timeout so concurrent writers queue,
// and an ICU collation "zh" so Chinese names sort by pinyin.
#include <sqlite3.h>

#include <chrono>
#include <map>
#include <memory>
#include <mutex>

#include "platform/db/db.hpp"
#include "platform/i18n/collation.hpp"

namespace md::db {
namespace {

int compare_pinyin(void*, int la, const void* a, int lb, const void* b) {
  return i18n::compare_pinyin(
      std::string_view(static_cast<const char*>(a), static_cast<std::size_t>(la)),
      std::string_view(static_cast<const char*>(b), static_cast<std::size_t>(lb)));
}

// Writers of one database file in this process queue on one gate before BEGIN IMMEDIATE.
// Without it a writer that finds the lock taken waits in SQLite's busy handler, which sleeps
// 1, 2, 5 … 100 ms between retries: under load the lock sat idle between holders (bench/
// opinions.sh, docs/BENCHMARKS.md). Other processes still meet the busy timeout.
std::shared_ptr<std::timed_mutex> writer_gate(const std::string& path) {
  static std::mutex guard;
  static std::map<std::string, std::shared_ptr<std::timed_mutex>> gates;
  std::lock_guard lock(guard);
  auto& gate = gates[path];
  if (!gate) gate = std::make_shared<std::timed_mutex>();
  return gate;
}

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(const std::string& path) : gate_(writer_gate(path)) {
    int rc =
        sqlite3_open_v2(path.c_str(), &db_,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
      std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      db_ = nullptr;
      throw DbError("cannot open SQLite database " + path + ": " + msg, true);
    }
    sqlite3_busy_timeout(db_, 10000);
    sqlite3_create_collation(db_, "zh", SQLITE_UTF8, nullptr, compare_pinyin);
    // WAL lets readers run while one writer commits; synchronous=FULL makes every
    // acknowledged commit durable across power loss, which the product promises.
    exec_script("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
  }
  ~SqliteConnection() override {
    release_gate();
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close(db_);
  }

  Rows query(std::string_view sql, const Params& params) override {
    sqlite3_stmt* stmt = prepare(sql);
    bind(stmt, params);
    auto names = std::make_shared<std::vector<std::string>>();
    int ncol = sqlite3_column_count(stmt);
    for (int i = 0; i < ncol; ++i) names->emplace_back(sqlite3_column_name(stmt, i));
    Rows rows;
    for (;;) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) fail(stmt, rc);
      std::vector<Value> values;
      values.reserve(static_cast<std::size_t>(ncol));
      for (int i = 0; i < ncol; ++i) values.push_back(column(stmt, i));
      rows.emplace_back(names, std::move(values));
    }
    sqlite3_reset(stmt);
    return rows;
  }

  std::int64_t exec(std::string_view sql, const Params& params) override {
    sqlite3_stmt* stmt = prepare(sql);
    bind(stmt, params);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) fail(stmt, rc);
    sqlite3_reset(stmt);
    return sqlite3_changes64(db_);
  }

  void exec_script(std::string_view sql) override {
    char* err = nullptr;
    std::string s(sql);
    if (int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err); rc != SQLITE_OK) {
      std::string msg = err ? err : "unknown error";
      sqlite3_free(err);
      // A full disk or an I/O error (also at COMMIT) passes: the client is told to retry (503).
      int primary = rc & 0xff;
      throw DbError(msg, primary == SQLITE_FULL || primary == SQLITE_IOERR);
    }
  }

  void begin() override {
    // The same wait as the busy timeout; a transaction never outlives its thread's request.
    if (!gate_->try_lock_for(std::chrono::seconds(10))) throw DbError("database is busy");
    holds_gate_ = true;
    try {
      exec_script("BEGIN IMMEDIATE");
    } catch (...) {
      release_gate();
      throw;
    }
  }
  void commit() override {
    exec_script("COMMIT");  // on failure the transaction stays open; rollback() releases
    release_gate();
  }
  void rollback() override {
    struct ReleaseAfter {
      SqliteConnection* c;
      ~ReleaseAfter() { c->release_gate(); }
    } release{this};
    if (!sqlite3_get_autocommit(db_)) exec_script("ROLLBACK");
  }
  bool in_transaction() override { return !sqlite3_get_autocommit(db_); }
  bool healthy() override { return db_ != nullptr && sqlite3_get_autocommit(db_); }
  Dialect dialect() const override { return Dialect::sqlite; }

 private:
  void release_gate() {
    if (!holds_gate_) return;
    holds_gate_ = false;
    gate_->unlock();
  }

  sqlite3_stmt* prepare(std::string_view sql) {
    std::string key(sql);
    if (auto it = cache_.find(key); it != cache_.end()) {
      sqlite3_clear_bindings(it->second);
      return it->second;
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, key.data(), static_cast<int>(key.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt, nullptr) != SQLITE_OK) {
      throw DbError(std::string(sqlite3_errmsg(db_)) + " in: " + key);
    }
    // Statements are cached per connection: the same few hundred SQL constants recur.
    if (cache_.size() > 500) {
      for (auto& [s, st] : cache_) sqlite3_finalize(st);
      cache_.clear();
    }
    cache_.emplace(std::move(key), stmt);
    return stmt;
  }

  void bind(sqlite3_stmt* stmt, const Params& params) {
    for (std::size_t i = 0; i < params.size(); ++i) {
      int idx = static_cast<int>(i + 1);
      const Value& v = params[i];
      int rc = SQLITE_OK;
      if (std::holds_alternative<std::monostate>(v)) {
        rc = sqlite3_bind_null(stmt, idx);
      } else if (auto p = std::get_if<std::int64_t>(&v)) {
        rc = sqlite3_bind_int64(stmt, idx, *p);
      } else if (auto d = std::get_if<double>(&v)) {
        rc = sqlite3_bind_double(stmt, idx, *d);
      } else {
        const auto& s = std::get<std::string>(v);
        rc = sqlite3_bind_text64(stmt, idx, s.data(), s.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
      }
      if (rc != SQLITE_OK) throw DbError(sqlite3_errmsg(db_));
    }
  }

  static Value column(sqlite3_stmt* stmt, int i) {
    switch (sqlite3_column_type(stmt, i)) {
      case SQLITE_NULL:
        return std::monostate{};
      case SQLITE_INTEGER:
        return static_cast<std::int64_t>(sqlite3_column_int64(stmt, i));
      case SQLITE_FLOAT:
        return sqlite3_column_double(stmt, i);
      default: {
        auto p = reinterpret_cast<const char*>(sqlite3_column_blob(stmt, i));
        int n = sqlite3_column_bytes(stmt, i);
        return std::string(p ? p : "", static_cast<std::size_t>(n));
      }
    }
  }

  [[noreturn]] void fail(sqlite3_stmt* stmt, int rc) {
    std::string msg = sqlite3_errmsg(db_);
    int ext = sqlite3_extended_errcode(db_);
    sqlite3_reset(stmt);
    bool unique = ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY;
    bool unavailable =
        (rc & 0xff) == SQLITE_FULL || (rc & 0xff) == SQLITE_IOERR || (rc & 0xff) == SQLITE_BUSY;
    throw DbError(msg, unavailable, unique);
  }

  sqlite3* db_ = nullptr;
  std::map<std::string, sqlite3_stmt*, std::less<>> cache_;
  std::shared_ptr<std::timed_mutex> gate_;
  bool holds_gate_ = false;
};

}  // namespace

std::unique_ptr<Connection> open_sqlite(const std::string& path) {
  return std::make_unique<SqliteConnection>(path);
}

}  // namespace md::db
