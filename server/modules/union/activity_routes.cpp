// Union activities (R11.1): 道德讲堂 (moral_lecture), "我们的节日" (festival) and others, with who
// attended and photos (attachments of owner type union_activity).
#include "modules/union/routes.hpp"
#include "modules/union/rules.hpp"
#include "platform/core/errors.hpp"
#include "platform/files/attachments.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::trade_union {
using http::Context;
using http::Json;
using http::Response;
using http::Route;

namespace {

constexpr const char* kColumns =
    "a.id, a.kind, a.title, a.held_on, a.place, a.summary, (SELECT COUNT(*) FROM "
    "union_attendance t WHERE t.activity_id = a.id) AS attendees";

Json row_json(const db::Row& r) {
  return {{"id", r.i64("id")},
          {"kind", r.str("kind")},
          {"title", r.str("title")},
          {"heldOn", r.str("held_on")},
          {"place", r.str("place")},
          {"summary", r.str("summary")},
          {"attendees", r.i64("attendees")}};
}

Json page_of(Context& ctx, const http::ListParams& p, std::int64_t* total) {
  std::string where = " FROM union_activities a WHERE 1 = 1";
  db::Params params;
  std::string kind = ctx.query("kind");
  if (!kind.empty()) {
    if (!is_activity_kind(kind)) throw bad_request("request.bad_query", {{"param", "kind"}});
    where += " AND a.kind = ?";
    params.push_back(kind);
  }
  if (auto year = int_query(ctx, "year")) {
    where += " AND a.held_on LIKE ?";
    params.push_back(std::to_string(*year) + "-%");
  }
  if (!p.q.empty()) {
    where += " AND " + http::search_clause({"a.title", "a.place", "a.summary"}, p.q, params);
  }
  auto page = http::query_page(ctx.db, kColumns, where, params, p, "a.id", row_json);
  *total = page.total;
  return page.items;
}

http::ListParams params_of(Context& ctx, std::int64_t max) {
  return http::parse_list(ctx,
                          {{"heldOn", "a.held_on"},
                           {"title", "a.title" + std::string(ctx.db.pinyin_collation())},
                           {"kind", "a.kind"}},
                          "heldOn", max);
}

Response list(Context& ctx) {
  auto p = params_of(ctx, 100);
  std::int64_t total = 0;
  Json items = page_of(ctx, p, &total);
  return Response::json(http::page_json(items, total, p));
}

Response export_activities(Context& ctx) {
  auto p = params_of(ctx, 10000);
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = page_of(ctx, p, &total);
  for (auto& a : items)
    a["kindText"] = ctx.t("union.activity_kind." + a["kind"].get<std::string>());
  bool en = english(ctx);
  std::vector<excel::Column> cols = {{en ? "Date" : "日期", "heldOn", 12},
                                     {en ? "Kind" : "类别", "kindText", 14},
                                     {en ? "Title" : "主题", "title", 36},
                                     {en ? "Place" : "地点", "place", 20},
                                     {en ? "Attendees" : "参加人数", "attendees", 10},
                                     {en ? "Summary" : "内容", "summary", 60}};
  return http::audited_xlsx(ctx, "union.activities_export", "union_activity",
                            en ? "union-activities" : "工会活动", cols, items);
}

Json existing(Context& ctx, std::int64_t id) {
  auto r = ctx.db.query_one(
      std::string("SELECT ") + kColumns + " FROM union_activities a WHERE a.id = ?", {id});
  if (!r) throw not_found("union.activity_not_found");
  Json out = row_json(*r);
  Json people = Json::array();
  for (const auto& p : ctx.db.query(
           std::string("SELECT p.id, p.name FROM union_attendance t JOIN people p ON p.id = "
                       "t.person_id WHERE t.activity_id = ? ORDER BY p.name") +
               std::string(ctx.db.pinyin_collation()),
           {id})) {
    people.push_back({{"personId", p.i64("id")}, {"name", p.str("name")}});
  }
  out["attendance"] = people;
  out["photos"] = files::list_for_owner(ctx.db, "union_activity", id);
  return out;
}

Response get(Context& ctx) { return Response::json(existing(ctx, ctx.id())); }

struct Input {
  std::string kind, title, held_on, place, summary;
};

Input checked(Context& ctx) {
  const Json& b = ctx.body;
  Input in{b["kind"], b["title"], b["heldOn"], text_or_empty(b, "place"),
           text_or_empty(b, "summary")};
  std::vector<std::pair<std::string, std::string>> errors;
  if (!is_activity_kind(in.kind)) errors.emplace_back("kind", "union.activity_kind");
  if (blank(in.title)) errors.emplace_back("title", "union.title_required");
  if (!is_date(in.held_on)) errors.emplace_back("heldOn", "union.date_format");
  throw_fields(errors);
  return in;
}

Response create(Context& ctx) {
  Input in = checked(ctx);
  db::Transaction tx(ctx.db);
  auto id = ctx.db
                .query(
                    "INSERT INTO union_activities (kind, title, held_on, place, summary, "
                    "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    "RETURNING id",
                    {in.kind, in.title, in.held_on, in.place, in.summary, ctx.me().user_id, ctx.now,
                     ctx.now})
                .at(0)
                .i64("id");
  Json after = existing(ctx, id);
  ctx.audit("union.activity_create", "union_activity", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response update(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  Input in = checked(ctx);
  ctx.db.exec(
      "UPDATE union_activities SET kind = ?, title = ?, held_on = ?, place = ?, summary = ?, "
      "updated_at = ? WHERE id = ?",
      {in.kind, in.title, in.held_on, in.place, in.summary, ctx.now, ctx.id()});
  Json after = existing(ctx, ctx.id());
  ctx.audit("union.activity_update", "union_activity", std::to_string(ctx.id()), before, after);
  tx.commit();
  return Response::json(after);
}

Response remove_activity(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  ctx.db.exec("DELETE FROM union_attendance WHERE activity_id = ?", {ctx.id()});
  ctx.db.exec("DELETE FROM union_activities WHERE id = ?", {ctx.id()});
  ctx.audit("union.activity_delete", "union_activity", std::to_string(ctx.id()), before, nullptr);
  tx.commit();
  return Response::json({{"id", ctx.id()}, {"deleted", true}});
}

Response set_attendance(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  std::vector<std::int64_t> ids;
  for (const auto& j : ctx.body["personIds"]) {
    auto id = j.get<std::int64_t>();
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
    if (!person_name(ctx.db, id)) throw invalid_field("personIds", "union.person_unknown");
    ids.push_back(id);
  }
  ctx.db.exec("DELETE FROM union_attendance WHERE activity_id = ?", {ctx.id()});
  for (auto id : ids) {
    ctx.db.exec("INSERT INTO union_attendance (activity_id, person_id) VALUES (?, ?)",
                {ctx.id(), id});
  }
  Json after = existing(ctx, ctx.id());
  ctx.audit("union.attendance", "union_activity", std::to_string(ctx.id()),
            {{"attendance", before["attendance"]}}, {{"attendance", after["attendance"]}});
  tx.commit();
  return Response::json(after);
}

http::BodySchema activity_body() {
  return http::body({http::str("kind").req().len(1, 20).doc("moral_lecture | festival | other"),
                     http::str("title").req().len(1, 200),
                     http::str("heldOn").req().len(1, 10).doc("YYYY-MM-DD"),
                     http::str("place").len(0, 200), http::str("summary").len(0, 20000)});
}

}  // namespace

std::vector<Route> activity_routes() {
  using http::Method;
  const std::string tag = "union";
  std::vector<http::QueryParam> filters = {{"kind", "string", "moral_lecture | festival | other"},
                                           {"year", "integer", "a year"},
                                           {"q", "string", "title, place or summary"}};
  return {
      {.method = Method::get,
       .path = "/api/union/activities",
       .permission = "union.read",
       .summary = "Union activities (page, sort: heldOn | title | kind)",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = list},
      {.method = Method::get,
       .path = "/api/union/activities/export",
       .permission = "union.read",
       .summary = "Export the activities to .xlsx (the list's filters)",
       .tag = tag,
       .query = filters,
       .handler = export_activities},
      {.method = Method::get,
       .path = "/api/union/activities/{id}",
       .permission = "union.read",
       .summary = "An activity with its attendance and photos",
       .tag = tag,
       .handler = get},
      {.method = Method::post,
       .path = "/api/union/activities",
       .permission = "union.manage",
       .summary = "Record an activity (道德讲堂, 我们的节日 …)",
       .tag = tag,
       .body = activity_body(),
       .handler = create},
      {.method = Method::put,
       .path = "/api/union/activities/{id}",
       .permission = "union.manage",
       .summary = "Change an activity",
       .tag = tag,
       .body = activity_body(),
       .handler = update},
      {.method = Method::del,
       .path = "/api/union/activities/{id}",
       .permission = "union.manage",
       .summary = "Delete an activity",
       .tag = tag,
       .handler = remove_activity},
      {.method = Method::put,
       .path = "/api/union/activities/{id}/attendance",
       .permission = "union.manage",
       .summary = "Set who attended (people ids)",
       .tag = tag,
       .body = http::body({http::int_array("personIds").req().len(0, 1000)}),
       .handler = set_attendance},
  };
}

}  // namespace md::trade_union
