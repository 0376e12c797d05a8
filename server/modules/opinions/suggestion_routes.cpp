// Deputies' suggestions (代表建议, R9.5) on the case engine: a deputy submits (or a clerk on a
// deputy's behalf, or an opinion turned into one), the clerk assigns a department with a
// deadline, the department replies, the deputy rates — 不满意 reopens it for a month.
#include "modules/opinions/routes.hpp"
#include "modules/opinions/store.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"
#include "platform/messages/messages.hpp"

namespace md::opinions {
using http::Context;
using http::Response;
using http::Route;

namespace {

const cases::Workflow& flow() { return suggestion_workflow(); }

struct Loaded {
  cases::Case c;
  Suggestion s;
};

Loaded load_visible(Context& ctx, std::int64_t id, bool lock) {
  auto c = lock ? cases::lock_case(ctx.db, "suggestion", id)
                : cases::load_case(ctx.db, "suggestion", id);
  auto s = load_suggestion(ctx.db, id);
  auto v = viewer_of(ctx);
  if (!v.all && !(v.person && *v.person == s.deputy_person_id) && !in_departments(v, c)) {
    throw forbidden("opinions.out_of_scope");
  }
  return {c, s};
}

Response finish(Context& ctx, db::Transaction& tx, const cases::Case& before,
                const cases::Step& step) {
  auto after = cases::apply_step(ctx.db, flow(), before, step, ctx.now);
  const auto brief = [](const cases::Case& c) {
    return Json{{"state", c.state},
                {"assignee", c.assignee.name},
                {"deadline", c.deadline ? Json(*c.deadline) : Json()},
                {"satisfaction", c.satisfaction ? Json(*c.satisfaction) : Json()}};
  };
  ctx.audit("suggestions." + step.action, "suggestion", std::to_string(before.id), brief(before),
            brief(after));
  tx.commit();
  return Response::json(
      suggestion_json(ctx.db, after, load_suggestion(ctx.db, before.id), today(ctx)));
}

/// The suggestions of the filters (state, overdue, text) in the caller's scope: the list and
/// its export share it.
Json query_suggestions(Context& ctx, std::int64_t max_rows, http::ListParams& p,
                       std::int64_t* total) {
  p = http::parse_list(ctx, {{"submittedOn", "s.submitted_on"}, {"deadline", "c.deadline"}},
                       "submittedOn", max_rows);
  if (ctx.query("sort").empty()) p.order_by = "s.submitted_on DESC";
  if (max_rows > 100) {
    p.page = 1;
    p.page_size = max_rows;
  }
  db::Params params;
  std::string where =
      " FROM cases c JOIN suggestions s ON s.case_id = c.id JOIN people p ON p.id = "
      "s.deputy_person_id WHERE c.kind = 'suggestion'";
  if (auto st = ctx.query("status"); !st.empty()) {
    where += " AND c.state = ?";
    params.emplace_back(st);
  }
  if (ctx.query("overdue") == "1") {
    where += " AND c.closed_at IS NULL AND c.deadline < ?";
    params.emplace_back(today(ctx));
  }
  if (!p.q.empty()) where += " AND " + http::search_clause({"c.ref_no", "s.content"}, p.q, params);
  where += suggestion_scope_sql(viewer_of(ctx), params);
  auto day = today(ctx);
  auto page = http::query_page(
      ctx.db,
      "c.id, c.ref_no, c.state, c.title, c.assignee_name, c.deadline, c.closed_at, c.reopened, "
      "s.category, s.submitted_on, s.rating, p.name AS deputy",
      where, params, p, "c.id", [&](const db::Row& r) {
        auto deadline = r.opt_str("deadline");
        return Json{{"id", r.i64("id")},
                    {"refNo", r.str("ref_no")},
                    {"state", r.str("state")},
                    {"title", r.str("title")},
                    {"assignee", r.str("assignee_name")},
                    {"deadline", deadline ? Json(*deadline) : Json()},
                    {"overdue", r.is_null("closed_at") && deadline && *deadline < day},
                    {"reopened", r.i64("reopened")},
                    {"category", r.str("category")},
                    {"submittedOn", r.str("submitted_on")},
                    {"rating", r.is_null("rating") ? Json() : Json(r.str("rating"))},
                    {"deputy", r.str("deputy")}};
      });
  *total = page.total;
  return page.items;
}

Response list(Context& ctx) {
  http::ListParams p;
  std::int64_t total = 0;
  Json items = query_suggestions(ctx, 100, p, &total);
  return Response::json(http::page_json(items, total, p));
}

/// The suggestions list as .xlsx with the same filters and scope.
Response export_suggestions(Context& ctx) {
  http::ListParams p;
  std::int64_t total = 0;
  Json items = query_suggestions(ctx, 10000, p, &total);
  bool en = ctx.lang == i18n::Lang::en;
  static const std::map<std::string, std::pair<const char*, const char*>> states = {
      {"submitted", {"待交办", "Submitted"}},
      {"assigned", {"办理中", "Assigned"}},
      {"replied", {"已答复", "Replied"}},
      {"closed", {"已办结", "Closed"}}};
  for (auto& r : items) {
    auto it = states.find(r["state"].get<std::string>());
    r["stateText"] = it == states.end() ? r["state"].get<std::string>()
                     : en               ? it->second.second
                                        : it->second.first;
    r["categoryText"] = ctx.t("opinions.category." + r["category"].get<std::string>());
    r["overdueText"] = r["overdue"].get<bool>() ? (en ? "overdue" : "超期") : "";
  }
  std::vector<excel::Column> cols = {{en ? "Ref. no." : "编号", "refNo", 16},
                                     {en ? "Deputy" : "代表", "deputy", 10},
                                     {en ? "Title" : "标题", "title", 36},
                                     {en ? "Category" : "类别", "categoryText", 12},
                                     {en ? "Submitted" : "提出日期", "submittedOn", 12},
                                     {en ? "State" : "状态", "stateText", 10},
                                     {en ? "Handled by" : "承办单位", "assignee", 20},
                                     {en ? "Deadline" : "办理期限", "deadline", 12},
                                     {en ? "Overdue" : "超期", "overdueText", 8},
                                     {en ? "Rating" : "满意度", "rating", 10}};
  return http::audited_xlsx(ctx, "suggestions.export", "suggestion",
                            en ? "deputy-suggestions" : "代表建议", cols, items);
}

Response submit(Context& ctx) {
  const auto& b = ctx.body;
  Suggestion s;
  s.category = b["category"].get<std::string>();
  s.content = b["content"].get<std::string>();
  s.session_label = b.value("sessionLabel", "");
  s.submitted_on = today(ctx);
  if (!is_category(s.category)) throw invalid_field("category", "opinions.category");
  db::Transaction tx(ctx.db);
  auto v = viewer_of(ctx);
  std::optional<std::int64_t> deputy = v.person;
  if (v.all && b.contains("deputyPersonId") && !b["deputyPersonId"].is_null()) {
    deputy = b["deputyPersonId"].get<std::int64_t>();
  }
  if (!deputy || !ctx.db.query_one("SELECT id FROM deputies WHERE person_id = ?", {*deputy})) {
    throw invalid_field("deputyPersonId", "opinions.deputy_required");
  }
  s.deputy_person_id = *deputy;
  auto id =
      open_suggestion(ctx.db, s, b["title"].get<std::string>(), step_by(ctx, "open"), ctx.now);
  ctx.audit("suggestions.submit", "suggestion", std::to_string(id), nullptr,
            {{"deputyPersonId", *deputy}, {"category", s.category}, {"title", b["title"]}});
  tx.commit();
  return Response::json(
      suggestion_json(ctx.db, cases::load_case(ctx.db, "suggestion", id), s, today(ctx)), 201);
}

Response details(Context& ctx) {
  auto l = load_visible(ctx, ctx.id(), false);
  return Response::json(suggestion_json(ctx.db, l.c, l.s, today(ctx)));
}

Response assign(Context& ctx, const std::string& action) {
  db::Transaction tx(ctx.db);
  auto l = load_visible(ctx, ctx.id(), true);
  auto step = step_by(ctx, action, ctx.body.value("note", ""));
  if (!flow().next(l.c.state, action)) return finish(ctx, tx, l.c, step);  // 409
  step.assignee = department_assignee(ctx.db, ctx.body["departmentId"].get<std::int64_t>());
  if (action == "assign") {
    step.deadline =
        reply_deadline(today(ctx), ctx.body.value("complex", false), deadline_policy(ctx));
  }
  auto users = department_user_ids(ctx.db, *step.assignee->id);
  if (!users.empty()) {
    messages::Notice n;
    n.kind = "deadline";
    n.title = "代表建议交办：" + l.c.title;
    n.body = "代表建议 " + l.c.ref_no + " 已交办贵单位，请按期答复。";
    n.link = "/suggestions?id=" + std::to_string(l.c.id);
    n.sender_id = ctx.me().user_id;
    messages::post(ctx.db, n, users, ctx.now);
  }
  return finish(ctx, tx, l.c, step);
}

Response assign_first(Context& ctx) { return assign(ctx, "assign"); }
Response reassign(Context& ctx) { return assign(ctx, "reassign"); }

Response reply(Context& ctx) {
  auto text = ctx.body["reply"].get<std::string>();
  db::Transaction tx(ctx.db);
  auto l = load_visible(ctx, ctx.id(), true);
  auto v = viewer_of(ctx);
  if (!v.all && !in_departments(v, l.c)) throw forbidden("opinions.out_of_scope");
  auto step = step_by(ctx, "reply", text);
  step.deadline = "";
  if (!flow().next(l.c.state, step.action)) return finish(ctx, tx, l.c, step);  // 409
  ctx.db.exec("UPDATE suggestions SET reply = ?, replied_on = ? WHERE case_id = ?",
              {text, today(ctx), l.c.id});
  notify_person(ctx, l.s.deputy_person_id, "建议已答复：" + l.c.title,
                l.c.assignee.name + " 答复：" + text + "（请评价）",
                "/suggestions?id=" + std::to_string(l.c.id));
  return finish(ctx, tx, l.c, step);
}

Response rate(Context& ctx) {
  auto rating = ctx.body["rating"].get<std::string>();
  if (!is_rating(rating)) throw invalid_field("rating", "opinions.rating");
  db::Transaction tx(ctx.db);
  auto l = load_visible(ctx, ctx.id(), true);
  auto v = viewer_of(ctx);
  // The deputy rates their own suggestion; a clerk may record it for them.
  if (!v.all && !(v.person && *v.person == l.s.deputy_person_id)) {
    throw forbidden("opinions.out_of_scope");
  }
  auto step = step_by(ctx, action_for_rating(rating), ctx.body.value("comment", ""));
  step.satisfaction = rating;
  if (step.action == "reopen") step.deadline = reopen_deadline(today(ctx), deadline_policy(ctx));
  if (!flow().next(l.c.state, step.action)) return finish(ctx, tx, l.c, step);  // 409
  ctx.db.exec("UPDATE suggestions SET rating = ?, rated_on = ? WHERE case_id = ?",
              {rating, today(ctx), l.c.id});
  return finish(ctx, tx, l.c, step);
}

Response supervise(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto l = load_visible(ctx, ctx.id(), true);
  auto step = step_by(ctx, "supervise", ctx.body.value("note", ""));
  if (flow().next(l.c.state, step.action) && l.c.assignee.kind == "department" && l.c.assignee.id) {
    auto users = department_user_ids(ctx.db, *l.c.assignee.id);
    if (!users.empty()) {
      messages::Notice n;
      n.kind = "deadline";
      n.title = "督办：" + l.c.title;
      n.body = "代表建议 " + l.c.ref_no + " 期限 " + l.c.deadline.value_or("") + "，请抓紧答复。";
      n.link = "/suggestions?id=" + std::to_string(l.c.id);
      n.sender_id = ctx.me().user_id;
      messages::post(ctx.db, n, users, ctx.now);
    }
  }
  return finish(ctx, tx, l.c, step);
}

}  // namespace

std::vector<Route> suggestion_routes() {
  using http::integer;
  using http::Method;
  using http::str;
  const std::string tag = "opinions";
  const auto post = [&](const std::string& path, const std::string& permission,
                        const std::string& summary, http::BodySchema body,
                        Response (*handler)(Context&)) {
    return Route{.method = Method::post,
                 .path = "/api/suggestions/{id}/" + path,
                 .permission = permission,
                 .summary = summary,
                 .tag = tag,
                 .body = std::move(body),
                 .handler = handler};
  };
  return {
      {.method = Method::get,
       .path = "/api/suggestions",
       .permission = "suggestions.read",
       .summary = "Deputies' suggestions within my data scope",
       .tag = tag,
       .query = http::list_query({{"status", "string", "a workflow state"},
                                  {"overdue", "string", "1: open and past the deadline"}}),
       .handler = list},
      {.method = Method::get,
       .path = "/api/suggestions/export",
       .permission = "suggestions.read",
       .summary = "The suggestions list as .xlsx with the same filters and scope",
       .tag = tag,
       .query = http::list_query({{"status", "string", "a workflow state"},
                                  {"overdue", "string", "1: open and past the deadline"}}),
       .handler = export_suggestions},
      {.method = Method::post,
       .path = "/api/suggestions",
       .permission = "suggestions.submit",
       .summary = "Submit a suggestion (a deputy their own; a clerk names the deputy)",
       .tag = tag,
       .body = http::body({str("title").req().len(2, 100), str("category").req().len(1, 30),
                           str("content").req().len(5, 4000), str("sessionLabel").len(0, 50),
                           integer("deputyPersonId").null_ok().range(1, 1000000000000)}),
       .handler = submit},
      {.method = Method::get,
       .path = "/api/suggestions/{id}",
       .permission = "suggestions.read",
       .summary = "A suggestion with its timeline and the actions its stage allows",
       .tag = tag,
       .handler = details},
      post("assign", "suggestions.manage",
           "Assign to a department with the reply deadline (3 months, complex 6)",
           http::body({integer("departmentId").req().range(1, 1000000000000),
                       http::boolean("complex"), str("note").len(0, 500)}),
           assign_first),
      post("reassign", "suggestions.manage", "Reassign to another department",
           http::body({integer("departmentId").req().range(1, 1000000000000),
                       str("note").req().len(2, 500)}),
           reassign),
      post("reply", "suggestions.reply", "The department's reply",
           http::body({str("reply").req().len(2, 4000)}), reply),
      post("rate", "suggestions.rate",
           "The deputy's satisfaction: satisfied | basic | unsatisfied (reopens)",
           http::body({str("rating").req().len(1, 20), str("comment").len(0, 500)}), rate),
      post("supervise", "suggestions.manage", "督办 a suggestion: an event and a reminder",
           http::body({str("note").len(0, 500)}), supervise),
  };
}

}  // namespace md::opinions
