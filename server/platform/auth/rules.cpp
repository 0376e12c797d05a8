#include "platform/auth/rules.hpp"

#include <algorithm>

#include "platform/auth/permissions.hpp"

namespace md::auth {

bool is_locked(const LoginState& s, std::int64_t now) { return s.locked_until > now; }

LoginState after_failure(LoginState s, const SecurityPolicy& p, std::int64_t now) {
  // A lock that has run out starts a fresh count, so one more typo does not re-lock at once.
  if (s.locked_until != 0 && s.locked_until <= now) s = LoginState{};
  ++s.failed_attempts;
  if (s.failed_attempts >= p.max_failures) s.locked_until = now + p.lock_seconds;
  return s;
}

LoginState after_success() { return LoginState{}; }

bool idle_expired(std::int64_t last_seen, const SecurityPolicy& p, std::int64_t now) {
  return now - last_seen > p.idle_seconds;
}

bool password_expired(std::int64_t changed_at, const SecurityPolicy& p, std::int64_t now) {
  if (p.password_max_age_days <= 0) return false;
  return now - changed_at > static_cast<std::int64_t>(p.password_max_age_days) * 86400;
}

bool totp_required(const std::vector<std::string>& roles, const SecurityPolicy& p) {
  return p.totp_for_admins && std::any_of(roles.begin(), roles.end(),
                                          [](const std::string& r) { return is_admin_role(r); });
}

}  // namespace md::auth
