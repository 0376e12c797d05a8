#include "platform/cases/workflow.hpp"

#include <algorithm>

namespace md::cases {

std::optional<std::string> Workflow::next(std::string_view state, std::string_view action) const {
  for (const auto& t : transitions) {
    if (t.from == state && t.action == action) return t.to;
  }
  return std::nullopt;
}

std::vector<std::string> Workflow::actions_from(std::string_view state) const {
  std::vector<std::string> out;
  for (const auto& t : transitions) {
    if (t.from == state) out.push_back(t.action);
  }
  return out;
}

bool Workflow::has_state(std::string_view state) const {
  return std::find(states.begin(), states.end(), state) != states.end();
}

std::vector<std::string> check_workflow(const Workflow& w) {
  std::vector<std::string> problems;
  if (!w.has_state(w.initial)) problems.push_back("initial state " + w.initial + " is not listed");
  for (const auto& c : w.closed) {
    if (!w.has_state(c)) problems.push_back("closed state " + c + " is not listed");
  }
  std::set<std::string> reached = {w.initial};
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& t : w.transitions) {
    if (!w.has_state(t.from)) problems.push_back("transition from unknown state " + t.from);
    if (!w.has_state(t.to)) problems.push_back("transition to unknown state " + t.to);
    if (!seen.insert({t.from, t.action}).second) {
      problems.push_back("(" + t.from + ", " + t.action + ") is declared twice");
    }
    if (w.is_closed(t.from) && t.action != "reopen") {
      problems.push_back("closed state " + t.from + " has action " + t.action);
    }
    reached.insert(t.to);
  }
  for (const auto& s : w.states) {
    if (!reached.count(s)) problems.push_back("state " + s + " is never reached");
  }
  return problems;
}

}  // namespace md::cases
