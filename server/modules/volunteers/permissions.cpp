// Who may do what with the volunteer team: the office (leader, clerk) manages the team, the
// activities and the attendance; members read the activities and sign themselves up.
#include "platform/auth/permissions.hpp"

namespace md::volunteers {

std::vector<auth::Grant> grants();

std::vector<auth::Grant> grants() {
  return {
      {"volunteers.read", {"leader", "clerk", "member"}},
      {"volunteers.manage", {"leader", "clerk"}},
      {"volunteers.join", {"leader", "clerk", "member"}},
  };
}

}  // namespace md::volunteers
