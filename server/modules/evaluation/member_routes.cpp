// One member at a time: the officers' item scores and proposed grade (scoring), the final grade
// and outcome note (during the notice, after feedback); the public notice list; a member's own
// evaluation and self-assessment (only theirs, only while the campaign is at `self`).
#include "modules/evaluation/access.hpp"
#include "modules/evaluation/detail.hpp"
#include "modules/evaluation/routes.hpp"
#include "modules/org/people_api.hpp"
#include "platform/core/errors.hpp"

namespace md::evaluation {
using http::Context;
using http::Response;
using http::Route;

namespace {

/// The campaign in scope, at `status`, and one of its members (404 evaluation.member_unknown).
std::pair<Campaign, Member> member_at(Context& ctx, const std::string& status) {
  auto c = campaign_in_scope(ctx, ctx.id());
  auto items = load_items(ctx.db, c.id);
  auto m = load_member(ctx.db, c.id, ctx.id("personId"), items.size());
  if (!m) throw not_found("evaluation.member_unknown");
  require_status(ctx, c, status);
  return {c, *m};
}

Response member_answer(Context& ctx, std::int64_t campaign, std::int64_t person) {
  auto items = load_items(ctx.db, campaign);
  return Response::json(member_json(*load_member(ctx.db, campaign, person, items.size()), true));
}

void touch(Context& ctx, std::int64_t campaign) {
  ctx.db.exec("UPDATE evaluation_campaigns SET updated_at = ? WHERE id = ?", {ctx.now, campaign});
}

Response put_scores(Context& ctx) {
  std::vector<std::int64_t> scores;
  for (const auto& s : ctx.body["scores"]) scores.push_back(s.get<std::int64_t>());
  db::Transaction tx(ctx.db);
  auto [c, m] = member_at(ctx, "scoring");
  auto items = load_items(ctx.db, c.id);
  throw_fields(check_scores(items, scores));
  Json before = member_json(m, false)["scores"];
  ctx.db.exec("DELETE FROM evaluation_scores WHERE campaign_id = ? AND person_id = ?",
              {c.id, m.person_id});
  for (std::size_t i = 0; i < scores.size(); ++i) {
    ctx.db.exec(
        "INSERT INTO evaluation_scores (campaign_id, person_id, position, score, scored_by, "
        "scored_at) VALUES (?, ?, ?, ?, ?, ?)",
        {c.id, m.person_id, static_cast<std::int64_t>(i + 1), scores[i], ctx.me().user_id,
         ctx.now});
  }
  touch(ctx, c.id);
  ctx.audit("evaluation.scores", "evaluation_member",
            std::to_string(c.id) + "/" + std::to_string(m.person_id), {{"scores", before}},
            {{"scores", scores}, {"total", score_total(scores)}});
  tx.commit();
  return member_answer(ctx, c.id, m.person_id);
}

std::optional<std::string> grade_of(const Json& b) {
  if (!b.contains("grade") || b["grade"].is_null()) return std::nullopt;
  return b["grade"].get<std::string>();
}

/// 422 when the grade is not allowed for the member (list, probationary).
void check_member_grade(const std::optional<std::string>& grade, const Member& m) {
  if (auto code = check_grade(grade, m.probationary)) throw invalid_field("grade", *code);
}

/// 422 evaluation.excellent_cap when one more 优秀 in `column` would pass the cap.
void check_cap_with(Context& ctx, const Campaign& c, const Member& m,
                    const std::optional<std::string>& grade, const std::string& column) {
  if (grade != "excellent") return;
  const auto& current = column == "proposed_grade" ? m.proposed_grade : m.final_grade;
  if (current == "excellent") return;
  auto graded = graded_count(ctx.db, c.id);
  auto excellent = grade_count(ctx.db, c.id, column, "excellent") + 1;
  auto share = excellent_share(ctx);
  if (!within_cap(excellent, graded, share)) {
    throw ApiError(422, "evaluation.excellent_cap",
                   {{"cap", std::to_string(excellent_cap(graded, share))},
                    {"graded", std::to_string(graded)},
                    {"count", std::to_string(excellent)}});
  }
}

Json opt_text(const std::optional<std::string>& s) { return s ? Json(*s) : Json(); }

Response put_proposal(Context& ctx) {
  auto grade = grade_of(ctx.body);
  db::Transaction tx(ctx.db);
  auto [c, m] = member_at(ctx, "scoring");
  check_member_grade(grade, m);
  check_cap_with(ctx, c, m, grade, "proposed_grade");
  ctx.db.exec(
      "UPDATE evaluation_members SET proposed_grade = ? WHERE campaign_id = ? AND person_id = ?",
      {grade ? db::Value(*grade) : db::Value(), c.id, m.person_id});
  touch(ctx, c.id);
  ctx.audit("evaluation.propose", "evaluation_member",
            std::to_string(c.id) + "/" + std::to_string(m.person_id),
            {{"proposedGrade", opt_text(m.proposed_grade)}}, {{"proposedGrade", opt_text(grade)}});
  tx.commit();
  return member_answer(ctx, c.id, m.person_id);
}

Response put_final(Context& ctx) {
  auto grade = grade_of(ctx.body);
  std::string note = ctx.body.value("note", "");
  db::Transaction tx(ctx.db);
  auto [c, m] = member_at(ctx, "notice");
  check_member_grade(grade, m);
  if (!grade && !m.probationary) throw invalid_field("grade", "evaluation.grade_required");
  check_cap_with(ctx, c, m, grade, "final_grade");
  std::optional<std::string> outcome;
  if (grade) outcome = outcome_for(*grade);
  ctx.db.exec(
      "UPDATE evaluation_members SET final_grade = ?, outcome = ?, outcome_note = ? WHERE "
      "campaign_id = ? AND person_id = ?",
      {grade ? db::Value(*grade) : db::Value(), outcome ? db::Value(*outcome) : db::Value(), note,
       c.id, m.person_id});
  touch(ctx, c.id);
  ctx.audit("evaluation.final_grade", "evaluation_member",
            std::to_string(c.id) + "/" + std::to_string(m.person_id),
            {{"finalGrade", opt_text(m.final_grade)},
             {"outcome", opt_text(m.outcome)},
             {"note", m.outcome_note}},
            {{"finalGrade", opt_text(grade)}, {"outcome", opt_text(outcome)}, {"note", note}});
  tx.commit();
  return member_answer(ctx, c.id, m.person_id);
}

bool is_participant(Context& ctx, std::int64_t campaign, std::optional<std::int64_t> person) {
  return person && ctx.db.query_one(
                       "SELECT person_id FROM evaluation_members WHERE campaign_id = ? AND "
                       "person_id = ?",
                       {campaign, *person});
}

/// The public notice list (公示): officers in scope at any step from scoring on (a preview
/// before the notice); members of the campaign only during the notice and after.
Response notice(Context& ctx) {
  auto c = load_campaign(ctx.db, ctx.id());
  bool officer = false;
  if (ctx.me().can("evaluation.read")) {
    try {
      require_scope(ctx, c.unit_id);
      officer = true;
    } catch (const ApiError&) {
    }
  }
  bool published = c.status == "notice" || c.status == "final";
  if (!officer) {
    if (!is_participant(ctx, c.id, org::person_of_user(ctx.db, ctx.me().user_id))) {
      throw forbidden("evaluation.out_of_scope");
    }
    if (!published) throw forbidden("evaluation.notice_not_public");
  }
  if (!published && c.status != "scoring") throw conflict("evaluation.notice_not_ready");
  Json people = Json::array();
  Json totals = {{"excellent", 0}, {"qualified", 0}, {"basic", 0}, {"unqualified", 0}};
  std::int64_t probationary = 0;
  for (const auto& m : load_members(ctx.db, c.id, 0)) {
    auto grade = published ? m.final_grade : m.proposed_grade;
    if (m.probationary) ++probationary;
    if (grade && totals.contains(*grade)) totals[*grade] = totals[*grade].get<std::int64_t>() + 1;
    people.push_back({{"personId", m.person_id},
                      {"name", m.name},
                      {"probationary", m.probationary},
                      {"grade", opt_text(grade)},
                      {"outcome", c.status == "final" ? opt_text(m.outcome) : Json()}});
  }
  return Response::json({{"id", c.id},
                         {"title", c.title},
                         {"year", c.year},
                         {"orgUnitId", c.unit_id},
                         {"orgUnitName", c.unit_name},
                         {"status", c.status},
                         {"preview", !published},
                         {"noticeFrom", opt_text(c.notice_from)},
                         {"noticeTo", opt_text(c.notice_to)},
                         {"people", people},
                         {"totals", totals},
                         {"probationary", probationary}});
}

Json my_campaign(Context& ctx, const Campaign& c, std::int64_t person) {
  auto items = load_items(ctx.db, c.id);
  auto m = *load_member(ctx.db, c.id, person, items.size());
  bool final = c.status == "final";
  Json j = {{"id", c.id},
            {"title", c.title},
            {"year", c.year},
            {"orgUnitName", c.unit_name},
            {"status", c.status},
            {"noticeFrom", opt_text(c.notice_from)},
            {"noticeTo", opt_text(c.notice_to)},
            {"voteId", c.vote_id ? Json(*c.vote_id) : Json()},
            {"ballotOpen", c.status == "ballot" && c.vote_id.has_value()},
            {"canEditSelf", c.status == "self"},
            {"noticePublic", c.status == "notice" || final},
            {"probationary", m.probationary},
            {"selfAssessment", m.self_assessment},
            {"selfSubmittedAt", m.self_submitted_at ? Json(*m.self_submitted_at) : Json()},
            {"items", items_json(items)},
            // The result is the member's own only once it is final; the notice list shows the
            // proposed grades to everyone during the notice anyway.
            {"finalGrade", final ? opt_text(m.final_grade) : Json()},
            {"outcome", final ? opt_text(m.outcome) : Json()},
            {"outcomeNote", final ? Json(m.outcome_note) : Json()}};
  if (final) j["scores"] = member_json(m, false)["scores"];
  return j;
}

Response my_evaluation(Context& ctx) {
  auto person = org::person_of_user(ctx.db, ctx.me().user_id);
  if (!person) return Response::json({{"hasPerson", false}, {"campaigns", Json::array()}});
  Json list = Json::array();
  for (const auto& r : ctx.db.query(std::string("SELECT ") + kCampaignColumns + kCampaignFrom +
                                        " JOIN evaluation_members m ON m.campaign_id = c.id "
                                        "WHERE m.person_id = ? AND c.status <> 'draft' ORDER BY "
                                        "c.year DESC, c.id DESC",
                                    {*person})) {
    list.push_back(my_campaign(ctx, campaign_from_row(r), *person));
  }
  return Response::json({{"hasPerson", true}, {"personId", *person}, {"campaigns", list}});
}

Response put_self(Context& ctx) {
  std::string text = ctx.body["text"].get<std::string>();
  db::Transaction tx(ctx.db);
  auto c = load_campaign(ctx.db, ctx.id());
  auto person = org::person_of_user(ctx.db, ctx.me().user_id);
  if (!is_participant(ctx, c.id, person) || c.status == "draft") {
    throw forbidden("evaluation.not_participant");
  }
  if (c.status != "self") throw conflict("evaluation.self_closed");
  if (auto code = check_self_assessment(text)) throw invalid_field("text", *code);
  auto before = load_member(ctx.db, c.id, *person, 0);
  ctx.db.exec(
      "UPDATE evaluation_members SET self_assessment = ?, self_submitted_at = ? WHERE "
      "campaign_id = ? AND person_id = ?",
      {text, ctx.now, c.id, *person});
  ctx.audit("evaluation.self", "evaluation_member",
            std::to_string(c.id) + "/" + std::to_string(*person),
            {{"selfAssessment", before->self_assessment}}, {{"selfAssessment", text}});
  tx.commit();
  return Response::json(my_campaign(ctx, load_campaign(ctx.db, c.id), *person));
}

}  // namespace

std::vector<Route> member_routes() {
  using http::Method;
  const std::string tag = "evaluation";
  const std::string member = "/api/evaluations/{id}/members/{personId}";
  return {
      {.method = Method::put,
       .path = member + "/scores",
       .permission = "evaluation.manage",
       .summary = "A member's item scores (one per item, 0..weight) during the scoring",
       .tag = tag,
       .body = http::body({http::int_array("scores").req().len(1, 20)}),
       .handler = put_scores},
      {.method = Method::put,
       .path = member + "/proposal",
       .permission = "evaluation.manage",
       .summary = "The committee's proposed grade for a member (null clears it); none for "
                  "probationary members; within the 优秀 cap",
       .tag = tag,
       .body = http::body({http::str("grade").null_ok().len(0, 20).doc(
           "excellent | qualified | basic | unqualified")}),
       .handler = put_proposal},
      {.method = Method::put,
       .path = member + "/final",
       .permission = "evaluation.manage",
       .summary = "Change a member's final grade after feedback during the notice; the outcome "
                  "follows the grade, with a note",
       .tag = tag,
       .body = http::body({http::str("grade").null_ok().len(0, 20).doc(
                               "excellent | qualified | basic | unqualified"),
                           http::str("note").len(0, 500)}),
       .handler = put_final},
      {.method = Method::get,
       .path = "/api/evaluations/{id}/notice",
       .permission = "evaluation.own",
       .summary = "The notice list (公示) for printing: members and grades (officers from the "
                  "scoring on, members during the notice and after)",
       .tag = tag,
       .handler = notice},
      {.method = Method::get,
       .path = "/api/my/evaluation",
       .permission = "evaluation.own",
       .summary = "My democratic evaluations: steps, my self-assessment, the peer ballot link, "
                  "my final result",
       .tag = tag,
       .handler = my_evaluation},
      {.method = Method::put,
       .path = "/api/my/evaluation/{id}/self",
       .permission = "evaluation.own",
       .summary = "Write or rewrite my self-assessment (only while the campaign is at `self`)",
       .tag = tag,
       .body = http::body({http::str("text").req().len(0, 4000)}),
       .handler = put_self},
  };
}

}  // namespace md::evaluation
