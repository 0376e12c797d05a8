// `mingdeng key rotate`: every database of the deployment (the home one and each tenant's) is
// re-encrypted in its own transaction, and all are committed only after every one succeeded.
#include <openssl/crypto.h>

#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>
#include <vector>

#include "platform/audit/audit.hpp"
#include "platform/backup/backup.hpp"
#include "platform/backup/commands.hpp"
#include "platform/backup/key_rotation.hpp"
#include "platform/core/tenancy.hpp"
#include "platform/crypto/field_cipher.hpp"

namespace md::backup {
namespace {

struct Database {
  std::string label;  // "home" or the tenant code
  std::string url;
};

// The home database and every tenant database it lists (tenants table, when present).
std::vector<Database> deployment_databases(const std::string& home_url) {
  std::vector<Database> out{{"home", home_url}};
  auto home = db::connect(home_url);
  db::Rows rows;
  try {
    rows = home->query("SELECT code, database FROM tenants ORDER BY code");
  } catch (const db::DbError&) {
    return out;  // a deployment from before multi-tenancy
  }
  for (const auto& r : rows) {
    std::string url = r.str("database");
    if (url.empty()) url = tenancy::database_for(home_url, r.str("code"));
    if (!db::is_postgres_url(url) && !std::filesystem::exists(sqlite_path(url))) continue;
    out.push_back({r.str("code"), url});
  }
  return out;
}

// A running server would keep writing under the old key after the commit.
void require_stopped(const std::string& url) {
  if (!db::is_postgres_url(url)) {
    sqlite_in_use_check(sqlite_path(url));
    return;
  }
  auto conn = db::connect(url);
  auto others = conn->query_one(
      "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND "
      "pid <> pg_backend_pid()");
  if (others && others->i64("n") > 0) {
    throw TargetRefused(std::to_string(others->i64("n")) +
                        " other session(s) are connected to the database: stop every Mingdeng "
                        "instance (and other clients) first");
  }
}

struct Open {
  Database db;
  std::unique_ptr<db::Connection> conn;
  std::unique_ptr<db::Transaction> tx;
  RotationReport report;
};

std::int64_t total_tokens(const RotationReport& r) {
  std::int64_t total = 0;
  for (const auto& [column, n] : r.tokens) total += n;
  return total;
}

void rotate_one(Open& o, const crypto::FieldCipher& old_key, const crypto::FieldCipher& new_key) {
  o.conn = db::connect(o.db.url);
  o.tx = std::make_unique<db::Transaction>(*o.conn);
  o.report = rotate_field_key(*o.conn, old_key, new_key);
  if (!o.report.unreadable.empty()) {
    // Not under the current key: the wrong key file, a rotation already done (key not yet
    // swapped), or damaged data. Rolled back: a half-rotated deployment would need two keys.
    std::string where;
    for (const auto& [column, n] : o.report.unreadable) {
      where += (where.empty() ? "" : ", ") + column + " (" + std::to_string(n) + ")";
    }
    throw TargetRefused("database " + o.db.label +
                        ": values that cannot be read with the current key: " + where +
                        ". Is --key-file the key in use (or was the rotation already done)?");
  }
  audit::Event e;
  e.username = "cli";
  e.ip = "local";
  e.action = "key.rotate";
  e.object_type = "key";
  e.object_id = "personal-data";
  e.after = {{"tokens", total_tokens(o.report)}, {"blindIndexes", o.report.blind_indexes}};
  e.detail = "personal-data key rotated (mingdeng key rotate)";
  audit::append(*o.conn, e, std::time(nullptr));
}

}  // namespace

int run_key_rotate(const Config& cfg, const std::string& new_key_file) {
  try {
    std::string old_bytes = current_key_bytes(cfg);
    const crypto::FieldCipher old_key(old_bytes);
    OPENSSL_cleanse(old_bytes.data(), old_bytes.size());
    if (!std::filesystem::exists(new_key_file)) {
      std::cout << "creating the new key file " << new_key_file << " (mode 0600)\n";
    }
    const auto new_key = crypto::FieldCipher::load_or_create_key_file(new_key_file);
    if (same_key(old_key, new_key)) {
      throw TargetRefused("the new key file holds the key already in use");
    }
    const auto databases = deployment_databases(cfg.database_url);
    for (const auto& d : databases) require_stopped(d.url);
    std::vector<Open> open;
    for (const auto& d : databases)
      rotate_one(open.emplace_back(Open{d, {}, {}, {}}), old_key, new_key);
    for (auto& o : open) o.tx->commit();  // only once every database is ready
    for (const auto& o : open) {
      std::cout << "database " << o.db.label << ": re-encrypted " << total_tokens(o.report)
                << " field(s) and " << o.report.blind_indexes << " blind index(es)\n";
      for (const auto& [column, n] : o.report.tokens)
        std::cout << "  " << column << ": " << n << "\n";
    }
    std::cout << "now, before starting the server: replace "
              << (cfg.key_hex.empty() ? cfg.effective_key_file() : std::string("MINGDENG_KEY"))
              << " with " << new_key_file
              << ". Keep the old key safe until every backup made with it has expired.\n";
    return kOk;
  } catch (const TargetRefused& e) {
    std::cerr << "mingdeng key rotate: nothing changed: " << e.what() << "\n";
    return kTargetRefused;
  } catch (const std::exception& e) {
    std::cerr << "mingdeng key rotate: nothing changed (rolled back): " << e.what() << "\n";
    return kFailed;
  }
}

}  // namespace md::backup
