// Who may do what with the rectification ledger: leaders and clerks everything; branch
// officers the items of their own unit's subtree (checked per request, http/branch_scope.hpp).
// The intake of every finding and project is the leaders' and clerks'.
#include "platform/auth/permissions.hpp"

namespace md::rectification {

std::vector<auth::Grant> grants();

std::vector<auth::Grant> grants() {
  return {
      {"rectification.read", {"leader", "clerk", "branch_officer"}},
      {"rectification.manage", {"leader", "clerk", "branch_officer"}},
      {"rectification.intake", {"leader", "clerk"}},
  };
}

}  // namespace md::rectification
