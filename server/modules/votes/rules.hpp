#pragma once
// Decisions of the livelihood-project vote and the satisfaction rating (DOMAIN-RULES.md
// "Livelihood projects voted by deputies"), free of HTTP, SQL and cryptography: passing and
// seats with ties, the satisfaction grade, paper-batch reconciliation, quarter labels.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::votes {

/// Option counts of one question: options3 {option0, option1, option2} (yes/no/abstain or
/// 满意/基本满意/不满意); pick {count}.
using Counts = std::vector<std::int64_t>;

/// What became of a candidate project in a projects vote.
enum class ProjectOutcome {
  chosen,          ///< passed and within the seats
  passed_no_seat,  ///< passed (yes > half of all eligible) but others had more yes votes
  tie,             ///< passed, tied with others for the last seat: reported for a re-vote
  failed           ///< yes ≤ half of all eligible
};
std::string_view outcome_code(ProjectOutcome o);

/// Passing rule (default, by analogy with congress votes): a project passes when its yes
/// count is more than half of ALL eligible deputies; passing projects fill `seats` by yes
/// count, highest first; projects tied at the last seat are all `tie` (the seat stays open for
/// a re-vote). `yes[i]` is project i's yes count (for a pick form, its number of marks).
std::vector<ProjectOutcome> decide_projects(const std::vector<std::int64_t>& yes,
                                            std::int64_t eligible, std::int64_t seats);

/// Satisfaction grade of one project.
enum class Grade { satisfied, basically, unsatisfied };
std::string_view grade_code(Grade g);
/// 满意 > half of all members → satisfied; else 满意 + 基本满意 > half → basically; else
/// unsatisfied (exactly half counts as unsatisfied).
Grade grade_satisfaction(std::int64_t satisfied, std::int64_t basically, std::int64_t members);
/// (满意 + 基本满意) / valid ballots in permille, rounded half up; nullopt with no ballots.
std::optional<std::int64_t> satisfaction_rate_permille(std::int64_t satisfied,
                                                       std::int64_t basically,
                                                       std::int64_t valid_ballots);
/// Quorum: more than half of all members took part (electronic + paper ballots).
bool has_quorum(std::int64_t ballots, std::int64_t members);

/// One teller's entry of a paper batch: the ballots in it and, per question, the option counts.
struct PaperEntry {
  std::int64_t ballots = 0;
  std::vector<Counts> counts;
};
/// Error code when an entry is inconsistent: "votes.paper_shape" (wrong number of questions or
/// options), "votes.paper_negative", "votes.paper_sum" (an options3 question whose counts do
/// not add up to the ballots), "votes.paper_pick_limit" (pick: more marks than ballots × N, or
/// a candidate with more marks than ballots).
std::optional<std::string> check_paper_entry(const PaperEntry& e, bool options3,
                                             std::size_t questions, std::int64_t max_picks);
/// A difference between the two entries of a batch; question = -1 for the ballot count.
struct PaperDifference {
  int question = -1;
  int option = -1;
  std::int64_t first = 0;
  std::int64_t second = 0;
};
std::vector<PaperDifference> compare_paper_entries(const PaperEntry& a, const PaperEntry& b);

/// Adds `b` into `a` element-wise (sizes must match; `a` empty takes `b`).
void add_counts(std::vector<Counts>& a, const std::vector<Counts>& b);

/// "2026Q3" for a valid year 2000–2100 and quarter 1–4.
bool is_quarter(std::string_view q);

/// Electronic ballots a vote can hold (the options3 packing base is 4096).
constexpr std::int64_t kMaxElectronicBallots = 4095;

}  // namespace md::votes
