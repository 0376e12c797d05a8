// Who may do what with party dues: officers read and record (branch officers within their own
// branch subtree, leaders and clerks everywhere); every member sees their own dues.
#include "platform/auth/permissions.hpp"

namespace md::dues {

std::vector<auth::Grant> grants();

std::vector<auth::Grant> grants() {
  return {
      {"dues.read", {"leader", "clerk", "branch_officer"}},
      {"dues.manage", {"leader", "clerk", "branch_officer"}},
      {"dues.own", {"member", "deputy", "branch_officer", "leader", "clerk"}},
  };
}

}  // namespace md::dues
