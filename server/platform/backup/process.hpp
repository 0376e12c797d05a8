// Runs pg_dump / pg_restore without a shell, streaming their stdout or stdin through a pipe.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace md::backup {

/// A libpq URL split for a child process: the keyword=value conninfo without the password, and
/// the password (passed as PGPASSWORD, so it never shows in `ps` or /proc/*/cmdline).
struct PgTarget {
  std::string conninfo;
  std::string password;
};

/// Parses a postgresql:// URL (multi-host allowed) with libpq; throws std::runtime_error.
PgTarget split_pg_url(const std::string& url);

/// Runs argv[0] (looked up in PATH) with extra environment variables; feeds its stdout to
/// `on_output` chunk by chunk. Returns the exit status (non-zero also when killed).
int run_reading(const std::vector<std::string>& argv,
                const std::vector<std::pair<std::string, std::string>>& env,
                const std::function<void(std::string_view)>& on_output);

/// Runs argv[0] and lets `producer` write its stdin through `write` (then closes it); returns
/// the exit status. If the producer throws, the child's stdin is closed and it is waited for.
int run_writing(
    const std::vector<std::string>& argv,
    const std::vector<std::pair<std::string, std::string>>& env,
    const std::function<void(const std::function<void(std::string_view)>& write)>& producer);

}  // namespace md::backup
