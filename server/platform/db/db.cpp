#include "platform/db/db.hpp"

#include <condition_variable>
#include <deque>
#include <mutex>

namespace md::db {

std::unique_ptr<Connection> open_sqlite(const std::string& path);
std::unique_ptr<Connection> open_postgres(const std::string& url);

const Value& Row::get(std::string_view col) const {
  for (std::size_t i = 0; i < names_->size(); ++i) {
    if ((*names_)[i] == col) return values_[i];
  }
  throw DbError("no such column in result: " + std::string(col));
}

bool Row::is_null(std::string_view col) const {
  return std::holds_alternative<std::monostate>(get(col));
}

std::int64_t Row::i64(std::string_view col) const { return opt_i64(col).value_or(0); }

std::optional<std::int64_t> Row::opt_i64(std::string_view col) const {
  const Value& v = get(col);
  if (auto p = std::get_if<std::int64_t>(&v)) return *p;
  if (auto d = std::get_if<double>(&v)) return static_cast<std::int64_t>(*d);
  if (auto s = std::get_if<std::string>(&v)) return std::stoll(*s);
  return std::nullopt;
}

std::string Row::str(std::string_view col) const { return opt_str(col).value_or(""); }

std::optional<std::string> Row::opt_str(std::string_view col) const {
  const Value& v = get(col);
  if (auto s = std::get_if<std::string>(&v)) return *s;
  if (auto p = std::get_if<std::int64_t>(&v)) return std::to_string(*p);
  if (auto d = std::get_if<double>(&v)) return std::to_string(*d);
  return std::nullopt;
}

std::optional<Row> Connection::query_one(std::string_view sql, const Params& params) {
  Rows rows = query(sql, params);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::int64_t Connection::scalar(std::string_view sql, const Params& params) {
  auto row = query_one(sql, params);
  if (!row || row->size() == 0) return 0;
  const Value& v = row->at(0);
  if (auto p = std::get_if<std::int64_t>(&v)) return *p;
  if (auto s = std::get_if<std::string>(&v)) return std::stoll(*s);
  if (auto d = std::get_if<double>(&v)) return static_cast<std::int64_t>(*d);
  return 0;
}

std::string_view Connection::pinyin_collation() const {
  // SQLite gets an ICU-backed collation named "zh" registered on every connection;
  // PostgreSQL ships ICU collations, and its default C.UTF-8 would sort by code point.
  return dialect() == Dialect::sqlite ? " COLLATE zh" : " COLLATE \"zh-x-icu\"";
}

Transaction::~Transaction() {
  if (!done_) {
    try {
      c_.rollback();
    } catch (...) {
      // The connection is already broken; the pool drops it as unhealthy.
    }
  }
}

void Transaction::commit() {
  c_.commit();
  done_ = true;
}

ReadBatch::ReadBatch(Connection& c) : c_(c) {
  if (c_.dialect() == Dialect::sqlite && !c_.in_transaction()) {
    c_.exec_script("BEGIN");
    began_ = true;
  }
}

ReadBatch::~ReadBatch() {
  if (!began_) return;
  try {
    c_.exec_script("COMMIT");
  } catch (...) {
    // A read-only transaction has nothing to lose; the pool drops a broken connection.
  }
}

bool is_postgres_url(std::string_view url) {
  return url.starts_with("postgresql://") || url.starts_with("postgres://") ||
         url.find("host=") != std::string_view::npos;
}

std::unique_ptr<Connection> connect(const std::string& url) {
  if (is_postgres_url(url)) return open_postgres(url);
  std::string path = url.starts_with("sqlite:") ? url.substr(7) : url;
  return open_sqlite(path);
}

struct Pool::State {
  std::mutex mu;
  std::condition_variable cv;
  std::deque<std::unique_ptr<Connection>> idle;
  std::size_t lent = 0;
  std::size_t size = 1;
};

Pool::Pool(std::string url, std::size_t size)
    : url_(std::move(url)),
      dialect_(is_postgres_url(url_) ? Dialect::postgres : Dialect::sqlite),
      state_(std::make_unique<State>()) {
  state_->size = size == 0 ? 1 : size;
}

Pool::~Pool() = default;

std::unique_ptr<Connection> Pool::open() { return connect(url_); }

Pool::Lease Pool::acquire() {
  std::unique_ptr<Connection> conn;
  {
    std::unique_lock lock(state_->mu);
    state_->cv.wait(lock, [&] { return !state_->idle.empty() || state_->lent < state_->size; });
    ++state_->lent;
    if (!state_->idle.empty()) {
      conn = std::move(state_->idle.front());
      state_->idle.pop_front();
    }
  }
  // A connection whose server went away while it sat idle (a failover) is closed here, not
  // lent out to fail one request; a fresh one reaches whichever server is primary now.
  if (conn && !conn->healthy()) conn.reset();
  if (!conn) {
    try {
      conn = open();
    } catch (...) {
      std::lock_guard lock(state_->mu);
      --state_->lent;
      state_->cv.notify_one();
      throw;
    }
  }
  return Lease(this, std::move(conn));
}

void Pool::give_back(std::unique_ptr<Connection> c) {
  bool keep = c && c->healthy();
  std::lock_guard lock(state_->mu);
  --state_->lent;
  if (keep) state_->idle.push_back(std::move(c));
  state_->cv.notify_one();
}

Pool::Lease::~Lease() {
  if (pool_ && conn_) pool_->give_back(std::move(conn_));
}

}  // namespace md::db
