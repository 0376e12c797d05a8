#pragma once
// The case engine's storage: one row per case (kind, state, assignee, deadline, links) and an
// append-only event list (every transition with actor, note and the deadline it set). A
// module keeps its own fields in its own table keyed by the case id. Every function runs
// inside the caller's transaction; the caller audits.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "platform/cases/workdays.hpp"
#include "platform/cases/workflow.hpp"
#include "platform/db/db.hpp"

namespace md::cases {

struct Assignee {
  std::string kind;  ///< "unit" (town/street), "department", "deputy", "user" or "" (nobody)
  std::optional<std::int64_t> id;
  std::string name;
};

struct Case {
  std::int64_t id = 0;
  std::string kind, ref_no, state, title;
  Assignee assignee;
  std::optional<std::string> deadline;  ///< YYYY-MM-DD of the step under way
  std::int64_t reopened = 0;
  std::optional<std::string> satisfaction;
  std::optional<std::int64_t> parent_id, merged_into;
  std::int64_t created_at = 0, updated_at = 0;
  std::optional<std::int64_t> closed_at;
};

struct Event {
  std::int64_t seq = 0;
  std::string action, from_state, to_state, actor_name, note;
  std::optional<std::int64_t> actor_user_id;
  std::optional<std::string> deadline;
  std::int64_t at = 0;
};

struct NewCase {
  std::string ref_no, title;
  Assignee assignee;
  std::optional<std::string> deadline;
  std::optional<std::int64_t> parent_id;
  std::optional<std::int64_t> actor_user_id;
  std::string actor_name;
};

/// What a transition carries besides its action; unset fields leave the case unchanged.
struct Step {
  std::string action;
  std::optional<std::int64_t> actor_user_id;
  std::string actor_name;
  std::string note;
  std::optional<Assignee> assignee;
  std::optional<std::string> deadline;  ///< "" clears it
  std::optional<std::string> satisfaction;
  std::optional<std::int64_t> merged_into;
};

/// Opens a case in the workflow's initial state with its first event ("open").
std::int64_t open_case(db::Connection& conn, const Workflow& w, const NewCase& c, std::int64_t now);
/// The case or 404 cases.not_found (also for a case of another kind).
Case load_case(db::Connection& conn, std::string_view kind, std::int64_t id);
/// The same, row-locked for the caller's transaction (PostgreSQL; SQLite serializes writers).
Case lock_case(db::Connection& conn, std::string_view kind, std::int64_t id);
/// Applies a step: 409 cases.illegal_transition {state, action} when the workflow does not
/// allow it; otherwise the new state, assignee, deadline, satisfaction, the reopen count, the
/// closing time, and one event. Returns the case as it is now.
Case apply_step(db::Connection& conn, const Workflow& w, const Case& current, const Step& s,
                std::int64_t now);
std::vector<Event> events_of(db::Connection& conn, std::int64_t case_id);
/// Open (not closed) cases of `kind` whose deadline is before `today`.
std::vector<std::int64_t> overdue_ids(db::Connection& conn, const Workflow& w,
                                      const std::string& today);
/// The holiday calendar (table work_calendar).
WorkCalendar load_calendar(db::Connection& conn);

/// Pure: a case not closed whose deadline is before today.
bool is_overdue(const Workflow& w, const Case& c, const std::string& today);

nlohmann::json case_json(const Workflow& w, const Case& c, const std::string& today);
nlohmann::json event_json(const Event& e);

}  // namespace md::cases
