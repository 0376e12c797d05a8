#pragma once
// Several standing committees on one deployment. Each tenant's rows live in a database of its
// own — a PostgreSQL schema `t_<code>` in the home database, or a SQLite file beside the home
// one — so no query anywhere needs a tenant filter and none can forget one: a session, an id,
// an attachment reference or a setting of one tenant simply does not exist in another's
// database. The request's Host picks the tenant; the home database lists the tenants and is
// itself the tenant of every other host (a single-tenant deployment has only the home).
#include <cstdint>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "platform/db/db.hpp"

namespace md::tenancy {

struct Tenant {
  std::string code;                ///< e.g. `luokou`; empty for the home database
  std::string name;                ///< e.g. 路口镇人大主席团
  std::vector<std::string> hosts;  ///< lower-case host names (no port) that reach it
  std::string database;            ///< where its rows live (see database_for)
  bool active = true;              ///< a suspended tenant answers 503
};

/// `[a-z][a-z0-9_]{1,30}`: safe as part of a schema name and a file name.
bool valid_code(std::string_view code);
/// A host name as the registry stores it: lower case, without a port.
std::string normalize_host(std::string_view host);
/// Where a tenant's rows live when it names no database of its own: PostgreSQL — the home
/// database with `search_path` set to the tenant's schema (then `public`, for extensions);
/// SQLite — `tenants/<code>.db` beside the home database file.
std::string database_for(const std::string& home_url, const std::string& code);

/// The tenants of the deployment, read from the home database's `tenants` table.
class Registry {
 public:
  /// `pool_size`: connections per tenant pool (opened lazily, on first use).
  Registry(db::Pool& home, std::size_t pool_size);
  ~Registry();

  /// Reads the table again (new tenants get a pool; changed ones are updated).
  void load();
  /// The pool for a request's Host header; the home pool for unknown hosts. nullptr with
  /// the tenant when it is suspended.
  struct Route {
    const Tenant* tenant = nullptr;  ///< nullptr for the home database
    db::Pool* pool = nullptr;
  };
  Route route(std::string_view host) const;
  /// The tenant by code (nullopt if unknown), with its pool.
  std::optional<Route> find(std::string_view code) const;
  /// Every tenant, in code order.
  std::vector<Tenant> list() const;
  db::Pool& home() { return home_; }

 private:
  // Requests keep pointers to a tenant and its pool beyond the lock, so neither is ever freed
  // or changed in place while the process runs: a reload that changes a tenant stores a new
  // Tenant beside the old one (a handful of bytes per change).
  struct Entry {
    const Tenant* tenant = nullptr;
    std::unique_ptr<db::Pool> pool;
  };
  db::Pool& home_;
  std::size_t pool_size_;
  mutable std::shared_mutex mu_;
  std::vector<std::unique_ptr<const Tenant>> versions_;
  std::vector<std::unique_ptr<db::Pool>> retired_pools_;
  std::unordered_map<std::string, std::unique_ptr<Entry>> by_code_;
  std::unordered_map<std::string, Entry*> by_host_;
};

/// Adds a tenant to the home database's table (and creates its PostgreSQL schema); the caller
/// then migrates it. Throws std::invalid_argument for a bad code, host or a taken one.
void add(db::Connection& home, const Tenant& t, std::int64_t now);
/// Changes a tenant's name, hosts or status.
void update(db::Connection& home, const Tenant& t, std::int64_t now);

/// The tenant whose request this thread is handling (nullptr: the home database). Per-process
/// state that belongs to one database — batching writers, counters — is kept per tenant with it.
const Tenant* current();
/// A key for per-database state: the tenant's code, or "" for the home database.
std::string current_key();

/// Sets current() for the lifetime of the scope.
class Scope {
 public:
  explicit Scope(const Tenant* t);
  ~Scope();
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;

 private:
  const Tenant* previous_;
};

}  // namespace md::tenancy
