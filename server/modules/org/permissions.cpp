// Who may read and change the organization registry. Branch officers hold org.manage too, but
// the handlers limit them to their own unit's subtree (data scope); members and deputies read
// only their own branch's roster, masked. personal.reveal is declared by accounts.
#include "modules/org/permissions.hpp"

namespace md::org {

std::vector<auth::Grant> grants() {
  return {
      {"org.read", {"leader", "branch_officer", "clerk", "sys_admin", "member", "deputy"}},
      {"org.manage", {"leader", "clerk", "branch_officer"}},
      {"people.import", {"leader", "clerk", "branch_officer"}},
  };
}

}  // namespace md::org
