// The volunteer team's members (people of the org register) and the helpers every handler of
// the module shares. The office adds, changes and removes members; members read the team.
#include "modules/org/people_api.hpp"
#include "modules/volunteers/routes.hpp"
#include "platform/cases/workdays.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::volunteers {
using http::Context;
using http::Json;
using http::Response;
using http::Route;

std::string today(const Context& ctx) { return org::china_today(ctx.now); }

int year_query(const Context& ctx) {
  std::string v = ctx.query("year", today(ctx).substr(0, 4));
  if (v.size() != 4 || v.find_first_not_of("0123456789") != std::string::npos) {
    throw bad_request("request.bad_query", {{"param", "year"}});
  }
  int y = std::stoi(v);
  if (y < 2000 || y > 2100) throw bad_request("request.bad_query", {{"param", "year"}});
  return y;
}

std::optional<std::int64_t> my_member(Context& ctx) {
  auto person = org::person_of_user(ctx.db, ctx.me().user_id);
  if (!person) return std::nullopt;
  auto r = ctx.db.query_one("SELECT id FROM volunteer_members WHERE person_id = ?", {*person});
  if (!r) return std::nullopt;
  return r->i64("id");
}

std::vector<Attendance> attendance_of(db::Connection& conn, int year,
                                      std::optional<std::int64_t> person) {
  std::string sql =
      "SELECT m.person_id, a.held_on, s.minutes, a.minutes_cap FROM volunteer_signups s JOIN "
      "volunteer_activities a ON a.id = s.activity_id JOIN volunteer_members m ON m.id = "
      "s.member_id WHERE s.minutes IS NOT NULL AND a.held_on >= ? AND a.held_on <= ?";
  db::Params params = {std::to_string(year) + "-01-01", std::to_string(year) + "-12-31"};
  if (person) {
    sql += " AND m.person_id = ?";
    params.push_back(*person);
  }
  std::vector<Attendance> out;
  for (const auto& r : conn.query(sql, params)) {
    out.push_back({r.i64("person_id"), r.str("held_on"), r.i64("minutes"), r.i64("minutes_cap")});
  }
  return out;
}

namespace {

const char* const kColumns =
    "m.id, m.person_id, p.name, p.unit, p.post, m.joined_on, m.skills, m.created_at";
const char* const kFrom = " FROM volunteer_members m JOIN people p ON p.id = m.person_id";

Json member_json(const db::Row& r) {
  return {{"id", r.i64("id")},         {"personId", r.i64("person_id")},
          {"name", r.str("name")},     {"unit", r.str("unit")},
          {"post", r.str("post")},     {"joinedOn", r.str("joined_on")},
          {"skills", r.str("skills")}, {"createdAt", r.i64("created_at")},
          {"yearMinutes", 0},          {"yearHours", "0.0"}};
}

Json existing(Context& ctx, std::int64_t id) {
  auto r = ctx.db.query_one(std::string("SELECT ") + kColumns + kFrom + " WHERE m.id = ?", {id});
  if (!r) throw not_found("volunteers.member_not_found");
  return member_json(*r);
}

http::ListParams list_params(const Context& ctx, std::int64_t max_rows) {
  return http::parse_list(
      ctx,
      {{"name", "p.name" + std::string(ctx.db.pinyin_collation())}, {"joinedOn", "m.joined_on"}},
      "name", max_rows);
}

Json query_members(Context& ctx, const http::ListParams& p, std::int64_t* total) {
  std::string where = " WHERE 1 = 1";
  db::Params params;
  if (!p.q.empty())
    where += " AND " + http::search_clause({"p.name", "p.unit", "m.skills"}, p.q, params);
  auto page = http::query_page(ctx.db, kColumns, std::string(kFrom) + where, params, p, "m.id",
                               member_json);
  auto hours = hours_per_person(attendance_of(ctx.db, year_query(ctx)), year_query(ctx));
  for (auto& m : page.items) {
    auto it = hours.find(m["personId"].get<std::int64_t>());
    if (it == hours.end()) continue;
    m["yearMinutes"] = it->second.minutes;
    m["yearHours"] = hours_text(it->second.minutes);
  }
  *total = page.total;
  return page.items;
}

Response list_members(Context& ctx) {
  auto p = list_params(ctx, 100);
  std::int64_t total = 0;
  Json items = query_members(ctx, p, &total);
  return Response::json(http::page_json(items, total, p));
}

Response export_members(Context& ctx) {
  auto p = list_params(ctx, 10000);
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = query_members(ctx, p, &total);
  bool en = ctx.lang == i18n::Lang::en;
  std::vector<excel::Column> cols = {
      {en ? "Name" : "姓名", "name", 10},
      {en ? "Unit" : "单位", "unit", 30},
      {en ? "Joined" : "入队日期", "joinedOn", 12},
      {en ? "Skills" : "特长", "skills", 24},
      {en ? "Hours this year" : "本年度服务时长（小时）", "yearHours", 14}};
  return http::audited_xlsx(ctx, "volunteers.member_export", "volunteer_member",
                            en ? "volunteer-team" : "志愿服务队队员", cols, items);
}

void check_joined(const std::string& joined_on) {
  if (!cases::is_date(joined_on)) throw invalid_field("joinedOn", "volunteers.date_format");
}

Response add_member(Context& ctx) {
  auto person = ctx.body["personId"].get<std::int64_t>();
  std::string joined = ctx.body.value("joinedOn", today(ctx));
  check_joined(joined);
  db::Transaction tx(ctx.db);
  if (!ctx.db.query_one("SELECT id FROM people WHERE id = ?", {person})) {
    throw invalid_field("personId", "volunteers.person_unknown");
  }
  if (ctx.db.query_one("SELECT id FROM volunteer_members WHERE person_id = ?", {person})) {
    throw conflict("volunteers.member_twice");
  }
  auto id = ctx.db
                .query(
                    "INSERT INTO volunteer_members (person_id, joined_on, skills, created_at) "
                    "VALUES (?, ?, ?, ?) RETURNING id",
                    {person, joined, ctx.body.value("skills", ""), ctx.now})
                .at(0)
                .i64("id");
  Json after = existing(ctx, id);
  ctx.audit("volunteers.member_add", "volunteer_member", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response update_member(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  std::string joined = ctx.body.value("joinedOn", before["joinedOn"].get<std::string>());
  check_joined(joined);
  ctx.db.exec("UPDATE volunteer_members SET joined_on = ?, skills = ? WHERE id = ?",
              {joined, ctx.body.value("skills", before["skills"].get<std::string>()), ctx.id()});
  Json after = existing(ctx, ctx.id());
  ctx.audit("volunteers.member_update", "volunteer_member", std::to_string(ctx.id()), before,
            after);
  tx.commit();
  return Response::json(after);
}

Response remove_member(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  if (ctx.db.scalar("SELECT COUNT(*) FROM volunteer_signups WHERE member_id = ?", {ctx.id()}) > 0) {
    throw conflict("volunteers.member_has_signups");
  }
  ctx.db.exec("DELETE FROM volunteer_members WHERE id = ?", {ctx.id()});
  ctx.audit("volunteers.member_remove", "volunteer_member", std::to_string(ctx.id()), before,
            nullptr);
  tx.commit();
  return Response::json({{"id", ctx.id()}, {"deleted", true}});
}

}  // namespace

std::vector<Route> member_routes() {
  using http::Method;
  const std::string tag = "volunteers";
  std::vector<http::QueryParam> filters = {{"year", "integer", "the year of the hours shown"},
                                           {"q", "string", "name, unit or skills"}};
  return {
      {.method = Method::get,
       .path = "/api/volunteers/members",
       .permission = "volunteers.read",
       .summary = "The volunteer team with each member's hours of the year (page, sort: name | "
                  "joinedOn)",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = list_members},
      {.method = Method::get,
       .path = "/api/volunteers/members/export",
       .permission = "volunteers.read",
       .summary = "Export the volunteer team to .xlsx (the list's filters)",
       .tag = tag,
       .query = filters,
       .handler = export_members},
      {.method = Method::post,
       .path = "/api/volunteers/members",
       .permission = "volunteers.manage",
       .summary = "Add a person of the register to the volunteer team",
       .tag = tag,
       .body = http::body({http::integer("personId").req().range(1, INT64_MAX),
                           http::str("joinedOn").len(0, 10).doc("YYYY-MM-DD, today by default"),
                           http::str("skills").len(0, 200)}),
       .handler = add_member},
      {.method = Method::put,
       .path = "/api/volunteers/members/{id}",
       .permission = "volunteers.manage",
       .summary = "Change a team member's joining date or skills",
       .tag = tag,
       .body = http::body(
           {http::str("joinedOn").len(0, 10).doc("YYYY-MM-DD"), http::str("skills").len(0, 200)}),
       .handler = update_member},
      {.method = Method::del,
       .path = "/api/volunteers/members/{id}",
       .permission = "volunteers.manage",
       .summary = "Remove a member without sign-ups from the team",
       .tag = tag,
       .handler = remove_member},
  };
}

}  // namespace md::volunteers
