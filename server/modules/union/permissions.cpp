// Who may do what in the union module: the office (leader, clerk) keeps the union's records,
// runs its elections and selections and the reading room's desk. Members cast their ballots
// through the votes engine (votes.cast; the roster — active union members — decides).
#include "platform/auth/permissions.hpp"

namespace md::trade_union {

std::vector<auth::Grant> grants();

std::vector<auth::Grant> grants() {
  return {
      {"union.read", {"leader", "clerk"}},
      {"union.manage", {"leader", "clerk"}},
      {"library.read", {"leader", "clerk"}},
      {"library.manage", {"leader", "clerk"}},
  };
}

}  // namespace md::trade_union
