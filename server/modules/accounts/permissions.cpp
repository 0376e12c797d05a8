// Who may do what with accounts. 三员分立: the system admin runs accounts, the security
// admin decides roles and second factors, the audit admin only reads the log (system module).
#include "modules/accounts/permissions.hpp"

namespace md::accounts {

std::vector<auth::Grant> grants() {
  return {
      {"users.read", {"sys_admin", "sec_admin"}},
      {"users.manage", {"sys_admin"}},
      {"users.roles", {"sec_admin"}},
      {"personal.reveal", {"sys_admin", "sec_admin"}},
  };
}

}  // namespace md::accounts
