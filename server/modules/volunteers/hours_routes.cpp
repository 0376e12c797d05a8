// Hours per person per year (rules.hpp hours_per_person: recorded minutes, each activity's
// cap): the office's summary of the team and its export; a member's own year.
#include <algorithm>

#include "modules/org/people_api.hpp"
#include "modules/volunteers/routes.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/export.hpp"

namespace md::volunteers {
using http::Context;
using http::Json;
using http::Response;
using http::Route;

namespace {

// Every team member (and anyone with hours that year), most hours first, then by name.
Json summary(Context& ctx, int year) {
  auto hours = hours_per_person(attendance_of(ctx.db, year), year);
  Json items = Json::array();
  for (const auto& r : ctx.db.query(
           "SELECT m.id, m.person_id, p.name, p.unit FROM volunteer_members m JOIN people p ON "
           "p.id = m.person_id ORDER BY p.name" +
           std::string(ctx.db.pinyin_collation()) + ", m.id")) {
    auto it = hours.find(r.i64("person_id"));
    YearHours h = it == hours.end() ? YearHours{} : it->second;
    items.push_back({{"memberId", r.i64("id")},
                     {"personId", r.i64("person_id")},
                     {"name", r.str("name")},
                     {"unit", r.str("unit")},
                     {"activities", h.activities},
                     {"minutes", h.minutes},
                     {"hours", hours_text(h.minutes)}});
  }
  std::stable_sort(items.begin(), items.end(), [](const Json& a, const Json& b) {
    return a["minutes"].get<std::int64_t>() > b["minutes"].get<std::int64_t>();
  });
  std::int64_t total = 0;
  for (const auto& i : items) total += i["minutes"].get<std::int64_t>();
  return {
      {"year", year}, {"items", items}, {"totalMinutes", total}, {"totalHours", hours_text(total)}};
}

Response get_summary(Context& ctx) { return Response::json(summary(ctx, year_query(ctx))); }

Response export_summary(Context& ctx) {
  int year = year_query(ctx);
  Json s = summary(ctx, year);
  bool en = ctx.lang == i18n::Lang::en;
  std::vector<excel::Column> cols = {{en ? "Name" : "姓名", "name", 10},
                                     {en ? "Unit" : "单位", "unit", 30},
                                     {en ? "Activities" : "参加活动（次）", "activities", 12},
                                     {en ? "Hours" : "服务时长（小时）", "hours", 14}};
  db::Transaction tx(ctx.db);
  ctx.audit("volunteers.hours_export", "volunteer_member", "", nullptr,
            {{"year", year}, {"rows", s["items"].size()}});
  tx.commit();
  return http::xlsx_response((en ? "volunteer-hours-" : "志愿服务时长-") + std::to_string(year),
                             cols, s["items"], ctx.now);
}

// My membership, my sign-ups of the year with the time credited, and my total.
Response my_volunteering(Context& ctx) {
  int year = year_query(ctx);
  auto member = my_member(ctx);
  Json out = {{"year", year}, {"member", nullptr}, {"activities", Json::array()},
              {"minutes", 0}, {"hours", "0.0"},    {"activityCount", 0}};
  if (!member) return Response::json(out);
  auto person = org::person_of_user(ctx.db, ctx.me().user_id);
  auto m =
      ctx.db.query_one("SELECT joined_on, skills FROM volunteer_members WHERE id = ?", {*member});
  out["member"] = {
      {"id", *member}, {"joinedOn", m->str("joined_on")}, {"skills", m->str("skills")}};
  std::string y = std::to_string(year);
  for (const auto& r : ctx.db.query(
           "SELECT a.id, a.title, a.kind, a.held_on, a.place, a.minutes_cap, s.minutes FROM "
           "volunteer_signups s JOIN volunteer_activities a ON a.id = s.activity_id WHERE "
           "s.member_id = ? AND a.held_on >= ? AND a.held_on <= ? ORDER BY a.held_on DESC, a.id",
           {*member, y + "-01-01", y + "-12-31"})) {
    auto minutes = r.opt_i64("minutes");
    out["activities"].push_back(
        {{"id", r.i64("id")},
         {"title", r.str("title")},
         {"kind", r.str("kind")},
         {"heldOn", r.str("held_on")},
         {"place", r.str("place")},
         {"minutes", minutes ? Json(*minutes) : Json()},
         {"creditedMinutes", minutes ? credited_minutes(*minutes, r.i64("minutes_cap")) : 0}});
  }
  auto hours = hours_per_person(attendance_of(ctx.db, year, person), year);
  if (auto it = hours.find(*person); it != hours.end()) {
    out["minutes"] = it->second.minutes;
    out["hours"] = hours_text(it->second.minutes);
    out["activityCount"] = it->second.activities;
  }
  return Response::json(out);
}

}  // namespace

std::vector<Route> hours_routes() {
  using http::Method;
  const std::string tag = "volunteers";
  std::vector<http::QueryParam> year = {{"year", "integer", "a year, this year by default"}};
  return {
      {.method = Method::get,
       .path = "/api/volunteers/hours",
       .permission = "volunteers.manage",
       .summary = "Hours per team member in a year (capped per activity), most first",
       .tag = tag,
       .query = year,
       .handler = get_summary},
      {.method = Method::get,
       .path = "/api/volunteers/hours/export",
       .permission = "volunteers.manage",
       .summary = "Export the hours per team member of a year to .xlsx",
       .tag = tag,
       .query = year,
       .handler = export_summary},
      {.method = Method::get,
       .path = "/api/my/volunteering",
       .permission = "volunteers.join",
       .summary = "My volunteer year: sign-ups, the time credited and my hours",
       .tag = tag,
       .query = year,
       .handler = my_volunteering},
  };
}

}  // namespace md::volunteers
