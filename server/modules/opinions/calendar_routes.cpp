// The working-day calendar the deadlines are counted on (public holidays and make-up working
// days, table work_calendar of the case engine) and the departments that receive referrals
// with the accounts that answer for them.
#include "modules/opinions/common.hpp"
#include "modules/opinions/routes.hpp"
#include "platform/core/errors.hpp"

namespace md::opinions {
using http::Context;
using http::Response;
using http::Route;

namespace {

Response list_calendar(Context& ctx) {
  auto year = ctx.query("year", today(ctx).substr(0, 4));
  if (year.size() != 4 || year.find_first_not_of("0123456789") != std::string::npos) {
    throw bad_request("request.bad_query", {{"param", "year"}});
  }
  Json days = Json::array();
  for (const auto& r : ctx.db.query(
           "SELECT day, kind, name FROM work_calendar WHERE day >= ? AND day <= ? ORDER BY day",
           {year + "-01-01", year + "-12-31"})) {
    days.push_back({{"day", r.str("day")}, {"kind", r.str("kind")}, {"name", r.str("name")}});
  }
  return Response::json({{"year", year}, {"days", days}});
}

Response add_day(Context& ctx) {
  auto day = ctx.body["day"].get<std::string>();
  auto kind = ctx.body["kind"].get<std::string>();
  auto name = ctx.body.value("name", "");
  if (!cases::is_date(day)) throw invalid_field("day", "opinions.date");
  if (kind != "holiday" && kind != "workday") throw invalid_field("kind", "opinions.day_kind");
  // A make-up working day is a weekend day worked; a holiday on a weekend changes nothing.
  bool weekend = cases::weekday(day) >= 5;
  if (kind == "workday" && !weekend) throw invalid_field("day", "opinions.workday_not_weekend");
  db::Transaction tx(ctx.db);
  auto before = ctx.db.query_one("SELECT kind, name FROM work_calendar WHERE day = ?", {day});
  if (before) {
    ctx.db.exec("UPDATE work_calendar SET kind = ?, name = ? WHERE day = ?", {kind, name, day});
  } else {
    ctx.db.exec("INSERT INTO work_calendar (day, kind, name) VALUES (?, ?, ?)", {day, kind, name});
  }
  Json after = {{"day", day}, {"kind", kind}, {"name", name}};
  ctx.audit("calendar.set", "work_calendar", day,
            before ? Json{{"kind", before->str("kind")}, {"name", before->str("name")}} : Json(),
            after);
  tx.commit();
  return Response::json(after, before ? 200 : 201);
}

Response remove_day(Context& ctx) {
  auto day = ctx.param("day");
  db::Transaction tx(ctx.db);
  auto before = ctx.db.query_one("SELECT kind, name FROM work_calendar WHERE day = ?", {day});
  if (!before) throw not_found("opinions.day_not_found");
  ctx.db.exec("DELETE FROM work_calendar WHERE day = ?", {day});
  ctx.audit("calendar.remove", "work_calendar", day,
            {{"kind", before->str("kind")}, {"name", before->str("name")}});
  tx.commit();
  return Response::no_content();
}

Response list_departments(Context& ctx) {
  Json out = Json::array();
  for (const auto& r : ctx.db.query(
           "SELECT d.id, d.name, d.kind, d.active, (SELECT COUNT(*) FROM department_users du "
           "WHERE du.department_id = d.id) AS users FROM departments d ORDER BY d.id")) {
    out.push_back({{"id", r.i64("id")},
                   {"name", r.str("name")},
                   {"kind", r.str("kind")},
                   {"active", r.i64("active") != 0},
                   {"users", r.i64("users")},
                   {"userIds", department_user_ids(ctx.db, r.i64("id"))}});
  }
  return Response::json(out);
}

Response add_department(Context& ctx) {
  auto name = ctx.body["name"].get<std::string>();
  db::Transaction tx(ctx.db);
  if (ctx.db.query_one("SELECT id FROM departments WHERE name = ?", {name})) {
    throw conflict("opinions.department_taken");
  }
  auto id = ctx.db
                .query_one(
                    "INSERT INTO departments (name, kind) VALUES (?, 'department') "
                    "RETURNING id",
                    {name})
                ->i64("id");
  Json after = {{"id", id}, {"name", name}, {"kind", "department"}, {"active", true}};
  ctx.audit("departments.create", "department", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response set_department_users(Context& ctx) {
  db::Transaction tx(ctx.db);
  department_assignee(ctx.db, ctx.id());  // 404
  std::vector<std::int64_t> ids;
  for (const auto& u : ctx.body["userIds"]) {
    auto id = u.get<std::int64_t>();
    auto row = ctx.db.query_one("SELECT id FROM users WHERE id = ?", {id});
    if (!row) throw invalid_field("userIds", "opinions.user_unknown");
    ids.push_back(id);
  }
  auto before = department_user_ids(ctx.db, ctx.id());
  ctx.db.exec("DELETE FROM department_users WHERE department_id = ?", {ctx.id()});
  for (auto id : ids) {
    ctx.db.exec("INSERT INTO department_users (department_id, user_id) VALUES (?, ?)",
                {ctx.id(), id});
  }
  ctx.audit("departments.users", "department", std::to_string(ctx.id()), {{"userIds", before}},
            {{"userIds", ids}});
  tx.commit();
  return Response::json({{"id", ctx.id()}, {"userIds", ids}});
}

}  // namespace

std::vector<Route> calendar_routes() {
  using http::Method;
  using http::str;
  const std::string tag = "opinions";
  return {
      {.method = Method::get,
       .path = "/api/work-calendar",
       .permission = "calendar.read",
       .summary = "Public holidays and make-up working days of a year",
       .tag = tag,
       .query = {{"year", "integer", "default: this year"}},
       .handler = list_calendar},
      {.method = Method::post,
       .path = "/api/work-calendar",
       .permission = "calendar.manage",
       .summary = "Add or change a day: holiday | workday (a weekend day worked)",
       .tag = tag,
       .body = http::body({str("day").req().len(10, 10).doc("YYYY-MM-DD"),
                           str("kind").req().len(1, 10).doc("holiday | workday"),
                           str("name").len(0, 30)}),
       .handler = add_day},
      {.method = Method::del,
       .path = "/api/work-calendar/{day}",
       .permission = "calendar.manage",
       .summary = "Remove a day from the calendar (back to an ordinary day)",
       .tag = tag,
       .handler = remove_day},
      {.method = Method::get,
       .path = "/api/departments",
       .permission = "departments.read",
       .summary = "Departments that receive referrals",
       .tag = tag,
       .handler = list_departments},
      {.method = Method::post,
       .path = "/api/departments",
       .permission = "departments.manage",
       .summary = "Add a department",
       .tag = tag,
       .body = http::body({str("name").req().len(2, 50)}),
       .handler = add_department},
      {.method = Method::put,
       .path = "/api/departments/{id}/users",
       .permission = "departments.manage",
       .summary = "The accounts that answer for a department",
       .tag = tag,
       .body = http::body({http::int_array("userIds").req().len(0, 50)}),
       .handler = set_department_users},
  };
}

}  // namespace md::opinions
