// Who may do what with livelihood projects and votes. Tellers' and scrutineers' actions are
// further limited to the votes they were appointed to (checked in the handlers), and a deputy
// casts only on a vote whose roster holds them.
#include "modules/votes/permissions.hpp"

namespace md::votes {

std::vector<auth::Grant> grants() {
  return {
      {"votes.read", {"leader", "clerk", "teller"}},
      {"votes.manage", {"leader", "clerk"}},
      {"votes.count", {"teller", "clerk", "leader"}},
      // Deputies cast on livelihood votes, party members on their branch's peer ballot; the
      // roster decides which votes each may cast on.
      {"votes.cast", {"deputy", "member", "branch_officer", "leader", "clerk"}},
      {"votes.scrutinize", {"leader", "branch_officer", "member", "deputy", "clerk"}},
  };
}

}  // namespace md::votes
