// Who may do what with enterprise guidance: the office (leader, clerk) keeps the enterprises,
// the visit logs and the pledges; branch officers read them.
#include "platform/auth/permissions.hpp"

namespace md::enterprises {

std::vector<auth::Grant> grants();

std::vector<auth::Grant> grants() {
  return {
      {"enterprises.read", {"leader", "clerk", "branch_officer"}},
      {"enterprises.manage", {"leader", "clerk"}},
  };
}

}  // namespace md::enterprises
