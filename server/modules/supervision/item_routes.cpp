// Supervision items (R7.1): the year's plan of 执法检查, 专题调研, 听取和审议专项工作报告 and
// 预算联网监督 with the target body (区政府, 区监委, 区法院, 区检察院 or a department), the
// schedule, participants (deputies and committee members) and the report; committee hearings
// (R7.3); the list of target bodies for the forms.
#include "modules/org/people_api.hpp"
#include "modules/supervision/routes.hpp"
#include "modules/supervision/rules.hpp"
#include "modules/supervision/store.hpp"
#include "platform/cases/workdays.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::supervision {
using http::Context;
using http::Method;
using http::Response;
using http::Route;

std::string today(const Context& ctx) { return org::china_today(ctx.now); }

std::int64_t int_query(const Context& ctx, const std::string& name, std::int64_t fallback,
                       std::int64_t lo, std::int64_t hi) {
  std::string v = ctx.query(name);
  if (v.empty()) return fallback;
  if (v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos)
    throw bad_request("request.bad_query", {{"param", name}});
  auto n = std::stoll(v);
  if (n < lo || n > hi) throw bad_request("request.bad_query", {{"param", name}});
  return n;
}

namespace {

const char* const kBodies[][3] = {
    {"government", "区人民政府", "District government"},
    {"supervision_commission", "区监察委员会", "District supervision commission"},
    {"court", "区人民法院", "District court"},
    {"procuratorate", "区人民检察院", "District procuratorate"}};

std::string body_name(const std::string& kind) {
  for (const auto& b : kBodies)
    if (kind == b[0]) return b[1];
  return "";
}

std::vector<std::int64_t> ids_of(const Json& b, const char* key) {
  std::vector<std::int64_t> out;
  if (b.contains(key))
    for (const auto& v : b[key]) out.push_back(v.get<std::int64_t>());
  return out;
}

struct ItemFilter {
  std::string where = " FROM supervision_items i WHERE 1 = 1";
  db::Params params;
};

/// The list's filters (year, kind, keyword), shared by the page and the export.
ItemFilter item_filter(const Context& ctx, const std::string& q) {
  ItemFilter f;
  if (!ctx.query("year").empty()) {
    f.where += " AND i.year = ?";
    f.params.push_back(int_query(ctx, "year", 0, 2000, 2100));
  }
  if (auto kind = ctx.query("kind"); !kind.empty()) {
    if (!is_kind(kind)) throw bad_request("request.bad_query", {{"param", "kind"}});
    f.where += " AND i.kind = ?";
    f.params.push_back(kind);
  }
  if (!q.empty())
    f.where += " AND " + http::search_clause({"i.title", "i.target_name"}, q, f.params);
  return f;
}

Response list_items(Context& ctx) {
  auto p = http::parse_list(
      ctx,
      {{"startsOn", "i.starts_on"}, {"year", "i.year"}, {"kind", "i.kind"}, {"status", "i.status"}},
      "startsOn", 100);
  auto f = item_filter(ctx, p.q);
  auto page = http::query_page(ctx.db, kItemColumns, f.where, f.params, p, "i.id", item_row_json);
  return Response::json(http::page_json(page.items, page.total, p));
}

const char* kind_text(const std::string& kind, bool en) {
  if (kind == "law_inspection") return en ? "Law enforcement inspection" : "执法检查";
  if (kind == "research") return en ? "Special research" : "专题调研";
  if (kind == "work_report") return en ? "Work report reviewed" : "听取和审议专项工作报告";
  if (kind == "budget_network") return en ? "Budget network supervision" : "预算联网监督";
  return "";
}

const char* status_text(const std::string& status, bool en) {
  if (status == "planned") return en ? "Planned" : "计划中";
  if (status == "under_way") return en ? "Under way" : "进行中";
  if (status == "done") return en ? "Done" : "已完成";
  return "";
}

Response export_items(Context& ctx) {
  auto f = item_filter(ctx, ctx.query("q"));
  const bool en = ctx.lang == i18n::Lang::en;
  Json rows = Json::array();
  for (const auto& r : ctx.db.query(std::string("SELECT ") + kItemColumns + f.where +
                                        " ORDER BY i.year DESC, i.starts_on, i.id LIMIT 100000",
                                    f.params)) {
    Json j = item_row_json(r);
    j["kindText"] = kind_text(r.str("kind"), en);
    j["statusText"] = status_text(r.str("status"), en);
    rows.push_back(std::move(j));
  }
  const std::vector<excel::Column> cols = {{en ? "Year" : "年度", "year", 8},
                                           {en ? "Kind" : "类别", "kindText", 22},
                                           {en ? "Title" : "名称", "title", 40},
                                           {en ? "Body supervised" : "监督对象", "targetName", 18},
                                           {en ? "Committee" : "承办委室", "committee", 18},
                                           {en ? "Starts" : "开始日期", "startsOn", 12},
                                           {en ? "Ends" : "结束日期", "endsOn", 12},
                                           {en ? "Status" : "状态", "statusText", 10}};
  return http::audited_xlsx(ctx, "supervision.items_export", "supervision_item",
                            en ? "supervision-items" : "监督工作", cols, rows);
}

Json existing(Context& ctx, std::int64_t id) {
  auto j = item_json(ctx.db, id, today(ctx));
  if (!j) throw not_found("supervision.item_not_found");
  return *j;
}

Response get_item(Context& ctx) { return Response::json(existing(ctx, ctx.id())); }

struct ItemInput {
  Plan plan;
  std::optional<std::int64_t> department;
  std::string target_name, committee, status, report;
  std::vector<std::int64_t> deputies, members;
};

ItemInput input_of(Context& ctx) {
  const auto& b = ctx.body;
  ItemInput in;
  in.plan.kind = b.value("kind", "");
  in.plan.target_kind = b.value("targetKind", "");
  in.plan.title = b.value("title", "");
  in.plan.starts_on = b.value("startsOn", "");
  in.plan.ends_on = b.value("endsOn", "");
  in.plan.year = static_cast<int>(b.value("year", std::int64_t{0}));
  if (b.contains("departmentId") && !b["departmentId"].is_null())
    in.department = b["departmentId"].get<std::int64_t>();
  in.plan.has_department = in.department.has_value();
  in.committee = b.value("committee", "");
  in.status = b.value("status", "planned");
  in.report = b.value("report", "");
  in.deputies = ids_of(b, "deputyIds");
  in.members = ids_of(b, "memberIds");
  auto errors = check_plan(in.plan);
  if (!is_item_status(in.status)) errors.emplace_back("status", "supervision.item_status");
  if (in.department) {
    auto name = department_name(ctx.db, *in.department);
    if (!name)
      errors.emplace_back("departmentId", "supervision.department_unknown");
    else
      in.target_name = *name;
  } else {
    in.target_name = body_name(in.plan.target_kind);
  }
  std::vector<std::int64_t> all = in.deputies;
  all.insert(all.end(), in.members.begin(), in.members.end());
  if (!unknown_people(ctx.db, all).empty())
    errors.emplace_back("deputyIds", "supervision.person_unknown");
  throw_fields(errors);
  return in;
}

db::Value opt(const std::optional<std::int64_t>& v) { return v ? db::Value(*v) : db::Value(); }

Response create_item(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto in = input_of(ctx);
  auto id = ctx.db
                .query_one(
                    "INSERT INTO supervision_items (year, kind, title, target_kind, "
                    "target_department_id, target_name, committee, starts_on, ends_on, status, "
                    "report, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?) RETURNING id",
                    {std::int64_t{in.plan.year}, in.plan.kind, in.plan.title, in.plan.target_kind,
                     opt(in.department), in.target_name, in.committee, in.plan.starts_on,
                     in.plan.ends_on, in.status, in.report, ctx.now, ctx.now})
                ->i64("id");
  set_participants(ctx.db, id, in.deputies, in.members);
  Json after = existing(ctx, id);
  ctx.audit("supervision.item_create", "supervision_item", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response update_item(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  auto in = input_of(ctx);
  ctx.db.exec(
      "UPDATE supervision_items SET year = ?, kind = ?, title = ?, target_kind = ?, "
      "target_department_id = ?, target_name = ?, committee = ?, starts_on = ?, ends_on = ?, "
      "status = ?, report = ?, updated_at = ? WHERE id = ?",
      {std::int64_t{in.plan.year}, in.plan.kind, in.plan.title, in.plan.target_kind,
       opt(in.department), in.target_name, in.committee, in.plan.starts_on, in.plan.ends_on,
       in.status, in.report, ctx.now, ctx.id()});
  set_participants(ctx.db, ctx.id(), in.deputies, in.members);
  Json after = existing(ctx, ctx.id());
  ctx.audit("supervision.item_update", "supervision_item", std::to_string(ctx.id()), before, after);
  tx.commit();
  return Response::json(after);
}

Response targets(Context& ctx) {
  bool en = ctx.lang == i18n::Lang::en;
  Json out = Json::array();
  for (const auto& b : kBodies)
    out.push_back({{"kind", b[0]}, {"departmentId", nullptr}, {"name", en ? b[2] : b[1]}});
  for (const auto& r : ctx.db.query("SELECT id, name FROM departments WHERE active = 1 ORDER BY "
                                    "id"))
    out.push_back({{"kind", "department"}, {"departmentId", r.i64("id")}, {"name", r.str("name")}});
  return Response::json({{"items", out}});
}

Json hearing_json(const db::Row& r) {
  return {{"id", r.i64("id")},
          {"committee", r.str("committee")},
          {"heldOn", r.str("held_on")},
          {"topic", r.str("topic")},
          {"participants", r.str("participants")},
          {"summary", r.str("summary")},
          {"createdAt", r.i64("created_at")}};
}

const char* const kHearingColumns =
    "h.id, h.committee, h.held_on, h.topic, h.participants, h.summary, h.created_at";

/// The hearings' filters (committee, keyword), shared by the page and the export.
ItemFilter hearing_filter(const Context& ctx, const std::string& q) {
  ItemFilter f;
  f.where = " FROM supervision_hearings h WHERE 1 = 1";
  if (auto c = ctx.query("committee"); !c.empty()) {
    f.where += " AND h.committee = ?";
    f.params.push_back(c);
  }
  if (!q.empty())
    f.where += " AND " + http::search_clause({"h.topic", "h.summary", "h.committee"}, q, f.params);
  return f;
}

Response list_hearings(Context& ctx) {
  auto p = http::parse_list(ctx, {{"heldOn", "h.held_on"}}, "heldOn", 100);
  auto f = hearing_filter(ctx, p.q);
  auto page = http::query_page(ctx.db, kHearingColumns, f.where, f.params, p, "h.id", hearing_json);
  return Response::json(http::page_json(page.items, page.total, p));
}

Response export_hearings(Context& ctx) {
  auto f = hearing_filter(ctx, ctx.query("q"));
  const bool en = ctx.lang == i18n::Lang::en;
  Json rows = Json::array();
  for (const auto& r : ctx.db.query(std::string("SELECT ") + kHearingColumns + f.where +
                                        " ORDER BY h.held_on DESC, h.id LIMIT 100000",
                                    f.params)) {
    rows.push_back(hearing_json(r));
  }
  const std::vector<excel::Column> cols = {{en ? "Date" : "日期", "heldOn", 12},
                                           {en ? "Committee" : "委员会", "committee", 20},
                                           {en ? "Topic" : "议题", "topic", 36},
                                           {en ? "Participants" : "参加人员", "participants", 30},
                                           {en ? "Summary" : "主要内容", "summary", 60}};
  return http::audited_xlsx(ctx, "supervision.hearings_export", "supervision_hearing",
                            en ? "committee-hearings" : "委员会听证", cols, rows);
}

Response get_hearing(Context& ctx) {
  auto r = ctx.db.query_one(
      std::string("SELECT ") + kHearingColumns + " FROM supervision_hearings h WHERE h.id = ?",
      {ctx.id()});
  if (!r) throw not_found("supervision.hearing_not_found");
  return Response::json(hearing_json(*r));
}

Response create_hearing(Context& ctx) {
  const auto& b = ctx.body;
  std::string committee = b.value("committee", ""), held_on = b.value("heldOn", ""),
              topic = b.value("topic", "");
  std::vector<std::pair<std::string, std::string>> errors;
  auto blank = [](const std::string& s) { return s.find_first_not_of(" \t\r\n") == s.npos; };
  if (blank(committee)) errors.emplace_back("committee", "supervision.committee_required");
  if (!cases::is_date(held_on)) errors.emplace_back("heldOn", "supervision.date_format");
  if (blank(topic)) errors.emplace_back("topic", "supervision.topic_required");
  throw_fields(errors);
  db::Transaction tx(ctx.db);
  auto id = ctx.db
                .query_one(
                    "INSERT INTO supervision_hearings (committee, held_on, topic, participants, "
                    "summary, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    {committee, held_on, topic, b.value("participants", ""), b.value("summary", ""),
                     ctx.now, ctx.now})
                ->i64("id");
  auto r = ctx.db.query_one(
      std::string("SELECT ") + kHearingColumns + " FROM supervision_hearings h WHERE h.id = ?",
      {id});
  Json after = hearing_json(*r);
  ctx.audit("supervision.hearing_create", "supervision_hearing", std::to_string(id), nullptr,
            after);
  tx.commit();
  return Response::json(after, 201);
}

http::BodySchema item_body() {
  return http::body(
      {http::integer("year").req().range(0, 10000),
       http::str("kind").req().len(0, 30).doc("law_inspection | research | work_report | "
                                              "budget_network"),
       http::str("title").req().len(0, 200),
       http::str("targetKind")
           .req()
           .len(0, 30)
           .doc("government | supervision_commission | court | procuratorate | department"),
       http::integer("departmentId").null_ok().range(1, 1'000'000'000'000),
       http::str("committee").len(0, 100), http::str("startsOn").len(0, 10),
       http::str("endsOn").len(0, 10),
       http::str("status").len(0, 20).doc("planned | under_way | done"),
       http::str("report").len(0, 50000), http::int_array("deputyIds").len(0, 200),
       http::int_array("memberIds").len(0, 200)});
}

}  // namespace

std::vector<Route> item_routes() {
  const std::string tag = "supervision";
  return {
      {.method = Method::get,
       .path = "/api/supervision/items",
       .permission = "supervision.read",
       .summary = "Supervision items of the plan (page, sort: startsOn | year | kind | status)",
       .tag = tag,
       .query = http::list_query({{"year", "integer", "plan year"}, {"kind", "string", "kind"}}),
       .handler = list_items},
      {.method = Method::get,
       .path = "/api/supervision/items/export",
       .permission = "supervision.read",
       .summary = "The supervision items as .xlsx (the list's filters)",
       .tag = tag,
       .query = http::list_query({{"year", "integer", "plan year"}, {"kind", "string", "kind"}}),
       .handler = export_items},
      {.method = Method::get,
       .path = "/api/supervision/items/{id}",
       .permission = "supervision.read",
       .summary = "A supervision item with participants and deliberation opinions",
       .tag = tag,
       .handler = get_item},
      {.method = Method::post,
       .path = "/api/supervision/items",
       .permission = "supervision.manage",
       .summary = "Plan a supervision item (end not before start)",
       .tag = tag,
       .body = item_body(),
       .handler = create_item},
      {.method = Method::put,
       .path = "/api/supervision/items/{id}",
       .permission = "supervision.manage",
       .summary = "Change a supervision item: schedule, participants, status, report",
       .tag = tag,
       .body = item_body(),
       .handler = update_item},
      {.method = Method::get,
       .path = "/api/supervision/targets",
       .permission = "supervision.read",
       .summary = "The bodies supervised: the four district bodies and the departments",
       .tag = tag,
       .handler = targets},
      {.method = Method::get,
       .path = "/api/supervision/hearings",
       .permission = "supervision.read",
       .summary = "Committee hearings (page, sort: heldOn; committee filter)",
       .tag = tag,
       .query = http::list_query({{"committee", "string", "committee name"}}),
       .handler = list_hearings},
      {.method = Method::get,
       .path = "/api/supervision/hearings/export",
       .permission = "supervision.read",
       .summary = "Committee hearings as .xlsx (the list's filters)",
       .tag = tag,
       .query = http::list_query({{"committee", "string", "committee name"}}),
       .handler = export_hearings},
      {.method = Method::get,
       .path = "/api/supervision/hearings/{id}",
       .permission = "supervision.read",
       .summary = "A committee hearing",
       .tag = tag,
       .handler = get_hearing},
      {.method = Method::post,
       .path = "/api/supervision/hearings",
       .permission = "supervision.manage",
       .summary = "Record a committee hearing",
       .tag = tag,
       .body =
           http::body({http::str("committee").req().len(0, 100),
                       http::str("heldOn").req().len(0, 10), http::str("topic").req().len(0, 200),
                       http::str("participants").len(0, 2000), http::str("summary").len(0, 20000)}),
       .handler = create_hearing},
  };
}

}  // namespace md::supervision
