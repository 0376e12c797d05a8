#pragma once
// Enterprise guidance decisions: the party organization status (已建/联建/未建) from the
// enterprise's own organization, its formal members and the organization it is joined to;
// the advice to found its own; the kinds of help; the checks of an enterprise and a visit.
// Pure: no SQL, no HTTP, no clock.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace md::enterprises {

/// (field, code) pairs; empty when valid.
using FieldErrors = std::vector<std::pair<std::string, std::string>>;

/// Formal members needed to found a party branch of one's own (党章: 正式党员三人以上).
constexpr std::int64_t kMembersForOwnBranch = 3;

/// built (已建: its own organization) | joint (联建: joined to another's) | none (未建).
std::string party_status(bool own_organization, std::string_view joint_with);

/// True when an enterprise without an organization of its own has enough members to found one.
bool should_found_own(bool own_organization, std::int64_t party_members);

/// Field errors of an enterprise: name, employees and members counts (members ≤ employees),
/// an own organization needs at least kMembersForOwnBranch formal members and no joint_with.
FieldErrors check_enterprise(std::string_view name, std::int64_t employees,
                             std::int64_t party_members, bool own_organization,
                             std::string_view joint_with);

/// epidemic | return_to_work | party_building | policy | other.
bool is_help(std::string_view help);

/// Field errors of a visit (date valid and not after `today`, help, content).
FieldErrors check_visit(std::string_view visited_on, std::string_view today, std::string_view help,
                        std::string_view content);

}  // namespace md::enterprises
