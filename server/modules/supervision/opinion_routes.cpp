// Deliberation opinions (审议意见, R7.2) on the case engine: the committee sends an opinion on
// an item to the body with a reply deadline; the body (a department's account, or the office
// recording the reply of 区政府 etc.) replies; the office urges, follows up (跟踪督办, a new
// deadline) or closes; committee members rate the reply (满意/基本满意/不满意) and an
// unsatisfied tally keeps the opinion from closing.
#include "modules/supervision/routes.hpp"
#include "modules/supervision/rules.hpp"
#include "modules/supervision/store.hpp"
#include "platform/cases/store.hpp"
#include "platform/core/errors.hpp"
#include "platform/db/id_list.hpp"
#include "platform/http/listing.hpp"
#include "platform/settings/settings.hpp"

namespace md::supervision {
using http::Context;
using http::Method;
using http::Response;
using http::Route;

namespace {

bool is_office(const Context& ctx) { return ctx.me().can("supervision.manage"); }

Json existing(Context& ctx, std::int64_t id) {
  auto j = opinion_json(ctx.db, id, today(ctx));
  if (!j) throw not_found("supervision.opinion_not_found");
  return *j;
}

// A department's account sees and answers only the opinions sent to its department.
void check_reader(Context& ctx, std::int64_t id) {
  if (is_office(ctx)) return;
  auto dep = opinion_department(ctx.db, id);
  if (!dep || !answers_for(ctx.db, ctx.me().user_id, *dep))
    throw forbidden("supervision.not_your_body");
}

Response list_opinions(Context& ctx) {
  auto p =
      http::parse_list(ctx, {{"deadline", "c.deadline"}, {"sentOn", "o.sent_on"}}, "sentOn", 100);
  std::string where =
      " FROM supervision_opinions o JOIN cases c ON c.id = o.case_id JOIN supervision_items i ON "
      "i.id = o.item_id WHERE 1 = 1";
  db::Params params;
  if (!is_office(ctx)) {
    auto deps = departments_of(ctx.db, ctx.me().user_id);
    if (deps.empty()) deps.push_back(0);
    where += " AND i.target_department_id IN " + db::id_list(deps);
  }
  if (auto state = ctx.query("state"); !state.empty()) {
    if (!deliberation_workflow().has_state(state))
      throw bad_request("request.bad_query", {{"param", "state"}});
    where += " AND c.state = ?";
    params.push_back(state);
  }
  if (!p.q.empty())
    where += " AND " + http::search_clause({"o.content", "i.title", "i.target_name"}, p.q, params);
  std::string t = today(ctx);
  auto page =
      http::query_page(ctx.db, "o.case_id", where, params, p, "o.case_id", [&](const db::Row& r) {
        auto j = *opinion_json(ctx.db, r.i64("case_id"), t);
        j.erase("events");
        return j;
      });
  return Response::json(http::page_json(page.items, page.total, p));
}

Response get_opinion(Context& ctx) {
  Json j = existing(ctx, ctx.id());
  check_reader(ctx, ctx.id());
  return Response::json(j);
}

Response send_opinion(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto item = ctx.db.query_one(
      "SELECT id, title, target_kind, target_department_id, target_name FROM supervision_items "
      "WHERE id = ?",
      {ctx.id()});
  if (!item) throw not_found("supervision.item_not_found");
  std::string content = ctx.body.value("content", "");
  std::string sent_on = today(ctx);
  std::string deadline = ctx.body.value("deadline", "");
  if (deadline.empty())
    deadline = default_reply_deadline(
        sent_on, static_cast<int>(ctx.settings().get_int("supervision.reply_months")));
  auto errors = check_deadline(deadline, sent_on);
  if (content.find_first_not_of(" \t\r\n") == std::string::npos)
    errors.emplace_back("content", "supervision.content_required");
  throw_fields(errors);
  const auto& w = deliberation_workflow();
  std::int64_t seq = ctx.db.scalar("SELECT COUNT(*) FROM cases WHERE kind = ?", {w.kind}) + 1;
  char ref[32];
  std::snprintf(ref, sizeof ref, "SY%s%05lld", sent_on.substr(0, 4).c_str(),
                static_cast<long long>(seq));
  cases::NewCase nc;
  nc.ref_no = ref;
  nc.title = item->str("title");
  nc.assignee = {item->opt_i64("target_department_id") ? "department" : "unit",
                 item->opt_i64("target_department_id"), item->str("target_name")};
  nc.deadline = deadline;
  nc.actor_user_id = ctx.me().user_id;
  nc.actor_name = ctx.me().display_name;
  auto id = cases::open_case(ctx.db, w, nc, ctx.now);
  ctx.db.exec(
      "INSERT INTO supervision_opinions (case_id, item_id, content, sent_on) VALUES (?, ?, ?, ?)",
      {id, ctx.id(), content, sent_on});
  Json after = existing(ctx, id);
  after.erase("events");
  ctx.audit("supervision.opinion_send", "deliberation", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(existing(ctx, id), 201);
}

// Applies one workflow step (409 cases.illegal_transition when not allowed) and audits it.
Response step(Context& ctx, cases::Step s,
              const std::function<void(const cases::Case&, cases::Step&)>& extra) {
  const auto& w = deliberation_workflow();
  db::Transaction tx(ctx.db);
  auto c = cases::lock_case(ctx.db, w.kind, ctx.id());
  if (!ctx.db.query_one("SELECT case_id FROM supervision_opinions WHERE case_id = ?", {ctx.id()}))
    throw not_found("supervision.opinion_not_found");
  check_reader(ctx, ctx.id());
  if (extra) extra(c, s);
  s.actor_user_id = ctx.me().user_id;
  s.actor_name = ctx.me().display_name;
  auto after = cases::apply_step(ctx.db, w, c, s, ctx.now);
  ctx.audit("supervision.opinion_" + s.action, "deliberation", std::to_string(ctx.id()),
            {{"state", c.state}}, {{"state", after.state}, {"note", s.note}});
  tx.commit();
  return Response::json(existing(ctx, ctx.id()));
}

std::string required_text(Context& ctx, const char* key, const char* code) {
  std::string v = ctx.body.value(key, "");
  if (v.find_first_not_of(" \t\r\n") == std::string::npos) throw invalid_field(key, code);
  return v;
}

Response reply(Context& ctx) {
  std::string content = required_text(ctx, "content", "supervision.content_required");
  cases::Step s{.action = "reply", .note = content.substr(0, 200)};
  return step(ctx, s, [&](const cases::Case& c, cases::Step&) {
    if (!deliberation_workflow().next(c.state, "reply")) return;  // apply_step answers 409
    ctx.db.exec(
        "INSERT INTO supervision_replies (case_id, content, replied_on, by_user, by_name, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)",
        {ctx.id(), content, today(ctx), ctx.me().user_id, ctx.me().display_name, ctx.now});
  });
}

Response urge(Context& ctx) {
  cases::Step s{.action = "urge", .note = required_text(ctx, "note", "supervision.note_required")};
  return step(ctx, s, nullptr);
}

Response follow_up(Context& ctx) {
  std::string note = required_text(ctx, "note", "supervision.note_required");
  std::string deadline = ctx.body.value("deadline", "");
  throw_fields(check_deadline(deadline, today(ctx)));
  cases::Step s{.action = "follow_up", .note = note, .deadline = deadline};
  return step(ctx, s, nullptr);
}

Response close(Context& ctx) {
  cases::Step s{.action = "close", .note = ctx.body.value("note", ""), .deadline = ""};
  return step(ctx, s, [&](const cases::Case& c, cases::Step& st) {
    if (!deliberation_workflow().next(c.state, "close")) return;
    auto t = tally(ratings_of(ctx.db, ctx.id()));
    if (!may_close(t)) throw conflict("supervision.unsatisfied");
    if (!t.outcome().empty()) st.satisfaction = t.outcome();
  });
}

Response rate(Context& ctx) {
  std::string rating = ctx.body.value("rating", "");
  if (!is_rating(rating)) throw invalid_field("rating", "supervision.rating");
  db::Transaction tx(ctx.db);
  auto c = cases::lock_case(ctx.db, deliberation_workflow().kind, ctx.id());
  if (c.state != "replied") throw conflict("supervision.rate_after_reply");
  ctx.db.exec("DELETE FROM supervision_ratings WHERE case_id = ? AND user_id = ?",
              {ctx.id(), ctx.me().user_id});
  ctx.db.exec(
      "INSERT INTO supervision_ratings (case_id, user_id, name, rating, rated_at) VALUES (?, ?, "
      "?, ?, ?)",
      {ctx.id(), ctx.me().user_id, ctx.me().display_name, rating, ctx.now});
  ctx.audit("supervision.opinion_rate", "deliberation", std::to_string(ctx.id()), nullptr,
            {{"rating", rating}});
  tx.commit();
  return Response::json(existing(ctx, ctx.id()));
}

}  // namespace

std::vector<Route> opinion_routes() {
  const std::string tag = "supervision";
  auto note_body = http::body({http::str("note").req().len(0, 2000)});
  return {
      {.method = Method::get,
       .path = "/api/supervision/opinions",
       .permission = "supervision.reply",
       .summary = "Deliberation opinions (a department's account: those sent to it)",
       .tag = tag,
       .query = http::list_query({{"state", "string", "sent | replied | following | closed"}}),
       .handler = list_opinions},
      {.method = Method::get,
       .path = "/api/supervision/opinions/{id}",
       .permission = "supervision.reply",
       .summary = "A deliberation opinion with replies, ratings, tally and events",
       .tag = tag,
       .handler = get_opinion},
      {.method = Method::post,
       .path = "/api/supervision/items/{id}/opinions",
       .permission = "supervision.manage",
       .summary = "Send a deliberation opinion to the item's body with a reply deadline "
                  "(default: supervision.reply_months later)",
       .tag = tag,
       .body = http::body({http::str("content").req().len(0, 20000),
                           http::str("deadline").len(0, 10).doc("YYYY-MM-DD")}),
       .handler = send_opinion},
      {.method = Method::post,
       .path = "/api/supervision/opinions/{id}/reply",
       .permission = "supervision.reply",
       .summary = "The body's reply (its department account, or the office on its behalf)",
       .tag = tag,
       .body = http::body({http::str("content").req().len(0, 20000)}),
       .handler = reply},
      {.method = Method::post,
       .path = "/api/supervision/opinions/{id}/urge",
       .permission = "supervision.manage",
       .summary = "Urge the body to reply (督办); the state stays",
       .tag = tag,
       .body = note_body,
       .handler = urge},
      {.method = Method::post,
       .path = "/api/supervision/opinions/{id}/follow-up",
       .permission = "supervision.manage",
       .summary = "Follow up a reply (跟踪督办) with a new deadline",
       .tag = tag,
       .body = http::body(
           {http::str("note").req().len(0, 2000), http::str("deadline").req().len(0, 10)}),
       .handler = follow_up},
      {.method = Method::post,
       .path = "/api/supervision/opinions/{id}/rating",
       .permission = "supervision.rate",
       .summary = "A committee member's satisfaction rating of the reply (one per member)",
       .tag = tag,
       .body = http::body({http::str("rating").req().len(0, 20).doc("satisfied | basic | "
                                                                    "unsatisfied")}),
       .handler = rate},
      {.method = Method::post,
       .path = "/api/supervision/opinions/{id}/close",
       .permission = "supervision.manage",
       .summary = "Close a replied opinion (409 while the committee's tally is unsatisfied)",
       .tag = tag,
       .body = http::body({http::str("note").len(0, 2000)}),
       .handler = close},
  };
}

}  // namespace md::supervision
