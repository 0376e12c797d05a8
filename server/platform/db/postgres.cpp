// PostgreSQL backend over libpq. Values travel as text; `?` placeholders become $1, $2 …
// (skipping quoted literals), so module SQL is written once for both backends.
#include <libpq-fe.h>

#include <cstring>
#include <map>

#include "platform/db/db.hpp"

namespace md::db {
namespace {

std::string renumber_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  char quote = 0;
  for (char c : sql) {
    if (quote) {
      if (c == quote) quote = 0;
      out += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '?') {
      out += '$';
      out += std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

class PgResult {
 public:
  explicit PgResult(PGresult* r) : r_(r) {}
  ~PgResult() { PQclear(r_); }
  PgResult(const PgResult&) = delete;
  PgResult& operator=(const PgResult&) = delete;
  PGresult* get() const { return r_; }

 private:
  PGresult* r_;
};

// OIDs of the integer and float types, so rows come back typed like SQLite's.
constexpr Oid kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700,
              kBool = 16;

class PgConnection final : public Connection {
 public:
  explicit PgConnection(const std::string& url) {
    // Defaults first, the URL after them (expand_dbname): what the operator wrote wins.
    // A dead primary must be noticed in seconds, not after the kernel's two-hour keepalive or
    // fifteen-minute retransmission timeout: give each host 3 s to answer, probe an idle
    // socket after 5 s, and drop one whose sent data stays unacknowledged for 10 s.
    const char* keys[] = {
        "connect_timeout",  "keepalives",       "keepalives_idle", "keepalives_interval",
        "keepalives_count", "tcp_user_timeout", "dbname",          nullptr};
    const char* values[] = {"3", "1", "5", "2", "3", "10000", url.c_str(), nullptr};
    conn_ = PQconnectdbParams(keys, values, 1);
    if (PQstatus(conn_) != CONNECTION_OK) {
      std::string msg = PQerrorMessage(conn_);
      PQfinish(conn_);
      conn_ = nullptr;
      throw DbError("cannot connect to PostgreSQL: " + msg, true);
    }
    exec_script("SET client_min_messages TO WARNING");
  }
  ~PgConnection() override { PQfinish(conn_); }

  Rows query(std::string_view sql, const Params& params) override {
    PgResult res(run(sql, params));
    auto names = std::make_shared<std::vector<std::string>>();
    int ncol = PQnfields(res.get());
    std::vector<Oid> types;
    for (int i = 0; i < ncol; ++i) {
      names->emplace_back(PQfname(res.get(), i));
      types.push_back(PQftype(res.get(), i));
    }
    Rows rows;
    int nrow = PQntuples(res.get());
    rows.reserve(static_cast<std::size_t>(nrow));
    for (int r = 0; r < nrow; ++r) {
      std::vector<Value> values;
      values.reserve(static_cast<std::size_t>(ncol));
      for (int c = 0; c < ncol; ++c)
        values.push_back(cell(res.get(), r, c, types[static_cast<std::size_t>(c)]));
      rows.emplace_back(names, std::move(values));
    }
    return rows;
  }

  std::int64_t exec(std::string_view sql, const Params& params) override {
    PgResult res(run(sql, params));
    const char* n = PQcmdTuples(res.get());
    return (n && *n) ? std::stoll(n) : 0;
  }

  void exec_script(std::string_view sql) override {
    PgResult res(PQexec(conn_, std::string(sql).c_str()));
    check(res.get());
  }

  void begin() override { exec_script("BEGIN"); }
  void commit() override { exec_script("COMMIT"); }
  void rollback() override {
    if (PQtransactionStatus(conn_) != PQTRANS_IDLE) exec_script("ROLLBACK");
  }
  bool in_transaction() override { return PQtransactionStatus(conn_) != PQTRANS_IDLE; }
  bool healthy() override {
    // PQconsumeInput reads whatever the socket holds without blocking: when the server died
    // while this connection sat idle in the pool, that is the close, and the status turns bad.
    return conn_ && !broken_ && PQconsumeInput(conn_) == 1 && PQstatus(conn_) == CONNECTION_OK &&
           PQtransactionStatus(conn_) == PQTRANS_IDLE;
  }
  Dialect dialect() const override { return Dialect::postgres; }

 private:
  PGresult* run(std::string_view sql, const Params& params) {
    auto& text = statement_text(sql);
    std::vector<std::string> storage(params.size());
    std::vector<const char*> values(params.size());
    for (std::size_t i = 0; i < params.size(); ++i) {
      const Value& v = params[i];
      if (std::holds_alternative<std::monostate>(v)) {
        values[i] = nullptr;
        continue;
      }
      if (auto p = std::get_if<std::int64_t>(&v))
        storage[i] = std::to_string(*p);
      else if (auto d = std::get_if<double>(&v))
        storage[i] = std::to_string(*d);
      else
        storage[i] = std::get<std::string>(v);
      values[i] = storage[i].c_str();
    }
    PGresult* res = PQexecParams(conn_, text.c_str(), static_cast<int>(params.size()), nullptr,
                                 values.data(), nullptr, nullptr, 0);
    try {
      check(res);
    } catch (...) {
      PQclear(res);
      throw;
    }
    return res;
  }

  const std::string& statement_text(std::string_view sql) {
    auto it = texts_.find(sql);
    if (it == texts_.end()) it = texts_.emplace(std::string(sql), renumber_placeholders(sql)).first;
    return it->second;
  }

  void check(PGresult* res) {
    ExecStatusType st = PQresultStatus(res);
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) return;
    const char* state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
    std::string sqlstate = state ? state : "";
    std::string msg = PQerrorMessage(conn_);
    // 25006: this server turned read-only under us (demoted after a failover) — the database
    // is unavailable here; a fresh connection finds the new primary (target_session_attrs).
    bool unavailable = PQstatus(conn_) != CONNECTION_OK || sqlstate.starts_with("08") ||
                       sqlstate.starts_with("57") || sqlstate == "53100" || sqlstate == "25006";
    if (unavailable) broken_ = true;  // never lend this connection again
    throw DbError(msg, unavailable, sqlstate == "23505");
  }

  static Value cell(PGresult* res, int r, int c, Oid type) {
    if (PQgetisnull(res, r, c)) return std::monostate{};
    const char* v = PQgetvalue(res, r, c);
    switch (type) {
      case kInt2:
      case kInt4:
      case kInt8:
        return static_cast<std::int64_t>(std::strtoll(v, nullptr, 10));
      case kFloat4:
      case kFloat8:
      case kNumeric:
        return std::strtod(v, nullptr);
      case kBool:
        return static_cast<std::int64_t>(v[0] == 't' ? 1 : 0);
      default:
        return std::string(v, static_cast<std::size_t>(PQgetlength(res, r, c)));
    }
  }

  PGconn* conn_ = nullptr;
  bool broken_ = false;
  std::map<std::string, std::string, std::less<>> texts_;
};

}  // namespace

std::unique_ptr<Connection> open_postgres(const std::string& url) {
  return std::make_unique<PgConnection>(url);
}

}  // namespace md::db
