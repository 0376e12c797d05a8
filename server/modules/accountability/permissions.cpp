// Discipline records are sensitive: leaders record and read them, the audit administrator
// reads them (oversight); everyone else sees only the records about themselves (GET
// /api/my/accountability), never another person's.
#include "platform/auth/permissions.hpp"

namespace md::accountability {

std::vector<auth::Grant> grants();

std::vector<auth::Grant> grants() {
  return {
      {"accountability.read", {"leader", "audit_admin"}},
      {"accountability.manage", {"leader"}},
  };
}

}  // namespace md::accountability
