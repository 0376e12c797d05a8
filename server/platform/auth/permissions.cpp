#include "platform/auth/permissions.hpp"

#include <algorithm>
#include <map>
#include <mutex>

#include "platform/auth/principal.hpp"

namespace md::auth {
namespace {

std::mutex& grants_mutex() {
  static std::mutex mu;
  return mu;
}

std::map<std::string, std::set<std::string>>& grants_by_role() {
  static std::map<std::string, std::set<std::string>> g;
  return g;
}

std::set<std::string>& declared() {
  static std::set<std::string> d;
  return d;
}

}  // namespace

bool Principal::has_role(std::string_view role) const {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

const std::vector<RoleInfo>& all_roles() {
  static const std::vector<RoleInfo> roles = {
      {"sys_admin", "系统管理员", "System administrator", true},
      {"sec_admin", "安全管理员", "Security administrator", true},
      {"audit_admin", "审计管理员", "Audit administrator", true},
      {"leader", "党组领导", "Party group leader", false},
      {"branch_officer", "支部书记/组织委员", "Branch officer", false},
      {"member", "党员", "Party member", false},
      {"deputy", "人大代表", "Deputy", false},
      {"clerk", "工作人员", "Clerk", false},
      {"teller", "计票员", "Teller", false},
      {"department", "承办部门", "Handling department", false},
  };
  return roles;
}

bool is_role(std::string_view code) {
  const auto& r = all_roles();
  return std::any_of(r.begin(), r.end(), [&](const RoleInfo& i) { return i.code == code; });
}

bool is_admin_role(std::string_view code) {
  const auto& r = all_roles();
  return std::any_of(r.begin(), r.end(),
                     [&](const RoleInfo& i) { return i.code == code && i.admin; });
}

void add_grants(const std::vector<Grant>& grants) {
  std::lock_guard lock(grants_mutex());
  for (const auto& g : grants) {
    declared().insert(g.permission);
    for (const auto& role : g.roles) grants_by_role()[role].insert(g.permission);
  }
}

std::set<std::string, std::less<>> permissions_for(const std::vector<std::string>& roles) {
  std::lock_guard lock(grants_mutex());
  std::set<std::string, std::less<>> out;
  for (const auto& role : roles) {
    auto it = grants_by_role().find(role);
    if (it != grants_by_role().end()) out.insert(it->second.begin(), it->second.end());
  }
  return out;
}

std::set<std::string> all_permissions() {
  std::lock_guard lock(grants_mutex());
  return declared();
}

}  // namespace md::auth
