// Who may do what with warning cards: officers read, evaluate, issue and lift (branch officers
// within their own branch subtree, leaders and clerks everywhere); every member sees and
// acknowledges their own cards.
#include "platform/auth/permissions.hpp"

namespace md::warnings {

std::vector<auth::Grant> grants();

std::vector<auth::Grant> grants() {
  return {
      {"warnings.read", {"leader", "clerk", "branch_officer"}},
      {"warnings.manage", {"leader", "clerk", "branch_officer"}},
      {"warnings.own", {"member", "deputy", "branch_officer", "leader", "clerk"}},
  };
}

}  // namespace md::warnings
