// Learning plans (R3.1): a branch's plan for a year with its planned hours per member. Branch
// officers plan for their own branch subtree; leaders and clerks for every branch.
#include "modules/learning/permissions.hpp"
#include "modules/learning/routes.hpp"
#include "modules/learning/store.hpp"
#include "platform/auth/scope.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::learning {
using http::Context;
using http::Response;
using http::Route;

namespace {
const http::ScopeCodes kScope{"learning.unit_unknown", "learning.person_unknown",
                              "learning.out_of_scope"};
}  // namespace

void require_scope(Context& ctx, std::int64_t org_unit_id) {
  http::require_unit_in_scope(ctx, org_unit_id, kScope);
}

std::optional<std::set<std::int64_t>> visible_units(Context& ctx) {
  return http::visible_units(ctx, kScope);
}

int year_param(const Context& ctx) {
  std::string y = ctx.query("year", china_date(ctx.now).substr(0, 4));
  if (y.size() != 4 || y.find_first_not_of("0123456789") != std::string::npos ||
      std::stoi(y) < 2000 || std::stoi(y) > 2100) {
    throw bad_request("request.bad_query", {{"param", "year"}});
  }
  return std::stoi(y);
}

namespace {

/// The plans of the filters (year, branch, text) in the caller's scope: the list and its export
/// share it.
Json query_plans(Context& ctx, std::int64_t max_rows, std::int64_t* total, http::ListParams* out) {
  auto p = http::parse_list(ctx,
                            {{"year", "p.year"},
                             {"title", "p.title" + std::string(ctx.db.pinyin_collation())},
                             {"orgUnitName", "u.name" + std::string(ctx.db.pinyin_collation())},
                             {"plannedHours", "p.planned_hours"}},
                            "year", max_rows);
  if (max_rows > 100) {
    p.page = 1;
    p.page_size = max_rows;
  }
  std::string where = std::string(kPlanFrom) + " WHERE 1 = 1";
  db::Params params;
  if (!ctx.query("year").empty()) {
    where += " AND p.year = ?";
    params.push_back(static_cast<std::int64_t>(year_param(ctx)));
  }
  if (auto units = visible_units(ctx)) where += " AND p.org_unit_id IN " + id_list(*units);
  if (!p.q.empty()) {
    where += " AND " + http::search_clause({"p.title", "p.content", "u.name"}, p.q, params);
  }
  auto page = http::query_page(ctx.db, kPlanColumns, where, params, p, "p.id",
                               [](const db::Row& r) { return plan_json(plan_from_row(r)); });
  *total = page.total;
  *out = p;
  return page.items;
}

Response list_plans(Context& ctx) {
  std::int64_t total = 0;
  http::ListParams p;
  Json items = query_plans(ctx, 100, &total, &p);
  return Response::json(http::page_json(items, total, p));
}

/// The plans list as .xlsx with the same filters.
Response export_plans(Context& ctx) {
  std::int64_t total = 0;
  http::ListParams p;
  Json items = query_plans(ctx, 10000, &total, &p);
  for (auto& r : items) r["updated"] = china_datetime(r["updatedAt"].get<std::int64_t>());
  bool en = ctx.lang == i18n::Lang::en;
  std::vector<excel::Column> cols = {{en ? "Year" : "年度", "year", 8},
                                     {en ? "Branch" : "党支部", "orgUnitName", 20},
                                     {en ? "Title" : "计划名称", "title", 32},
                                     {en ? "Planned hours" : "计划学时", "plannedHours", 10},
                                     {en ? "Content" : "学习内容", "content", 60},
                                     {en ? "Made by" : "制定人", "createdBy", 12},
                                     {en ? "Updated" : "更新时间", "updated", 18}};
  return http::audited_xlsx(ctx, "learning.plans_export", "learning_plan",
                            en ? "learning-plans" : "学习计划", cols, items);
}

/// The unit of a plan must exist (422) and be in the caller's scope (403).
void check_unit(Context& ctx, std::int64_t unit) {
  if (!ctx.db.query_one("SELECT id FROM org_units WHERE id = ?", {unit})) {
    throw invalid_field("orgUnitId", "learning.unit_unknown");
  }
  require_scope(ctx, unit);
}

Response create_plan(Context& ctx) {
  const auto& b = ctx.body;
  auto unit = b["orgUnitId"].get<std::int64_t>();
  db::Transaction tx(ctx.db);
  check_unit(ctx, unit);
  auto id = ctx.db
                .query(
                    "INSERT INTO learning_plans (year, org_unit_id, title, content, "
                    "planned_hours, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                    "?, ?, ?) RETURNING id",
                    {b["year"].get<std::int64_t>(), unit, b["title"].get<std::string>(),
                     b.value("content", ""), b["plannedHours"].get<std::int64_t>(),
                     ctx.me().user_id, ctx.now, ctx.now})
                .at(0)
                .i64("id");
  Json after = plan_json(load_plan(ctx.db, id));
  ctx.audit("learning.plan_create", "learning_plan", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response update_plan(Context& ctx) {
  const auto& b = ctx.body;
  auto unit = b["orgUnitId"].get<std::int64_t>();
  db::Transaction tx(ctx.db);
  Plan plan = load_plan(ctx.db, ctx.id());
  require_scope(ctx, plan.org_unit_id);
  if (unit != plan.org_unit_id) check_unit(ctx, unit);
  Json before = plan_json(plan);
  ctx.db.exec(
      "UPDATE learning_plans SET year = ?, org_unit_id = ?, title = ?, content = ?, "
      "planned_hours = ?, updated_at = ? WHERE id = ?",
      {b["year"].get<std::int64_t>(), unit, b["title"].get<std::string>(), b.value("content", ""),
       b["plannedHours"].get<std::int64_t>(), ctx.now, plan.id});
  Json after = plan_json(load_plan(ctx.db, plan.id));
  ctx.audit("learning.plan_update", "learning_plan", std::to_string(plan.id), before, after);
  tx.commit();
  return Response::json(after);
}

Response delete_plan(Context& ctx) {
  db::Transaction tx(ctx.db);
  Plan plan = load_plan(ctx.db, ctx.id());
  require_scope(ctx, plan.org_unit_id);
  if (ctx.db.scalar("SELECT COUNT(*) FROM study_records WHERE plan_id = ?", {plan.id}) > 0) {
    throw conflict("learning.plan_has_records");
  }
  Json before = plan_json(plan);
  ctx.db.exec("DELETE FROM learning_plans WHERE id = ?", {plan.id});
  ctx.audit("learning.plan_delete", "learning_plan", std::to_string(plan.id), before, nullptr);
  tx.commit();
  return Response::no_content();
}

}  // namespace

std::vector<Route> plan_routes() {
  using http::Method;
  const std::string tag = "learning";
  auto fields = http::body({http::integer("year").req().range(2000, 2100),
                            http::integer("orgUnitId").req().range(1, INT64_MAX),
                            http::str("title").req().len(1, 100), http::str("content").len(0, 4000),
                            http::integer("plannedHours").req().range(0, 500)});
  return {
      {.method = Method::get,
       .path = "/api/learning/plans",
       .permission = "learning.read",
       .summary = "List learning plans (page, sort by year / title, filter by year and branch)",
       .tag = tag,
       .query = http::list_query({{"year", "integer", "the plans' year"},
                                  {"orgUnitId", "integer", "a branch (and its groups)"}}),
       .handler = list_plans},
      {.method = Method::get,
       .path = "/api/learning/plans/export",
       .permission = "learning.read",
       .summary = "The learning plans list as .xlsx with the same filters",
       .tag = tag,
       .query = http::list_query({{"year", "integer", "the plans' year"},
                                  {"orgUnitId", "integer", "a branch (and its groups)"}}),
       .handler = export_plans},
      {.method = Method::post,
       .path = "/api/learning/plans",
       .permission = "learning.manage",
       .summary = "Create a branch's learning plan for a year",
       .tag = tag,
       .body = fields,
       .handler = create_plan},
      {.method = Method::put,
       .path = "/api/learning/plans/{id}",
       .permission = "learning.manage",
       .summary = "Edit a learning plan",
       .tag = tag,
       .body = fields,
       .handler = update_plan},
      {.method = Method::del,
       .path = "/api/learning/plans/{id}",
       .permission = "learning.manage",
       .summary = "Delete a learning plan no study record refers to",
       .tag = tag,
       .handler = delete_plan},
  };
}

}  // namespace md::learning
