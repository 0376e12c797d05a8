// `mingdeng backup` / `mingdeng restore`: encrypted backups of SQLite (online backup API) and
// PostgreSQL (pg_dump custom format, streamed), restored only after the integrity tag checks.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

#include "platform/backup/format.hpp"

namespace md::backup {

/// The restore target was refused (holds data without --force, or is in use): nothing changed.
class TargetRefused : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// What to back up, where, and with which key.
struct BackupRequest {
  std::string database_url;  ///< SQLite path (or sqlite:path) or postgresql:// URL
  std::string target;        ///< must not exist
  std::string key;           ///< 32-byte backup key (unused when plain)
  KeySource key_source = KeySource::master_key;
  std::string tool_version;
  bool plain = false;  ///< SQLite only: an unencrypted database copy, as before
};

/// What a backup or restore did, for the message and the audit record.
struct Outcome {
  Kind kind = Kind::sqlite;
  std::uint64_t bytes = 0;  ///< bytes written to the target
  std::string detail;       ///< one human sentence
};

/// Makes the backup; the target appears only when complete (written as .partial, renamed).
/// Throws std::runtime_error with an operator-readable message; leaves no partial file.
Outcome make_backup(const BackupRequest& request);

/// What to restore into.
struct RestoreRequest {
  std::string database_url;
  std::string source;  ///< the .mdbk file
  std::string key;
  bool force = false;  ///< replace a database that already holds data
};

/// Verifies the whole file first; throws FormatError (file refused) or std::runtime_error
/// (target refused or restore failed). Nothing is changed unless the tag is correct.
Outcome restore_backup(const RestoreRequest& request);

/// True when the SQLite file holds any table; throws TargetRefused when another process (a
/// running server) has it open — proven by taking, then releasing, an exclusive lock.
bool sqlite_in_use_check(const std::string& path);

/// The SQLite file path of a database URL ("sqlite:" prefix optional).
std::string sqlite_path(const std::string& database_url);

}  // namespace md::backup
