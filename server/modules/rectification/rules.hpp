#pragma once
// The rectification ledger's decisions (R5.1), pure: the item workflow on the case engine, the
// five statuses a person reads (overdue computed from the deadline and today, never stored),
// the checks of an item's fields, who may complete and verify, and the progress arithmetic.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/cases/workflow.hpp"

namespace md::rectification {

/// not_started → start → in_progress → complete → completed → verify → verified (closed);
/// in_progress → persist → ongoing (长期坚持, still open); reject sends a completed or ongoing
/// item back to in_progress; reopen a verified one.
const cases::Workflow& item_workflow();

/// 巡察 patrol, 审计 audit, 自查 self, 上级督查 superior, 满意度测评不满意 satisfaction.
const std::vector<std::string>& sources();
bool is_source(std::string_view s);

/// The status shown and counted: not_started | in_progress | done | ongoing | overdue.
/// An item not started or under way whose deadline is before today is overdue; completed and
/// verified items are done whatever their deadline.
std::string status_of(std::string_view state, std::string_view deadline, std::string_view today);
const std::vector<std::string>& statuses();
/// The states whose items count for a status filter (overdue needs the deadline test too).
std::vector<std::string> states_for_status(std::string_view status);

/// Field errors (field, code) of an item's dates: both YYYY-MM-DD, the deadline not before
/// the start (rectification.deadline_before_start).
std::vector<std::pair<std::string, std::string>> check_dates(std::string_view start_on,
                                                             std::string_view deadline);

/// Why completing (complete or persist) is refused, or nothing: evidence is required and none
/// is attached (409 rectification.evidence_required).
std::optional<std::string> refuse_completion(bool evidence_required, std::int64_t evidence_files);
/// Why a verification is refused: the verifier completed the item themselves (409
/// rectification.same_person).
std::optional<std::string> refuse_verification(std::optional<std::int64_t> completed_by,
                                               std::int64_t verifier);

/// Completion rate in permille: (done + ongoing) / total, rounded half up; 0 for no items.
std::int64_t completion_permille(std::int64_t done, std::int64_t ongoing, std::int64_t total);

/// "ZG20261128-" + the suffix: the number people quote.
std::string ref_no(std::string_view day, std::string_view suffix);

}  // namespace md::rectification
