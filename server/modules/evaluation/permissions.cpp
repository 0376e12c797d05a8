// Who may do what in democratic evaluation: officers read and manage campaigns (branch officers
// within their own branch subtree, leaders and clerks everywhere); every member sees and
// writes only their own part and reads the public notice of their own campaign.
#include "platform/auth/permissions.hpp"

namespace md::evaluation {

std::vector<auth::Grant> grants();

std::vector<auth::Grant> grants() {
  return {
      {"evaluation.read", {"leader", "clerk", "branch_officer"}},
      {"evaluation.manage", {"leader", "clerk", "branch_officer"}},
      {"evaluation.own", {"member", "deputy", "branch_officer", "leader", "clerk"}},
  };
}

}  // namespace md::evaluation
