// Who sees the dashboard and the annual report, and who edits its narrative: the party
// group's leaders and the system administrator. A branch officer sees their branch's lists.
#include "platform/auth/permissions.hpp"

namespace md::reports {

std::vector<auth::Grant> grants();

std::vector<auth::Grant> grants() {
  return {{"reports.view", {"leader", "sys_admin"}}, {"reports.edit", {"leader", "sys_admin"}}};
}

}  // namespace md::reports
