// Who may do what with self-inspection. Officers read and manage checklists and findings;
// branch officers only within their own branch subtree. Everybody with a person record answers
// the checklists assigned to them.
#include "modules/inspection/permissions.hpp"

namespace md::inspection {

std::vector<auth::Grant> grants() {
  return {
      {"inspection.read", {"leader", "clerk", "branch_officer"}},
      {"inspection.manage", {"leader", "clerk", "branch_officer"}},
      {"inspection.answer", {"member", "deputy", "branch_officer", "leader", "clerk"}},
  };
}

}  // namespace md::inspection
