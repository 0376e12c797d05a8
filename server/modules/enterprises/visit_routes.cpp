// The instructors' visit logs (date, help given — epidemic prevention, return to work …) and
// the instructors with their pledge (不增加负担、不谋取私利): an assigned instructor without a
// recorded pledge is flagged.
#include "modules/enterprises/rules.hpp"
#include "modules/org/people_api.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/context.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"
#include "platform/http/route.hpp"

namespace md::enterprises {
using http::Context;
using http::Json;
using http::Response;
using http::Route;

std::vector<Route> visit_routes();
Json visits_of(Context& ctx, std::int64_t enterprise_id);

namespace {

const char* const kColumns =
    "v.id, v.enterprise_id, e.name AS enterprise, v.visited_on, v.instructor_person_id, p.name "
    "AS instructor, v.help, v.content, v.help_given, v.created_at";
const char* const kFrom =
    " FROM enterprise_visits v JOIN enterprises e ON e.id = v.enterprise_id LEFT JOIN people p "
    "ON p.id = v.instructor_person_id";

Json visit_json(const db::Row& r) {
  auto instructor = r.opt_i64("instructor_person_id");
  auto name = r.opt_str("instructor");
  return {{"id", r.i64("id")},
          {"enterpriseId", r.i64("enterprise_id")},
          {"enterprise", r.str("enterprise")},
          {"visitedOn", r.str("visited_on")},
          {"instructorPersonId", instructor ? Json(*instructor) : Json()},
          {"instructor", name ? Json(*name) : Json()},
          {"help", r.str("help")},
          {"content", r.str("content")},
          {"helpGiven", r.str("help_given")},
          {"createdAt", r.i64("created_at")}};
}

Json existing(Context& ctx, std::int64_t id) {
  auto r = ctx.db.query_one(std::string("SELECT ") + kColumns + kFrom + " WHERE v.id = ?", {id});
  if (!r) throw not_found("enterprises.visit_not_found");
  return visit_json(*r);
}

struct Filter {
  std::string where = " WHERE 1 = 1";
  db::Params params;
};

Filter visit_filter(const Context& ctx, const std::string& q) {
  Filter f;
  std::string enterprise = ctx.query("enterpriseId");
  if (!enterprise.empty()) {
    if (enterprise.size() > 15 || enterprise.find_first_not_of("0123456789") != std::string::npos) {
      throw bad_request("request.bad_query", {{"param", "enterpriseId"}});
    }
    f.where += " AND v.enterprise_id = ?";
    f.params.push_back(static_cast<std::int64_t>(std::stoll(enterprise)));
  }
  std::string year = ctx.query("year");
  if (!year.empty()) {
    if (year.size() != 4 || year.find_first_not_of("0123456789") != std::string::npos) {
      throw bad_request("request.bad_query", {{"param", "year"}});
    }
    f.where += " AND v.visited_on >= ? AND v.visited_on <= ?";
    f.params.push_back(year + "-01-01");
    f.params.push_back(year + "-12-31");
  }
  std::string help = ctx.query("help");
  if (!help.empty()) {
    if (!is_help(help)) throw bad_request("request.bad_query", {{"param", "help"}});
    f.where += " AND v.help = ?";
    f.params.push_back(help);
  }
  if (!q.empty()) {
    f.where += " AND " +
               http::search_clause({"e.name", "v.content", "v.help_given", "p.name"}, q, f.params);
  }
  return f;
}

http::ListParams list_params(const Context& ctx, std::int64_t max_rows) {
  return http::parse_list(ctx,
                          {{"visitedOn", "v.visited_on"},
                           {"enterprise", "e.name" + std::string(ctx.db.pinyin_collation())},
                           {"help", "v.help"}},
                          "visitedOn", max_rows);
}

Json query_visits(Context& ctx, const http::ListParams& p, std::int64_t* total) {
  Filter f = visit_filter(ctx, p.q);
  auto page = http::query_page(ctx.db, kColumns, kFrom + f.where, f.params, p, "v.id", visit_json);
  *total = page.total;
  return page.items;
}

Response list_visits(Context& ctx) {
  auto p = list_params(ctx, 100);
  std::int64_t total = 0;
  Json items = query_visits(ctx, p, &total);
  return Response::json(http::page_json(items, total, p));
}

Response export_visits(Context& ctx) {
  auto p = list_params(ctx, 10000);
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = query_visits(ctx, p, &total);
  bool en = ctx.lang == i18n::Lang::en;
  for (auto& v : items) {
    v["helpText"] = ctx.t("enterprises.help." + v["help"].get<std::string>());
    if (v["instructor"].is_null()) v["instructor"] = "";
  }
  std::vector<excel::Column> cols = {{en ? "Date" : "日期", "visitedOn", 12},
                                     {en ? "Enterprise" : "企业", "enterprise", 30},
                                     {en ? "Instructor" : "指导员", "instructor", 10},
                                     {en ? "Help" : "帮扶类别", "helpText", 12},
                                     {en ? "Content" : "走访内容", "content", 50},
                                     {en ? "Help given" : "帮助解决", "helpGiven", 40}};
  return http::audited_xlsx(ctx, "enterprises.visit_export", "enterprise_visit",
                            en ? "enterprise-visits" : "企业走访记录", cols, items);
}

Response add_visit(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto e =
      ctx.db.query_one("SELECT instructor_person_id FROM enterprises WHERE id = ?", {ctx.id()});
  if (!e) throw not_found("enterprises.not_found");
  const Json& b = ctx.body;
  std::string visited_on = b["visitedOn"].get<std::string>(), help = b["help"].get<std::string>(),
              content = b["content"].get<std::string>();
  auto errors = check_visit(visited_on, org::china_today(ctx.now), help, content);
  db::Value instructor =
      e->is_null("instructor_person_id") ? db::Value() : db::Value(e->i64("instructor_person_id"));
  if (b.contains("instructorPersonId") && b["instructorPersonId"].is_number_integer()) {
    auto person = b["instructorPersonId"].get<std::int64_t>();
    if (!ctx.db.query_one("SELECT id FROM people WHERE id = ?", {person})) {
      errors.emplace_back("instructorPersonId", "enterprises.person_unknown");
    }
    instructor = person;
  }
  if (!errors.empty()) {
    std::vector<FieldError> fields;
    for (const auto& [f, c] : errors) fields.push_back({f, c, {}});
    throw invalid(fields);
  }
  auto id = ctx.db
                .query(
                    "INSERT INTO enterprise_visits (enterprise_id, visited_on, "
                    "instructor_person_id, help, content, help_given, created_by, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    {ctx.id(), visited_on, instructor, help, content, b.value("helpGiven", ""),
                     ctx.me().user_id, ctx.now})
                .at(0)
                .i64("id");
  Json after = existing(ctx, id);
  ctx.audit("enterprises.visit_add", "enterprise_visit", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response delete_visit(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  ctx.db.exec("DELETE FROM enterprise_visits WHERE id = ?", {ctx.id()});
  ctx.audit("enterprises.visit_delete", "enterprise_visit", std::to_string(ctx.id()), before,
            nullptr);
  tx.commit();
  return Response::json({{"id", ctx.id()}, {"deleted", true}});
}

// Everyone assigned to an enterprise, and anyone who pledged: their enterprises, their pledge.
Response list_instructors(Context& ctx) {
  Json items = Json::array();
  for (const auto& r : ctx.db.query(
           "SELECT p.id, p.name, p.unit, ip.pledged_on, (SELECT COUNT(*) FROM enterprises e "
           "WHERE e.instructor_person_id = p.id) AS enterprises, (SELECT COUNT(*) FROM "
           "enterprise_visits v WHERE v.instructor_person_id = p.id) AS visits FROM people p "
           "LEFT JOIN instructor_pledges ip ON ip.person_id = p.id WHERE p.id IN (SELECT "
           "instructor_person_id FROM enterprises) OR ip.person_id IS NOT NULL ORDER BY p.name" +
           std::string(ctx.db.pinyin_collation()) + ", p.id")) {
    auto pledged = r.opt_str("pledged_on");
    items.push_back({{"personId", r.i64("id")},
                     {"name", r.str("name")},
                     {"unit", r.str("unit")},
                     {"enterprises", r.i64("enterprises")},
                     {"visits", r.i64("visits")},
                     {"pledgedOn", pledged ? Json(*pledged) : Json()},
                     {"pledgeMissing", !pledged && r.i64("enterprises") > 0}});
  }
  return Response::json({{"items", items}});
}

Json pledge_json(Context& ctx, std::int64_t person) {
  auto r =
      ctx.db.query_one("SELECT pledged_on FROM instructor_pledges WHERE person_id = ?", {person});
  return r ? Json{{"personId", person}, {"pledgedOn", r->str("pledged_on")}} : Json(nullptr);
}

Response record_pledge(Context& ctx) {
  db::Transaction tx(ctx.db);
  if (!ctx.db.query_one("SELECT id FROM people WHERE id = ?", {ctx.id()})) {
    throw not_found("enterprises.person_unknown");
  }
  std::string on = ctx.body["pledgedOn"].get<std::string>();
  auto errors = check_visit(on, org::china_today(ctx.now), "other", "-");
  if (!errors.empty()) throw invalid_field("pledgedOn", errors[0].second);
  Json before = pledge_json(ctx, ctx.id());
  if (before.is_null()) {
    ctx.db.exec(
        "INSERT INTO instructor_pledges (person_id, pledged_on, recorded_by, created_at) VALUES "
        "(?, ?, ?, ?)",
        {ctx.id(), on, ctx.me().user_id, ctx.now});
  } else {
    ctx.db.exec("UPDATE instructor_pledges SET pledged_on = ? WHERE person_id = ?", {on, ctx.id()});
  }
  Json after = pledge_json(ctx, ctx.id());
  ctx.audit("enterprises.pledge", "person", std::to_string(ctx.id()), before, after);
  tx.commit();
  return Response::json(after);
}

}  // namespace

Json visits_of(Context& ctx, std::int64_t enterprise_id) {
  Json out = Json::array();
  for (const auto& r :
       ctx.db.query(std::string("SELECT ") + kColumns + kFrom +
                        " WHERE v.enterprise_id = ? ORDER BY v.visited_on DESC, v.id DESC",
                    {enterprise_id})) {
    out.push_back(visit_json(r));
  }
  return out;
}

std::vector<Route> visit_routes() {
  using http::Method;
  const std::string tag = "enterprises";
  std::vector<http::QueryParam> filters = {
      {"enterpriseId", "integer", "one enterprise"},
      {"year", "integer", "a year"},
      {"help", "string", "epidemic | return_to_work | party_building | policy | other"},
      {"q", "string", "enterprise, content, help given or instructor"}};
  return {
      {.method = Method::get,
       .path = "/api/enterprise-visits",
       .permission = "enterprises.read",
       .summary = "The instructors' visit logs (page, sort: visitedOn | enterprise | help)",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = list_visits},
      {.method = Method::get,
       .path = "/api/enterprise-visits/export",
       .permission = "enterprises.read",
       .summary = "Export the visit logs to .xlsx (the list's filters)",
       .tag = tag,
       .query = filters,
       .handler = export_visits},
      {.method = Method::post,
       .path = "/api/enterprises/{id}/visits",
       .permission = "enterprises.manage",
       .summary = "Log a visit to an enterprise (the instructor by default: its assigned one)",
       .tag = tag,
       .body =
           http::body({http::str("visitedOn").req().len(1, 10).doc("YYYY-MM-DD"),
                       http::str("help").req().len(1, 20).doc(
                           "epidemic | return_to_work | party_building | policy | other"),
                       http::str("content").req().len(1, 2000), http::str("helpGiven").len(0, 2000),
                       http::integer("instructorPersonId").null_ok().range(1, INT64_MAX)}),
       .handler = add_visit},
      {.method = Method::del,
       .path = "/api/enterprise-visits/{id}",
       .permission = "enterprises.manage",
       .summary = "Delete a visit log entry",
       .tag = tag,
       .handler = delete_visit},
      {.method = Method::get,
       .path = "/api/enterprise-instructors",
       .permission = "enterprises.read",
       .summary = "The instructors with their enterprises, visits and pledge (missing flagged)",
       .tag = tag,
       .handler = list_instructors},
      {.method = Method::put,
       .path = "/api/enterprise-instructors/{id}/pledge",
       .permission = "enterprises.manage",
       .summary = "Record the date a person pledged 不增加负担、不谋取私利 (id: the person)",
       .tag = tag,
       .body = http::body({http::str("pledgedOn").req().len(1, 10).doc("YYYY-MM-DD")}),
       .handler = record_pledge},
  };
}

}  // namespace md::enterprises
