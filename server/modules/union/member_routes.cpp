// Union members (R11.1): the org's people who joined the union, when, and whether still in it.
// The active members are the roster of the union's elections and selections.
#include "modules/union/routes.hpp"
#include "modules/union/rules.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::trade_union {
using http::Context;
using http::Json;
using http::Response;
using http::Route;

namespace {

constexpr const char* kColumns =
    "m.id, m.person_id, p.name, p.gender, p.unit, p.post, m.joined_on, m.status, m.left_on, "
    "m.note";
constexpr const char* kFrom = " FROM union_members m JOIN people p ON p.id = m.person_id";

Json row_json(const db::Row& r) {
  return {{"id", r.i64("id")},
          {"personId", r.i64("person_id")},
          {"name", r.str("name")},
          {"gender", r.str("gender")},
          {"unit", r.str("unit")},
          {"post", r.str("post")},
          {"joinedOn", r.str("joined_on")},
          {"status", r.str("status")},
          {"leftOn", r.opt_str("left_on") ? Json(r.str("left_on")) : Json()},
          {"note", r.str("note")}};
}

Json page_of(Context& ctx, const http::ListParams& p, std::int64_t* total) {
  std::string where = " WHERE 1 = 1";
  db::Params params;
  std::string status = ctx.query("status");
  if (!status.empty()) {
    if (status != "active" && status != "left") {
      throw bad_request("request.bad_query", {{"param", "status"}});
    }
    where += " AND m.status = ?";
    params.push_back(status);
  }
  if (!p.q.empty())
    where += " AND " + http::search_clause({"p.name", "p.unit", "p.post"}, p.q, params);
  auto page =
      http::query_page(ctx.db, kColumns, std::string(kFrom) + where, params, p, "m.id", row_json);
  *total = page.total;
  return page.items;
}

http::ListParams params_of(Context& ctx, std::int64_t max) {
  return http::parse_list(
      ctx, {{"name", "p.name_key"}, {"joinedOn", "m.joined_on"}, {"status", "m.status"}}, "name",
      max);
}

Response list(Context& ctx) {
  auto p = params_of(ctx, 100);
  std::int64_t total = 0;
  Json items = page_of(ctx, p, &total);
  return Response::json(http::page_json(items, total, p));
}

Response export_members(Context& ctx) {
  auto p = params_of(ctx, 10000);
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = page_of(ctx, p, &total);
  for (auto& m : items) {
    m["statusText"] = ctx.t("union.member_status." + m["status"].get<std::string>());
    if (m["leftOn"].is_null()) m["leftOn"] = "";
  }
  bool en = english(ctx);
  std::vector<excel::Column> cols = {
      {en ? "Name" : "姓名", "name", 12},         {en ? "Unit" : "单位", "unit", 24},
      {en ? "Post" : "职务", "post", 16},         {en ? "Joined" : "入会日期", "joinedOn", 12},
      {en ? "Status" : "状态", "statusText", 10}, {en ? "Left" : "退会日期", "leftOn", 12},
      {en ? "Note" : "备注", "note", 30}};
  return http::audited_xlsx(ctx, "union.members_export", "union_member",
                            en ? "union-members" : "工会会员", cols, items);
}

Json existing(Context& ctx, std::int64_t id) {
  auto r = ctx.db.query_one(std::string("SELECT ") + kColumns + kFrom + " WHERE m.id = ?", {id});
  if (!r) throw not_found("union.member_not_found");
  return row_json(*r);
}

std::vector<std::pair<std::string, std::string>> check_dates(Context& ctx,
                                                             const std::string& joined,
                                                             const std::string& status,
                                                             const std::string& left) {
  std::vector<std::pair<std::string, std::string>> errors;
  if (!is_date(joined)) {
    errors.emplace_back("joinedOn", "union.date_format");
  } else if (joined > today(ctx)) {
    errors.emplace_back("joinedOn", "union.date_future");
  }
  if (status == "left") {
    if (!is_date(left)) {
      errors.emplace_back("leftOn", "union.left_on_required");
    } else if (is_date(joined) && left < joined) {
      errors.emplace_back("leftOn", "union.left_before_joined");
    }
  } else if (!left.empty()) {
    errors.emplace_back("leftOn", "union.left_on_only_left");
  }
  return errors;
}

Response add(Context& ctx) {
  auto person = ctx.body["personId"].get<std::int64_t>();
  std::string joined = ctx.body["joinedOn"], note = text_or_empty(ctx.body, "note");
  auto errors = check_dates(ctx, joined, "active", "");
  if (!person_name(ctx.db, person)) errors.emplace_back("personId", "union.person_unknown");
  throw_fields(errors);
  db::Transaction tx(ctx.db);
  if (ctx.db.query_one("SELECT id FROM union_members WHERE person_id = ?", {person})) {
    throw conflict("union.member_duplicate", {{"name", *person_name(ctx.db, person)}});
  }
  auto id = ctx.db
                .query(
                    "INSERT INTO union_members (person_id, joined_on, status, note, created_at, "
                    "updated_at) VALUES (?, ?, 'active', ?, ?, ?) RETURNING id",
                    {person, joined, note, ctx.now, ctx.now})
                .at(0)
                .i64("id");
  Json after = existing(ctx, id);
  ctx.audit("union.member_add", "union_member", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response update(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  std::string joined = ctx.body["joinedOn"], status = ctx.body["status"],
              left = text_or_empty(ctx.body, "leftOn"), note = text_or_empty(ctx.body, "note");
  throw_fields(check_dates(ctx, joined, status, left));
  ctx.db.exec(
      "UPDATE union_members SET joined_on = ?, status = ?, left_on = ?, note = ?, updated_at = ? "
      "WHERE id = ?",
      {joined, status, left.empty() ? db::Value() : db::Value(left), note, ctx.now, ctx.id()});
  Json after = existing(ctx, ctx.id());
  ctx.audit("union.member_update", "union_member", std::to_string(ctx.id()), before, after);
  tx.commit();
  return Response::json(after);
}

}  // namespace

std::vector<Route> member_routes() {
  using http::Method;
  const std::string tag = "union";
  std::vector<http::QueryParam> filters = {{"status", "string", "active | left"},
                                           {"q", "string", "name, unit or post"}};
  return {
      {.method = Method::get,
       .path = "/api/union/members",
       .permission = "union.read",
       .summary = "Union members (page, sort: name | joinedOn | status)",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = list},
      {.method = Method::get,
       .path = "/api/union/members/export",
       .permission = "union.read",
       .summary = "Export the union members to .xlsx (the list's filters)",
       .tag = tag,
       .query = filters,
       .handler = export_members},
      {.method = Method::post,
       .path = "/api/union/members",
       .permission = "union.manage",
       .summary = "Record that a person joined the union",
       .tag = tag,
       .body = http::body({http::integer("personId").req().range(1, 1'000'000'000'000),
                           http::str("joinedOn").req().len(1, 10).doc("YYYY-MM-DD"),
                           http::str("note").len(0, 500)}),
       .handler = add},
      {.method = Method::put,
       .path = "/api/union/members/{id}",
       .permission = "union.manage",
       .summary = "Change a member's join date, status (active | left) or note",
       .tag = tag,
       .body = http::body({http::str("joinedOn").req().len(1, 10).doc("YYYY-MM-DD"),
                           http::str("status").req().options({"active", "left"}),
                           http::str("leftOn").null_ok().len(0, 10).doc("YYYY-MM-DD, when left"),
                           http::str("note").len(0, 500)}),
       .handler = update},
  };
}

}  // namespace md::trade_union
