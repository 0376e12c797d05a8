// The `backup` and `restore` commands: key choice, audit records, messages and exit codes.
#pragma once

#include <string>

#include "platform/core/config.hpp"

namespace md::backup {

/// Command-line arguments of `mingdeng backup` and `mingdeng restore`.
struct CommandArgs {
  std::string to;               ///< backup: target file
  std::string from;             ///< restore: backup file
  std::string backup_key_file;  ///< a separate backup key (64 hex) instead of the data key
  bool plain = false;           ///< backup: unencrypted SQLite copy
  bool force = false;           ///< restore: replace a database that holds data
};

/// Exit codes, so scripts can tell a bad file from a refused target.
enum ExitCode : int {
  kOk = 0,
  kFailed = 2,         ///< I/O, pg_dump/pg_restore or database failure
  kFileRefused = 3,    ///< wrong key, altered, truncated, not a backup
  kTargetRefused = 4,  ///< database holds data (no --force), in use, or of the other kind
};

/// `mingdeng backup --to FILE`; prints what it did; audited in the source database.
int run_backup(const Config& cfg, const CommandArgs& args, const std::string& tool_version);

/// `mingdeng restore --from FILE [--force]`; run before anything else opens the database.
int run_restore(const Config& cfg, const CommandArgs& args);

/// The deployment's 32-byte personal-data key (MINGDENG_KEY or the key file, never created).
std::string current_key_bytes(const Config& cfg);

/// `mingdeng key rotate --new-key-file F`: re-encrypts every personal-data field and blind
/// index of the database under the key in F (created if missing), in one transaction; the
/// operator then swaps the key files. Every instance must be stopped.
int run_key_rotate(const Config& cfg, const std::string& new_key_file);

}  // namespace md::backup
