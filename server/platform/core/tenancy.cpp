#include "platform/core/tenancy.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <mutex>
#include <stdexcept>

namespace md::tenancy {
namespace {

thread_local const Tenant* current_tenant = nullptr;

std::vector<std::string> split_hosts(const std::string& csv) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= csv.size()) {
    std::size_t comma = csv.find(',', start);
    if (comma == std::string::npos) comma = csv.size();
    std::string h = normalize_host(std::string_view(csv).substr(start, comma - start));
    if (!h.empty()) out.push_back(h);
    start = comma + 1;
  }
  return out;
}

std::string join_hosts(const std::vector<std::string>& hosts) {
  std::string out;
  for (const auto& h : hosts) out += (out.empty() ? "" : ",") + normalize_host(h);
  return out;
}

bool valid_host(std::string_view h) {
  if (h.empty() || h.size() > 253) return false;
  return std::all_of(h.begin(), h.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
  });
}

void check(const Tenant& t) {
  if (!valid_code(t.code)) {
    throw std::invalid_argument("tenant code must be 2-31 of a-z, 0-9, _ starting with a letter");
  }
  if (t.name.empty()) throw std::invalid_argument("tenant name is required");
  if (t.hosts.empty()) throw std::invalid_argument("a tenant needs at least one host name");
  for (const auto& h : t.hosts) {
    if (!valid_host(normalize_host(h))) throw std::invalid_argument("not a host name: " + h);
  }
}

/// Another tenant already answering one of `t`'s hosts.
void check_hosts_free(db::Connection& home, const Tenant& t) {
  for (const auto& row : home.query("SELECT code, hosts FROM tenants WHERE code <> ?", {t.code})) {
    for (const auto& h : split_hosts(row.str("hosts"))) {
      for (const auto& mine : t.hosts) {
        if (normalize_host(mine) == h) {
          throw std::invalid_argument("host " + h + " already belongs to " + row.str("code"));
        }
      }
    }
  }
}

}  // namespace

bool valid_code(std::string_view code) {
  if (code.size() < 2 || code.size() > 31 || code[0] < 'a' || code[0] > 'z') return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::string normalize_host(std::string_view host) {
  while (!host.empty() && host.front() == ' ') host.remove_prefix(1);
  while (!host.empty() && host.back() == ' ') host.remove_suffix(1);
  if (!host.empty() && host.front() == '[') {  // [::1]:8080 — an address, never a tenant's
    return std::string(host.substr(0, host.find(']') + 1));
  }
  std::string out(host.substr(0, host.find(':')));
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (!out.empty() && out.back() == '.') out.pop_back();  // "a.example." is "a.example"
  return out;
}

std::string database_for(const std::string& home_url, const std::string& code) {
  if (db::is_postgres_url(home_url)) {
    // libpq applies `options` at connection start; the code is checked to [a-z0-9_], so it
    // needs no quoting. `public` stays on the path for extensions such as pg_trgm.
    std::string opt = "options=-csearch_path%3Dt_" + code + "%2Cpublic";
    if (home_url.find("://") == std::string::npos) {  // key=value form
      return home_url + " options='-csearch_path=t_" + code + ",public'";
    }
    return home_url + (home_url.find('?') == std::string::npos ? "?" : "&") + opt;
  }
  std::filesystem::path home = home_url.starts_with("sqlite:") ? home_url.substr(7) : home_url;
  return (home.parent_path() / "tenants" / (code + ".db")).string();
}

Registry::Registry(db::Pool& home, std::size_t pool_size) : home_(home), pool_size_(pool_size) {}
Registry::~Registry() = default;

void Registry::load() {
  auto conn = home_.acquire();
  auto rows = conn->query("SELECT code, name, hosts, database, status FROM tenants ORDER BY code");
  std::unique_lock lock(mu_);
  by_host_.clear();
  for (const auto& row : rows) {
    auto t = std::make_unique<Tenant>();
    t->code = row.str("code");
    t->name = row.str("name");
    t->hosts = split_hosts(row.str("hosts"));
    t->database =
        row.str("database").empty() ? database_for(home_.url(), t->code) : row.str("database");
    t->active = row.str("status") == "active";
    auto& entry = by_code_[t->code];
    if (!entry) entry = std::make_unique<Entry>();
    bool same = entry->tenant && entry->tenant->name == t->name &&
                entry->tenant->hosts == t->hosts && entry->tenant->active == t->active &&
                entry->tenant->database == t->database;
    if (!same) {
      if (!entry->pool || entry->pool->url() != t->database) {
        if (!db::is_postgres_url(t->database)) {
          std::filesystem::create_directories(std::filesystem::path(t->database).parent_path());
        }
        // A pool whose database moved is kept alive (requests may hold it) but unused.
        if (entry->pool) retired_pools_.push_back(std::move(entry->pool));
        entry->pool = std::make_unique<db::Pool>(t->database, pool_size_);
      }
      entry->tenant = t.get();
      versions_.push_back(std::move(t));
    }
    for (const auto& h : entry->tenant->hosts) by_host_[h] = entry.get();
  }
}

Registry::Route Registry::route(std::string_view host) const {
  std::shared_lock lock(mu_);
  if (by_host_.empty()) return {nullptr, &home_};
  auto it = by_host_.find(normalize_host(host));
  if (it == by_host_.end()) return {nullptr, &home_};
  return {it->second->tenant, it->second->tenant->active ? it->second->pool.get() : nullptr};
}

std::optional<Registry::Route> Registry::find(std::string_view code) const {
  std::shared_lock lock(mu_);
  auto it = by_code_.find(std::string(code));
  if (it == by_code_.end()) return std::nullopt;
  return Route{it->second->tenant, it->second->pool.get()};
}

std::vector<Tenant> Registry::list() const {
  std::shared_lock lock(mu_);
  std::vector<Tenant> out;
  for (const auto& [code, entry] : by_code_) out.push_back(*entry->tenant);
  std::sort(out.begin(), out.end(),
            [](const Tenant& a, const Tenant& b) { return a.code < b.code; });
  return out;
}

void add(db::Connection& home, const Tenant& t, std::int64_t now) {
  check(t);
  if (home.query_one("SELECT code FROM tenants WHERE code = ?", {t.code})) {
    throw std::invalid_argument("tenant " + t.code + " exists");
  }
  check_hosts_free(home, t);
  if (t.database.empty() && home.dialect() == db::Dialect::postgres) {
    // DDL takes no parameters; the code is checked to [a-z0-9_] above. pg_trgm goes to the
    // home schema first so that every tenant finds it on its search path.
    home.exec_script("CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE SCHEMA IF NOT EXISTS t_" +
                     t.code);
  }
  home.exec(
      "INSERT INTO tenants (code, name, hosts, database, status, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)",
      {t.code, t.name, join_hosts(t.hosts), t.database, t.active ? "active" : "suspended", now,
       now});
}

void update(db::Connection& home, const Tenant& t, std::int64_t now) {
  check(t);
  check_hosts_free(home, t);
  if (home.exec("UPDATE tenants SET name = ?, hosts = ?, status = ?, updated_at = ? WHERE code = ?",
                {t.name, join_hosts(t.hosts), t.active ? "active" : "suspended", now, t.code}) ==
      0) {
    throw std::invalid_argument("no tenant " + t.code);
  }
}

const Tenant* current() { return current_tenant; }
std::string current_key() { return current_tenant ? current_tenant->code : std::string(); }

Scope::Scope(const Tenant* t) : previous_(current_tenant) { current_tenant = t; }
Scope::~Scope() { current_tenant = previous_; }

}  // namespace md::tenancy
