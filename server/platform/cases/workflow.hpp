#pragma once
// A case workflow declared as data: its states, which of them close the case, and the legal
// transitions (from, action) → to. Modules declare one each (voters' opinions, deputies'
// suggestions; later rectification items, deliberation opinions, findings); the engine refuses
// every transition not listed. Pure: no SQL, no HTTP.
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace md::cases {

struct Transition {
  std::string from;
  std::string action;
  std::string to;
};

struct Workflow {
  std::string kind;     ///< the cases.kind value, e.g. "opinion"
  std::string initial;  ///< the state of a new case
  std::vector<std::string> states;
  std::set<std::string, std::less<>> closed;  ///< states that end the case (closed_at is set)
  std::vector<Transition> transitions;
  /// A module table keyed by `case_id` holding copies of the case's `state`, `deadline` and
  /// `closed_at` ("" = none). `apply_step` keeps them current in the same transaction, so the
  /// module's lists filter and sort on one index of its own table (status + category + town +
  /// overdue by deadline) instead of probing two tables. The module writes the first copy when
  /// it inserts its row (see opinions' insert_opinion).
  std::string mirror_table;

  /// The state after `action` from `state`; nullopt when that action is not allowed there.
  std::optional<std::string> next(std::string_view state, std::string_view action) const;
  /// The actions allowed from `state`, in declaration order (what the UI offers).
  std::vector<std::string> actions_from(std::string_view state) const;
  bool is_closed(std::string_view state) const { return closed.count(state) > 0; }
  bool has_state(std::string_view state) const;
};

/// What is wrong with a workflow's declaration (empty when sound): unknown states in
/// transitions, the initial or closed states; a (from, action) pair declared twice; a state
/// no transition reaches; a transition out of a closed state that is not a reopening.
std::vector<std::string> check_workflow(const Workflow& w);

}  // namespace md::cases
