// Candidate livelihood projects (R8.1), their quarterly progress and inspections (R8.4) and the
// rectification of a project rated unsatisfactory (R8.5).
#include "modules/votes/routes.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::votes {
using http::Context;
using http::Response;
using http::Route;

namespace {

const std::vector<std::string> kStatuses = {"collected", "shortlisted", "chosen", "reserve",
                                            "withdrawn"};
const std::vector<std::string> kSources = {"government", "deputy", "public"};

constexpr const char* kColumns =
    "p.id, p.year, p.body, p.title, p.description, p.department, p.budget_fen, "
    "p.planned_completion, p.source, p.proposer, p.status, p.satisfaction_grade, "
    "p.satisfaction_rate_permille, p.rectification_due, p.rectification_note, p.created_at, "
    "p.updated_at, (SELECT g.quarter FROM project_progress g WHERE g.project_id = p.id AND "
    "g.kind = 'update' ORDER BY g.quarter DESC, g.id DESC LIMIT 1) AS last_quarter, "
    "(SELECT g.percent FROM project_progress g WHERE g.project_id = p.id AND g.kind = 'update' "
    "ORDER BY g.quarter DESC, g.id DESC LIMIT 1) AS last_percent";

Json project_json(const db::Row& r) {
  Json progress = r.is_null("last_quarter") ? Json()
                                            : Json{{"quarter", r.str("last_quarter")},
                                                   {"percent", r.i64("last_percent")}};
  Json satisfaction = r.is_null("satisfaction_grade")
                          ? Json()
                          : Json{{"grade", r.str("satisfaction_grade")},
                                 {"rate", r.is_null("satisfaction_rate_permille")
                                              ? Json()
                                              : Json(r.i64("satisfaction_rate_permille"))}};
  return {{"id", r.i64("id")},
          {"year", r.i64("year")},
          {"body", r.str("body")},
          {"title", r.str("title")},
          {"description", r.str("description")},
          {"department", r.str("department")},
          {"budgetFen", r.i64("budget_fen")},
          {"plannedCompletion", r.str("planned_completion")},
          {"source", r.str("source")},
          {"proposer", r.str("proposer")},
          {"status", r.str("status")},
          {"latestProgress", progress},
          {"satisfaction", satisfaction},
          {"rectificationDue",
           r.opt_str("rectification_due") ? Json(r.str("rectification_due")) : Json()},
          {"rectificationNote", r.str("rectification_note")},
          {"createdAt", r.i64("created_at")},
          {"updatedAt", r.i64("updated_at")}};
}

Json load_project(db::Connection& conn, std::int64_t id) {
  auto r = conn.query_one(
      std::string("SELECT ") + kColumns + " FROM livelihood_projects p WHERE p.id = ?", {id});
  if (!r) throw not_found("votes.project_not_found");
  return project_json(*r);
}

struct Filter {
  std::string from_where = " FROM livelihood_projects p WHERE 1 = 1";
  db::Params params;
};

Filter project_filter(const Context& ctx, const std::string& q) {
  Filter f;
  std::string year = ctx.query("year");
  if (!year.empty()) {
    if (year.size() != 4 || year.find_first_not_of("0123456789") != std::string::npos) {
      throw bad_request("request.bad_query", {{"param", "year"}});
    }
    f.from_where += " AND p.year = ?";
    f.params.push_back(std::stoll(year));
  }
  for (auto [name, values] : {std::pair{"status", &kStatuses}, std::pair{"source", &kSources}}) {
    std::string v = ctx.query(name);
    if (v.empty()) continue;
    if (std::find(values->begin(), values->end(), v) == values->end()) {
      throw bad_request("request.bad_query", {{"param", name}});
    }
    f.from_where += std::string(" AND p.") + name + " = ?";
    f.params.push_back(v);
  }
  if (!q.empty()) {
    f.from_where += " AND " + http::search_clause(
                                  {"p.title", "p.department", "p.body", "p.proposer"}, q, f.params);
  }
  return f;
}

http::ListParams list_params(const Context& ctx, std::int64_t max_rows) {
  std::string collate(ctx.db.pinyin_collation());
  return http::parse_list(ctx,
                          {{"year", "p.year"},
                           {"title", "p.title" + collate},
                           {"department", "p.department" + collate},
                           {"budgetFen", "p.budget_fen"},
                           {"plannedCompletion", "p.planned_completion"},
                           {"status", "p.status"},
                           {"updatedAt", "p.updated_at"}},
                          "updatedAt", max_rows);
}

Response list_projects(Context& ctx) {
  auto p = list_params(ctx, 100);
  auto f = project_filter(ctx, p.q);
  auto page = http::query_page(ctx.db, kColumns, f.from_where, f.params, p, "p.id", project_json);
  return Response::json(http::page_json(page.items, page.total, p));
}

Response export_projects(Context& ctx) {
  auto p = list_params(ctx, 10000);
  p.page_size = 10000;
  auto f = project_filter(ctx, p.q);
  auto page = http::query_page(ctx.db, kColumns, f.from_where, f.params, p, "p.id", project_json);
  bool en = ctx.lang == i18n::Lang::en;
  for (auto& item : page.items) {
    item["budgetYuan"] = static_cast<double>(item["budgetFen"].get<std::int64_t>()) / 100.0;
    item["statusText"] = ctx.t("votes.project_status." + item["status"].get<std::string>());
    item["sourceText"] = ctx.t("votes.source." + item["source"].get<std::string>());
    item["gradeText"] =
        item["satisfaction"].is_null()
            ? std::string()
            : ctx.t("votes.outcome." + item["satisfaction"]["grade"].get<std::string>());
  }
  std::vector<excel::Column> cols = {
      {en ? "Year" : "年度", "year", 8},
      {en ? "Body" : "主体", "body", 14},
      {en ? "Project" : "项目名称", "title", 36},
      {en ? "Department" : "责任单位", "department", 18},
      {en ? "Budget (yuan)" : "预算（元）", "budgetYuan", 14},
      {en ? "Planned completion" : "计划完成", "plannedCompletion", 14},
      {en ? "Source" : "来源", "sourceText", 10},
      {en ? "Proposer" : "提出者", "proposer", 14},
      {en ? "Status" : "状态", "statusText", 10},
      {en ? "Satisfaction" : "满意度", "gradeText", 10}};
  db::Transaction tx(ctx.db);
  ctx.audit("projects.export", "livelihood_project", "", nullptr, {{"rows", page.items.size()}});
  tx.commit();
  return http::xlsx_response(en ? "livelihood projects" : "民生实事项目", cols, page.items,
                             ctx.now);
}

void check_project_fields(const Json& b) {
  std::vector<FieldError> errors;
  auto year = b["year"].get<std::int64_t>();
  if (year < 2000 || year > 2100) errors.push_back({"year", "votes.year_range", {}});
  if (b["budgetFen"].get<std::int64_t>() < 0)
    errors.push_back({"budgetFen", "votes.budget_range", {}});
  std::string done = b["plannedCompletion"].get<std::string>();
  if (!china_day_start(done).has_value())
    errors.push_back({"plannedCompletion", "votes.date_format", {}});
  if (!errors.empty()) throw invalid(errors);
}

Response save_project(Context& ctx, std::optional<std::int64_t> id) {
  const auto& b = ctx.body;
  check_project_fields(b);
  db::Transaction tx(ctx.db);
  std::optional<Json> before;
  if (id) {
    before = load_project(ctx.db, *id);
    ctx.db.exec(
        "UPDATE livelihood_projects SET year = ?, body = ?, title = ?, description = ?, "
        "department = ?, budget_fen = ?, planned_completion = ?, source = ?, proposer = ?, "
        "updated_at = ? WHERE id = ?",
        {b["year"].get<std::int64_t>(), b["body"].get<std::string>(), b["title"].get<std::string>(),
         b.value("description", ""), b["department"].get<std::string>(),
         b["budgetFen"].get<std::int64_t>(), b["plannedCompletion"].get<std::string>(),
         b["source"].get<std::string>(), b.value("proposer", ""), ctx.now, *id});
  } else {
    id = ctx.db
             .query(
                 "INSERT INTO livelihood_projects (year, body, title, description, department, "
                 "budget_fen, planned_completion, source, proposer, status, created_at, "
                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'collected', ?, ?) RETURNING id",
                 {b["year"].get<std::int64_t>(), b["body"].get<std::string>(),
                  b["title"].get<std::string>(), b.value("description", ""),
                  b["department"].get<std::string>(), b["budgetFen"].get<std::int64_t>(),
                  b["plannedCompletion"].get<std::string>(), b["source"].get<std::string>(),
                  b.value("proposer", ""), ctx.now, ctx.now})
             .at(0)
             .i64("id");
  }
  Json after = load_project(ctx.db, *id);
  ctx.audit(before ? "projects.update" : "projects.create", "livelihood_project",
            std::to_string(*id), before ? *before : Json(), after);
  tx.commit();
  return Response::json(after, before ? 200 : 201);
}

// Clerks move a project between the pool stages; "chosen" comes only from a certified vote.
Response change_status(Context& ctx) {
  std::string to = ctx.body["status"].get<std::string>();
  db::Transaction tx(ctx.db);
  Json before = load_project(ctx.db, ctx.id());
  std::string from = before["status"].get<std::string>();
  if (from == "chosen") throw conflict("votes.project_chosen");
  if (ctx.db.scalar("SELECT COUNT(*) FROM vote_questions q JOIN votes v ON v.id = q.vote_id "
                    "WHERE q.project_id = ? AND v.status IN ('setup', 'ready', 'open', 'closed')",
                    {ctx.id()}) > 0) {
    throw conflict("votes.project_in_vote");
  }
  ctx.db.exec("UPDATE livelihood_projects SET status = ?, updated_at = ? WHERE id = ?",
              {to, ctx.now, ctx.id()});
  Json after = load_project(ctx.db, ctx.id());
  ctx.audit("projects.status", "livelihood_project", std::to_string(ctx.id()), before, after);
  tx.commit();
  return Response::json(after);
}

Json progress_of(db::Connection& conn, std::int64_t project_id) {
  Json out = Json::array();
  for (const auto& r : conn.query(
           "SELECT g.id, g.quarter, g.percent, g.kind, g.note, g.recorded_by, u.display_name, "
           "g.recorded_at FROM project_progress g LEFT JOIN users u ON u.id = g.recorded_by "
           "WHERE g.project_id = ? ORDER BY g.quarter DESC, g.id DESC",
           {project_id})) {
    out.push_back({{"id", r.i64("id")},
                   {"quarter", r.str("quarter")},
                   {"percent", r.i64("percent")},
                   {"kind", r.str("kind")},
                   {"note", r.str("note")},
                   {"recordedBy", r.str("display_name")},
                   {"recordedAt", r.i64("recorded_at")}});
  }
  return out;
}

Response project_detail(Context& ctx) {
  Json p = load_project(ctx.db, ctx.id());
  p["progress"] = progress_of(ctx.db, ctx.id());
  Json votes = Json::array();
  for (const auto& r : ctx.db.query(
           "SELECT v.id, v.title, v.kind, v.status, v.result_json, q.position FROM vote_questions "
           "q "
           "JOIN votes v ON v.id = q.vote_id WHERE q.project_id = ? ORDER BY v.created_at DESC",
           {ctx.id()})) {
    Json outcome;
    if (r.opt_str("result_json")) {
      outcome = Json::parse(
          r.str("result_json"))["outcomes"][static_cast<std::size_t>(r.i64("position"))];
    }
    votes.push_back({{"voteId", r.i64("id")},
                     {"title", r.str("title")},
                     {"kind", r.str("kind")},
                     {"status", r.str("status")},
                     {"outcome", outcome}});
  }
  p["votes"] = votes;
  return Response::json(p);
}

Response add_progress(Context& ctx) {
  const auto& b = ctx.body;
  std::string quarter = b["quarter"].get<std::string>();
  if (!is_quarter(quarter)) throw invalid_field("quarter", "votes.quarter_format");
  db::Transaction tx(ctx.db);
  Json project = load_project(ctx.db, ctx.id());
  if (project["status"] != "chosen") throw conflict("votes.progress_not_chosen");
  auto id =
      ctx.db
          .query(
              "INSERT INTO project_progress (project_id, quarter, percent, kind, note, "
              "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
              {ctx.id(), quarter, b["percent"].get<std::int64_t>(), b["kind"].get<std::string>(),
               b["note"].get<std::string>(), ctx.me().user_id, ctx.now})
          .at(0)
          .i64("id");
  Json after = {{"id", id},           {"projectId", ctx.id()},
                {"quarter", quarter}, {"percent", b["percent"]},
                {"kind", b["kind"]},  {"note", b["note"]}};
  ctx.audit("projects.progress", "livelihood_project", std::to_string(ctx.id()), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response save_rectification(Context& ctx) {
  std::string due = ctx.body["due"].get<std::string>();
  if (!china_day_start(due).has_value()) throw invalid_field("due", "votes.date_format");
  db::Transaction tx(ctx.db);
  Json before = load_project(ctx.db, ctx.id());
  if (before["satisfaction"].is_null() || before["satisfaction"]["grade"] != "unsatisfied") {
    throw conflict("votes.rectification_not_needed");
  }
  ctx.db.exec(
      "UPDATE livelihood_projects SET rectification_note = ?, rectification_due = ?, "
      "updated_at = ? WHERE id = ?",
      {ctx.body["note"].get<std::string>(), due, ctx.now, ctx.id()});
  Json after = load_project(ctx.db, ctx.id());
  ctx.audit("projects.rectification", "livelihood_project", std::to_string(ctx.id()), before,
            after);
  tx.commit();
  return Response::json(after);
}

}  // namespace

std::vector<Route> project_routes() {
  using http::Method;
  const std::string tag = "votes";
  auto filters = http::list_query({{"year", "integer", "year"},
                                   {"status", "string",
                                    "collected, shortlisted, chosen, reserve "
                                    "or withdrawn"},
                                   {"source", "string", "government, deputy or public"}});
  auto fields = [] {
    return http::body({http::integer("year").req(), http::str("body").req().len(1, 40),
                       http::str("title").req().len(1, 100), http::str("description").len(0, 2000),
                       http::str("department").req().len(1, 60),
                       http::integer("budgetFen").req().range(0, 100'000'000'000'00),
                       http::str("plannedCompletion").req().len(10, 10),
                       http::str("source").req().options(kSources),
                       http::str("proposer").len(0, 60)});
  };
  return {
      {.method = Method::get,
       .path = "/api/livelihood-projects",
       .permission = "votes.read",
       .summary = "List candidate livelihood projects (page, sort, filter by year/status/source)",
       .tag = tag,
       .query = filters,
       .handler = list_projects},
      {.method = Method::get,
       .path = "/api/livelihood-projects/export",
       .permission = "votes.read",
       .summary = "Export the filtered projects to .xlsx",
       .tag = tag,
       .query = filters,
       .handler = export_projects},
      {.method = Method::post,
       .path = "/api/livelihood-projects",
       .permission = "votes.manage",
       .summary = "Collect a candidate project",
       .tag = tag,
       .body = fields(),
       .handler = [](Context& c) { return save_project(c, std::nullopt); }},
      {.method = Method::put,
       .path = "/api/livelihood-projects/{id}",
       .permission = "votes.manage",
       .summary = "Edit a candidate project",
       .tag = tag,
       .body = fields(),
       .handler = [](Context& c) { return save_project(c, c.id()); }},
      {.method = Method::get,
       .path = "/api/livelihood-projects/{id}",
       .permission = "votes.read",
       .summary = "A project with its progress and the votes it was in",
       .tag = tag,
       .handler = project_detail},
      {.method = Method::post,
       .path = "/api/livelihood-projects/{id}/status",
       .permission = "votes.manage",
       .summary = "Shortlist, move to the reserve pool, withdraw or restore a project",
       .tag = tag,
       .body = http::body({http::str("status").req().options(
           {"collected", "shortlisted", "reserve", "withdrawn"})}),
       .handler = change_status},
      {.method = Method::post,
       .path = "/api/livelihood-projects/{id}/progress",
       .permission = "votes.manage",
       .summary = "Record a chosen project's quarterly progress or a deputies' inspection",
       .tag = tag,
       .body = http::body({http::str("quarter").req().len(6, 6),
                           http::integer("percent").req().range(0, 100),
                           http::str("kind").req().options({"update", "inspection"}),
                           http::str("note").req().len(1, 2000)}),
       .handler = add_progress},
      {.method = Method::put,
       .path = "/api/livelihood-projects/{id}/rectification",
       .permission = "votes.manage",
       .summary = "The written explanation and rectification deadline of an unsatisfactory "
                  "project",
       .tag = tag,
       .body =
           http::body({http::str("note").req().len(1, 2000), http::str("due").req().len(10, 10)}),
       .handler = save_rectification},
  };
}

}  // namespace md::votes
