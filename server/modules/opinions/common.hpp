#pragma once
// What the opinions module's handlers share: who sees which case (data scope), the deadline
// policy from settings, today in China, the names of workstations and departments.
#include <optional>
#include <string>
#include <vector>

#include "modules/opinions/rules.hpp"
#include "platform/cases/store.hpp"
#include "platform/db/id_list.hpp"
#include "platform/http/context.hpp"

namespace md::opinions {

using Json = nlohmann::json;

/// Whose cases the signed-in user may see: leaders and clerks all; a deputy the opinions they
/// received, recorded or were named to follow up, and their own suggestions; a department user the
/// cases assigned to their department(s).
struct Viewer {
  bool all = false;
  std::optional<std::int64_t> person;  ///< the deputy's person (people.user_id)
  std::int64_t user_id = 0;
  std::vector<std::int64_t> departments;
};
Viewer viewer_of(http::Context& ctx);
/// " AND (…)" restricting cases `c` / opinions `o` to the viewer, with its parameters.
std::string opinion_scope_sql(const Viewer& v, db::Params& params);
/// The same for suggestions `s` joined to cases `c`.
std::string suggestion_scope_sql(const Viewer& v, db::Params& params);
bool in_departments(const Viewer& v, const cases::Case& c);

DeadlinePolicy deadline_policy(http::Context& ctx);
std::string today(const http::Context& ctx);
using db::id_list;

/// A department by id (404 opinions.department_unknown) as a case assignee.
cases::Assignee department_assignee(db::Connection& conn, std::int64_t id);
/// The users who answer for a department (reminders go to them).
std::vector<std::int64_t> department_user_ids(db::Connection& conn, std::int64_t id);
/// Posts a notice to the user account of a person (a deputy), if they have one.
void notify_person(http::Context& ctx, std::optional<std::int64_t> person_id,
                   const std::string& title, const std::string& body, const std::string& link);
/// A reference number people quote: "YJ20261128-7K3M" (opinion) / "JY…" (suggestion).
std::string new_ref_no(std::string_view prefix, std::string_view day);
/// A step by the signed-in user (no actor when the voter acts with their query code).
cases::Step step_by(const http::Context& ctx, std::string action, std::string note = "");

}  // namespace md::opinions
