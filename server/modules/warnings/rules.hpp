#pragma once
// The warning-card decisions (R4.2; DOMAIN-RULES.md "Absence, arrears and the six-month rule").
// Pure: no SQL, no HTTP, no clock — the last complete month is an argument.
//
// Each criterion is judged month by month, walking back from the last complete month (China
// time). A month is one of:
//   missed  — counts: the member failed the duty that month;
//   excused — skipped: neither counts nor breaks the run (a good reason suspends the clock but
//             does not reset it, so "absent, leave, absent, absent" is three months);
//   kept    — breaks the run (the member did their duty, or nothing was asked of them).
//
// orglife: a month is judged from the meetings the member was expected at (their attendance
//   rows of meetings dated that month). Present at any → kept. Otherwise excused at any →
//   excused. Otherwise absent (or never signed in) at one or more → missed. No meeting at all
//   → kept: the branch held none, which is the branch's failure, not the member's.
// dues: a month before the member's first base → kept (nothing was due yet: the run ends).
//   Paid (covered by a payment) → kept. Due 0 (a hardship reduction approved at 0) → excused.
//   Otherwise → missed.
// evaluation: not a month count — a finalized 不合格 grade is a card of its own.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::warnings {

enum class MonthFact { kept, missed, excused };
enum class Level { none, yellow, red, review };

std::string level_name(Level l);
/// "yellow" | "red" | "review"; nullopt otherwise (none is not a card level).
std::optional<Level> parse_level(std::string_view s);
bool is_criterion(std::string_view s);  ///< orglife | dues | evaluation | manual
bool is_status(std::string_view s);     ///< active | lift_proposed | lifted | superseded

/// Consecutive months from the settings (DOMAIN-RULES.md defaults 3 / 5 / 6).
struct Thresholds {
  int yellow = 3;
  int red = 5;
  int review = 6;
};
/// True when 1 ≤ yellow ≤ red ≤ review.
bool thresholds_valid(const Thresholds& t);

/// One month of one member's organizational life.
struct OrglifeMonth {
  int expected = 0;  ///< meetings the member was expected at (attendance rows)
  int attended = 0;  ///< of those, present
  int excused = 0;   ///< of those, excused
};
MonthFact orglife_fact(const OrglifeMonth& m);

/// One month of one member's dues.
struct DuesMonth {
  bool has_base = false;  ///< a base is in force (false before the first base)
  std::int64_t due_fen = 0;
  bool paid = false;
};
MonthFact dues_fact(const DuesMonth& m);

/// The run ending at the last month: `facts` oldest first, the last element is the last
/// complete month. Missed months count, excused are skipped, the first kept month ends it.
struct Run {
  int count = 0;
  std::vector<int> missed;  ///< indexes into `facts` of the counted months, newest first
};
Run consecutive(const std::vector<MonthFact>& facts);

/// The level a run of `count` months implies.
Level level_for(int count, const Thresholds& t);

/// What the engine does with a criterion's active card (if any) given the new run.
enum class Action {
  nothing,    ///< nothing changes
  issue,      ///< issue a card of the new level (no active card yet)
  escalate,   ///< issue a card of the new, higher level; the old one becomes `superseded`
  propose,    ///< the run is back to 0: the active card becomes `lift_proposed`
  reactivate  ///< a lift was proposed but the run counts again: back to `active`
};
struct CardState {
  Level level = Level::none;
  bool lift_proposed = false;
};
/// The decision for one member and criterion. `current`: the active or lift-proposed card of
/// the engine for this criterion, nullopt when none. Only a run of 0 proposes a lift (a run of
/// 1–2 months after a yellow card is not yet corrected); a lower level never downgrades.
Action decide(std::optional<CardState> current, int count, const Thresholds& t);

/// Month arithmetic on "YYYY-MM" (see dues::month_index): the month before `month`.
std::string previous_month(std::string_view month);

}  // namespace md::warnings
