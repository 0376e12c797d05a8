// Who may do what with organizational life. Branch officers act within their own branch
// subtree (data scope, checked per meeting); members sign in and read their own record.
#include "modules/orglife/permissions.hpp"

namespace md::orglife {

std::vector<auth::Grant> grants() {
  return {
      {"orglife.read", {"leader", "branch_officer", "clerk"}},
      {"orglife.manage", {"leader", "branch_officer", "clerk"}},
      {"orglife.attend", {"member", "deputy", "branch_officer", "leader", "clerk"}},
  };
}

const std::set<std::string, std::less<>>& whole_scope_roles() {
  static const std::set<std::string, std::less<>> roles = {"leader", "clerk", "sys_admin"};
  return roles;
}

}  // namespace md::orglife
