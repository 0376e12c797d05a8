#include "modules/accounts/store.hpp"

#include "platform/auth/sessions.hpp"
#include "platform/crypto/mask.hpp"
#include "platform/crypto/password.hpp"

namespace md::accounts {

const char* const kUserColumns =
    "u.id, u.username, u.display_name, u.phone_masked, u.org_unit_id, o.name AS org_name, "
    "u.status, u.locked_until, u.must_change_password, u.totp_enabled, u.created_at, "
    "u.last_login_at";
const char* const kUserFrom = " FROM users u LEFT JOIN org_units o ON o.id = u.org_unit_id";

std::pair<std::int64_t, std::string> create_user(db::Connection& conn,
                                                 const crypto::FieldCipher& cipher,
                                                 const NewUser& u, std::int64_t now,
                                                 std::optional<std::string> password) {
  std::string initial = password ? *password : crypto::generate_initial_password();
  auto row = conn.query_one(
      "INSERT INTO users (username, display_name, phone_enc, phone_masked, org_unit_id, "
      "password_hash, password_changed_at, must_change_password, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id",
      {u.username, u.display_name, u.phone.empty() ? std::string() : cipher.encrypt(u.phone),
       u.phone.empty() ? std::string() : crypto::mask_phone(u.phone),
       u.org_unit_id ? db::Value(*u.org_unit_id) : db::Value(), crypto::hash_password(initial), now,
       now});
  std::int64_t id = row->i64("id");
  for (const auto& r : u.roles) {
    conn.exec("INSERT INTO user_roles (user_id, role) VALUES (?, ?)", {id, r});
  }
  return {id, initial};
}

std::optional<std::int64_t> find_user_id(db::Connection& conn, std::string_view username) {
  auto row = conn.query_one("SELECT id FROM users WHERE username = ?", {std::string(username)});
  if (!row) return std::nullopt;
  return row->i64("id");
}

std::string reset_password(db::Connection& conn, std::int64_t user_id, std::int64_t now) {
  std::string initial = crypto::generate_initial_password();
  conn.exec(
      "UPDATE users SET password_hash = ?, password_changed_at = ?, must_change_password = 1, "
      "failed_attempts = 0, locked_until = 0 WHERE id = ?",
      {crypto::hash_password(initial), now, user_id});
  auth::end_all_sessions(conn, user_id);
  return initial;
}

void set_status(db::Connection& conn, std::int64_t user_id, const std::string& status) {
  conn.exec("UPDATE users SET status = ?, failed_attempts = 0, locked_until = 0 WHERE id = ?",
            {status, user_id});
  if (status != "active") auth::end_all_sessions(conn, user_id);
}

void set_roles(db::Connection& conn, std::int64_t user_id, const std::vector<std::string>& roles) {
  conn.exec("DELETE FROM user_roles WHERE user_id = ?", {user_id});
  for (const auto& r : roles) {
    conn.exec("INSERT INTO user_roles (user_id, role) VALUES (?, ?)", {user_id, r});
  }
  auth::end_all_sessions(conn, user_id);
}

std::vector<std::string> roles_of(db::Connection& conn, std::int64_t user_id) {
  std::vector<std::string> roles;
  for (const auto& r :
       conn.query("SELECT role FROM user_roles WHERE user_id = ? ORDER BY role", {user_id})) {
    roles.push_back(r.str("role"));
  }
  return roles;
}

bool org_unit_exists(db::Connection& conn, std::int64_t id) {
  return conn.scalar("SELECT COUNT(*) FROM org_units WHERE id = ? AND retired_at IS NULL", {id}) >
         0;
}

nlohmann::json user_row_json(db::Connection& conn, const db::Row& row, std::int64_t now) {
  std::int64_t id = row.i64("id");
  nlohmann::json org = nullptr;
  if (auto oid = row.opt_i64("org_unit_id")) org = {{"id", *oid}, {"name", row.str("org_name")}};
  auto last = row.opt_i64("last_login_at");
  return {{"id", id},
          {"username", row.str("username")},
          {"displayName", row.str("display_name")},
          {"phone", row.str("phone_masked")},
          {"orgUnit", org},
          {"roles", roles_of(conn, id)},
          {"status", row.str("status")},
          {"locked", row.i64("locked_until") > now},
          {"mustChangePassword", row.i64("must_change_password") != 0},
          {"totpEnabled", row.i64("totp_enabled") != 0},
          {"createdAt", row.i64("created_at")},
          {"lastLoginAt", last ? nlohmann::json(*last) : nlohmann::json()}};
}

std::optional<nlohmann::json> user_json(db::Connection& conn, std::int64_t user_id,
                                        std::int64_t now) {
  auto row = conn.query_one(std::string("SELECT ") + kUserColumns + kUserFrom + " WHERE u.id = ?",
                            {user_id});
  if (!row) return std::nullopt;
  return user_row_json(conn, *row, now);
}

}  // namespace md::accounts
