#pragma once
// The one place that knows which role holds which permission. Modules contribute grants at
// registration; everything else asks permissions_for(). Unknown permission = denied.
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace md::auth {

/// A role as users see it.
struct RoleInfo {
  std::string_view code;
  std::string_view name_zh;
  std::string_view name_en;
  bool admin;  ///< one of the three separated admin roles (TOTP required)
};

/// The fixed role list (the anonymous public has no role).
const std::vector<RoleInfo>& all_roles();
/// True when `code` names a role.
bool is_role(std::string_view code);
/// True for sys_admin, sec_admin and audit_admin.
bool is_admin_role(std::string_view code);

/// A permission and the roles that hold it.
struct Grant {
  std::string permission;
  std::vector<std::string> roles;
};

/// Adds grants (a module calls this once when it registers).
void add_grants(const std::vector<Grant>& grants);
/// Every permission the roles hold together.
std::set<std::string, std::less<>> permissions_for(const std::vector<std::string>& roles);
/// Every permission any module declared.
std::set<std::string> all_permissions();

}  // namespace md::auth
