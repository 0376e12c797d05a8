// Settings: the system admin edits business settings, the security admin the security group;
// the audit admin alone reads the audit log. Notices: officers within their branch subtree.
#include "modules/system/permissions.hpp"

namespace md::system {

std::vector<auth::Grant> grants() {
  return {
      {"settings.read", {"sys_admin", "sec_admin", "leader"}},
      {"settings.manage", {"sys_admin"}},
      {"settings.security", {"sec_admin"}},
      {"audit.read", {"audit_admin"}},
      {"messages.send", {"sys_admin", "leader", "branch_officer", "clerk"}},
  };
}

const std::set<std::string, std::less<>>& whole_scope_roles() {
  static const std::set<std::string, std::less<>> roles = {"sys_admin", "leader", "clerk"};
  return roles;
}

}  // namespace md::system
