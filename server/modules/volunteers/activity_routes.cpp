// Volunteer activities (进社区/进企业/进村组): the office plans, edits and deletes them and
// records each participant's time; members read them and sign themselves up or cancel.
// Sign-ups of one activity are serialized by touching its row first, so two members cannot
// both take the last place (SQLite writes one at a time anyway; PostgreSQL locks the row).
#include <set>

#include "modules/volunteers/routes.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::volunteers {
using http::Context;
using http::Json;
using http::Response;
using http::Route;

namespace {

const char* const kColumns =
    "a.id, a.title, a.kind, a.held_on, a.place, a.capacity, a.minutes_cap, a.description, "
    "a.created_at, a.updated_at, (SELECT COUNT(*) FROM volunteer_signups s WHERE s.activity_id "
    "= a.id) AS taken";

Json activity_json(const db::Row& r) {
  return {{"id", r.i64("id")},
          {"title", r.str("title")},
          {"kind", r.str("kind")},
          {"heldOn", r.str("held_on")},
          {"place", r.str("place")},
          {"capacity", r.i64("capacity")},
          {"minutesCap", r.i64("minutes_cap")},
          {"description", r.str("description")},
          {"taken", r.i64("taken")},
          {"mine", false},
          {"createdAt", r.i64("created_at")},
          {"updatedAt", r.i64("updated_at")}};
}

// Marks the activities the signed-in member signed up for.
void mark_mine(Context& ctx, Json& items) {
  auto member = my_member(ctx);
  if (!member || items.empty()) return;
  std::set<std::int64_t> mine;
  for (const auto& r :
       ctx.db.query("SELECT activity_id FROM volunteer_signups WHERE member_id = ?", {*member})) {
    mine.insert(r.i64("activity_id"));
  }
  for (auto& a : items) a["mine"] = mine.count(a["id"].get<std::int64_t>()) > 0;
}

Json existing(Context& ctx, std::int64_t id) {
  auto r = ctx.db.query_one(
      std::string("SELECT ") + kColumns + " FROM volunteer_activities a WHERE a.id = ?", {id});
  if (!r) throw not_found("volunteers.activity_not_found");
  return activity_json(*r);
}

// An activity with its sign-ups (name, minutes recorded, minutes credited).
Json detail(Context& ctx, std::int64_t id) {
  Json a = existing(ctx, id);
  a["signups"] = Json::array();
  auto cap = a["minutesCap"].get<std::int64_t>();
  for (const auto& r : ctx.db.query(
           "SELECT s.member_id, m.person_id, p.name, p.unit, s.signed_up_at, s.minutes FROM "
           "volunteer_signups s JOIN volunteer_members m ON m.id = s.member_id JOIN people p ON "
           "p.id = m.person_id WHERE s.activity_id = ? ORDER BY s.signed_up_at, s.member_id",
           {id})) {
    auto minutes = r.opt_i64("minutes");
    a["signups"].push_back({{"memberId", r.i64("member_id")},
                            {"personId", r.i64("person_id")},
                            {"name", r.str("name")},
                            {"unit", r.str("unit")},
                            {"signedUpAt", r.i64("signed_up_at")},
                            {"minutes", minutes ? Json(*minutes) : Json()},
                            {"creditedMinutes", minutes ? credited_minutes(*minutes, cap) : 0}});
  }
  Json one = Json::array({a});
  mark_mine(ctx, one);
  return one[0];
}

struct Filter {
  std::string where = " WHERE 1 = 1";
  db::Params params;
};

Filter activity_filter(const Context& ctx, const std::string& q) {
  Filter f;
  if (!ctx.query("year").empty()) {
    auto y = std::to_string(year_query(ctx));
    f.where += " AND a.held_on >= ? AND a.held_on <= ?";
    f.params.push_back(y + "-01-01");
    f.params.push_back(y + "-12-31");
  }
  if (ctx.query("upcoming") == "true") {
    f.where += " AND a.held_on >= ?";
    f.params.push_back(today(ctx));
  }
  std::string kind = ctx.query("kind");
  if (!kind.empty()) {
    if (!is_kind(kind)) throw bad_request("request.bad_query", {{"param", "kind"}});
    f.where += " AND a.kind = ?";
    f.params.push_back(kind);
  }
  if (!q.empty()) {
    f.where += " AND " + http::search_clause({"a.title", "a.place", "a.description"}, q, f.params);
  }
  return f;
}

http::ListParams list_params(const Context& ctx, std::int64_t max_rows) {
  return http::parse_list(ctx,
                          {{"heldOn", "a.held_on"},
                           {"title", "a.title" + std::string(ctx.db.pinyin_collation())},
                           {"kind", "a.kind"}},
                          "heldOn", max_rows);
}

Json query_activities(Context& ctx, const http::ListParams& p, std::int64_t* total) {
  Filter f = activity_filter(ctx, p.q);
  auto page = http::query_page(ctx.db, kColumns, " FROM volunteer_activities a" + f.where, f.params,
                               p, "a.id", activity_json);
  *total = page.total;
  mark_mine(ctx, page.items);
  return page.items;
}

Response list_activities(Context& ctx) {
  auto p = list_params(ctx, 100);
  std::int64_t total = 0;
  Json items = query_activities(ctx, p, &total);
  return Response::json(http::page_json(items, total, p));
}

Response export_activities(Context& ctx) {
  auto p = list_params(ctx, 10000);
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = query_activities(ctx, p, &total);
  bool en = ctx.lang == i18n::Lang::en;
  for (auto& a : items) {
    a["kindText"] = ctx.t("volunteers.kind." + a["kind"].get<std::string>());
    auto cap = a["capacity"].get<std::int64_t>();
    a["capacityText"] = cap == 0 ? std::string(en ? "no limit" : "不限") : std::to_string(cap);
  }
  std::vector<excel::Column> cols = {{en ? "Date" : "日期", "heldOn", 12},
                                     {en ? "Title" : "活动名称", "title", 36},
                                     {en ? "Kind" : "类别", "kindText", 10},
                                     {en ? "Place" : "地点", "place", 24},
                                     {en ? "Places" : "名额", "capacityText", 8},
                                     {en ? "Signed up" : "已报名", "taken", 8},
                                     {en ? "Description" : "内容", "description", 50}};
  return http::audited_xlsx(ctx, "volunteers.activity_export", "volunteer_activity",
                            en ? "volunteer-activities" : "志愿服务活动", cols, items);
}

Response get_activity(Context& ctx) { return Response::json(detail(ctx, ctx.id())); }

struct Input {
  std::string title, kind, held_on, place, description;
  std::int64_t capacity = 0, minutes_cap = 0;
};

Input checked_input(const Json& b) {
  Input in{b["title"].get<std::string>(),
           b["kind"].get<std::string>(),
           b["heldOn"].get<std::string>(),
           b.value("place", ""),
           b.value("description", ""),
           b.value("capacity", std::int64_t{0}),
           b.value("minutesCap", std::int64_t{0})};
  throw_fields(
      check_activity(in.title, in.kind, in.held_on, in.place, in.capacity, in.minutes_cap));
  return in;
}

Response create_activity(Context& ctx) {
  Input in = checked_input(ctx.body);
  db::Transaction tx(ctx.db);
  auto id = ctx.db
                .query(
                    "INSERT INTO volunteer_activities (title, kind, held_on, place, capacity, "
                    "minutes_cap, description, created_by, created_at, updated_at) VALUES (?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    {in.title, in.kind, in.held_on, in.place, in.capacity, in.minutes_cap,
                     in.description, ctx.me().user_id, ctx.now, ctx.now})
                .at(0)
                .i64("id");
  Json after = detail(ctx, id);
  ctx.audit("volunteers.activity_create", "volunteer_activity", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response update_activity(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = detail(ctx, ctx.id());
  Input in = checked_input(ctx.body);
  auto taken = before["taken"].get<std::int64_t>();
  if (in.capacity > 0 && in.capacity < taken) {
    throw conflict("volunteers.capacity_below", {{"taken", std::to_string(taken)}});
  }
  ctx.db.exec(
      "UPDATE volunteer_activities SET title = ?, kind = ?, held_on = ?, place = ?, capacity = ?, "
      "minutes_cap = ?, description = ?, updated_at = ? WHERE id = ?",
      {in.title, in.kind, in.held_on, in.place, in.capacity, in.minutes_cap, in.description,
       ctx.now, ctx.id()});
  Json after = detail(ctx, ctx.id());
  ctx.audit("volunteers.activity_update", "volunteer_activity", std::to_string(ctx.id()), before,
            after);
  tx.commit();
  return Response::json(after);
}

Response delete_activity(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = detail(ctx, ctx.id());
  if (ctx.db.scalar(
          "SELECT COUNT(*) FROM volunteer_signups WHERE activity_id = ? AND minutes IS NOT NULL",
          {ctx.id()}) > 0) {
    throw conflict("volunteers.has_attendance");
  }
  ctx.db.exec("DELETE FROM volunteer_signups WHERE activity_id = ?", {ctx.id()});
  ctx.db.exec("DELETE FROM volunteer_activities WHERE id = ?", {ctx.id()});
  ctx.audit("volunteers.activity_delete", "volunteer_activity", std::to_string(ctx.id()), before,
            nullptr);
  tx.commit();
  return Response::json({{"id", ctx.id()}, {"deleted", true}});
}

// Touches the activity's row: the 404 of an unknown activity, and the lock that serializes
// sign-ups and attendance of one activity.
void lock_activity(Context& ctx) {
  if (ctx.db.exec("UPDATE volunteer_activities SET updated_at = updated_at WHERE id = ?",
                  {ctx.id()}) == 0) {
    throw not_found("volunteers.activity_not_found");
  }
}

Response sign_up(Context& ctx) {
  db::Transaction tx(ctx.db);
  lock_activity(ctx);
  Json before = existing(ctx, ctx.id());
  auto member = my_member(ctx);
  if (!member) throw ApiError(403, "volunteers.not_in_team");
  bool already = ctx.db
                     .query_one(
                         "SELECT member_id FROM volunteer_signups WHERE activity_id = ? AND "
                         "member_id = ?",
                         {ctx.id(), *member})
                     .has_value();
  auto capacity = before["capacity"].get<std::int64_t>();
  if (auto refusal = signup_refusal(before["heldOn"].get<std::string>(), today(ctx), already,
                                    before["taken"].get<std::int64_t>(), capacity)) {
    throw conflict(refusal_code(*refusal), {{"capacity", std::to_string(capacity)}});
  }
  ctx.db.exec(
      "INSERT INTO volunteer_signups (activity_id, member_id, signed_up_at) VALUES (?, ?, ?)",
      {ctx.id(), *member, ctx.now});
  Json after = detail(ctx, ctx.id());
  ctx.audit("volunteers.signup", "volunteer_activity", std::to_string(ctx.id()), nullptr,
            {{"memberId", *member}});
  tx.commit();
  return Response::json(after, 201);
}

Response cancel_signup(Context& ctx) {
  db::Transaction tx(ctx.db);
  lock_activity(ctx);
  auto member = my_member(ctx);
  if (!member) throw ApiError(403, "volunteers.not_in_team");
  auto row = ctx.db.query_one(
      "SELECT minutes FROM volunteer_signups WHERE activity_id = ? AND member_id = ?",
      {ctx.id(), *member});
  if (!row) throw not_found("volunteers.signup_not_found");
  if (!row->is_null("minutes")) throw conflict("volunteers.attendance_recorded");
  ctx.db.exec("DELETE FROM volunteer_signups WHERE activity_id = ? AND member_id = ?",
              {ctx.id(), *member});
  Json after = detail(ctx, ctx.id());
  ctx.audit("volunteers.signup_cancel", "volunteer_activity", std::to_string(ctx.id()),
            {{"memberId", *member}}, nullptr);
  tx.commit();
  return Response::json(after);
}

Response record_attendance(Context& ctx) {
  db::Transaction tx(ctx.db);
  lock_activity(ctx);
  Json activity = existing(ctx, ctx.id());
  auto member = ctx.body["memberId"].get<std::int64_t>();
  auto minutes = ctx.body["minutes"].get<std::int64_t>();
  auto row = ctx.db.query_one(
      "SELECT minutes FROM volunteer_signups WHERE activity_id = ? AND member_id = ?",
      {ctx.id(), member});
  if (!row) throw not_found("volunteers.signup_not_found");
  std::string day = activity["heldOn"].get<std::string>();
  if (day > today(ctx)) throw conflict("volunteers.not_yet");
  auto other = ctx.db.scalar(
      "SELECT CAST(COALESCE(SUM(s.minutes), 0) AS BIGINT) FROM volunteer_signups s JOIN "
      "volunteer_activities a "
      "ON a.id = s.activity_id WHERE s.member_id = ? AND a.held_on = ? AND s.activity_id <> ? "
      "AND s.minutes IS NOT NULL",
      {member, day, ctx.id()});
  if (auto code = check_minutes(minutes, other); !code.empty()) {
    throw invalid_field("minutes", code, {{"other", std::to_string(other)}});
  }
  auto before_minutes = row->opt_i64("minutes");
  ctx.db.exec(
      "UPDATE volunteer_signups SET minutes = ?, recorded_at = ? WHERE activity_id = ? AND "
      "member_id = ?",
      {minutes, ctx.now, ctx.id(), member});
  Json after = detail(ctx, ctx.id());
  ctx.audit("volunteers.attendance", "volunteer_activity", std::to_string(ctx.id()),
            {{"memberId", member}, {"minutes", before_minutes ? Json(*before_minutes) : Json()}},
            {{"memberId", member}, {"minutes", minutes}});
  tx.commit();
  return Response::json(after);
}

http::BodySchema activity_body() {
  return http::body({http::str("title").req().len(0, 100),
                     http::str("kind").req().len(1, 20).doc("community | enterprise | village"),
                     http::str("heldOn").req().len(1, 10).doc("YYYY-MM-DD"),
                     http::str("place").len(0, 100),
                     http::integer("capacity").range(-1000000, 1000000).doc("places, 0 = no limit"),
                     http::integer("minutesCap")
                         .range(-1000000, 1000000)
                         .doc("minutes credited at most, 0 = no cap"),
                     http::str("description").len(0, 5000)});
}

}  // namespace

std::vector<Route> activity_routes() {
  using http::Method;
  const std::string tag = "volunteers";
  std::vector<http::QueryParam> filters = {{"year", "integer", "a year"},
                                           {"kind", "string", "community | enterprise | village"},
                                           {"upcoming", "string", "true: only today's and later"},
                                           {"q", "string", "title, place or description"}};
  return {
      {.method = Method::get,
       .path = "/api/volunteers/activities",
       .permission = "volunteers.read",
       .summary = "Volunteer activities with places taken and mine (page, sort: heldOn | title | "
                  "kind)",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = list_activities},
      {.method = Method::get,
       .path = "/api/volunteers/activities/export",
       .permission = "volunteers.read",
       .summary = "Export the volunteer activities to .xlsx (the list's filters)",
       .tag = tag,
       .query = filters,
       .handler = export_activities},
      {.method = Method::get,
       .path = "/api/volunteers/activities/{id}",
       .permission = "volunteers.read",
       .summary = "A volunteer activity with its sign-ups and the time each served",
       .tag = tag,
       .handler = get_activity},
      {.method = Method::post,
       .path = "/api/volunteers/activities",
       .permission = "volunteers.manage",
       .summary = "Plan a volunteer activity",
       .tag = tag,
       .body = activity_body(),
       .handler = create_activity},
      {.method = Method::put,
       .path = "/api/volunteers/activities/{id}",
       .permission = "volunteers.manage",
       .summary = "Change a volunteer activity (places never below those signed up)",
       .tag = tag,
       .body = activity_body(),
       .handler = update_activity},
      {.method = Method::del,
       .path = "/api/volunteers/activities/{id}",
       .permission = "volunteers.manage",
       .summary = "Delete a volunteer activity without recorded attendance",
       .tag = tag,
       .handler = delete_activity},
      {.method = Method::post,
       .path = "/api/volunteers/activities/{id}/signup",
       .permission = "volunteers.join",
       .summary = "Sign myself up (409 when full, over or already signed up)",
       .tag = tag,
       .handler = sign_up},
      {.method = Method::del,
       .path = "/api/volunteers/activities/{id}/signup",
       .permission = "volunteers.join",
       .summary = "Cancel my sign-up (before attendance is recorded)",
       .tag = tag,
       .handler = cancel_signup},
      {.method = Method::put,
       .path = "/api/volunteers/activities/{id}/attendance",
       .permission = "volunteers.manage",
       .summary = "Record the minutes a signed-up member served (0–1440 a day in all)",
       .tag = tag,
       .body = http::body({http::integer("memberId").req().range(1, INT64_MAX),
                           http::integer("minutes").req().range(-1000000, 1000000)}),
       .handler = record_attendance},
  };
}

}  // namespace md::volunteers
