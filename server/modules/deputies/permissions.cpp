// Who may do what with deputies (docs/API.md). A deputy reads only their own card,
// liaisons and contacts; the handlers narrow the data (see sees_all in routes.hpp).
#include "modules/deputies/permissions.hpp"

namespace md::deputies {

std::vector<auth::Grant> grants() {
  return {
      {"deputies.read", {"leader", "clerk", "sys_admin", "branch_officer", "deputy"}},
      {"deputies.manage", {"leader", "clerk"}},
      {"liaison.manage", {"leader", "clerk"}},
      {"liaison.log", {"deputy", "leader", "clerk"}},
  };
}

}  // namespace md::deputies
