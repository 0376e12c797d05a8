#pragma once
// Decisions of the self-inspection module (R4.4): dates and deadlines, answers, completion,
// findings' status transitions and overdue. Pure: no SQL, no HTTP, no clock (today is a
// parameter).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::inspection {

/// "YYYY-MM-DD", a real calendar day (leap years included), year 2000–2100.
bool is_date(std::string_view s);
/// Why a due date or deadline is refused: "inspection.date_format" or "inspection.date_past"
/// (before `today`); nullopt when it is fine.
std::optional<std::string> check_deadline(std::string_view day, std::string_view today);

constexpr std::size_t kMaxItems = 50, kMaxItemText = 300, kMaxNote = 1000;
/// "inspection.items" unless there are 1–50 items of 1–300 characters (code points).
std::optional<std::string> check_items(const std::vector<std::string>& items);

/// compliant | issue | na.
bool is_result(std::string_view result);
/// Why an answer is refused: "inspection.result_unknown", "inspection.note_required" (an
/// `issue` needs a note that is not blank), "inspection.note_long" (over 1000 characters).
std::optional<std::string> check_answer(std::string_view result, std::string_view note);

/// A respondent has completed a checklist when they answered every item.
bool completed(std::int64_t answered_items, std::int64_t items);
/// round(100 × part / whole), half up; 0 when whole is 0.
int percent(std::int64_t part, std::int64_t whole);

/// open | rectified | verified.
bool is_finding_status(std::string_view status);
/// Whether a finding may go from `from` to `to`: staying put (editing owner or deadline) while
/// not verified, open → rectified, rectified → verified, rectified → open (sent back).
/// Verified is final.
bool may_transition(std::string_view from, std::string_view to);
/// Open (not yet rectified) and its deadline has passed.
bool overdue(std::string_view status, const std::optional<std::string>& deadline,
             std::string_view today);

}  // namespace md::inspection
