#include "modules/learning/rules.hpp"

#include <algorithm>

namespace md::learning {
namespace {

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

std::size_t code_points(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace

bool is_month(std::string_view s) {
  if (s.size() != 7 || s[4] != '-' || !digits(s.substr(0, 4)) || !digits(s.substr(5, 2))) {
    return false;
  }
  int y = number(s.substr(0, 4)), m = number(s.substr(5, 2));
  return y >= 2000 && y <= 2100 && m >= 1 && m <= 12;
}

bool is_date(std::string_view s) {
  if (s.size() != 10 || s[7] != '-' || !is_month(s.substr(0, 7)) || !digits(s.substr(8, 2))) {
    return false;
  }
  int y = number(s.substr(0, 4)), m = number(s.substr(5, 2)), d = number(s.substr(8, 2));
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d >= 1 && d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::optional<std::string> check_studied_on(std::string_view studied_on, std::string_view today) {
  if (!is_date(studied_on)) return "learning.date_format";
  if (studied_on > today) return "learning.date_future";
  return std::nullopt;
}

std::string_view kind_code(QuestionKind k) {
  return k == QuestionKind::single ? "single" : "multiple";
}

std::optional<QuestionKind> parse_kind(std::string_view s) {
  if (s == "single") return QuestionKind::single;
  if (s == "multiple") return QuestionKind::multiple;
  return std::nullopt;
}

std::optional<QuizProblem> check_quiz(const std::vector<Question>& questions) {
  if (questions.empty() || questions.size() > kMaxQuestions)
    return QuizProblem{"learning.quiz_count"};
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const auto& q = questions[i];
    int at = static_cast<int>(i);
    auto n = code_points(q.text);
    if (n == 0 || n > kMaxQuestionText || blank(q.text))
      return QuizProblem{"learning.quiz_text", at};
    if (q.options.size() < kMinOptions || q.options.size() > kMaxOptions) {
      return QuizProblem{"learning.quiz_options", at};
    }
    for (const auto& o : q.options) {
      auto len = code_points(o);
      if (len == 0 || len > kMaxOptionText || blank(o))
        return QuizProblem{"learning.quiz_options", at};
    }
    if (q.answer.empty()) return QuizProblem{"learning.quiz_answer", at};
    for (auto a : q.answer) {
      if (a < 0 || a >= static_cast<std::int64_t>(q.options.size())) {
        return QuizProblem{"learning.quiz_answer", at};
      }
    }
    if (as_set(q.answer).size() != q.answer.size()) return QuizProblem{"learning.quiz_answer", at};
    if (q.kind == QuestionKind::single && q.answer.size() != 1) {
      return QuizProblem{"learning.quiz_single", at};
    }
  }
  return std::nullopt;
}

std::vector<std::int64_t> as_set(std::vector<std::int64_t> indexes) {
  std::sort(indexes.begin(), indexes.end());
  indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
  return indexes;
}

bool answered_right(const Question& q, const std::vector<std::int64_t>& chosen) {
  return !chosen.empty() && as_set(chosen) == as_set(q.answer);
}

int percent(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return 0;
  return static_cast<int>((part * 200 + whole) / (2 * whole));
}

QuizScore score_quiz(const std::vector<Question>& questions,
                     const std::vector<std::vector<std::int64_t>>& answers, int pass_mark) {
  QuizScore s;
  s.total = static_cast<int>(questions.size());
  for (std::size_t i = 0; i < questions.size(); ++i) {
    if (i < answers.size() && answered_right(questions[i], answers[i])) ++s.correct;
  }
  s.score = percent(s.correct, s.total);
  s.passed = s.total > 0 && s.score >= pass_mark;
  return s;
}

std::int64_t hour_tenths(std::int64_t minutes) {
  if (minutes <= 0) return 0;
  return (minutes + 3) / 6;  // tenths = minutes / 6, half up
}

std::int64_t hour_tenths_per_member(std::int64_t minutes, std::int64_t members) {
  if (members <= 0 || minutes <= 0) return 0;
  // minutes / (6 × members), half up.
  return (2 * minutes + 6 * members) / (12 * members);
}

double tenths_value(std::int64_t tenths) { return static_cast<double>(tenths) / 10.0; }

bool is_branch_kind(std::string_view kind) {
  return kind == "branch" || kind == "functional_branch";
}

std::optional<std::int64_t> branch_of(const std::map<std::int64_t, Unit>& units, std::int64_t id) {
  for (int depth = 0; depth < 64; ++depth) {
    auto it = units.find(id);
    if (it == units.end()) return std::nullopt;
    if (is_branch_kind(it->second.kind)) return id;
    if (!it->second.parent) return std::nullopt;
    id = *it->second.parent;
  }
  return std::nullopt;
}

std::optional<std::int64_t> home_branch(const std::map<std::int64_t, Unit>& units,
                                        const std::vector<Membership>& of_person) {
  std::optional<std::int64_t> other;
  for (const auto& m : of_person) {
    auto b = branch_of(units, m.unit);
    if (!b) continue;
    if (m.primary) return b;
    if (!other) other = b;
  }
  return other;
}

std::map<std::int64_t, BranchTotal> branch_totals(
    const std::map<std::int64_t, Unit>& units, const std::vector<Membership>& memberships,
    const std::map<std::int64_t, std::int64_t>& minutes_by_person) {
  std::map<std::int64_t, std::set<std::int64_t>> people;
  for (const auto& m : memberships) {
    if (auto b = branch_of(units, m.unit)) people[*b].insert(m.person);
  }
  std::map<std::int64_t, BranchTotal> out;
  for (const auto& [branch, persons] : people) {
    BranchTotal t;
    t.members = static_cast<std::int64_t>(persons.size());
    for (auto p : persons) {
      auto it = minutes_by_person.find(p);
      if (it != minutes_by_person.end()) t.minutes += it->second;
    }
    out[branch] = t;
  }
  return out;
}

}  // namespace md::learning
