// Evaluation campaigns (R4.1): the list and its export, one campaign's console data, creating
// a campaign for a branch and year (items copied from the branch's template, members from the
// branch's current party members), deleting a draft, editing the campaign's items before the
// scoring, and each branch's editable item template (考评项目实施细则).
#include <algorithm>

#include "modules/evaluation/access.hpp"
#include "modules/evaluation/detail.hpp"
#include "modules/evaluation/routes.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::evaluation {
using http::Context;
using http::Response;
using http::Route;

namespace {

const char* const kListCounts =
    ", (SELECT COUNT(*) FROM evaluation_members m WHERE m.campaign_id = c.id) AS members, "
    "(SELECT COUNT(*) FROM evaluation_members m WHERE m.campaign_id = c.id AND m.probationary = "
    "0) AS graded, (SELECT COUNT(*) FROM evaluation_members m WHERE m.campaign_id = c.id AND "
    "m.self_submitted_at IS NOT NULL) AS self_done, (SELECT COUNT(*) FROM evaluation_members m "
    "WHERE m.campaign_id = c.id AND m.final_grade = 'excellent') AS excellent, (SELECT COUNT(*) "
    "FROM evaluation_members m WHERE m.campaign_id = c.id AND m.final_grade = 'unqualified') AS "
    "unqualified";

Json list_row(const db::Row& r) {
  Json j = campaign_json(campaign_from_row(r));
  j["memberCount"] = r.i64("members");
  j["gradedCount"] = r.i64("graded");
  j["selfSubmittedCount"] = r.i64("self_done");
  j["excellentCount"] = r.i64("excellent");
  j["unqualifiedCount"] = r.i64("unqualified");
  return j;
}

/// The WHERE clause of the list and export: year, status, unit (scope), q.
std::string list_where(Context& ctx, db::Params& params) {
  std::string where = std::string(kCampaignFrom) + " WHERE 1 = 1";
  std::string year = ctx.query("year");
  if (!year.empty()) {
    if (year.size() != 4 || year.find_first_not_of("0123456789") != std::string::npos) {
      throw bad_request("request.bad_query", {{"param", "year"}});
    }
    where += " AND c.year = ?";
    params.push_back(std::stoll(year));
  }
  std::string status = ctx.query("status");
  if (!status.empty()) {
    if (!is_status(status)) throw bad_request("request.bad_query", {{"param", "status"}});
    where += " AND c.status = ?";
    params.push_back(status);
  }
  if (auto units = visible_units(ctx)) where += " AND c.unit_id IN " + id_list(*units);
  std::string q = ctx.query("q");
  if (q.size() > 200) throw bad_request("request.bad_query", {{"param", "q"}});
  if (!q.empty()) where += " AND " + http::search_clause({"c.title", "u.name"}, q, params);
  return where;
}

std::map<std::string, std::string> sorts(Context& ctx) {
  std::string zh(ctx.db.pinyin_collation());
  return {{"year", "c.year"},
          {"unit", "u.name" + zh},
          {"title", "c.title" + zh},
          {"status", "c.status"},
          {"updatedAt", "c.updated_at"}};
}

Response list_campaigns(Context& ctx) {
  auto p = http::parse_list(ctx, sorts(ctx), "year", 100);
  db::Params params;
  auto where = list_where(ctx, params);
  auto page = http::query_page(ctx.db, std::string(kCampaignColumns) + kListCounts, where, params,
                               p, "c.id", list_row);
  return Response::json(http::page_json(page.items, page.total, p));
}

Response export_campaigns(Context& ctx) {
  auto p = http::parse_list(ctx, sorts(ctx), "year", 100);
  db::Params params;
  auto where = list_where(ctx, params);
  Json rows = Json::array();
  for (const auto& r : ctx.db.query("SELECT " + std::string(kCampaignColumns) + kListCounts +
                                        where + " ORDER BY " + p.order_by + ", c.id LIMIT 5000",
                                    params)) {
    Json j = list_row(r);
    j["statusText"] = ctx.t("evaluation.status." + j["status"].get<std::string>());
    j["notice"] = j["noticeFrom"].is_null() ? std::string()
                                            : j["noticeFrom"].get<std::string>() + " ~ " +
                                                  j["noticeTo"].get<std::string>();
    rows.push_back(j);
  }
  bool en = ctx.lang == i18n::Lang::en;
  std::vector<excel::Column> cols = {
      {en ? "Year" : "年度", "year", 8},
      {en ? "Branch" : "党支部", "orgUnitName", 28},
      {en ? "Title" : "名称", "title", 36},
      {en ? "Step" : "阶段", "statusText", 12},
      {en ? "Members" : "参评党员", "memberCount", 10},
      {en ? "Graded" : "评定等次人数", "gradedCount", 12},
      {en ? "Self-assessments" : "已交自评", "selfSubmittedCount", 12},
      {en ? "Excellent" : "优秀", "excellentCount", 8},
      {en ? "Unqualified" : "不合格", "unqualifiedCount", 8},
      {en ? "Notice" : "公示期", "notice", 24}};
  return http::audited_xlsx(ctx, "evaluation.export", "evaluation_campaign",
                            en ? "member-evaluations" : "民主评议党员", cols, rows);
}

Response get_campaign(Context& ctx) {
  return Response::json(campaign_detail(ctx, campaign_in_scope(ctx, ctx.id())));
}

/// A branch (or functional branch) that exists (422 on `field`) and is in scope (403).
void require_branch(Context& ctx, std::int64_t unit, const std::string& field) {
  auto r = ctx.db.query_one("SELECT kind FROM org_units WHERE id = ?", {unit});
  if (!r) throw invalid_field(field, "evaluation.unit_unknown");
  require_scope(ctx, unit);
  if (r->str("kind") != "branch" && r->str("kind") != "functional_branch") {
    throw invalid_field(field, "evaluation.not_branch");
  }
}

/// Scrutineers: distinct, active users; at most 9.
std::vector<std::int64_t> scrutineers_of(Context& ctx, const Json& b) {
  std::vector<std::int64_t> ids;
  if (!b.contains("scrutineerUserIds") || b["scrutineerUserIds"].is_null()) return ids;
  for (const auto& v : b["scrutineerUserIds"]) {
    auto id = v.get<std::int64_t>();
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) {
      throw invalid_field("scrutineerUserIds", "evaluation.scrutineer_twice");
    }
    if (!ctx.db.query_one("SELECT id FROM users WHERE id = ? AND status = 'active'", {id})) {
      throw invalid_field("scrutineerUserIds", "evaluation.scrutineer_unknown");
    }
    ids.push_back(id);
  }
  return ids;
}

void write_items(Context& ctx, std::int64_t campaign, const std::vector<Item>& items) {
  ctx.db.exec("DELETE FROM evaluation_items WHERE campaign_id = ?", {campaign});
  std::int64_t position = 0;
  for (const auto& i : items) {
    ctx.db.exec(
        "INSERT INTO evaluation_items (campaign_id, position, title, description, weight) VALUES "
        "(?, ?, ?, ?, ?)",
        {campaign, ++position, i.title, i.description, i.weight});
  }
}

Response create_campaign(Context& ctx) {
  const auto& b = ctx.body;
  auto unit = b["orgUnitId"].get<std::int64_t>();
  auto year = b["year"].get<std::int64_t>();
  db::Transaction tx(ctx.db);
  require_branch(ctx, unit, "orgUnitId");
  auto scrutineers = scrutineers_of(ctx, b);
  if (ctx.db.query_one("SELECT id FROM evaluation_campaigns WHERE unit_id = ? AND year = ?",
                       {unit, year})) {
    throw conflict("evaluation.duplicate", {{"year", std::to_string(year)}});
  }
  auto people = participants(ctx.db, unit);
  if (people.empty()) throw invalid_field("orgUnitId", "evaluation.no_members");
  auto unit_name = ctx.db.query_one("SELECT name FROM org_units WHERE id = ?", {unit})->str("name");
  std::string title = b.value("title", "");
  if (title.find_first_not_of(" \t") == std::string::npos) {
    title =
        ctx.t("evaluation.default_title", {{"year", std::to_string(year)}, {"unit", unit_name}});
  }
  auto id =
      ctx.db
          .query(
              "INSERT INTO evaluation_campaigns (unit_id, year, title, status, created_by, "
              "created_at, updated_at, scrutineer_user_ids) VALUES (?, ?, ?, 'draft', ?, ?, "
              "?, ?) RETURNING id",
              {unit, year, title, ctx.me().user_id, ctx.now, ctx.now, Json(scrutineers).dump()})
          .at(0)
          .i64("id");
  write_items(ctx, id, load_template(ctx.db, unit).items);
  for (const auto& p : people) {
    ctx.db.exec(
        "INSERT INTO evaluation_members (campaign_id, person_id, probationary) VALUES (?, ?, ?)",
        {id, p.person_id, std::int64_t{p.probationary ? 1 : 0}});
  }
  Json after = campaign_detail(ctx, load_campaign(ctx.db, id));
  ctx.audit("evaluation.create", "evaluation_campaign", std::to_string(id), nullptr,
            {{"orgUnitId", unit},
             {"year", year},
             {"title", title},
             {"members", people.size()},
             {"scrutineerUserIds", scrutineers}});
  tx.commit();
  return Response::json(after, 201);
}

Response delete_campaign(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto c = campaign_in_scope(ctx, ctx.id());
  require_status(ctx, c, "draft");
  for (const char* table : {"evaluation_scores", "evaluation_members", "evaluation_items"}) {
    ctx.db.exec(std::string("DELETE FROM ") + table + " WHERE campaign_id = ?", {c.id});
  }
  ctx.db.exec("DELETE FROM evaluation_campaigns WHERE id = ?", {c.id});
  ctx.audit("evaluation.delete", "evaluation_campaign", std::to_string(c.id), campaign_json(c),
            nullptr);
  tx.commit();
  return Response::no_content();
}

std::vector<Item> body_items(Context& ctx) {
  auto items = items_from_json(ctx.body["items"]);
  if (!items) throw invalid_field("items", "evaluation.items_shape");
  auto errors = check_items(*items);
  if (!errors.empty() && errors[0].second == "evaluation.weights_sum") {
    throw invalid_field("items", "evaluation.weights_sum",
                        {{"sum", std::to_string(weight_sum(*items))}});
  }
  throw_fields(errors);
  return *items;
}

Response put_items(Context& ctx) {
  auto items = body_items(ctx);
  db::Transaction tx(ctx.db);
  auto c = campaign_in_scope(ctx, ctx.id());
  if (c.status != "draft" && c.status != "self" && c.status != "ballot") {
    throw conflict("evaluation.items_locked");
  }
  auto before = items_json(load_items(ctx.db, c.id));
  write_items(ctx, c.id, items);
  ctx.audit("evaluation.items", "evaluation_campaign", std::to_string(c.id), before,
            items_json(items));
  ctx.db.exec("UPDATE evaluation_campaigns SET updated_at = ? WHERE id = ?", {ctx.now, c.id});
  tx.commit();
  return Response::json(campaign_detail(ctx, load_campaign(ctx.db, c.id)));
}

Json template_json(Context& ctx, std::int64_t unit) {
  auto t = load_template(ctx.db, unit);
  return {{"orgUnitId", unit}, {"own", t.own}, {"items", items_json(t.items)}};
}

Response get_template(Context& ctx) {
  auto unit = ctx.id("orgUnitId");
  if (!ctx.db.query_one("SELECT id FROM org_units WHERE id = ?", {unit})) {
    throw not_found("evaluation.unit_unknown");
  }
  require_scope(ctx, unit);
  return Response::json(template_json(ctx, unit));
}

Response put_template(Context& ctx) {
  auto unit = ctx.id("orgUnitId");
  auto items = body_items(ctx);
  db::Transaction tx(ctx.db);
  if (!ctx.db.query_one("SELECT id FROM org_units WHERE id = ?", {unit})) {
    throw not_found("evaluation.unit_unknown");
  }
  require_branch(ctx, unit, "orgUnitId");
  Json before = template_json(ctx, unit);
  ctx.db.exec("DELETE FROM evaluation_item_templates WHERE unit_id = ?", {unit});
  std::int64_t position = 0;
  for (const auto& i : items) {
    ctx.db.exec(
        "INSERT INTO evaluation_item_templates (unit_id, position, title, description, weight) "
        "VALUES (?, ?, ?, ?, ?)",
        {unit, ++position, i.title, i.description, i.weight});
  }
  Json after = template_json(ctx, unit);
  ctx.audit("evaluation.template", "org_unit", std::to_string(unit), before, after);
  tx.commit();
  return Response::json(after);
}

}  // namespace

std::vector<Route> campaign_routes() {
  using http::Method;
  const std::string tag = "evaluation";
  std::vector<http::QueryParam> filters = {
      {"year", "integer", "one year"},
      {"status", "string", "draft | self | ballot | scoring | notice | final"},
      {"orgUnitId", "integer", "a branch (and its groups)"}};
  auto items_body = http::body({http::any_value("items").req().doc(
      "[{title, description?, weight}], 1–20 items, weights summing to 100")});
  return {
      {.method = Method::get,
       .path = "/api/evaluations",
       .permission = "evaluation.read",
       .summary = "Democratic evaluation campaigns within my data scope (page, sort, filters)",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = list_campaigns},
      {.method = Method::get,
       .path = "/api/evaluations/export",
       .permission = "evaluation.read",
       .summary = "Export the evaluation campaigns to .xlsx",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = export_campaigns},
      {.method = Method::get,
       .path = "/api/evaluations/{id}",
       .permission = "evaluation.read",
       .summary = "A campaign: items, members with self-assessment, peer counts, scores, "
                  "proposed and final grades, the 优秀 cap and the peer ballot's state",
       .tag = tag,
       .handler = get_campaign},
      {.method = Method::post,
       .path = "/api/evaluations",
       .permission = "evaluation.manage",
       .summary = "Start a branch's campaign for a year (one per branch and year; items from "
                  "the branch's template, members from its current party members)",
       .tag = tag,
       .body = http::body({http::integer("orgUnitId").req().range(1, INT64_MAX),
                           http::integer("year").req().range(2000, 2100),
                           http::str("title").len(0, 100),
                           http::int_array("scrutineerUserIds")
                               .null_ok()
                               .len(0, 9)
                               .doc("the peer ballot's scrutineers; empty = server-held key")}),
       .handler = create_campaign},
      {.method = Method::del,
       .path = "/api/evaluations/{id}",
       .permission = "evaluation.manage",
       .summary = "Delete a campaign still in draft",
       .tag = tag,
       .handler = delete_campaign},
      {.method = Method::put,
       .path = "/api/evaluations/{id}/items",
       .permission = "evaluation.manage",
       .summary = "Replace a campaign's assessment items (until the scoring starts)",
       .tag = tag,
       .body = items_body,
       .handler = put_items},
      {.method = Method::get,
       .path = "/api/evaluation-templates/{orgUnitId}",
       .permission = "evaluation.read",
       .summary = "A branch's assessment item template (its own, or the default)",
       .tag = tag,
       .handler = get_template},
      {.method = Method::put,
       .path = "/api/evaluation-templates/{orgUnitId}",
       .permission = "evaluation.manage",
       .summary = "Set a branch's assessment item template (考评项目实施细则)",
       .tag = tag,
       .body = items_body,
       .handler = put_template},
  };
}

}  // namespace md::evaluation
