#pragma once
// Decisions of the learning module (R3): months and study dates, quiz validation and scoring,
// hours per person and per branch. Pure: no SQL, no HTTP, no clock (today is a parameter).
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace md::learning {

// ----- Months and dates -----
/// "YYYY-MM" with a year 2000–2100 and a month 01–12.
bool is_month(std::string_view s);
/// "YYYY-MM-DD", a real calendar day (leap years included), year 2000–2100.
bool is_date(std::string_view s);
/// Why a study record is refused: "learning.date_format" (not a real YYYY-MM-DD day) or
/// "learning.date_future" (after `today`); nullopt when it may be recorded.
std::optional<std::string> check_studied_on(std::string_view studied_on, std::string_view today);

// ----- Quizzes -----
enum class QuestionKind { single, multiple };
std::string_view kind_code(QuestionKind k);
std::optional<QuestionKind> parse_kind(std::string_view s);

/// One question: `answer` holds the indexes (into `options`) of the right options.
struct Question {
  std::string text;
  QuestionKind kind = QuestionKind::single;
  std::vector<std::string> options;
  std::vector<std::int64_t> answer;
};

constexpr std::size_t kMaxQuestions = 50;
constexpr std::size_t kMinOptions = 2, kMaxOptions = 8;
constexpr std::size_t kMaxQuestionText = 500, kMaxOptionText = 200;

/// A problem with a quiz: the error code and the question it concerns (0-based; -1 for the
/// quiz as a whole).
struct QuizProblem {
  std::string code;
  int question = -1;
};
/// Why a quiz cannot be saved: "learning.quiz_count" (1–50 questions), "learning.quiz_text"
/// (question text 1–500 characters), "learning.quiz_options" (2–8 options of 1–200
/// characters), "learning.quiz_single" (a single-choice question needs exactly one answer),
/// "learning.quiz_answer" (no answer, an index out of range, or one given twice).
std::optional<QuizProblem> check_quiz(const std::vector<Question>& questions);

/// The chosen options as a set: sorted, duplicates dropped.
std::vector<std::int64_t> as_set(std::vector<std::int64_t> indexes);
/// A question counts only when the chosen set equals the answer set exactly (a multiple-choice
/// question with one right option missing, or one wrong option added, is wrong).
bool answered_right(const Question& q, const std::vector<std::int64_t>& chosen);

struct QuizScore {
  int correct = 0;
  int total = 0;
  int score = 0;  ///< 0–100, correct / total rounded half up
  bool passed = false;
};
/// Scores the answers (one list of chosen indexes per question, in order; missing answers are
/// wrong): score = round(100 × correct / total), passed when score ≥ pass_mark.
QuizScore score_quiz(const std::vector<Question>& questions,
                     const std::vector<std::vector<std::int64_t>>& answers, int pass_mark);
/// round(100 × part / whole), half up; 0 when whole is 0.
int percent(std::int64_t part, std::int64_t whole);

// ----- Hours -----
/// Minutes as tenths of an hour, rounded half up (95 minutes → 16, i.e. 1.6 hours).
std::int64_t hour_tenths(std::int64_t minutes);
/// The average hours per member in tenths, rounded half up; 0 when there are no members.
std::int64_t hour_tenths_per_member(std::int64_t minutes, std::int64_t members);
/// Tenths as the number shown (16 → 1.6).
double tenths_value(std::int64_t tenths);

/// An org unit as far as the hours need it.
struct Unit {
  std::optional<std::int64_t> parent;
  std::string kind;  ///< branch | functional_branch | group | party_group | …
};
bool is_branch_kind(std::string_view kind);
/// The branch a unit belongs to: itself when it is a (functional) branch, else its nearest
/// branch ancestor; nullopt above the branches (the party group, town bodies).
std::optional<std::int64_t> branch_of(const std::map<std::int64_t, Unit>& units, std::int64_t id);

/// A current membership: the person, the unit (a branch or a group in it), primary or not.
struct Membership {
  std::int64_t person = 0;
  std::int64_t unit = 0;
  bool primary = false;
};
/// The person's home branch: the branch of their primary membership, else of the first other.
std::optional<std::int64_t> home_branch(const std::map<std::int64_t, Unit>& units,
                                        const std::vector<Membership>& of_person);

struct BranchTotal {
  std::int64_t members = 0;
  std::int64_t minutes = 0;
};
/// Members and their minutes per branch. A person counts once in each branch they belong to
/// (a member of a branch and of its party group once; a member of a home branch and of a
/// functional branch in both — dual organizational life); minutes_by_person lacks those who
/// studied nothing (they count as members with 0 minutes).
std::map<std::int64_t, BranchTotal> branch_totals(
    const std::map<std::int64_t, Unit>& units, const std::vector<Membership>& memberships,
    const std::map<std::int64_t, std::int64_t>& minutes_by_person);

}  // namespace md::learning
