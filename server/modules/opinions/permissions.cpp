// Who may do what with opinions and suggestions: clerks and leaders everything; deputies record
// and see what they received and their own suggestions; a department user sees and answers the
// cases assigned to their department (data scope checked per request, common.hpp).
#include "platform/auth/permissions.hpp"

namespace md::opinions {

std::vector<auth::Grant> grants();

std::vector<auth::Grant> grants() {
  return {
      {"opinions.read", {"leader", "clerk", "deputy", "department"}},
      {"opinions.record", {"clerk", "deputy"}},
      {"opinions.manage", {"leader", "clerk"}},
      {"opinions.reply", {"clerk", "department"}},
      {"suggestions.read", {"leader", "clerk", "deputy", "department"}},
      {"suggestions.submit", {"clerk", "deputy"}},
      {"suggestions.manage", {"leader", "clerk"}},
      {"suggestions.reply", {"clerk", "department"}},
      {"suggestions.rate", {"clerk", "deputy"}},
      {"calendar.read", {"sys_admin", "leader", "clerk"}},
      {"calendar.manage", {"sys_admin", "clerk"}},
      {"departments.read", {"sys_admin", "leader", "clerk"}},
      {"departments.manage", {"sys_admin", "clerk"}},
  };
}

}  // namespace md::opinions
