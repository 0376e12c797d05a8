// Linked non-public enterprises: list (status, instructor, missing pledge), export, detail with
// visits, create, edit, delete (with its visits). The party status is derived by the rule.
#include "modules/enterprises/rules.hpp"
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

std::vector<Route> enterprise_routes();
Json visits_of(Context& ctx, std::int64_t enterprise_id);

namespace {

const char* const kColumns =
    "e.id, e.name, e.credit_code, e.address, e.industry, e.employees, e.party_members, "
    "e.own_organization, e.joint_with, e.party_status, e.instructor_person_id, p.name AS "
    "instructor, ip.pledged_on, e.note, e.created_at, e.updated_at, (SELECT COUNT(*) FROM "
    "enterprise_visits v WHERE v.enterprise_id = e.id) AS visits, (SELECT MAX(v.visited_on) "
    "FROM enterprise_visits v WHERE v.enterprise_id = e.id) AS last_visit";
const char* const kFrom =
    " FROM enterprises e LEFT JOIN people p ON p.id = e.instructor_person_id LEFT JOIN "
    "instructor_pledges ip ON ip.person_id = e.instructor_person_id";

Json opt(const std::optional<std::string>& v) { return v ? Json(*v) : Json(); }

Json enterprise_json(const db::Row& r) {
  auto instructor = r.opt_i64("instructor_person_id");
  bool own = r.i64("own_organization") != 0;
  return {{"id", r.i64("id")},
          {"name", r.str("name")},
          {"creditCode", r.str("credit_code")},
          {"address", r.str("address")},
          {"industry", r.str("industry")},
          {"employees", r.i64("employees")},
          {"partyMembers", r.i64("party_members")},
          {"ownOrganization", own},
          {"jointWith", r.str("joint_with")},
          {"partyStatus", r.str("party_status")},
          {"shouldFoundOwn", should_found_own(own, r.i64("party_members"))},
          {"instructorPersonId", instructor ? Json(*instructor) : Json()},
          {"instructor", opt(r.opt_str("instructor"))},
          {"pledgedOn", opt(r.opt_str("pledged_on"))},
          {"pledgeMissing", instructor.has_value() && r.is_null("pledged_on")},
          {"visits", r.i64("visits")},
          {"lastVisit", opt(r.opt_str("last_visit"))},
          {"note", r.str("note")},
          {"createdAt", r.i64("created_at")},
          {"updatedAt", r.i64("updated_at")}};
}

Json existing(Context& ctx, std::int64_t id) {
  auto r = ctx.db.query_one(std::string("SELECT ") + kColumns + kFrom + " WHERE e.id = ?", {id});
  if (!r) throw not_found("enterprises.not_found");
  return enterprise_json(*r);
}

Json detail(Context& ctx, std::int64_t id) {
  Json e = existing(ctx, id);
  e["visitLog"] = visits_of(ctx, id);
  return e;
}

struct Filter {
  std::string where = " WHERE 1 = 1";
  db::Params params;
};

Filter enterprise_filter(const Context& ctx, const std::string& q) {
  Filter f;
  std::string status = ctx.query("status");
  if (!status.empty()) {
    if (status != "built" && status != "joint" && status != "none") {
      throw bad_request("request.bad_query", {{"param", "status"}});
    }
    f.where += " AND e.party_status = ?";
    f.params.push_back(status);
  }
  std::string instructor = ctx.query("instructorId");
  if (!instructor.empty()) {
    if (instructor.size() > 15 || instructor.find_first_not_of("0123456789") != std::string::npos) {
      throw bad_request("request.bad_query", {{"param", "instructorId"}});
    }
    f.where += " AND e.instructor_person_id = ?";
    f.params.push_back(static_cast<std::int64_t>(std::stoll(instructor)));
  }
  if (ctx.query("pledgeMissing") == "true") {
    f.where += " AND e.instructor_person_id IS NOT NULL AND ip.pledged_on IS NULL";
  }
  if (!q.empty()) {
    f.where +=
        " AND " + http::search_clause({"e.name", "e.industry", "e.address", "p.name"}, q, f.params);
  }
  return f;
}

http::ListParams list_params(const Context& ctx, std::int64_t max_rows) {
  std::string pinyin(ctx.db.pinyin_collation());
  return http::parse_list(ctx,
                          {{"name", "e.name" + pinyin},
                           {"partyStatus", "e.party_status"},
                           {"employees", "e.employees"},
                           {"instructor", "p.name" + pinyin}},
                          "name", max_rows);
}

Json query_enterprises(Context& ctx, const http::ListParams& p, std::int64_t* total) {
  Filter f = enterprise_filter(ctx, p.q);
  auto page =
      http::query_page(ctx.db, kColumns, kFrom + f.where, f.params, p, "e.id", enterprise_json);
  *total = page.total;
  return page.items;
}

Response list_enterprises(Context& ctx) {
  auto p = list_params(ctx, 100);
  std::int64_t total = 0;
  Json items = query_enterprises(ctx, p, &total);
  return Response::json(http::page_json(items, total, p));
}

Response export_enterprises(Context& ctx) {
  auto p = list_params(ctx, 10000);
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = query_enterprises(ctx, p, &total);
  bool en = ctx.lang == i18n::Lang::en;
  for (auto& e : items) {
    e["statusText"] = ctx.t("enterprises.status." + e["partyStatus"].get<std::string>());
    for (const char* k : {"instructor", "pledgedOn", "lastVisit"}) {
      if (e[k].is_null()) e[k] = "";
    }
  }
  std::vector<excel::Column> cols = {{en ? "Enterprise" : "企业名称", "name", 32},
                                     {en ? "Industry" : "行业", "industry", 12},
                                     {en ? "Employees" : "职工人数", "employees", 10},
                                     {en ? "Party members" : "党员人数", "partyMembers", 10},
                                     {en ? "Party organization" : "党组织", "statusText", 10},
                                     {en ? "Joint with" : "联建单位", "jointWith", 24},
                                     {en ? "Instructor" : "指导员", "instructor", 10},
                                     {en ? "Pledge" : "承诺日期", "pledgedOn", 12},
                                     {en ? "Visits" : "走访次数", "visits", 8},
                                     {en ? "Last visit" : "最近走访", "lastVisit", 12}};
  return http::audited_xlsx(ctx, "enterprises.export", "enterprise",
                            en ? "enterprises" : "联点非公企业", cols, items);
}

Response get_enterprise(Context& ctx) { return Response::json(detail(ctx, ctx.id())); }

struct Input {
  std::string name, credit_code, address, industry, joint_with, note;
  std::int64_t employees = 0, party_members = 0;
  bool own = false;
  std::optional<std::int64_t> instructor;
};

Input checked_input(Context& ctx, std::int64_t self) {
  const Json& b = ctx.body;
  Input in{b["name"].get<std::string>(),
           b.value("creditCode", ""),
           b.value("address", ""),
           b.value("industry", ""),
           b.value("jointWith", ""),
           b.value("note", ""),
           b.value("employees", std::int64_t{0}),
           b.value("partyMembers", std::int64_t{0}),
           b.value("ownOrganization", false),
           std::nullopt};
  if (b.contains("instructorPersonId") && b["instructorPersonId"].is_number_integer()) {
    in.instructor = b["instructorPersonId"].get<std::int64_t>();
  }
  auto errors = check_enterprise(in.name, in.employees, in.party_members, in.own, in.joint_with);
  if (in.instructor && !ctx.db.query_one("SELECT id FROM people WHERE id = ?", {*in.instructor})) {
    errors.emplace_back("instructorPersonId", "enterprises.person_unknown");
  }
  if (!errors.empty()) {
    std::vector<FieldError> fields;
    for (const auto& [f, c] : errors) fields.push_back({f, c, {}});
    throw invalid(fields);
  }
  if (ctx.db.query_one("SELECT id FROM enterprises WHERE name = ? AND id <> ?", {in.name, self})) {
    throw conflict("enterprises.name_taken", {{"name", in.name}});
  }
  return in;
}

db::Value nullable(const std::optional<std::int64_t>& v) { return v ? db::Value(*v) : db::Value(); }

Response create_enterprise(Context& ctx) {
  db::Transaction tx(ctx.db);
  Input in = checked_input(ctx, 0);
  auto id =
      ctx.db
          .query(
              "INSERT INTO enterprises (name, credit_code, address, industry, employees, "
              "party_members, own_organization, joint_with, party_status, "
              "instructor_person_id, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
              "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
              {in.name, in.credit_code, in.address, in.industry, in.employees, in.party_members,
               std::int64_t{in.own ? 1 : 0}, in.joint_with, party_status(in.own, in.joint_with),
               nullable(in.instructor), in.note, ctx.now, ctx.now})
          .at(0)
          .i64("id");
  Json after = existing(ctx, id);
  ctx.audit("enterprises.create", "enterprise", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response update_enterprise(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  Input in = checked_input(ctx, ctx.id());
  ctx.db.exec(
      "UPDATE enterprises SET name = ?, credit_code = ?, address = ?, industry = ?, employees = "
      "?, party_members = ?, own_organization = ?, joint_with = ?, party_status = ?, "
      "instructor_person_id = ?, note = ?, updated_at = ? WHERE id = ?",
      {in.name, in.credit_code, in.address, in.industry, in.employees, in.party_members,
       std::int64_t{in.own ? 1 : 0}, in.joint_with, party_status(in.own, in.joint_with),
       nullable(in.instructor), in.note, ctx.now, ctx.id()});
  Json after = existing(ctx, ctx.id());
  ctx.audit("enterprises.update", "enterprise", std::to_string(ctx.id()), before, after);
  tx.commit();
  return Response::json(after);
}

Response delete_enterprise(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = detail(ctx, ctx.id());
  ctx.db.exec("DELETE FROM enterprise_visits WHERE enterprise_id = ?", {ctx.id()});
  ctx.db.exec("DELETE FROM enterprises WHERE id = ?", {ctx.id()});
  ctx.audit("enterprises.delete", "enterprise", std::to_string(ctx.id()), before, nullptr);
  tx.commit();
  return Response::json({{"id", ctx.id()}, {"deleted", true}});
}

http::BodySchema enterprise_body() {
  return http::body({
      http::str("name").req().len(1, 100),
      http::str("creditCode").len(0, 18).doc("统一社会信用代码"),
      http::str("address").len(0, 200),
      http::str("industry").len(0, 50),
      http::integer("employees").range(INT64_MIN, INT64_MAX),
      http::integer("partyMembers").range(INT64_MIN, INT64_MAX).doc("formal party members"),
      http::boolean("ownOrganization").doc("has its own party organization (已建)"),
      http::str("jointWith").len(0, 100).doc("the organization it is joined to (联建)"),
      http::integer("instructorPersonId").null_ok().range(1, INT64_MAX).doc("指导员 (a person)"),
      http::str("note").len(0, 2000),
  });
}

}  // namespace

std::vector<Route> enterprise_routes() {
  using http::Method;
  const std::string tag = "enterprises";
  std::vector<http::QueryParam> filters = {
      {"status", "string", "built | joint | none"},
      {"instructorId", "integer", "the instructor (a person)"},
      {"pledgeMissing", "string", "true: only those whose instructor has not pledged"},
      {"q", "string", "name, industry, address or instructor"}};
  return {
      {.method = Method::get,
       .path = "/api/enterprises",
       .permission = "enterprises.read",
       .summary = "Linked non-public enterprises with party status, instructor and pledge (page, "
                  "sort: name | partyStatus | employees | instructor)",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = list_enterprises},
      {.method = Method::get,
       .path = "/api/enterprises/export",
       .permission = "enterprises.read",
       .summary = "Export the linked enterprises to .xlsx (the list's filters)",
       .tag = tag,
       .query = filters,
       .handler = export_enterprises},
      {.method = Method::get,
       .path = "/api/enterprises/{id}",
       .permission = "enterprises.read",
       .summary = "An enterprise with its visit log",
       .tag = tag,
       .handler = get_enterprise},
      {.method = Method::post,
       .path = "/api/enterprises",
       .permission = "enterprises.manage",
       .summary = "List a linked enterprise (party status derived: built | joint | none)",
       .tag = tag,
       .body = enterprise_body(),
       .handler = create_enterprise},
      {.method = Method::put,
       .path = "/api/enterprises/{id}",
       .permission = "enterprises.manage",
       .summary = "Change a linked enterprise",
       .tag = tag,
       .body = enterprise_body(),
       .handler = update_enterprise},
      {.method = Method::del,
       .path = "/api/enterprises/{id}",
       .permission = "enterprises.manage",
       .summary = "Delete a linked enterprise and its visit log",
       .tag = tag,
       .handler = delete_enterprise},
  };
}

}  // namespace md::enterprises
