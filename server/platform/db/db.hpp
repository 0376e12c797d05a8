#pragma once
// One database interface, two backends: SQLite (embedded, default) and PostgreSQL (libpq).
// SQL is written once with `?` placeholders; the PostgreSQL backend renumbers them to $n.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace md::db {

/// A bound parameter or a column value. NULL is std::monostate.
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

/// Which SQL dialect a connection speaks; used only where the two really differ.
enum class Dialect { sqlite, postgres };

/// Thrown for any database failure; `unavailable` marks a lost or refused connection.
struct DbError : std::runtime_error {
  DbError(const std::string& what, bool unavailable_ = false, bool unique_violation_ = false)
      : std::runtime_error(what), unavailable(unavailable_), unique_violation(unique_violation_) {}
  bool unavailable;
  bool unique_violation;
};

/// One result row; columns by index or by name.
class Row {
 public:
  Row(std::shared_ptr<const std::vector<std::string>> names, std::vector<Value> values)
      : names_(std::move(names)), values_(std::move(values)) {}
  /// True when the column is NULL.
  bool is_null(std::string_view col) const;
  /// Integer value (0 for NULL; text is parsed).
  std::int64_t i64(std::string_view col) const;
  /// Optional integer (nullopt for NULL).
  std::optional<std::int64_t> opt_i64(std::string_view col) const;
  /// Text value ("" for NULL).
  std::string str(std::string_view col) const;
  /// Optional text (nullopt for NULL).
  std::optional<std::string> opt_str(std::string_view col) const;
  /// Raw value at an index.
  const Value& at(std::size_t i) const { return values_.at(i); }
  /// Column count.
  std::size_t size() const { return values_.size(); }

 private:
  const Value& get(std::string_view col) const;
  std::shared_ptr<const std::vector<std::string>> names_;
  std::vector<Value> values_;
};

using Rows = std::vector<Row>;
using Params = std::vector<Value>;

/// A live connection. Not thread-safe: one thread at a time (the pool hands it out).
class Connection {
 public:
  virtual ~Connection() = default;
  /// Runs a statement and returns its rows (also for INSERT … RETURNING).
  virtual Rows query(std::string_view sql, const Params& params = {}) = 0;
  /// Runs a statement and returns the number of affected rows.
  virtual std::int64_t exec(std::string_view sql, const Params& params = {}) = 0;
  /// Runs several statements without parameters (migrations).
  virtual void exec_script(std::string_view sql) = 0;
  /// Starts a write transaction (SQLite: BEGIN IMMEDIATE, so writers queue instead of failing).
  virtual void begin() = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;
  /// True while a transaction is open on this connection.
  virtual bool in_transaction() = 0;
  /// True if the connection can still be used.
  virtual bool healthy() = 0;
  virtual Dialect dialect() const = 0;

  /// First row or nullopt.
  std::optional<Row> query_one(std::string_view sql, const Params& params = {});
  /// A single integer (e.g. COUNT(*)); 0 when no row.
  std::int64_t scalar(std::string_view sql, const Params& params = {});
  /// The collation clause that orders Chinese text by pinyin in this dialect.
  std::string_view pinyin_collation() const;
};

/// RAII transaction: rolls back unless commit() was called.
class Transaction {
 public:
  explicit Transaction(Connection& c) : c_(c) { c_.begin(); }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  void commit();

 private:
  Connection& c_;
  bool done_ = false;
};

/// Groups several reads into one read transaction on SQLite, where every statement outside a
/// transaction takes and releases the WAL read lock (two fcntl calls); on PostgreSQL it does
/// nothing (a BEGIN/COMMIT pair would only add round trips). Nested use is a no-op.
/// Do not write inside it: upgrading an old read snapshot to a write can fail with BUSY.
class ReadBatch {
 public:
  explicit ReadBatch(Connection& c);
  ReadBatch(const ReadBatch&) = delete;
  ReadBatch& operator=(const ReadBatch&) = delete;
  ~ReadBatch();

 private:
  Connection& c_;
  bool began_ = false;
};

/// A pool of connections to one database, opened by URL:
/// a file path or `sqlite:PATH` for SQLite, `postgresql://…` or `postgres://…` for PostgreSQL.
class Pool {
 public:
  Pool(std::string url, std::size_t size);
  ~Pool();
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;

  /// A borrowed connection, returned to the pool when it goes out of scope.
  class Lease {
   public:
    Lease(Pool* p, std::unique_ptr<Connection> c) : pool_(p), conn_(std::move(c)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = default;
    ~Lease();
    Connection& operator*() { return *conn_; }
    Connection* operator->() { return conn_.get(); }

   private:
    Pool* pool_;
    std::unique_ptr<Connection> conn_;
  };

  /// Borrows a connection, opening one if none is idle (blocks while `size` are lent).
  Lease acquire();
  Dialect dialect() const { return dialect_; }
  const std::string& url() const { return url_; }

 private:
  friend class Lease;
  void give_back(std::unique_ptr<Connection> c);
  std::unique_ptr<Connection> open();
  struct State;
  std::string url_;
  Dialect dialect_;
  std::unique_ptr<State> state_;
};

/// Opens a single connection by URL (see Pool).
std::unique_ptr<Connection> connect(const std::string& url);
/// True when the URL names a PostgreSQL database.
bool is_postgres_url(std::string_view url);

}  // namespace md::db
