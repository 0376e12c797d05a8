#include "modules/accounts/rules.hpp"

#include <algorithm>
#include <set>

#include "platform/auth/permissions.hpp"

namespace md::accounts {

std::optional<std::string> check_username(std::string_view u) {
  if (u.size() < 3 || u.size() > 32) return "accounts.username_format";
  if (u[0] < 'a' || u[0] > 'z') return "accounts.username_format";
  for (char c : u) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
    if (!ok) return "accounts.username_format";
  }
  return std::nullopt;
}

std::optional<std::string> check_phone(std::string_view p) {
  if (p.empty()) return std::nullopt;
  if (p.size() != 11 || p[0] != '1' || p[1] < '3' || p[1] > '9') return "accounts.phone_format";
  for (char c : p) {
    if (c < '0' || c > '9') return "accounts.phone_format";
  }
  return std::nullopt;
}

std::optional<std::string> check_roles(const std::vector<std::string>& roles) {
  std::set<std::string> unique(roles.begin(), roles.end());
  if (unique.size() != roles.size()) return "accounts.role_repeated";
  int admins = 0;
  for (const auto& r : roles) {
    if (!auth::is_role(r)) return "accounts.role_unknown";
    if (auth::is_admin_role(r)) ++admins;
  }
  if (admins > 1) return "accounts.admin_roles_separated";
  return std::nullopt;
}

bool may_assign_roles(const std::vector<std::string>& actor_roles, bool is_self,
                      const std::vector<std::string>& roles) {
  if (is_self) return false;
  bool security_admin =
      std::find(actor_roles.begin(), actor_roles.end(), "sec_admin") != actor_roles.end();
  if (security_admin) return true;
  return std::none_of(roles.begin(), roles.end(),
                      [](const std::string& r) { return auth::is_admin_role(r); });
}

}  // namespace md::accounts
