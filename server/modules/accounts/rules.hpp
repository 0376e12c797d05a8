#pragma once
// Account decisions that need no database: what a valid username, phone and role set are.
#include <optional>
#include <string>
#include <vector>

namespace md::accounts {

/// Error code for a username (3–32 of a–z, 0–9, '_' and '.', starting with a letter), or nullopt.
std::optional<std::string> check_username(std::string_view username);
/// Error code for a mainland mobile number (11 digits, 1[3-9]…), or nullopt. Empty is allowed.
std::optional<std::string> check_phone(std::string_view phone);
/// Error code for a set of roles: unknown codes, or more than one of the three separated
/// admin roles (三员分立: one person may not be two of system, security and audit admin).
std::optional<std::string> check_roles(const std::vector<std::string>& roles);
/// True when an actor holding `actor_roles` may assign `roles` to a user: admin roles are
/// given only by the security admin, and nobody changes their own roles.
bool may_assign_roles(const std::vector<std::string>& actor_roles, bool is_self,
                      const std::vector<std::string>& roles);

}  // namespace md::accounts
