// Checklists (R4.4): an officer drafts a checklist for a unit's subtree (answered by each
// current member, or by each unit), opens it, follows each respondent's progress and closes
// it. Respondents answer their items; every `issue` answer becomes a finding.
#include <map>

#include "modules/inspection/permissions.hpp"
#include "modules/inspection/routes.hpp"
#include "modules/inspection/rules.hpp"
#include "modules/inspection/store.hpp"
#include "modules/org/people_api.hpp"
#include "platform/auth/scope.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/branch_scope.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::inspection {
using http::Context;
using http::Response;
using http::Route;

namespace {
const http::ScopeCodes kScope{"inspection.unit_unknown", "inspection.person_unknown",
                              "inspection.out_of_scope"};
}  // namespace

void require_scope(Context& ctx, std::int64_t org_unit_id) {
  http::require_unit_in_scope(ctx, org_unit_id, kScope);
}

std::optional<std::set<std::int64_t>> visible_units(Context& ctx) {
  return http::visible_units(ctx, kScope);
}

namespace {

std::vector<std::string> items_of(const Json& body) {
  std::vector<std::string> items;
  for (const auto& t : body["items"]) items.push_back(t.get<std::string>());
  return items;
}

/// Items (422 inspection.items), due date (422), unit (422 unknown, 403 out of scope).
void check_fields(Context& ctx, const Json& b) {
  if (auto code = check_items(items_of(b))) throw invalid_field("items", *code);
  if (auto code = check_deadline(b["dueOn"].get<std::string>(), china_date(ctx.now))) {
    throw invalid_field("dueOn", *code);
  }
  auto unit = b["orgUnitId"].get<std::int64_t>();
  if (!ctx.db.query_one("SELECT id FROM org_units WHERE id = ?", {unit})) {
    throw invalid_field("orgUnitId", "inspection.unit_unknown");
  }
  require_scope(ctx, unit);
}

void write_items(Context& ctx, std::int64_t id, const Json& b) {
  ctx.db.exec("DELETE FROM inspection_items WHERE checklist_id = ?", {id});
  std::int64_t pos = 0;
  for (const auto& t : items_of(b)) {
    ctx.db.exec("INSERT INTO inspection_items (checklist_id, position, text) VALUES (?, ?, ?)",
                {id, ++pos, t});
  }
}

Json full_json(Context& ctx, const Checklist& c) {
  Json out = checklist_json(c);
  out["items"] = load_items(ctx.db, c.id);
  return out;
}

/// The checklists of the filters (status, unit, text) in the caller's scope with their item
/// and finding counts: the list and its export share it.
Json query_checklists(Context& ctx, const http::ListParams& p, std::int64_t* total) {
  std::string where = std::string(kChecklistFrom) + " WHERE 1 = 1";
  db::Params params;
  std::string status = ctx.query("status");
  if (!status.empty()) {
    if (status != "draft" && status != "open" && status != "closed") {
      throw bad_request("request.bad_query", {{"param", "status"}});
    }
    where += " AND c.status = ?";
    params.push_back(status);
  }
  if (auto units = visible_units(ctx)) where += " AND c.org_unit_id IN " + id_list(*units);
  if (!p.q.empty()) where += " AND " + http::search_clause({"c.title", "u.name"}, p.q, params);
  auto page = http::query_page(
      ctx.db,
      std::string(kChecklistColumns) +
          ", (SELECT COUNT(*) FROM inspection_items i WHERE i.checklist_id = c.id) AS items, "
          "(SELECT COUNT(*) FROM inspection_findings f WHERE f.checklist_id = c.id) AS findings",
      where, params, p, "c.id", [](const db::Row& r) {
        Json j = checklist_json(checklist_from_row(r));
        j["itemCount"] = r.i64("items");
        j["findingCount"] = r.i64("findings");
        return j;
      });
  *total = page.total;
  return page.items;
}

http::ListParams checklist_list_params(Context& ctx, std::int64_t max_rows) {
  return http::parse_list(ctx,
                          {{"dueOn", "c.due_on"},
                           {"year", "c.year"},
                           {"title", "c.title" + std::string(ctx.db.pinyin_collation())}},
                          "dueOn", max_rows);
}

Response list_checklists(Context& ctx) {
  auto p = checklist_list_params(ctx, 100);
  std::int64_t total = 0;
  Json items = query_checklists(ctx, p, &total);
  return Response::json(http::page_json(items, total, p));
}

/// The checklists list as .xlsx with the same filters.
Response export_checklists(Context& ctx) {
  auto p = checklist_list_params(ctx, 10000);
  p.page = 1;
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = query_checklists(ctx, p, &total);
  bool en = ctx.lang == i18n::Lang::en;
  static const std::map<std::string, std::pair<const char*, const char*>> labels = {
      {"draft", {"草稿", "Draft"}},
      {"open", {"自查中", "Open"}},
      {"closed", {"已结束", "Closed"}},
      {"person", {"每名党员", "Each member"}},
      {"unit", {"每个组织", "Each unit"}}};
  auto label = [&](const std::string& code) -> std::string {
    auto it = labels.find(code);
    return it == labels.end() ? code : en ? it->second.second : it->second.first;
  };
  for (auto& r : items) {
    r["statusText"] = label(r["status"].get<std::string>());
    r["scopeText"] = label(r["scope"].get<std::string>());
  }
  std::vector<excel::Column> cols = {{en ? "Title" : "自查清单", "title", 32},
                                     {en ? "Year" : "年度", "year", 8},
                                     {en ? "Unit" : "组织", "orgUnitName", 20},
                                     {en ? "Answered by" : "自查对象", "scopeText", 12},
                                     {en ? "Due" : "截止日期", "dueOn", 12},
                                     {en ? "Status" : "状态", "statusText", 10},
                                     {en ? "Items" : "自查项", "itemCount", 8},
                                     {en ? "Findings" : "发现问题", "findingCount", 10},
                                     {en ? "Made by" : "制定人", "createdBy", 12}};
  return http::audited_xlsx(ctx, "inspection.checklists_export", "inspection_checklist",
                            en ? "self-inspection-checklists" : "自查清单", cols, items);
}

Response create_checklist(Context& ctx) {
  const auto& b = ctx.body;
  db::Transaction tx(ctx.db);
  check_fields(ctx, b);
  auto id = ctx.db
                .query(
                    "INSERT INTO inspection_checklists (title, year, scope, org_unit_id, due_on, "
                    "status, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'draft', "
                    "?, ?, ?) RETURNING id",
                    {b["title"].get<std::string>(), b["year"].get<std::int64_t>(),
                     b["scope"].get<std::string>(), b["orgUnitId"].get<std::int64_t>(),
                     b["dueOn"].get<std::string>(), ctx.me().user_id, ctx.now, ctx.now})
                .at(0)
                .i64("id");
  write_items(ctx, id, b);
  Json after = full_json(ctx, load_checklist(ctx.db, id));
  ctx.audit("inspection.checklist_create", "inspection_checklist", std::to_string(id), nullptr,
            after);
  tx.commit();
  return Response::json(after, 201);
}

/// The checklist (404), in scope (403), still a draft (409 inspection.not_draft).
Checklist draft_in_scope(Context& ctx) {
  Checklist c = load_checklist(ctx.db, ctx.id());
  require_scope(ctx, c.org_unit_id);
  if (c.status != "draft") throw conflict("inspection.not_draft");
  return c;
}

Response update_checklist(Context& ctx) {
  const auto& b = ctx.body;
  db::Transaction tx(ctx.db);
  Checklist c = draft_in_scope(ctx);
  check_fields(ctx, b);
  Json before = full_json(ctx, c);
  ctx.db.exec(
      "UPDATE inspection_checklists SET title = ?, year = ?, scope = ?, org_unit_id = ?, due_on "
      "= ?, updated_at = ? WHERE id = ?",
      {b["title"].get<std::string>(), b["year"].get<std::int64_t>(), b["scope"].get<std::string>(),
       b["orgUnitId"].get<std::int64_t>(), b["dueOn"].get<std::string>(), ctx.now, c.id});
  write_items(ctx, c.id, b);
  Json after = full_json(ctx, load_checklist(ctx.db, c.id));
  ctx.audit("inspection.checklist_update", "inspection_checklist", std::to_string(c.id), before,
            after);
  tx.commit();
  return Response::json(after);
}

Response delete_checklist(Context& ctx) {
  db::Transaction tx(ctx.db);
  Checklist c = draft_in_scope(ctx);
  Json before = full_json(ctx, c);
  ctx.db.exec("DELETE FROM inspection_items WHERE checklist_id = ?", {c.id});
  ctx.db.exec("DELETE FROM inspection_checklists WHERE id = ?", {c.id});
  ctx.audit("inspection.checklist_delete", "inspection_checklist", std::to_string(c.id), before,
            nullptr);
  tx.commit();
  return Response::no_content();
}

Response set_status(Context& ctx, const std::string& from, const std::string& to,
                    const std::string& refusal) {
  db::Transaction tx(ctx.db);
  Checklist c = load_checklist(ctx.db, ctx.id());
  require_scope(ctx, c.org_unit_id);
  if (c.status != from) throw conflict(refusal);
  ctx.db.exec("UPDATE inspection_checklists SET status = ?, updated_at = ? WHERE id = ?",
              {to, ctx.now, c.id});
  Json after = full_json(ctx, load_checklist(ctx.db, c.id));
  ctx.audit("inspection.checklist_" + std::string(to == "open" ? "open" : "close"),
            "inspection_checklist", std::to_string(c.id), {{"status", from}}, {{"status", to}});
  tx.commit();
  return Response::json(after);
}

Response open_checklist(Context& ctx) {
  return set_status(ctx, "draft", "open", "inspection.not_draft");
}
Response close_checklist(Context& ctx) {
  return set_status(ctx, "open", "closed", "inspection.not_open");
}

/// Answered items per respondent.
std::map<std::int64_t, std::int64_t> answered_counts(Context& ctx, std::int64_t checklist_id) {
  std::map<std::int64_t, std::int64_t> out;
  for (const auto& r : ctx.db.query(
           "SELECT respondent, COUNT(*) AS n FROM inspection_answers WHERE checklist_id = ? "
           "GROUP BY respondent",
           {checklist_id})) {
    out[r.i64("respondent")] = r.i64("n");
  }
  return out;
}

Response get_checklist(Context& ctx) {
  Checklist c = load_checklist(ctx.db, ctx.id());
  require_scope(ctx, c.org_unit_id);
  Json out = full_json(ctx, c);
  auto items = static_cast<std::int64_t>(out["items"].size());
  auto counts = answered_counts(ctx, c.id);
  std::map<std::int64_t, Json> issues;
  for (const auto& r : ctx.db.query(
           "SELECT respondent, COUNT(*) AS n FROM inspection_answers WHERE checklist_id = ? AND "
           "result = 'issue' GROUP BY respondent",
           {c.id})) {
    issues[r.i64("respondent")] = r.i64("n");
  }
  Json list = Json::array();
  std::int64_t done = 0;
  auto people = respondents(ctx.db, c);
  for (const auto& p : people) {
    auto n = counts.count(p.id) ? counts[p.id] : 0;
    bool complete = completed(n, items);
    if (complete) ++done;
    list.push_back({{"id", p.id},
                    {"name", p.name},
                    {"answered", n},
                    {"issues", issues.count(p.id) ? issues[p.id] : Json(0)},
                    {"completed", complete}});
  }
  out["respondents"] = list;
  out["progress"] = {{"assigned", people.size()},
                     {"completed", done},
                     {"percent", percent(done, static_cast<std::int64_t>(people.size()))}};
  Json findings = Json::array();
  std::string today = china_date(ctx.now);
  for (const auto& r : ctx.db.query(std::string("SELECT ") + kFindingColumns + kFindingFrom +
                                        " WHERE f.checklist_id = ? ORDER BY f.id",
                                    {c.id})) {
    findings.push_back(finding_json(r, today));
  }
  out["findings"] = findings;
  return Response::json(out);
}

Response answer(Context& ctx) {
  const auto& b = ctx.body;
  db::Transaction tx(ctx.db);
  Checklist c = load_checklist(ctx.db, ctx.id());
  if (c.status != "open") throw conflict("inspection.not_open");
  auto people = respondents(ctx.db, c);
  std::int64_t respondent = 0;
  std::optional<std::int64_t> owner_person;
  if (c.scope == "unit") {
    if (!b.contains("unitId")) throw invalid_field("unitId", "validation.required");
    respondent = b["unitId"].get<std::int64_t>();
    require_scope(ctx, respondent);
  } else {
    auto person = org::person_of_user(ctx.db, ctx.me().user_id);
    if (!person) throw invalid_field("answers", "inspection.no_person");
    respondent = *person;
    owner_person = person;
  }
  std::string name;
  for (const auto& p : people) {
    if (p.id == respondent) name = p.name;
  }
  if (name.empty()) throw forbidden("inspection.not_assigned");
  auto items = load_items(ctx.db, c.id);
  const auto& answers = b["answers"];
  if (!answers.is_array() || answers.empty())
    throw invalid_field("answers", "inspection.answers_shape");
  for (std::size_t i = 0; i < answers.size(); ++i) {
    const auto& a = answers[i];
    if (!a.is_object() || !a.contains("position") || !a["position"].is_number_integer() ||
        !a.contains("result") || !a["result"].is_string() ||
        (a.contains("note") && !a["note"].is_string()) || a["position"].get<std::int64_t>() < 1 ||
        a["position"].get<std::int64_t>() > static_cast<std::int64_t>(items.size())) {
      throw invalid_field("answers", "inspection.answers_shape");
    }
  }
  for (std::size_t i = 0; i < answers.size(); ++i) {
    const auto& a = answers[i];
    if (auto code = check_answer(a["result"].get<std::string>(), a.value("note", ""))) {
      throw invalid_field("answers", *code,
                          {{"n", std::to_string(a["position"].get<std::int64_t>())}});
    }
  }
  Json saved = Json::array();
  int created = 0;
  for (const auto& a : answers) {
    auto pos = a["position"].get<std::int64_t>();
    auto result = a["result"].get<std::string>();
    auto note = a.value("note", "");
    ctx.db.exec(
        "DELETE FROM inspection_answers WHERE checklist_id = ? AND respondent = ? AND position = ?",
        {c.id, respondent, pos});
    ctx.db.exec(
        "INSERT INTO inspection_answers (checklist_id, respondent, position, result, note, "
        "answered_by, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {c.id, respondent, pos, result, note, ctx.me().user_id, ctx.now});
    saved.push_back({{"position", pos}, {"result", result}, {"note", note}});
    if (result != "issue") continue;
    auto existing = ctx.db.query_one(
        "SELECT id FROM inspection_findings WHERE checklist_id = ? AND respondent = ? AND "
        "position = ? AND status <> 'verified'",
        {c.id, respondent, pos});
    if (existing) {
      ctx.db.exec("UPDATE inspection_findings SET description = ?, updated_at = ? WHERE id = ?",
                  {note, ctx.now, existing->i64("id")});
      continue;
    }
    ctx.db.exec(
        "INSERT INTO inspection_findings (checklist_id, position, respondent, respondent_name, "
        "description, owner, owner_person_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, "
        "?, ?, ?, 'open', ?, ?)",
        {c.id, pos, respondent, name, note, name,
         owner_person ? db::Value(*owner_person) : db::Value(), ctx.now, ctx.now});
    ++created;
  }
  auto n = ctx.db.scalar(
      "SELECT COUNT(*) FROM inspection_answers WHERE checklist_id = ? AND respondent = ?",
      {c.id, respondent});
  Json after = {{"respondent", respondent}, {"answers", saved}, {"findingsCreated", created}};
  ctx.audit("inspection.answer", "inspection_checklist", std::to_string(c.id), nullptr, after);
  tx.commit();
  return Response::json({{"checklistId", c.id},
                         {"respondent", respondent},
                         {"respondentName", name},
                         {"answered", n},
                         {"completed", completed(n, static_cast<std::int64_t>(items.size()))},
                         {"findingsCreated", created}});
}

Response my_inspection(Context& ctx) {
  auto person = org::person_of_user(ctx.db, ctx.me().user_id);
  Json lists = Json::array();
  Json findings = Json::array();
  if (person) {
    for (const auto& r : ctx.db.query(std::string("SELECT ") + kChecklistColumns + kChecklistFrom +
                                      " WHERE c.status = 'open' AND c.scope = 'person' ORDER BY "
                                      "c.due_on, c.id")) {
      Checklist c = checklist_from_row(r);
      bool mine = false;
      for (const auto& p : respondents(ctx.db, c)) mine = mine || p.id == *person;
      if (!mine) continue;
      Json j = full_json(ctx, c);
      Json answers = Json::array();
      for (const auto& a : ctx.db.query(
               "SELECT position, result, note FROM inspection_answers WHERE checklist_id = ? AND "
               "respondent = ? ORDER BY position",
               {c.id, *person})) {
        answers.push_back({{"position", a.i64("position")},
                           {"result", a.str("result")},
                           {"note", a.str("note")}});
      }
      j["answers"] = answers;
      j["completed"] = completed(static_cast<std::int64_t>(answers.size()),
                                 static_cast<std::int64_t>(j["items"].size()));
      lists.push_back(j);
    }
    std::string today = china_date(ctx.now);
    for (const auto& r :
         ctx.db.query(std::string("SELECT ") + kFindingColumns + kFindingFrom +
                          " WHERE f.owner_person_id = ? AND f.status <> 'verified' ORDER BY f.id",
                      {*person})) {
      findings.push_back(finding_json(r, today));
    }
  }
  return Response::json(
      {{"hasPerson", person.has_value()}, {"checklists", lists}, {"findings", findings}});
}

}  // namespace

std::vector<Route> checklist_routes() {
  using http::Method;
  const std::string tag = "inspection";
  auto fields = http::body(
      {http::str("title").req().len(1, 100), http::integer("year").req().range(2000, 2100),
       http::str("scope").req().options({"person", "unit"}),
       http::integer("orgUnitId").req().range(1, INT64_MAX), http::str("dueOn").req().len(10, 10),
       http::str_array("items").req().len(1, 50)});
  return {
      {.method = Method::get,
       .path = "/api/inspection/checklists",
       .permission = "inspection.read",
       .summary = "List self-inspection checklists (page, sort, filter by status and unit)",
       .tag = tag,
       .query = http::list_query({{"status", "string", "draft | open | closed"},
                                  {"orgUnitId", "integer", "a unit (and its subtree)"}}),
       .handler = list_checklists},
      {.method = Method::get,
       .path = "/api/inspection/checklists/export",
       .permission = "inspection.read",
       .summary = "The self-inspection checklists list as .xlsx with the same filters",
       .tag = tag,
       .query = http::list_query({{"status", "string", "draft | open | closed"},
                                  {"orgUnitId", "integer", "a unit (and its subtree)"}}),
       .handler = export_checklists},
      {.method = Method::post,
       .path = "/api/inspection/checklists",
       .permission = "inspection.manage",
       .summary = "Draft a self-inspection checklist with its items",
       .tag = tag,
       .body = fields,
       .handler = create_checklist},
      {.method = Method::get,
       .path = "/api/inspection/checklists/{id}",
       .permission = "inspection.read",
       .summary = "A checklist with its items, respondents' progress and findings",
       .tag = tag,
       .handler = get_checklist},
      {.method = Method::put,
       .path = "/api/inspection/checklists/{id}",
       .permission = "inspection.manage",
       .summary = "Edit a draft checklist and its items",
       .tag = tag,
       .body = fields,
       .handler = update_checklist},
      {.method = Method::del,
       .path = "/api/inspection/checklists/{id}",
       .permission = "inspection.manage",
       .summary = "Delete a draft checklist",
       .tag = tag,
       .handler = delete_checklist},
      {.method = Method::post,
       .path = "/api/inspection/checklists/{id}/open",
       .permission = "inspection.manage",
       .summary = "Open a draft checklist for answers",
       .tag = tag,
       .handler = open_checklist},
      {.method = Method::post,
       .path = "/api/inspection/checklists/{id}/close",
       .permission = "inspection.manage",
       .summary = "Close an open checklist",
       .tag = tag,
       .handler = close_checklist},
      {.method = Method::post,
       .path = "/api/inspection/checklists/{id}/answers",
       .permission = "inspection.answer",
       .summary = "Answer items of an open checklist for myself (or, scope unit, for a unit "
                  "in my scope); each issue becomes a finding",
       .tag = tag,
       .body = http::body(
           {http::integer("unitId").range(1, INT64_MAX), http::any_value("answers").req()}),
       .handler = answer},
      {.method = Method::get,
       .path = "/api/my/inspection",
       .permission = "inspection.answer",
       .summary = "My open checklists with my answers, and the findings I own",
       .tag = tag,
       .handler = my_inspection},
  };
}

}  // namespace md::inspection
