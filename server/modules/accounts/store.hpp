#pragma once
// The accounts tables. Callers validate with rules.hpp first and hold the transaction.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "platform/crypto/field_cipher.hpp"
#include "platform/db/db.hpp"

namespace md::accounts {

/// What it takes to create an account.
struct NewUser {
  std::string username;
  std::string display_name;
  std::string phone;  ///< plain; stored encrypted, listed masked
  std::optional<std::int64_t> org_unit_id;
  std::vector<std::string> roles;
};

/// Creates the account with a generated (or the given) initial password that must be
/// changed at first sign-in; returns the id and the initial password.
std::pair<std::int64_t, std::string> create_user(db::Connection& conn,
                                                 const crypto::FieldCipher& cipher,
                                                 const NewUser& u, std::int64_t now,
                                                 std::optional<std::string> password = {});
/// The id of a username, if it exists.
std::optional<std::int64_t> find_user_id(db::Connection& conn, std::string_view username);
/// Sets a new initial password (must change; lock cleared; sessions ended); returns it.
std::string reset_password(db::Connection& conn, std::int64_t user_id, std::int64_t now);
/// Sets status "active" (also clearing a failure lock) or "disabled" (ending sessions).
void set_status(db::Connection& conn, std::int64_t user_id, const std::string& status);
/// Replaces the user's roles (sessions ended so the new rights apply at once).
void set_roles(db::Connection& conn, std::int64_t user_id, const std::vector<std::string>& roles);
/// The user's roles, sorted.
std::vector<std::string> roles_of(db::Connection& conn, std::int64_t user_id);
/// True when the org unit exists and is not retired.
bool org_unit_exists(db::Connection& conn, std::int64_t id);
/// The user as the admin list shows it (phone masked); nullopt if there is no such user.
std::optional<nlohmann::json> user_json(db::Connection& conn, std::int64_t user_id,
                                        std::int64_t now);
/// The SELECT list and the FROM clause that user_json and the user list share.
extern const char* const kUserColumns;
extern const char* const kUserFrom;
/// Maps one row selected with kUserColumns to JSON.
nlohmann::json user_row_json(db::Connection& conn, const db::Row& row, std::int64_t now);

}  // namespace md::accounts
