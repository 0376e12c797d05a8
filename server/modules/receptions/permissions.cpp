// Who may do what with reception days, guidance records and duty records: the standing
// committee's office (leader, clerk) schedules, records and reads everything; a deputy sees
// their own duty days and their own duty record (the handlers narrow duty.read to it).
#include "platform/auth/permissions.hpp"

namespace md::receptions {

std::vector<auth::Grant> grants();

std::vector<auth::Grant> grants() {
  return {
      {"receptions.read", {"leader", "clerk"}}, {"receptions.manage", {"leader", "clerk"}},
      {"receptions.own", {"deputy"}},           {"guidance.read", {"leader", "clerk"}},
      {"guidance.manage", {"leader", "clerk"}}, {"duty.read", {"leader", "clerk", "deputy"}},
      {"duty.manage", {"leader", "clerk"}},
  };
}

}  // namespace md::receptions
