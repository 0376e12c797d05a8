// Who may do what with the donations ledger: the office (leader, clerk) records and reads it;
// the teller (finance) reads it and the totals.
#include "platform/auth/permissions.hpp"

namespace md::donations {

std::vector<auth::Grant> grants();

std::vector<auth::Grant> grants() {
  return {
      {"donations.read", {"leader", "clerk", "teller"}},
      {"donations.manage", {"leader", "clerk"}},
  };
}

}  // namespace md::donations
