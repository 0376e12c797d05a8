#include "modules/opinions/followup.hpp"

#include "platform/core/errors.hpp"

namespace md::opinions {
using http::Context;
using http::Response;

void set_followup_deputy(Context& ctx, const cases::Case& c, std::int64_t person_id,
                         const std::string& field) {
  // Serving only: a deputy whose term ended no longer keeps a duty record to count it in.
  if (!ctx.db.query_one("SELECT id FROM deputies WHERE person_id = ? AND ended_on IS NULL",
                        {person_id})) {
    throw invalid_field(field, "opinions.followup_not_serving");
  }
  ctx.db.exec("UPDATE opinions SET followup_person_id = ? WHERE case_id = ?", {person_id, c.id});
  notify_person(ctx, person_id, "请跟进选民意见：" + c.title,
                "选民意见 " + c.ref_no + " 已指定由您跟进，请关注办理和答复情况。",
                "/opinions?id=" + std::to_string(c.id));
}

namespace {

Response assign_deputy(Context& ctx) {
  auto person = ctx.body["personId"].get<std::int64_t>();
  db::Transaction tx(ctx.db);
  auto before = cases::lock_case(ctx.db, "opinion", ctx.id());
  auto o = load_opinion(ctx.db, before.id);
  auto step = step_by(ctx, "assign_deputy", ctx.body.value("note", ""));
  // The engine refuses it on a closed case (409) before anything is stored.
  auto after = cases::apply_step(ctx.db, opinion_workflow(), before, step, ctx.now);
  set_followup_deputy(ctx, before, person, "personId");
  ctx.audit("opinions.assign_deputy", "opinion", std::to_string(before.id),
            {{"followupPersonId", o.followup_person_id ? Json(*o.followup_person_id) : Json()}},
            {{"followupPersonId", person}, {"note", step.note}});
  tx.commit();
  return Response::json(opinion_json(ctx.db, after, load_opinion(ctx.db, before.id), today(ctx)));
}

}  // namespace

std::vector<http::Route> followup_routes() {
  using http::integer;
  using http::str;
  return {{.method = http::Method::post,
           .path = "/api/opinions/{id}/deputy",
           .permission = "opinions.manage",
           .summary = "Name the serving deputy who follows the opinion up (any open stage); they "
                      "see it, get a message, and their duty record counts it",
           .tag = "opinions",
           .body = http::body(
               {integer("personId").req().range(1, 1000000000000), str("note").len(0, 500)}),
           .handler = assign_deputy}};
}

}  // namespace md::opinions
