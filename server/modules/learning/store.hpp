#pragma once
// Reading and writing plans, laws, quizzes and study records; no HTTP.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/learning/rules.hpp"
#include "platform/db/db.hpp"

namespace md::learning {

using Json = nlohmann::json;

struct Plan {
  std::int64_t id = 0, year = 0, org_unit_id = 0, planned_hours = 0;
  std::string org_unit_name, title, content, created_by_name;
  std::int64_t created_at = 0, updated_at = 0;
};
/// The plan or 404 learning.plan_not_found.
Plan load_plan(db::Connection& conn, std::int64_t id);
Json plan_json(const Plan& p);
/// The columns plan_from_row reads (plans p, org_units u, users c).
extern const char* const kPlanColumns;
extern const char* const kPlanFrom;
Plan plan_from_row(const db::Row& r);

struct Law {
  std::int64_t id = 0;
  std::string month, title, summary, materials;
  std::int64_t created_at = 0, updated_at = 0;
};
/// The law or 404 learning.law_not_found.
Law load_law(db::Connection& conn, std::int64_t id);
Json law_json(const Law& l);

struct Quiz {
  int pass_mark = 60;
  std::vector<Question> questions;
  std::int64_t updated_at = 0;
};
std::optional<Quiz> load_quiz(db::Connection& conn, std::int64_t law_id);
/// {passMark, questions: [{text, kind, options}]}, with each question's `answer` when asked.
Json quiz_json(const Quiz& q, bool with_answers);
/// The stored form of the questions (always with answers).
std::string questions_text(const std::vector<Question>& qs);

/// A person's study of one law: minutes in total, last day, quiz attempts, best score.
struct MyStudy {
  std::int64_t minutes = 0;
  std::optional<std::string> last_studied_on;
  std::int64_t attempts = 0;
  std::optional<std::int64_t> best_score;
  bool passed = false;
};
MyStudy my_study(db::Connection& conn, std::int64_t law_id, std::optional<std::int64_t> person);

}  // namespace md::learning
