#pragma once
// The signed-in user as the dispatcher resolved it from the session cookie.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace md::auth {

struct Principal {
  std::int64_t user_id = 0;
  std::string username;
  std::string display_name;
  std::vector<std::string> roles;
  std::set<std::string, std::less<>> permissions;
  std::optional<std::int64_t> org_unit_id;
  std::string org_unit_name;
  bool must_change_password = false;
  bool totp_enabled = false;
  bool totp_required = false;
  std::string lang = "zh-CN";
  std::string session_key;  ///< SM3 of the session token: the sessions-table key
  std::string csrf_token;

  /// True when one of the user's roles grants the permission.
  bool can(std::string_view permission) const { return permissions.count(permission) > 0; }
  /// True when the user holds the role.
  bool has_role(std::string_view role) const;
};

}  // namespace md::auth
