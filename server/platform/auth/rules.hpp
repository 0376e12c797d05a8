#pragma once
// Sign-in decisions as pure functions of state, policy and time (等保 level-3 baseline).
#include <cstdint>
#include <string>
#include <vector>

namespace md::auth {

/// Thresholds from the security settings.
struct SecurityPolicy {
  int max_failures = 5;            ///< wrong passwords before the account locks
  int lock_seconds = 15 * 60;      ///< how long it stays locked
  int idle_seconds = 30 * 60;      ///< sign-out after this long without a request
  int password_max_age_days = 90;  ///< 0 = never expires
  bool totp_for_admins = true;     ///< the three admin roles need a second factor
};

/// What the database knows about an account's recent sign-ins.
struct LoginState {
  int failed_attempts = 0;
  std::int64_t locked_until = 0;  ///< unix seconds; 0 = not locked
};

/// True while a lock is in force.
bool is_locked(const LoginState& s, std::int64_t now);
/// The state after a wrong password: counts it, and locks once the limit is reached.
LoginState after_failure(LoginState s, const SecurityPolicy& p, std::int64_t now);
/// The state after a correct sign-in.
LoginState after_success();
/// True when a session last used at `last_seen` has been idle too long.
bool idle_expired(std::int64_t last_seen, const SecurityPolicy& p, std::int64_t now);
/// True when a password set at `changed_at` must be changed now.
bool password_expired(std::int64_t changed_at, const SecurityPolicy& p, std::int64_t now);
/// True when any of the roles requires a second factor under the policy.
bool totp_required(const std::vector<std::string>& roles, const SecurityPolicy& p);

}  // namespace md::auth
