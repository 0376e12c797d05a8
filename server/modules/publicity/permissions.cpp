// Who may do what with articles: the office (clerk, leader) writes and reviews — never their
// own article (the handler refuses the author, 409) — and the system administrator keeps the
// sensitive-word list with the leader. The portal needs no permission.
#include "platform/auth/permissions.hpp"

namespace md::publicity {

std::vector<auth::Grant> grants();

std::vector<auth::Grant> grants() {
  return {
      {"publicity.read", {"leader", "clerk", "sys_admin"}},
      {"publicity.edit", {"leader", "clerk"}},
      {"publicity.review", {"leader", "clerk"}},
      {"publicity.words", {"leader", "sys_admin"}},
  };
}

}  // namespace md::publicity
