// Enterprise guidance's pure decisions (rules.hpp).
#include "modules/enterprises/rules.hpp"

#include "platform/cases/workdays.hpp"

namespace md::enterprises {

namespace {
bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }
}  // namespace

std::string party_status(bool own_organization, std::string_view joint_with) {
  if (own_organization) return "built";
  return blank(joint_with) ? "none" : "joint";
}

bool should_found_own(bool own_organization, std::int64_t party_members) {
  return !own_organization && party_members >= kMembersForOwnBranch;
}

FieldErrors check_enterprise(std::string_view name, std::int64_t employees,
                             std::int64_t party_members, bool own_organization,
                             std::string_view joint_with) {
  FieldErrors e;
  if (blank(name)) e.emplace_back("name", "enterprises.name_required");
  if (employees < 0 || employees > 1'000'000) e.emplace_back("employees", "enterprises.employees");
  if (party_members < 0 || party_members > 1'000'000) {
    e.emplace_back("partyMembers", "enterprises.members_range");
  } else if (employees >= 0 && party_members > employees) {
    e.emplace_back("partyMembers", "enterprises.members_over_employees");
  } else if (own_organization && party_members < kMembersForOwnBranch) {
    e.emplace_back("partyMembers", "enterprises.too_few_for_own");
  }
  if (own_organization && !blank(joint_with)) {
    e.emplace_back("jointWith", "enterprises.own_and_joint");
  }
  return e;
}

bool is_help(std::string_view help) {
  return help == "epidemic" || help == "return_to_work" || help == "party_building" ||
         help == "policy" || help == "other";
}

FieldErrors check_visit(std::string_view visited_on, std::string_view today, std::string_view help,
                        std::string_view content) {
  FieldErrors e;
  if (!cases::is_date(visited_on)) {
    e.emplace_back("visitedOn", "enterprises.date_format");
  } else if (visited_on > today) {
    e.emplace_back("visitedOn", "enterprises.date_future");
  }
  if (!is_help(help)) e.emplace_back("help", "enterprises.help");
  if (blank(content)) e.emplace_back("content", "enterprises.content_required");
  return e;
}

}  // namespace md::enterprises
