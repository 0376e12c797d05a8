// 一月一法 (R3.1): one law a month with its materials; members record their own study (minutes)
// and take the optional quiz. The law calendar and its quizzes are organization-wide, so only
// the whole-scope managers (leader, clerk) edit them.
#include "modules//learning/permissions.hpp"
#include "modules/learning/routes.hpp"
#include "modules/learning/store.hpp"
#include "modules/org/people_api.hpp"
#include "platform/auth/scope.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"

namespace md::learning {
using http::Context;
using http::Response;
using http::Route;

namespace {

bool can_edit_laws(Context& ctx) { return ctx.me().can("learning.manage") && whole_scope(ctx); }

void require_law_editor(Context& ctx) {
  if (!can_edit_laws(ctx)) throw forbidden("learning.laws_whole_scope");
}

/// The caller's person or 403 learning.no_person.
std::int64_t my_person(Context& ctx) {
  auto p = org::person_of_user(ctx.db, ctx.me().user_id);
  if (!p) throw forbidden("learning.no_person");
  return *p;
}

Json my_json(const MyStudy& s) {
  return {{"myMinutes", s.minutes},
          {"myLastStudiedOn", s.last_studied_on ? Json(*s.last_studied_on) : Json()},
          {"myAttempts", s.attempts},
          {"myBestScore", s.best_score ? Json(*s.best_score) : Json()},
          {"myPassed", s.attempts > 0 ? Json(s.passed) : Json()}};
}

Response list_laws(Context& ctx) {
  int year = year_param(ctx);
  auto person = org::person_of_user(ctx.db, ctx.me().user_id);
  std::int64_t me = person.value_or(0);
  std::string this_month = china_date(ctx.now).substr(0, 7);
  Json items = Json::array();
  for (const auto& r : ctx.db.query(
           "SELECT l.id, l.month, l.title, l.summary, l.materials, l.created_at, l.updated_at, "
           "(SELECT COUNT(DISTINCT s.person_id) FROM study_records s WHERE s.law_id = l.id) AS "
           "studied_count, (SELECT q.pass_mark FROM quizzes q WHERE q.law_id = l.id) AS "
           "pass_mark, (SELECT COALESCE(SUM(s.minutes), 0) FROM study_records s WHERE s.law_id = "
           "l.id AND s.person_id = ?) AS my_minutes, (SELECT COUNT(*) FROM quiz_attempts a WHERE "
           "a.law_id = l.id AND a.person_id = ?) AS my_attempts, (SELECT MAX(a.score) FROM "
           "quiz_attempts a WHERE a.law_id = l.id AND a.person_id = ?) AS my_best, (SELECT "
           "MAX(a.passed) FROM quiz_attempts a WHERE a.law_id = l.id AND a.person_id = ?) AS "
           "my_passed FROM laws l WHERE l.month LIKE ? ORDER BY l.month",
           {me, me, me, me, std::to_string(year) + "-%"})) {
    Json law = law_json({r.i64("id"), r.str("month"), r.str("title"), r.str("summary"),
                         r.str("materials"), r.i64("created_at"), r.i64("updated_at")});
    law["studiedCount"] = r.i64("studied_count");
    law["hasQuiz"] = !r.is_null("pass_mark");
    law["passMark"] = r.is_null("pass_mark") ? Json() : Json(r.i64("pass_mark"));
    law["isCurrent"] = r.str("month") == this_month;
    law["myMinutes"] = r.i64("my_minutes");
    law["myBestScore"] = r.is_null("my_best") ? Json() : Json(r.i64("my_best"));
    law["myPassed"] = r.i64("my_attempts") > 0 ? Json(r.i64("my_passed") != 0) : Json();
    items.push_back(std::move(law));
  }
  return Response::json({{"year", year},
                         {"currentMonth", this_month},
                         {"canEdit", can_edit_laws(ctx)},
                         {"hasPerson", person.has_value()},
                         {"items", items}});
}

/// Who studied the law (minutes summed per person, last day, best quiz score); a branch
/// officer sees the members of their own subtree only.
Json records_json(Context& ctx, std::int64_t law_id) {
  std::string where = "s.law_id = ?";
  if (!whole_scope(ctx)) {
    auto own = ctx.me().org_unit_id;
    where +=
        " AND s.person_id IN (SELECT ms.person_id FROM memberships ms WHERE ms.ended_on IS "
        "NULL AND ms.org_unit_id IN " +
        id_list(own ? auth::org_subtree(ctx.db, *own) : std::set<std::int64_t>{}) + ")";
  }
  Json out = Json::array();
  for (const auto& r : ctx.db.query(
           "SELECT s.person_id, p.name, SUM(s.minutes) AS minutes, MAX(s.studied_on) AS "
           "studied_on, (SELECT MAX(a.score) FROM quiz_attempts a WHERE a.law_id = ? AND "
           "a.person_id = s.person_id) AS best, (SELECT MAX(a.passed) FROM quiz_attempts a WHERE "
           "a.law_id = ? AND a.person_id = s.person_id) AS passed FROM study_records s JOIN "
           "people p ON p.id = s.person_id WHERE " +
               where + " GROUP BY s.person_id, p.name ORDER BY p.name" +
               std::string(ctx.db.pinyin_collation()) + ", s.person_id",
           {law_id, law_id, law_id})) {
    out.push_back({{"personId", r.i64("person_id")},
                   {"name", r.str("name")},
                   {"minutes", r.i64("minutes")},
                   {"studiedOn", r.str("studied_on")},
                   {"bestScore", r.is_null("best") ? Json() : Json(r.i64("best"))},
                   {"passed", r.is_null("passed") ? Json() : Json(r.i64("passed") != 0)}});
  }
  return out;
}

Json detail_json(Context& ctx, const Law& law) {
  Json out = law_json(law);
  auto person = org::person_of_user(ctx.db, ctx.me().user_id);
  out.update(my_json(my_study(ctx.db, law.id, person)));
  out["studiedCount"] = ctx.db.scalar(
      "SELECT COUNT(DISTINCT person_id) FROM study_records WHERE law_id = ?", {law.id});
  out["isCurrent"] = law.month == china_date(ctx.now).substr(0, 7);
  out["canEdit"] = can_edit_laws(ctx);
  out["hasPerson"] = person.has_value();
  auto quiz = load_quiz(ctx.db, law.id);
  out["hasQuiz"] = quiz.has_value();
  out["quiz"] = quiz ? quiz_json(*quiz, can_edit_laws(ctx)) : Json();
  if (ctx.me().can("learning.read")) out["records"] = records_json(ctx, law.id);
  return out;
}

Response law_detail(Context& ctx) {
  Law law = load_law(ctx.db, ctx.id());
  return Response::json(detail_json(ctx, law));
}

void check_month(const std::string& month) {
  if (!is_month(month)) throw invalid_field("month", "learning.month_format");
}

Response create_law(Context& ctx) {
  const auto& b = ctx.body;
  std::string month = b["month"];
  check_month(month);
  require_law_editor(ctx);
  db::Transaction tx(ctx.db);
  if (ctx.db.query_one("SELECT id FROM laws WHERE month = ?", {month})) {
    throw conflict("learning.month_taken", {{"month", month}});
  }
  auto id = ctx.db
                .query(
                    "INSERT INTO laws (month, title, summary, materials, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                    {month, b["title"].get<std::string>(), b.value("summary", ""),
                     b.value("materials", ""), ctx.now, ctx.now})
                .at(0)
                .i64("id");
  Json after = law_json(load_law(ctx.db, id));
  ctx.audit("learning.law_create", "law", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(detail_json(ctx, load_law(ctx.db, id)), 201);
}

Response update_law(Context& ctx) {
  const auto& b = ctx.body;
  std::string month = b["month"];
  check_month(month);
  db::Transaction tx(ctx.db);
  Law law = load_law(ctx.db, ctx.id());
  require_law_editor(ctx);
  if (ctx.db.query_one("SELECT id FROM laws WHERE month = ? AND id <> ?", {month, law.id})) {
    throw conflict("learning.month_taken", {{"month", month}});
  }
  Json before = law_json(law);
  ctx.db.exec(
      "UPDATE laws SET month = ?, title = ?, summary = ?, materials = ?, updated_at = ? "
      "WHERE id = ?",
      {month, b["title"].get<std::string>(), b.value("summary", ""), b.value("materials", ""),
       ctx.now, law.id});
  Json after = law_json(load_law(ctx.db, law.id));
  ctx.audit("learning.law_update", "law", std::to_string(law.id), before, after);
  tx.commit();
  return Response::json(detail_json(ctx, load_law(ctx.db, law.id)));
}

Response study(Context& ctx) {
  const auto& b = ctx.body;
  std::string day = b["studiedOn"];
  if (auto bad = check_studied_on(day, china_date(ctx.now))) {
    throw invalid_field("studiedOn", *bad);
  }
  auto minutes = b["minutes"].get<std::int64_t>();
  db::Transaction tx(ctx.db);
  Law law = load_law(ctx.db, ctx.id());
  auto person = my_person(ctx);
  auto id = ctx.db
                .query(
                    "INSERT INTO study_records (person_id, law_id, minutes, studied_on, "
                    "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
                    {person, law.id, minutes, day, ctx.now})
                .at(0)
                .i64("id");
  Json record = {{"id", id},
                 {"lawId", law.id},
                 {"personId", person},
                 {"minutes", minutes},
                 {"studiedOn", day}};
  ctx.audit("learning.study", "law", std::to_string(law.id), nullptr, record);
  tx.commit();
  record.update(my_json(my_study(ctx.db, law.id, person)));
  return Response::json(record, 201);
}

/// The questions of a PUT body, or 422 learning.quiz_shape naming the question.
std::vector<Question> parse_questions(const Json& in) {
  if (!in.is_array()) throw invalid_field("questions", "learning.quiz_count");
  if (in.empty() || in.size() > kMaxQuestions)
    throw invalid_field("questions", "learning.quiz_count");
  std::vector<Question> out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    const auto& q = in[i];
    auto shape = [&] {
      return invalid_field("questions", "learning.quiz_shape", {{"n", std::to_string(i + 1)}});
    };
    if (!q.is_object()) throw shape();
    for (const auto& [key, value] : q.items()) {
      (void)value;
      if (key != "text" && key != "kind" && key != "options" && key != "answer") throw shape();
    }
    if (!q.contains("text") || !q["text"].is_string() || !q.contains("kind") ||
        !q["kind"].is_string() || !q.contains("options") || !q["options"].is_array() ||
        !q.contains("answer") || !q["answer"].is_array()) {
      throw shape();
    }
    Question item;
    item.text = q["text"].get<std::string>();
    auto kind = parse_kind(q["kind"].get<std::string>());
    if (!kind) throw shape();
    item.kind = *kind;
    if (q["options"].size() > kMaxOptions) {
      throw invalid_field("questions", "learning.quiz_options", {{"n", std::to_string(i + 1)}});
    }
    for (const auto& o : q["options"]) {
      if (!o.is_string()) throw shape();
      item.options.push_back(o.get<std::string>());
    }
    if (q["answer"].size() > kMaxOptions) {
      throw invalid_field("questions", "learning.quiz_answer", {{"n", std::to_string(i + 1)}});
    }
    for (const auto& a : q["answer"]) {
      if (!a.is_number_integer()) throw shape();
      item.answer.push_back(a.get<std::int64_t>());
    }
    out.push_back(std::move(item));
  }
  return out;
}

Response put_quiz(Context& ctx) {
  auto questions = parse_questions(ctx.body["questions"]);
  if (auto problem = check_quiz(questions)) {
    MessageParams params;
    if (problem->question >= 0) params["n"] = std::to_string(problem->question + 1);
    throw invalid_field("questions", problem->code, params);
  }
  auto pass_mark = ctx.body["passMark"].get<std::int64_t>();
  db::Transaction tx(ctx.db);
  Law law = load_law(ctx.db, ctx.id());
  require_law_editor(ctx);
  auto old = load_quiz(ctx.db, law.id);
  Json before = old ? quiz_json(*old, true) : Json();
  if (old) {
    ctx.db.exec(
        "UPDATE quizzes SET pass_mark = ?, questions_json = ?, updated_at = ? WHERE "
        "law_id = ?",
        {pass_mark, questions_text(questions), ctx.now, law.id});
  } else {
    ctx.db.exec(
        "INSERT INTO quizzes (law_id, pass_mark, questions_json, updated_at) VALUES (?, "
        "?, ?, ?)",
        {law.id, pass_mark, questions_text(questions), ctx.now});
  }
  Json after = quiz_json(*load_quiz(ctx.db, law.id), true);
  ctx.audit("learning.quiz_update", "law", std::to_string(law.id), before, after);
  tx.commit();
  return Response::json(after);
}

/// The answers of an attempt: one array of option indexes per question.
std::vector<std::vector<std::int64_t>> parse_answers(const Json& in) {
  if (!in.is_array() || in.size() > kMaxQuestions) {
    throw invalid_field("answers", "learning.answers_shape");
  }
  std::vector<std::vector<std::int64_t>> out;
  for (const auto& a : in) {
    if (!a.is_array() || a.size() > kMaxOptions) {
      throw invalid_field("answers", "learning.answers_shape");
    }
    std::vector<std::int64_t> chosen;
    for (const auto& i : a) {
      if (!i.is_number_integer()) throw invalid_field("answers", "learning.answers_shape");
      chosen.push_back(i.get<std::int64_t>());
    }
    out.push_back(std::move(chosen));
  }
  return out;
}

Response attempt_quiz(Context& ctx) {
  auto answers = parse_answers(ctx.body["answers"]);
  db::Transaction tx(ctx.db);
  Law law = load_law(ctx.db, ctx.id());
  auto quiz = load_quiz(ctx.db, law.id);
  if (!quiz) throw not_found("learning.no_quiz");
  auto person = my_person(ctx);
  if (answers.size() != quiz->questions.size()) {
    throw invalid_field("answers", "learning.answers_count",
                        {{"n", std::to_string(quiz->questions.size())}});
  }
  auto s = score_quiz(quiz->questions, answers, quiz->pass_mark);
  Json right = Json::array();
  for (std::size_t i = 0; i < answers.size(); ++i) {
    right.push_back(answered_right(quiz->questions[i], answers[i]));
  }
  Json answers_json = answers;
  auto id = ctx.db
                .query(
                    "INSERT INTO quiz_attempts (law_id, person_id, answers_json, score, "
                    "passed, attempted_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                    {law.id, person, answers_json.dump(), static_cast<std::int64_t>(s.score),
                     static_cast<std::int64_t>(s.passed ? 1 : 0), ctx.now})
                .at(0)
                .i64("id");
  Json result = {{"id", id},
                 {"lawId", law.id},
                 {"score", s.score},
                 {"passed", s.passed},
                 {"correct", s.correct},
                 {"total", s.total},
                 {"passMark", quiz->pass_mark},
                 {"right", right}};
  ctx.audit("learning.quiz_attempt", "law", std::to_string(law.id), nullptr,
            {{"personId", person}, {"score", s.score}, {"passed", s.passed}});
  tx.commit();
  return Response::json(result, 201);
}

}  // namespace

std::vector<Route> law_routes() {
  using http::Method;
  const std::string tag = "learning";
  auto law_fields = http::body(
      {http::str("month").req().len(7, 7).doc("YYYY-MM"), http::str("title").req().len(1, 100),
       http::str("summary").len(0, 2000), http::str("materials").len(0, 8000)});
  return {
      {.method = Method::get,
       .path = "/api/learning/laws",
       .permission = "learning.study",
       .summary = "The laws of a year, month by month (一月一法), with who studied them and my "
                  "minutes and quiz result",
       .tag = tag,
       .query = {{"year", "integer", "default: this year"}},
       .handler = list_laws},
      {.method = Method::post,
       .path = "/api/learning/laws",
       .permission = "learning.manage",
       .summary = "Set the law of a month (leader, clerk)",
       .tag = tag,
       .body = law_fields,
       .handler = create_law},
      {.method = Method::get,
       .path = "/api/learning/laws/{id}",
       .permission = "learning.study",
       .summary = "A law with its materials, my study, the quiz (answers only for its editors) "
                  "and, for officers, who studied it",
       .tag = tag,
       .handler = law_detail},
      {.method = Method::put,
       .path = "/api/learning/laws/{id}",
       .permission = "learning.manage",
       .summary = "Edit the law of a month (leader, clerk)",
       .tag = tag,
       .body = law_fields,
       .handler = update_law},
      {.method = Method::post,
       .path = "/api/learning/laws/{id}/study",
       .permission = "learning.study",
       .summary = "Record that I studied the law (minutes, day)",
       .tag = tag,
       .body = http::body({http::integer("minutes").req().range(1, 600),
                           http::str("studiedOn").req().len(10, 10).doc("YYYY-MM-DD")}),
       .handler = study},
      {.method = Method::put,
       .path = "/api/learning/laws/{id}/quiz",
       .permission = "learning.manage",
       .summary = "Set the law's quiz: pass mark and 1–50 single / multiple choice questions",
       .tag = tag,
       .body = http::body({http::integer("passMark").req().range(0, 100),
                           http::any_value("questions")
                               .req()
                               .doc("[{text, kind: single | multiple, options: [2–8], answer: "
                                    "[indexes]}]")}),
       .handler = put_quiz},
      {.method = Method::post,
       .path = "/api/learning/laws/{id}/quiz/attempts",
       .permission = "learning.study",
       .summary = "Take the law's quiz: my answers are scored at once",
       .tag = tag,
       .body = http::body({http::any_value("answers").req().doc("[[option indexes], …]")}),
       .handler = attempt_quiz},
  };
}

}  // namespace md::learning
