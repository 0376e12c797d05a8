#include "modules/learning/store.hpp"

#include "platform/core/errors.hpp"

namespace md::learning {

const char* const kPlanColumns =
    "p.id, p.year, p.org_unit_id, u.name AS org_unit_name, p.title, p.content, p.planned_hours, "
    "c.display_name AS created_by_name, p.created_at, p.updated_at";
const char* const kPlanFrom =
    " FROM learning_plans p JOIN org_units u ON u.id = p.org_unit_id LEFT JOIN users c ON c.id = "
    "p.created_by";

Plan plan_from_row(const db::Row& r) {
  Plan p;
  p.id = r.i64("id");
  p.year = r.i64("year");
  p.org_unit_id = r.i64("org_unit_id");
  p.org_unit_name = r.str("org_unit_name");
  p.title = r.str("title");
  p.content = r.str("content");
  p.planned_hours = r.i64("planned_hours");
  p.created_by_name = r.str("created_by_name");
  p.created_at = r.i64("created_at");
  p.updated_at = r.i64("updated_at");
  return p;
}

Plan load_plan(db::Connection& conn, std::int64_t id) {
  auto r =
      conn.query_one(std::string("SELECT ") + kPlanColumns + kPlanFrom + " WHERE p.id = ?", {id});
  if (!r) throw not_found("learning.plan_not_found");
  return plan_from_row(*r);
}

Json plan_json(const Plan& p) {
  return {{"id", p.id},
          {"year", p.year},
          {"orgUnitId", p.org_unit_id},
          {"orgUnitName", p.org_unit_name},
          {"title", p.title},
          {"content", p.content},
          {"plannedHours", p.planned_hours},
          {"createdBy", p.created_by_name},
          {"createdAt", p.created_at},
          {"updatedAt", p.updated_at}};
}

Law load_law(db::Connection& conn, std::int64_t id) {
  auto r = conn.query_one(
      "SELECT id, month, title, summary, materials, created_at, updated_at FROM laws WHERE id = ?",
      {id});
  if (!r) throw not_found("learning.law_not_found");
  return {r->i64("id"),        r->str("month"),      r->str("title"),     r->str("summary"),
          r->str("materials"), r->i64("created_at"), r->i64("updated_at")};
}

Json law_json(const Law& l) {
  return {{"id", l.id},
          {"month", l.month},
          {"title", l.title},
          {"summary", l.summary},
          {"materials", l.materials},
          {"createdAt", l.created_at},
          {"updatedAt", l.updated_at}};
}

namespace {

Json question_json(const Question& q, bool with_answer) {
  Json out = {{"text", q.text}, {"kind", std::string(kind_code(q.kind))}, {"options", q.options}};
  if (with_answer) out["answer"] = q.answer;
  return out;
}

}  // namespace

std::optional<Quiz> load_quiz(db::Connection& conn, std::int64_t law_id) {
  auto r = conn.query_one(
      "SELECT pass_mark, questions_json, updated_at FROM quizzes WHERE law_id = ?", {law_id});
  if (!r) return std::nullopt;
  Quiz quiz;
  quiz.pass_mark = static_cast<int>(r->i64("pass_mark"));
  quiz.updated_at = r->i64("updated_at");
  // Written only by questions_text after check_quiz: the shape is known.
  for (const auto& q : Json::parse(r->str("questions_json"))) {
    Question item;
    item.text = q.at("text").get<std::string>();
    item.kind = parse_kind(q.at("kind").get<std::string>()).value_or(QuestionKind::single);
    item.options = q.at("options").get<std::vector<std::string>>();
    item.answer = q.at("answer").get<std::vector<std::int64_t>>();
    quiz.questions.push_back(std::move(item));
  }
  return quiz;
}

Json quiz_json(const Quiz& q, bool with_answers) {
  Json qs = Json::array();
  for (const auto& item : q.questions) qs.push_back(question_json(item, with_answers));
  return {{"passMark", q.pass_mark},
          {"questionCount", q.questions.size()},
          {"questions", qs},
          {"updatedAt", q.updated_at}};
}

std::string questions_text(const std::vector<Question>& qs) {
  Json out = Json::array();
  for (const auto& q : qs) out.push_back(question_json(q, true));
  return out.dump();
}

MyStudy my_study(db::Connection& conn, std::int64_t law_id, std::optional<std::int64_t> person) {
  MyStudy s;
  if (!person) return s;
  auto r = conn.query_one(
      "SELECT COALESCE(SUM(minutes), 0) AS minutes, MAX(studied_on) AS last_on FROM "
      "study_records WHERE law_id = ? AND person_id = ?",
      {law_id, *person});
  s.minutes = r->i64("minutes");
  s.last_studied_on = r->opt_str("last_on");
  auto a = conn.query_one(
      "SELECT COUNT(*) AS n, MAX(score) AS best, MAX(passed) AS passed FROM quiz_attempts WHERE "
      "law_id = ? AND person_id = ?",
      {law_id, *person});
  s.attempts = a->i64("n");
  s.best_score = a->opt_i64("best");
  s.passed = a->i64("passed") != 0;
  return s;
}

}  // namespace md::learning
