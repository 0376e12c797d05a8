#pragma once
// The democratic evaluation decisions (DOMAIN-RULES.md "Democratic evaluation"): grades and
// their outcomes, the status flow, the 优秀 cap, the review flag from the peer ballot, item
// weights and scores, notice dates. Pure: no SQL, no HTTP, no clock (today is an argument).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace md::evaluation {

/// excellent (优秀) | qualified (合格) | basic (基本合格) | unqualified (不合格).
bool is_grade(std::string_view grade);
/// The outcome that follows a final grade: excellent → commendation, basic → help_plan,
/// unqualified → disposal (组织处置), qualified → none.
std::string outcome_for(std::string_view grade);

/// draft → self → ballot → scoring → notice → final; "" after final or for an unknown status.
std::string next_status(std::string_view status);
/// True for a known status.
bool is_status(std::string_view status);

/// A fraction from two integer settings (numerator / denominator, denominator > 0).
struct Fraction {
  std::int64_t numerator = 1;
  std::int64_t denominator = 3;
};
/// How many of the graded members may be rated 优秀: floor(graded × n / d), integer arithmetic
/// (1/3 → 3:1, 12:4, 13:4, 14:4, 15:5). Probationary members are not graded and not counted.
std::int64_t excellent_cap(std::int64_t graded, Fraction share);
/// True when `excellent` respects the cap.
bool within_cap(std::int64_t excellent, std::int64_t graded, Fraction share);

/// One member's peer-ballot counts.
struct PeerCounts {
  std::int64_t excellent = 0, qualified = 0, basic = 0, unqualified = 0, abstained = 0;
  /// Every ballot cast grades (or abstains on) every graded member: the ballots cast.
  std::int64_t cast() const { return excellent + qualified + basic + unqualified + abstained; }
};
/// The committee must review a member whose 不合格 share of the ballots cast is strictly above
/// the threshold (default 1/3). Only a flag: a vote never grades anyone.
bool review_flag(const PeerCounts& c, Fraction threshold);

/// An assessment item with its weight (the most points it can score).
struct Item {
  std::string title;
  std::string description;
  std::int64_t weight = 0;
};
inline constexpr std::size_t kMaxItems = 20, kMaxTitle = 100, kMaxDescription = 500;
/// Field errors (field, code) of an item list: 1–20 items, titles 1–100 characters, weights
/// 1–100 summing to exactly 100. Empty when valid.
std::vector<std::pair<std::string, std::string>> check_items(const std::vector<Item>& items);
/// The sum of the weights.
std::int64_t weight_sum(const std::vector<Item>& items);

/// Field errors of one member's item scores: one per item, each 0..weight.
std::vector<std::pair<std::string, std::string>> check_scores(
    const std::vector<Item>& items, const std::vector<std::int64_t>& scores);
/// The weighted total: the item scores summed (each item is already scored out of its weight,
/// and the weights add up to 100, so the total is out of 100).
std::int64_t score_total(const std::vector<std::int64_t>& scores);

/// A grade proposal: 422 code when not allowed (probationary members get none, a grade must be
/// from the list); nullopt when fine. `grade` nullopt clears a proposal.
std::optional<std::string> check_grade(const std::optional<std::string>& grade, bool probationary);

/// "YYYY-MM-DD" (a real calendar day, 2000–2100).
bool is_date(std::string_view s);
/// The day `days` after a valid date (negative: before).
std::string add_days(std::string_view date, int days);
/// The default notice period: `days` calendar days from `from`, inclusive.
std::pair<std::string, std::string> notice_period(std::string_view from, int days);
/// Field errors of a notice period: both dates, from ≤ to.
std::vector<std::pair<std::string, std::string>> check_notice(std::string_view from,
                                                              std::string_view to);
/// The notice has run its course once `today` is after its last day.
bool notice_over(std::string_view notice_to, std::string_view today);

/// The self-assessment text: not blank, at most 2000 characters.
inline constexpr std::size_t kMaxSelfAssessment = 2000;
std::optional<std::string> check_self_assessment(std::string_view text);

/// Code points of UTF-8 text.
std::size_t code_points(std::string_view s);

}  // namespace md::evaluation
