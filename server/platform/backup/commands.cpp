#include "platform/backup/commands.hpp"

#include <openssl/crypto.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "platform/audit/audit.hpp"
#include "platform/backup/backup.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/crypto/stream.hpp"
#include "platform/db/db.hpp"

namespace md::backup {
namespace {

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// The key the file is sealed with: a separate backup key when given, else the deployment's
// personal-data key (never created here: a restore with a missing key must fail, not invent one).
struct Key {
  std::string bytes;
  KeySource source = KeySource::master_key;
  ~Key() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
};

}  // namespace

std::string current_key_bytes(const Config& cfg) {
  if (!cfg.key_hex.empty()) {
    auto raw = crypto::from_hex(cfg.key_hex);
    if (!raw || raw->size() != 32) throw std::runtime_error("MINGDENG_KEY: expected 64 hex digits");
    return *raw;
  }
  return crypto::read_key_file(cfg.effective_key_file());
}

namespace {

Key backup_key(const Config& cfg, const CommandArgs& a) {
  Key k;
  if (!a.backup_key_file.empty()) {
    k.bytes = crypto::read_key_file(a.backup_key_file);
    k.source = KeySource::backup_key_file;
  } else {
    k.bytes = current_key_bytes(cfg);
  }
  return k;
}

void audit_event(const std::string& url, const std::string& action, bool ok,
                 const std::string& file, const std::string& detail) {
  audit::Event e;
  e.username = "cli";
  e.ip = "local";
  e.action = action;
  e.object_type = "backup";
  e.object_id = std::filesystem::path(file).filename().string();
  e.ok = ok;
  e.detail = detail;
  auto conn = db::connect(url);
  audit::append_alone(*conn, e, unix_now());
}

// A refused restore is recorded where possible (an existing deployment); never fatal.
void audit_refusal(const std::string& url, const std::string& file, const std::string& why) {
  try {
    if (!db::is_postgres_url(url) && !std::filesystem::exists(sqlite_path(url))) return;
    audit_event(url, "backup.restore", false, file, "refused: " + why);
  } catch (const std::exception&) {
    // no audit table (empty target) or in use: nothing to record into
  }
}

std::string when(std::int64_t t) {
  std::time_t tt = static_cast<std::time_t>(t);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S UTC", std::gmtime(&tt));
  return buf;
}

}  // namespace

int run_backup(const Config& cfg, const CommandArgs& a, const std::string& tool_version) {
  BackupRequest rq;
  rq.database_url = cfg.database_url;
  rq.target = a.to;
  rq.plain = a.plain;
  rq.tool_version = tool_version;
  try {
    if (!a.plain) {
      Key k = backup_key(cfg, a);
      rq.key = k.bytes;
      rq.key_source = k.source;
    }
    // Recorded before the snapshot, so the backup itself carries the record of its making.
    audit_event(cfg.database_url, "backup.create", true, a.to,
                a.plain ? "plain SQLite copy" : "encrypted (SM4)");
    Outcome o = make_backup(rq);
    OPENSSL_cleanse(rq.key.data(), rq.key.size());
    std::cout << "backed up to " << a.to << ": " << o.detail << ", " << o.bytes << " bytes\n";
    if (a.plain) {
      std::cout << "this copy is NOT encrypted; personal-data fields stay sealed by the key file "
                << cfg.effective_key_file() << " — keep that key apart from the copy\n";
    } else if (rq.key_source == KeySource::master_key) {
      std::cout << "sealed with the personal-data key (" << cfg.effective_key_file()
                << "): keep that key file apart from the backups, and keep a copy of it "
                   "safe — without it neither the backup nor the data can be read\n";
    }
    return kOk;
  } catch (const std::exception& e) {
    OPENSSL_cleanse(rq.key.data(), rq.key.size());
    std::cerr << "mingdeng backup: " << e.what() << "\n";
    try {
      audit_event(cfg.database_url, "backup.create", false, a.to,
                  std::string("failed: ") + e.what());
    } catch (const std::exception&) {
    }
    return kFailed;
  }
}

int run_restore(const Config& cfg, const CommandArgs& a) {
  RestoreRequest rq;
  rq.database_url = cfg.database_url;
  rq.source = a.from;
  rq.force = a.force;
  try {
    Key k = backup_key(cfg, a);
    rq.key = k.bytes;
    Outcome o = restore_backup(rq);
    OPENSSL_cleanse(rq.key.data(), rq.key.size());
    std::ifstream in(a.from, std::ios::binary);
    const Header h = peek_header(in);
    audit_event(cfg.database_url, "backup.restore", true, a.from,
                "restored backup made " + when(h.created_at) + " by Mingdeng " + h.tool_version);
    std::cout << "integrity verified; " << o.detail << " (backup made " << when(h.created_at)
              << " by Mingdeng " << h.tool_version << ", " << o.bytes << " bytes)\n"
              << "start the server: it applies any newer migrations\n";
    return kOk;
  } catch (const FormatError& e) {
    OPENSSL_cleanse(rq.key.data(), rq.key.size());
    std::cerr << "mingdeng restore: backup file refused, nothing restored: " << e.what() << "\n";
    audit_refusal(cfg.database_url, a.from, e.what());
    return kFileRefused;
  } catch (const TargetRefused& e) {
    OPENSSL_cleanse(rq.key.data(), rq.key.size());
    std::cerr << "mingdeng restore: nothing restored: " << e.what() << "\n";
    audit_refusal(cfg.database_url, a.from, e.what());
    return kTargetRefused;
  } catch (const std::exception& e) {
    OPENSSL_cleanse(rq.key.data(), rq.key.size());
    std::cerr << "mingdeng restore: " << e.what() << "\n";
    audit_refusal(cfg.database_url, a.from, e.what());
    return kFailed;
  }
}

}  // namespace md::backup
