#pragma once
// The union module's decisions, pure (no SQL, no HTTP, no clock): ISBN checksums, who is
// elected or selected from a pick ballot's counts, loan due dates and overdue days.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::trade_union {

/// The ISBN without hyphens or spaces (X upper-case) when it is a valid ISBN-10 (mod-11 check,
/// X = 10 only last) or ISBN-13 (978/979 prefix, EAN mod-10 check); nullopt otherwise.
std::optional<std::string> normalize_isbn(std::string_view text);
bool isbn10_valid(std::string_view digits);
bool isbn13_valid(std::string_view digits);

/// A candidate's outcome in a pick ballot for `seats` places.
enum class Outcome { elected, not_elected, tie, no_majority };
std::string_view outcome_code(Outcome o);
/// Top `seats` by votes among those with more than half of the ballots cast (votes * 2 >
/// ballots; the union election rule as this office applies it). A tie across the last place
/// marks every candidate with that count `tie` (a run-off decides; none of them is elected);
/// candidates with a majority but beyond the places are not_elected. No ballots: nobody is
/// elected. Same order as `votes`.
std::vector<Outcome> decide_elected(const std::vector<std::int64_t>& votes, std::int64_t ballots,
                                    std::int64_t seats);

/// YYYY-MM-DD with a real calendar day (2000–2100).
bool is_date(std::string_view s);
/// Days since 1970-01-01 of a valid date.
std::int64_t day_number(std::string_view date);
/// The date `days` after `date`.
std::string add_days(std::string_view date, std::int64_t days);
/// Days a loan is overdue on `today` (0 when returned or not yet due).
std::int64_t overdue_days(std::string_view due_on, const std::optional<std::string>& returned_on,
                          std::string_view today);

/// activity kinds: moral_lecture (道德讲堂) | festival (我们的节日) | other.
bool is_activity_kind(std::string_view k);
/// selection categories: family (文明家庭) | office (文明委室) | worker (文明职工).
bool is_selection_category(std::string_view c);

}  // namespace md::trade_union
