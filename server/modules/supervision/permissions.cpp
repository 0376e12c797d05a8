// Who may do what in supervision work: the standing committee's office (leader, clerk) plans
// items, sends deliberation opinions, follows them up and closes them; committee members (the
// leader accounts) rate the replies; a department's account reads and answers the opinions
// sent to its department (the handlers narrow supervision.reply to it).
#include "platform/auth/permissions.hpp"

namespace md::supervision {

std::vector<auth::Grant> grants();

std::vector<auth::Grant> grants() {
  return {
      {"supervision.read", {"leader", "clerk"}},
      {"supervision.manage", {"leader", "clerk"}},
      {"supervision.reply", {"leader", "clerk", "department"}},
      {"supervision.rate", {"leader"}},
  };
}

}  // namespace md::supervision
