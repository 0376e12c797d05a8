// Reception days (接待选民日, R9.1): each workstation's schedule with the deputies on duty, the
// public notice from `receptions.notice_days` before the day, a deputy's own duty days, the
// record of a held day and the yearly duty summary (each deputy at least
// `receptions.min_per_year` times).
#include "modules/org/people_api.hpp"
#include "modules/receptions/routes.hpp"
#include "modules/receptions/store.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::receptions {
using http::Context;
using http::Json;
using http::Response;
using http::Route;

std::string today(const Context& ctx) { return org::china_today(ctx.now); }

std::optional<std::int64_t> int_query(const Context& ctx, const std::string& name) {
  std::string v = ctx.query(name);
  if (v.empty()) return std::nullopt;
  if (v.size() > 15 || v.find_first_not_of("0123456789") != std::string::npos) {
    throw bad_request("request.bad_query", {{"param", name}});
  }
  return std::stoll(v);
}

int year_query(const Context& ctx) {
  auto y = parse_year(ctx.query("year", today(ctx).substr(0, 4)));
  if (!y) throw bad_request("request.bad_query", {{"param", "year"}});
  return *y;
}

bool sees_all(const Context& ctx) {
  const auto& me = ctx.me();
  return me.has_role("leader") || me.has_role("clerk") || me.has_role("sys_admin");
}

std::optional<std::int64_t> my_person(Context& ctx) {
  return org::person_of_user(ctx.db, ctx.me().user_id);
}

namespace {

bool english(const Context& ctx) { return ctx.lang == i18n::Lang::en; }

std::int64_t notice_days(Context& ctx) { return ctx.settings().get_int("receptions.notice_days"); }

struct Filter {
  std::string where = " WHERE 1 = 1";
  db::Params params;
};

std::string date_query(const Context& ctx, const std::string& name) {
  std::string v = ctx.query(name);
  if (!v.empty() && !is_date(v)) throw bad_request("request.bad_query", {{"param", name}});
  return v;
}

Filter reception_filter(Context& ctx, const std::string& q) {
  Filter f;
  if (auto ws = int_query(ctx, "workstationId")) {
    f.where += " AND r.workstation_id = ?";
    f.params.push_back(*ws);
  }
  std::string status = ctx.query("status");
  if (!status.empty()) {
    if (!parse_status(status)) throw bad_request("request.bad_query", {{"param", "status"}});
    f.where += " AND r.status = ?";
    f.params.push_back(status);
  }
  if (auto from = date_query(ctx, "from"); !from.empty()) {
    f.where += " AND r.day >= ?";
    f.params.push_back(from);
  }
  if (auto to = date_query(ctx, "to"); !to.empty()) {
    f.where += " AND r.day <= ?";
    f.params.push_back(to);
  }
  if (!q.empty()) {
    // The keyword also finds the receptions a deputy of that name is on duty at.
    std::string clause =
        http::search_clause({"w.name", "w.town", "r.place", "r.topic"}, q, f.params);
    clause.pop_back();
    f.where += " AND " + clause +
               " OR r.id IN (SELECT rd.reception_id FROM reception_duties rd JOIN people p ON "
               "p.id = rd.person_id WHERE p.name LIKE ? ESCAPE '\\'))";
    f.params.push_back(http::like_pattern(q));
  }
  return f;
}

http::ListParams list_params(const Context& ctx, std::int64_t max_rows) {
  return http::parse_list(ctx,
                          {{"day", "r.day"},
                           {"workstation", "w.name" + std::string(ctx.db.pinyin_collation())},
                           {"status", "r.status"},
                           {"visitors", "r.visitors"}},
                          "day", max_rows);
}

Json query_receptions(Context& ctx, const http::ListParams& p, std::int64_t* total) {
  Filter f = reception_filter(ctx, p.q);
  auto days = notice_days(ctx);
  auto page = http::query_page(
      ctx.db, kReceptionColumns, kReceptionFrom + f.where, f.params, p, "r.starts_at, r.id",
      [days](const db::Row& row) { return reception_row_json(row, days); });
  add_deputies(ctx.db, page.items);
  *total = page.total;
  return page.items;
}

Response list_receptions(Context& ctx) {
  auto p = list_params(ctx, 100);
  std::int64_t total = 0;
  Json items = query_receptions(ctx, p, &total);
  return Response::json(http::page_json(items, total, p));
}

Response export_receptions(Context& ctx) {
  auto p = list_params(ctx, 10000);
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = query_receptions(ctx, p, &total);
  for (auto& r : items) {
    std::string names;
    for (const auto& d : r["deputies"])
      names += (names.empty() ? "" : "、") + d["name"].get<std::string>();
    r["deputyNames"] = names;
    r["time"] = r["startsAt"].get<std::string>() + "-" + r["endsAt"].get<std::string>();
    r["statusText"] = ctx.t("receptions.status." + r["status"].get<std::string>());
    r["visitorsText"] =
        r["visitors"].is_null() ? "" : std::to_string(r["visitors"].get<std::int64_t>());
  }
  bool en = english(ctx);
  std::vector<excel::Column> cols = {{en ? "Day" : "日期", "day", 12},
                                     {en ? "Time" : "时间", "time", 12},
                                     {en ? "Workstation" : "代表工作室", "workstation", 28},
                                     {en ? "Town / street" : "镇（街道）", "town", 14},
                                     {en ? "Place" : "地点", "place", 24},
                                     {en ? "Topic" : "主题", "topic", 24},
                                     {en ? "Deputies on duty" : "接待代表", "deputyNames", 30},
                                     {en ? "Status" : "状态", "statusText", 10},
                                     {en ? "Visitors" : "来访人数", "visitorsText", 10},
                                     {en ? "Summary" : "接待情况", "summary", 40}};
  return http::audited_xlsx(ctx, "receptions.export", "reception",
                            en ? "reception-days" : "接待选民日安排", cols, items);
}

Json existing(Context& ctx, std::int64_t id) {
  auto r = reception_json(ctx.db, id, notice_days(ctx));
  if (!r) throw not_found("receptions.not_found");
  return *r;
}

Response get_reception(Context& ctx) { return Response::json(existing(ctx, ctx.id())); }

std::vector<std::int64_t> ids_of(const Json& body) {
  std::vector<std::int64_t> out;
  // Not required by the schema, so that an empty or missing list gets the rule's own message.
  if (!body.contains("deputyIds")) return out;
  for (const auto& v : body["deputyIds"]) out.push_back(v.get<std::int64_t>());
  return out;
}

Schedule schedule_of(const Json& b) {
  return {b["day"].get<std::string>(), b["startsAt"].get<std::string>(),
          b["endsAt"].get<std::string>(), b["place"].get<std::string>(), ids_of(b)};
}

/// Every check of a new or changed schedule: the rules, the workstation, serving deputies,
/// nobody on duty twice at once. Throws 422 with the fields; nothing has been written.
void check_all(Context& ctx, const Schedule& s, std::int64_t workstation, bool check_past,
               std::int64_t self) {
  auto errors = check_schedule(s, today(ctx), check_past);
  if (!ctx.db.query_one("SELECT id FROM workstations WHERE id = ?", {workstation})) {
    errors.emplace_back("workstationId", "receptions.workstation_unknown");
  }
  if (!s.people.empty() && !not_serving(ctx.db, s.people).empty()) {
    errors.emplace_back("deputyIds", "receptions.deputy_unknown");
  }
  throw_fields(errors);
  auto busy = double_booked(s, duties_on(ctx.db, s.day), self);
  if (!busy.empty()) {
    throw invalid({{"deputyIds", "receptions.double_booked", {{"names", names_of(ctx.db, busy)}}}});
  }
}

Response create_reception(Context& ctx) {
  const auto& b = ctx.body;
  Schedule s = schedule_of(b);
  auto workstation = b["workstationId"].get<std::int64_t>();
  db::Transaction tx(ctx.db);
  check_all(ctx, s, workstation, true, 0);
  auto id = ctx.db
                .query(
                    "INSERT INTO receptions (workstation_id, day, starts_at, ends_at, place, "
                    "topic, status, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                    "?, 'planned', ?, ?, ?) RETURNING id",
                    {workstation, s.day, s.starts_at, s.ends_at, s.place, b.value("topic", ""),
                     ctx.me().user_id, ctx.now, ctx.now})
                .at(0)
                .i64("id");
  set_duties(ctx.db, id, s.people);
  Json after = existing(ctx, id);
  ctx.audit("receptions.create", "reception", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Status status_of(const Json& r) { return *parse_status(r["status"].get<std::string>()); }

void refuse_unless_allowed(Context& ctx, Action action, const Json& r) {
  if (auto code = refuse(action, status_of(r), r["day"].get<std::string>(), today(ctx))) {
    throw conflict(*code);
  }
}

Response update_reception(Context& ctx) {
  const auto& b = ctx.body;
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  refuse_unless_allowed(ctx, Action::edit, before);
  Schedule s = schedule_of(b);
  auto workstation = b["workstationId"].get<std::int64_t>();
  // Keeping a day that has meanwhile passed is allowed; moving to a past day is not.
  check_all(ctx, s, workstation, s.day != before["day"].get<std::string>(), ctx.id());
  ctx.db.exec(
      "UPDATE receptions SET workstation_id = ?, day = ?, starts_at = ?, ends_at = ?, place = ?, "
      "topic = ?, updated_at = ? WHERE id = ?",
      {workstation, s.day, s.starts_at, s.ends_at, s.place, b.value("topic", ""), ctx.now,
       ctx.id()});
  set_duties(ctx.db, ctx.id(), s.people);
  Json after = existing(ctx, ctx.id());
  ctx.audit("receptions.update", "reception", std::to_string(ctx.id()), before, after);
  tx.commit();
  return Response::json(after);
}

Response cancel_reception(Context& ctx) {
  std::string reason = ctx.body["reason"].get<std::string>();
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  refuse_unless_allowed(ctx, Action::cancel, before);
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw invalid_field("reason", "receptions.reason_required");
  }
  ctx.db.exec(
      "UPDATE receptions SET status = 'cancelled', cancel_reason = ?, updated_at = ? WHERE id = ?",
      {reason, ctx.now, ctx.id()});
  Json after = existing(ctx, ctx.id());
  ctx.audit("receptions.cancel", "reception", std::to_string(ctx.id()), before, after);
  tx.commit();
  return Response::json(after);
}

Response hold_reception(Context& ctx) {
  auto visitors = ctx.body["visitors"].get<std::int64_t>();
  std::string summary = ctx.body.value("summary", "");
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  refuse_unless_allowed(ctx, Action::hold, before);
  throw_fields(check_held(visitors));
  ctx.db.exec(
      "UPDATE receptions SET status = 'held', visitors = ?, summary = ?, updated_at = ? WHERE "
      "id = ?",
      {visitors, summary, ctx.now, ctx.id()});
  Json after = existing(ctx, ctx.id());
  ctx.audit("receptions.hold", "reception", std::to_string(ctx.id()), before, after);
  tx.commit();
  return Response::json(after);
}

Response my_receptions(Context& ctx) {
  auto person = my_person(ctx);
  Json items = Json::array();
  if (person) {
    auto days = notice_days(ctx);
    std::string from = date_query(ctx, "from");
    if (from.empty()) from = add_days(today(ctx), -365);
    for (const auto& r : ctx.db.query(
             std::string("SELECT ") + kReceptionColumns + kReceptionFrom +
                 " WHERE r.id IN (SELECT reception_id FROM reception_duties WHERE person_id = ?) "
                 "AND r.day >= ? ORDER BY r.day, r.starts_at, r.id",
             {*person, from})) {
      items.push_back(reception_row_json(r, days));
    }
    add_deputies(ctx.db, items);
  }
  return Response::json(
      {{"hasPerson", person.has_value()}, {"today", today(ctx)}, {"items", items}});
}

// The public notice: only what a voter needs — where, when, and the deputies' names.
Response public_receptions(Context& ctx) {
  auto days = notice_days(ctx);
  std::string now = today(ctx);
  Json items = Json::array();
  for (const auto& r : ctx.db.query(std::string("SELECT ") + kReceptionColumns + kReceptionFrom +
                                        " WHERE r.status = 'planned' AND r.day >= ? AND r.day <= "
                                        "? ORDER BY r.day, r.starts_at, w.name, r.id",
                                    {now, add_days(now, days)})) {
    items.push_back(reception_row_json(r, days));
  }
  add_deputies(ctx.db, items);
  Json out = Json::array();
  for (const auto& r : items) {
    if (!is_public(Status::planned, r["day"].get<std::string>(), now, days)) continue;
    Json names = Json::array();
    for (const auto& d : r["deputies"]) names.push_back(d["name"]);
    out.push_back({{"id", r["id"]},
                   {"workstation", r["workstation"]},
                   {"town", r["town"]},
                   {"address", r["address"]},
                   {"day", r["day"]},
                   {"startsAt", r["startsAt"]},
                   {"endsAt", r["endsAt"]},
                   {"place", r["place"]},
                   {"topic", r["topic"]},
                   {"deputies", names}});
  }
  return Response::json({{"today", now}, {"noticeDays", days}, {"items", out}});
}

// Every serving deputy's held duties in the year; those below the minimum are flagged.
Response duty_summary(Context& ctx) {
  int year = year_query(ctx);
  auto minimum = ctx.settings().get_int("receptions.min_per_year");
  std::map<std::int64_t, std::int64_t> held;
  for (const auto& [person, n] : held_duty_counts(ctx.db, year)) held[person] = n;
  std::string workstation_filter;
  db::Params params;
  if (auto ws = int_query(ctx, "workstationId")) {
    workstation_filter = " AND d.workstation_id = ?";
    params.push_back(*ws);
  }
  Json people = Json::array();
  std::int64_t below = 0;
  std::map<std::int64_t, bool> seen;
  for (const auto& r : ctx.db.query(
           "SELECT d.person_id, p.name, w.name AS workstation FROM deputies d JOIN people p ON "
           "p.id = d.person_id LEFT JOIN workstations w ON w.id = d.workstation_id WHERE "
           "d.ended_on IS NULL" +
               workstation_filter + " ORDER BY p.name" + std::string(ctx.db.pinyin_collation()) +
               ", d.person_id, d.workstation_id IS NULL, d.id",
           params)) {
    auto person = r.i64("person_id");
    if (seen[person]) continue;
    seen[person] = true;
    auto n = held.count(person) ? held[person] : 0;
    bool short_of = below_minimum(n, minimum);
    if (short_of) ++below;
    if (ctx.query("belowOnly") == "1" && !short_of) continue;
    people.push_back(
        {{"personId", person},
         {"name", r.str("name")},
         {"workstation", r.is_null("workstation") ? Json() : Json(r.str("workstation"))},
         {"held", n},
         {"belowMinimum", short_of}});
  }
  return Response::json({{"year", year},
                         {"minimum", minimum},
                         {"deputies", static_cast<std::int64_t>(seen.size())},
                         {"belowMinimum", below},
                         {"people", people}});
}

http::BodySchema schedule_body() {
  return http::body(
      {http::integer("workstationId").req().range(1, 1000000000000),
       http::str("day").req().len(1, 10).doc("YYYY-MM-DD"),
       http::str("startsAt").req().len(1, 5).doc("HH:MM"),
       http::str("endsAt").req().len(1, 5).doc("HH:MM"), http::str("place").req().len(1, 200),
       http::str("topic").len(0, 200),
       http::int_array("deputyIds").len(0, 20).doc("people ids of serving deputies")});
}

}  // namespace

std::vector<Route> reception_routes() {
  using http::Access;
  using http::Method;
  const std::string tag = "receptions";
  std::vector<http::QueryParam> filters = {
      {"workstationId", "integer", "a workstation"},
      {"status", "string", "planned | held | cancelled"},
      {"from", "string", "first day, YYYY-MM-DD"},
      {"to", "string", "last day, YYYY-MM-DD"},
      {"q", "string", "workstation, town, place, topic or a deputy's name"}};
  return {
      {.method = Method::get,
       .path = "/api/receptions",
       .permission = "receptions.read",
       .summary = "Reception days (page, sort: day | workstation | status | visitors)",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = list_receptions},
      {.method = Method::get,
       .path = "/api/receptions/export",
       .permission = "receptions.read",
       .summary = "Export the reception days to .xlsx (the list's filters)",
       .tag = tag,
       .query = filters,
       .handler = export_receptions},
      {.method = Method::get,
       .path = "/api/receptions/summary",
       .permission = "receptions.read",
       .summary = "Each serving deputy's held reception days in a year, below the minimum flagged",
       .tag = tag,
       .query = {{"year", "integer", "default: this year"},
                 {"workstationId", "integer", "a workstation"},
                 {"belowOnly", "string", "1: only the deputies below the minimum"}},
       .handler = duty_summary},
      {.method = Method::get,
       .path = "/api/receptions/{id}",
       .permission = "receptions.read",
       .summary = "A reception day with its deputies on duty",
       .tag = tag,
       .handler = get_reception},
      {.method = Method::post,
       .path = "/api/receptions",
       .permission = "receptions.manage",
       .summary = "Schedule a reception day (no deputy on duty twice at overlapping times)",
       .tag = tag,
       .body = schedule_body(),
       .handler = create_reception},
      {.method = Method::put,
       .path = "/api/receptions/{id}",
       .permission = "receptions.manage",
       .summary = "Change a planned reception day",
       .tag = tag,
       .body = schedule_body(),
       .handler = update_reception},
      {.method = Method::post,
       .path = "/api/receptions/{id}/cancel",
       .permission = "receptions.manage",
       .summary = "Cancel a planned reception day with a reason",
       .tag = tag,
       .body = http::body({http::str("reason").req().len(1, 500)}),
       .handler = cancel_reception},
      {.method = Method::post,
       .path = "/api/receptions/{id}/held",
       .permission = "receptions.manage",
       .summary = "Record a reception day as held: visitors and a short summary",
       .tag = tag,
       .body = http::body({http::integer("visitors").req().range(-1000000000, 1000000000),
                           http::str("summary").len(0, 2000)}),
       .handler = hold_reception},
      {.method = Method::get,
       .path = "/api/my/receptions",
       .permission = "receptions.own",
       .summary = "My duty days as a deputy (from a year ago on, or `from`)",
       .tag = tag,
       .query = {{"from", "string", "first day, YYYY-MM-DD"}},
       .handler = my_receptions},
      {.method = Method::get,
       .path = "/api/public/receptions",
       .access = Access::public_,
       .summary = "Upcoming reception days whose notice date has come (no sign-in)",
       .tag = tag,
       .handler = public_receptions},
  };
}

}  // namespace md::receptions
