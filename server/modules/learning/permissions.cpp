// Who may do what with learning. Officers read and manage; branch officers only within their
// own branch subtree (plans, hours, who studied), and the organization-wide law of the month
// and its quiz only by the whole-scope roles. Everybody with a person record studies.
#include "modules/learning/permissions.hpp"

namespace md::learning {

std::vector<auth::Grant> grants() {
  return {
      {"learning.read", {"leader", "clerk", "branch_officer"}},
      {"learning.manage", {"leader", "clerk", "branch_officer"}},
      {"learning.study", {"member", "deputy", "branch_officer", "leader", "clerk"}},
  };
}

}  // namespace md::learning
