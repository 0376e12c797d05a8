#include "platform/auth/sessions.hpp"

#include "platform/auth/permissions.hpp"
#include "platform/crypto/base.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/settings/settings.hpp"

namespace md::auth {

SecurityPolicy load_policy(const settings::Snapshot& s) {
  SecurityPolicy p;
  p.max_failures = static_cast<int>(s.get_int("security.max_login_failures"));
  p.lock_seconds = static_cast<int>(s.get_int("security.lock_minutes") * 60);
  p.idle_seconds = static_cast<int>(s.get_int("security.idle_minutes") * 60);
  p.password_max_age_days = static_cast<int>(s.get_int("security.password_max_age_days"));
  p.totp_for_admins = s.get_bool("security.totp_for_admins");
  return p;
}

std::string session_key(std::string_view token) { return crypto::sm3_hex(token); }

NewSession create_session(db::Connection& conn, std::int64_t user_id, const std::string& ip,
                          std::int64_t now) {
  NewSession s{crypto::random_token(32), crypto::random_token(24)};
  conn.exec(
      "INSERT INTO sessions (key, user_id, csrf, ip, created_at, last_seen_at) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {session_key(s.token), user_id, s.csrf, ip, now, now});
  return s;
}

std::optional<Principal> load_principal(db::Connection& conn, std::int64_t user_id,
                                        const SecurityPolicy& policy, std::int64_t now) {
  auto u = conn.query_one(
      "SELECT u.id, u.username, u.display_name, u.org_unit_id, u.must_change_password, "
      "u.password_changed_at, u.totp_enabled, u.lang, u.status, o.name AS org_name "
      "FROM users u LEFT JOIN org_units o ON o.id = u.org_unit_id WHERE u.id = ?",
      {user_id});
  if (!u || u->str("status") != "active") return std::nullopt;
  Principal p;
  p.user_id = u->i64("id");
  p.username = u->str("username");
  p.display_name = u->str("display_name");
  p.org_unit_id = u->opt_i64("org_unit_id");
  p.org_unit_name = u->str("org_name");
  p.must_change_password = u->i64("must_change_password") != 0 ||
                           password_expired(u->i64("password_changed_at"), policy, now);
  p.totp_enabled = u->i64("totp_enabled") != 0;
  p.lang = u->str("lang");
  for (const auto& r : conn.query("SELECT role FROM user_roles WHERE user_id = ? ORDER BY role",
                                  {user_id})) {
    p.roles.push_back(r.str("role"));
  }
  p.permissions = permissions_for(p.roles);
  p.totp_required = totp_required(p.roles, policy);
  return p;
}

std::optional<Principal> load_session(db::Connection& conn, std::string_view token,
                                      const SecurityPolicy& policy, std::int64_t now) {
  if (token.empty() || token.size() > 100) return std::nullopt;
  std::string key = session_key(token);
  auto s = conn.query_one("SELECT user_id, csrf, last_seen_at FROM sessions WHERE key = ?", {key});
  if (!s) return std::nullopt;
  if (idle_expired(s->i64("last_seen_at"), policy, now)) {
    conn.exec("DELETE FROM sessions WHERE key = ?", {key});
    return std::nullopt;
  }
  auto p = load_principal(conn, s->i64("user_id"), policy, now);
  if (!p) return std::nullopt;
  p->session_key = key;
  p->csrf_token = s->str("csrf");
  // Writing on every request would serialise readers behind SQLite's single writer.
  if (now - s->i64("last_seen_at") >= 60) {
    conn.exec("UPDATE sessions SET last_seen_at = ? WHERE key = ?", {now, key});
  }
  return p;
}

void end_session(db::Connection& conn, std::string_view key) {
  conn.exec("DELETE FROM sessions WHERE key = ?", {std::string(key)});
}

void end_all_sessions(db::Connection& conn, std::int64_t user_id) {
  conn.exec("DELETE FROM sessions WHERE user_id = ?", {user_id});
}

}  // namespace md::auth
