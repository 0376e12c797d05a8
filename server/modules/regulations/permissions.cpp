// Who may read and keep the rules library: everyone working in the office reads it (leaders,
// clerks, branch officers, members, deputies); the office (leader, clerk) keeps it.
#include "platform/auth/permissions.hpp"

namespace md::regulations {

std::vector<auth::Grant> grants();

std::vector<auth::Grant> grants() {
  return {
      {"regulations.read", {"leader", "clerk", "branch_officer", "member", "deputy"}},
      {"regulations.manage", {"leader", "clerk"}},
  };
}

}  // namespace md::regulations
