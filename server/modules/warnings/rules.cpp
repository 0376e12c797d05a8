// The warning-card decisions (rules.hpp).
#include "modules/warnings/rules.hpp"

#include "modules/dues/rules.hpp"

namespace md::warnings {

std::string level_name(Level l) {
  switch (l) {
    case Level::yellow:
      return "yellow";
    case Level::red:
      return "red";
    case Level::review:
      return "review";
    case Level::none:
      break;
  }
  return "none";
}

std::optional<Level> parse_level(std::string_view s) {
  if (s == "yellow") return Level::yellow;
  if (s == "red") return Level::red;
  if (s == "review") return Level::review;
  return std::nullopt;
}

bool is_criterion(std::string_view s) {
  return s == "orglife" || s == "dues" || s == "evaluation" || s == "manual";
}

bool is_status(std::string_view s) {
  return s == "active" || s == "lift_proposed" || s == "lifted" || s == "superseded";
}

bool thresholds_valid(const Thresholds& t) {
  return t.yellow >= 1 && t.yellow <= t.red && t.red <= t.review;
}

MonthFact orglife_fact(const OrglifeMonth& m) {
  if (m.expected <= 0 || m.attended > 0) return MonthFact::kept;
  if (m.excused > 0) return MonthFact::excused;
  return MonthFact::missed;
}

MonthFact dues_fact(const DuesMonth& m) {
  if (!m.has_base || m.paid) return MonthFact::kept;
  if (m.due_fen <= 0) return MonthFact::excused;
  return MonthFact::missed;
}

Run consecutive(const std::vector<MonthFact>& facts) {
  Run run;
  for (auto i = static_cast<int>(facts.size()) - 1; i >= 0; --i) {
    auto f = facts[static_cast<std::size_t>(i)];
    if (f == MonthFact::kept) break;
    if (f == MonthFact::missed) {
      ++run.count;
      run.missed.push_back(i);
    }
  }
  return run;
}

Level level_for(int count, const Thresholds& t) {
  if (count >= t.review) return Level::review;
  if (count >= t.red) return Level::red;
  if (count >= t.yellow) return Level::yellow;
  return Level::none;
}

Action decide(std::optional<CardState> current, int count, const Thresholds& t) {
  auto level = level_for(count, t);
  if (!current) return level == Level::none ? Action::nothing : Action::issue;
  if (level > current->level) return Action::escalate;
  if (count == 0) return current->lift_proposed ? Action::nothing : Action::propose;
  if (current->lift_proposed && level == current->level) return Action::reactivate;
  return Action::nothing;
}

std::string previous_month(std::string_view month) {
  return dues::month_name(dues::month_index(month) - 1);
}

}  // namespace md::warnings
