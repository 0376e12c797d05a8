#pragma once
// Supervision work's pure decisions (R7): kinds and target bodies, the schedule check, the
// deliberation-opinion workflow (sent → replied → 跟踪督办 → … → closed) and its reply
// deadline, and the committee's satisfaction tally. No SQL, no HTTP.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/cases/workflow.hpp"

namespace md::supervision {

/// law_inspection (执法检查) | research (专题调研) | work_report (听取和审议专项工作报告) |
/// budget_network (预算联网监督).
bool is_kind(std::string_view s);
/// government (区政府) | supervision_commission (区监委) | court (区法院) | procuratorate
/// (区检察院) | department (a department of the district government).
bool is_target_kind(std::string_view s);
/// planned | under_way | done.
bool is_item_status(std::string_view s);

/// Field errors of an item's plan: kind, target, title, year, dates (end not before start,
/// both within or around the plan year is not required).
struct Plan {
  std::string kind, target_kind, title, starts_on, ends_on;
  int year = 0;
  bool has_department = false;
};
std::vector<std::pair<std::string, std::string>> check_plan(const Plan& p);

/// The deliberation opinions' workflow: sent (to the body, reply deadline set) → reply →
/// replied → follow_up (跟踪督办, a new deadline) → following → reply → replied … → close →
/// closed; urge keeps the state and records a reminder.
const cases::Workflow& deliberation_workflow();

/// The default reply deadline: `months` after the day the opinion was sent.
std::string default_reply_deadline(std::string_view sent_on, int months);
/// Field errors of a deadline: a date, not before `from`.
std::vector<std::pair<std::string, std::string>> check_deadline(std::string_view deadline,
                                                                std::string_view from);

/// satisfied (满意) | basic (基本满意) | unsatisfied (不满意).
bool is_rating(std::string_view s);
struct Tally {
  std::int64_t satisfied = 0, basic = 0, unsatisfied = 0;
  std::int64_t total() const { return satisfied + basic + unsatisfied; }
  /// "" without ratings; "satisfied" when more than half rate 满意; "basic" when more than
  /// half rate 满意 or 基本满意; "unsatisfied" otherwise.
  std::string outcome() const;
};
Tally tally(const std::vector<std::string>& ratings);
/// Closing is refused while the committee's tally is unsatisfied (the body must be followed
/// up first); an opinion nobody rated may close.
bool may_close(const Tally& t);

}  // namespace md::supervision
