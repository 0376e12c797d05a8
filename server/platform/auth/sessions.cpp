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

namespace {

// The user columns a principal needs; shared by the session lookup (one joined query per
// request) and the lookup by id.
constexpr const char* kPrincipalColumns =
    "u.id, u.username, u.display_name, u.org_unit_id, u.must_change_password, "
    "u.password_changed_at, u.totp_enabled, u.lang, u.status, o.name AS org_name";

std::optional<Principal> principal_from_row(db::Connection& conn, const db::Row& u,
                                            const SecurityPolicy& policy, std::int64_t now) {
  if (u.str("status") != "active") return std::nullopt;
  Principal p;
  p.user_id = u.i64("id");
  p.username = u.str("username");
  p.display_name = u.str("display_name");
  p.org_unit_id = u.opt_i64("org_unit_id");
  p.org_unit_name = u.str("org_name");
  p.must_change_password = u.i64("must_change_password") != 0 ||
                           password_expired(u.i64("password_changed_at"), policy, now);
  p.totp_enabled = u.i64("totp_enabled") != 0;
  p.lang = u.str("lang");
  for (const auto& r :
       conn.query("SELECT role FROM user_roles WHERE user_id = ? ORDER BY role", {p.user_id})) {
    p.roles.push_back(r.str("role"));
  }
  p.permissions = permissions_for(p.roles);
  p.totp_required = totp_required(p.roles, policy);
  return p;
}

}  // namespace

std::optional<Principal> load_principal(db::Connection& conn, std::int64_t user_id,
                                        const SecurityPolicy& policy, std::int64_t now) {
  auto u = conn.query_one(std::string("SELECT ") + kPrincipalColumns +
                              " FROM users u LEFT JOIN org_units o ON o.id = u.org_unit_id "
                              "WHERE u.id = ?",
                          {user_id});
  if (!u) return std::nullopt;
  return principal_from_row(conn, *u, policy, now);
}

SessionLookup find_session(db::Connection& conn, std::string_view token,
                           const SecurityPolicy& policy, std::int64_t now) {
  SessionLookup out;
  if (token.empty() || token.size() > 100) return out;
  out.key = session_key(token);
  static const std::string sql = std::string("SELECT s.csrf, s.last_seen_at, ") +
                                 kPrincipalColumns +
                                 " FROM sessions s JOIN users u ON u.id = s.user_id "
                                 "LEFT JOIN org_units o ON o.id = u.org_unit_id WHERE s.key = ?";
  auto s = conn.query_one(sql, {out.key});
  if (!s) return out;
  if (idle_expired(s->i64("last_seen_at"), policy, now)) {
    out.idle = true;
    return out;
  }
  out.principal = principal_from_row(conn, *s, policy, now);
  if (out.principal) {
    out.principal->session_key = out.key;
    out.principal->csrf_token = s->str("csrf");
    // Writing on every request would serialise readers behind SQLite's single writer.
    out.touch = now - s->i64("last_seen_at") >= 60;
  }
  return out;
}

std::optional<Principal> finish_lookup(db::Connection& conn, SessionLookup lookup,
                                       std::int64_t now) {
  if (lookup.idle) conn.exec("DELETE FROM sessions WHERE key = ?", {lookup.key});
  if (lookup.touch)
    conn.exec("UPDATE sessions SET last_seen_at = ? WHERE key = ?", {now, lookup.key});
  return std::move(lookup.principal);
}

std::optional<Principal> load_session(db::Connection& conn, std::string_view token,
                                      const SecurityPolicy& policy, std::int64_t now) {
  return finish_lookup(conn, find_session(conn, token, policy, now), now);
}

void end_session(db::Connection& conn, std::string_view key) {
  conn.exec("DELETE FROM sessions WHERE key = ?", {std::string(key)});
}

void end_all_sessions(db::Connection& conn, std::int64_t user_id) {
  conn.exec("DELETE FROM sessions WHERE user_id = ?", {user_id});
}

}  // namespace md::auth
