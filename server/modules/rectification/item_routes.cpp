// The rectification ledger (R5.1): the list with its filters and the 整改台账 export, creating
// and editing items, the details, every workflow step on the case engine (start, complete with
// evidence, 长期坚持, verification by a second person, reject, reopen), dated progress reports
// and 举一反三 links. Each change is audited in its transaction.
#include "modules/rectification/common.hpp"
#include "modules/rectification/routes.hpp"
#include "modules/rectification/rules.hpp"
#include "platform/core/errors.hpp"
#include "platform/db/id_list.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::rectification {
using http::Context;
using http::Response;
using http::Route;

namespace {

// ---- list and export ----

struct Filter {
  std::string where;
  db::Params params;
};

Filter list_filter(Context& ctx, const std::string& q) {
  Filter f;
  f.where = std::string(kListFrom) + " WHERE 1 = 1";
  auto day = today(ctx);
  if (auto source = ctx.query("source"); !source.empty()) {
    if (!is_source(source)) throw bad_request("request.bad_query", {{"param", "source"}});
    f.where += " AND r.source = ?";
    f.params.emplace_back(source);
  }
  if (auto status = ctx.query("status"); !status.empty()) {
    auto states = states_for_status(status);
    if (states.empty()) throw bad_request("request.bad_query", {{"param", "status"}});
    // Literal states from the rules' whitelist (never user text): the open-deadline partial
    // index is used only when the query repeats its predicate literally.
    f.where += " AND r.state IN (";
    for (std::size_t i = 0; i < states.size(); ++i) f.where += (i ? ", '" : "'") + states[i] + "'";
    f.where += ")";
    if (status == "overdue") {
      f.where += " AND r.deadline < ?";
      f.params.emplace_back(day);
    } else if (status == "not_started" || status == "in_progress") {
      f.where += " AND r.deadline >= ?";
      f.params.emplace_back(day);
    }
  }
  if (auto category = ctx.query("category"); !category.empty()) {
    f.where += " AND r.category = ?";
    f.params.emplace_back(category);
  }
  if (auto units = http::visible_units(ctx, scope_codes())) {
    f.where += " AND r.org_unit_id IN " + db::id_list(*units);
  }
  if (!q.empty()) {
    f.where += " AND " + http::search_clause(
                             {"c.ref_no", "r.problem", "r.measures", "r.person_name"}, q, f.params);
  }
  return f;
}

const std::map<std::string, std::string>& sorts() {
  static const std::map<std::string, std::string> s = {
      {"deadline", "r.deadline"}, {"createdAt", "r.created_at"}, {"refNo", "c.ref_no"}};
  return s;
}

Response list(Context& ctx) {
  auto p = http::parse_list(ctx, sorts(), "deadline");
  auto f = list_filter(ctx, p.q);
  auto day = today(ctx);
  auto page = http::query_page(ctx.db, kListColumns, f.where, f.params, p, "r.case_id",
                               [&](const db::Row& r) { return row_json(r, day); });
  auto out = http::page_json(page.items, page.total, p);
  out["today"] = day;
  return Response::json(out);
}

std::string completion_text(const Json& j, bool en) {
  std::string text = j["completionNote"].get<std::string>();
  auto status = j["status"].get<std::string>();
  if (status == "done") {
    std::string mark = j["verified"].get<bool>() ? (en ? "verified" : "已验收")
                                                 : (en ? "awaiting verification" : "待验收");
    text = text.empty() ? mark : text + (en ? " (" + mark + ")" : "（" + mark + "）");
  }
  return text;
}

Response export_list(Context& ctx) {
  auto f = list_filter(ctx, ctx.query("q"));
  auto day = today(ctx);
  bool en = ctx.lang == i18n::Lang::en;
  Json rows = Json::array();
  std::int64_t n = 0;
  for (const auto& r : ctx.db.query(std::string("SELECT ") + kListColumns + f.where +
                                        " ORDER BY r.deadline, r.case_id LIMIT 100000",
                                    f.params)) {
    auto j = row_json(r, day);
    rows.push_back({{"no", ++n},
                    {"source", ctx.t("rectification.source." + j["source"].get<std::string>())},
                    {"problem", j["problem"]},
                    {"measures", j["measures"]},
                    {"unit", j["unitName"]},
                    {"person", j["personName"]},
                    {"deadline", j["deadline"]},
                    {"status", ctx.t("rectification.status." + j["status"].get<std::string>())},
                    {"completion", completion_text(j, en)}});
  }
  std::vector<excel::Column> cols = {{en ? "No." : "序号", "no", 6},
                                     {en ? "Source" : "问题来源", "source", 14},
                                     {en ? "Problem" : "问题描述", "problem", 40},
                                     {en ? "Measures" : "整改措施", "measures", 40},
                                     {en ? "Responsible unit" : "责任单位", "unit", 18},
                                     {en ? "Responsible person" : "责任人", "person", 12},
                                     {en ? "Deadline" : "整改时限", "deadline", 12},
                                     {en ? "Status" : "整改状态", "status", 10},
                                     {en ? "Completion" : "完成情况", "completion", 40}};
  return http::audited_xlsx(ctx, "rectification.export", "rectification",
                            en ? "rectification-ledger" : "整改台账", cols, rows);
}

// ---- create and edit ----

/// The fields of a new or edited item from the body, checked (422) and within scope (403).
NewItem read_fields(Context& ctx, const Item* current) {
  const auto& b = ctx.body;
  NewItem n;
  n.source = current ? current->source : b.value("source", "");
  n.problem = b["problem"].get<std::string>();
  n.category = b.value("category", "");
  n.org_unit_id = b["orgUnitId"].get<std::int64_t>();
  n.person_name = b.value("personName", "");
  n.measures = b.value("measures", "");
  n.start_on = b.value("startOn", current ? current->start_on : today(ctx));
  n.deadline = b["deadline"].get<std::string>();
  n.evidence_required = b.value("evidenceRequired", current ? current->evidence_required : true);
  std::vector<std::pair<std::string, std::string>> errors;
  if (!current && !is_source(n.source))
    errors.emplace_back("source", "rectification.source_unknown");
  if (n.problem.find_first_not_of(" \t\r\n") == std::string::npos) {
    errors.emplace_back("problem", "rectification.problem_required");
  }
  for (auto& e : check_dates(n.start_on, n.deadline)) errors.push_back(std::move(e));
  if (!unit_name(ctx.db, n.org_unit_id))
    errors.emplace_back("orgUnitId", "rectification.unit_unknown");
  throw_fields(errors);
  http::require_unit_in_scope(ctx, n.org_unit_id, scope_codes());
  return n;
}

Json audit_view(const Item& i) {
  return {{"source", i.source},         {"problem", i.problem},        {"category", i.category},
          {"orgUnitId", i.org_unit_id}, {"personName", i.person_name}, {"measures", i.measures},
          {"startOn", i.start_on},      {"deadline", i.deadline},      {"state", i.state}};
}

Response create(Context& ctx) {
  auto n = read_fields(ctx, nullptr);
  db::Transaction tx(ctx.db);
  auto id = insert_item(ctx.db, n, ctx.me().user_id, ctx.me().display_name, ctx.now);
  auto item = load_item(ctx.db, id);
  ctx.audit("rectification.create", "rectification", std::to_string(id), nullptr, audit_view(item));
  tx.commit();
  return Response::json(item_details(ctx.db, item, today(ctx)), 201);
}

cases::Step step_by(const Context& ctx, std::string action, std::string note = "") {
  cases::Step s;
  s.action = std::move(action);
  s.note = std::move(note);
  s.actor_user_id = ctx.me().user_id;
  s.actor_name = ctx.me().display_name;
  return s;
}

Response update(Context& ctx) {
  db::Transaction tx(ctx.db);
  load_in_scope(ctx, ctx.id());  // 404, then 403, before the lock
  auto c = cases::lock_case(ctx.db, "rectification", ctx.id());
  auto before = load_item(ctx.db, c.id);
  auto n = read_fields(ctx, &before);
  auto step = step_by(ctx, "edit");
  step.deadline = n.deadline;
  auto name = unit_name(ctx.db, n.org_unit_id).value_or("");
  step.assignee = cases::Assignee{"unit", n.org_unit_id, name};
  cases::apply_step(ctx.db, item_workflow(), c, step, ctx.now);  // 409 once verified
  ctx.db.exec(
      "UPDATE rectification_items SET problem = ?, category = ?, org_unit_id = ?, person_name = ?, "
      "measures = ?, start_on = ?, deadline = ?, evidence_required = ?, updated_at = ? WHERE "
      "case_id = ?",
      {n.problem, n.category, n.org_unit_id, n.person_name, n.measures, n.start_on, n.deadline,
       static_cast<std::int64_t>(n.evidence_required ? 1 : 0), ctx.now, c.id});
  auto after = load_item(ctx.db, c.id);
  ctx.audit("rectification.update", "rectification", std::to_string(c.id), audit_view(before),
            audit_view(after));
  tx.commit();
  return Response::json(item_details(ctx.db, after, today(ctx)));
}

Response details(Context& ctx) {
  auto item = load_in_scope(ctx, ctx.id());
  return Response::json(item_details(ctx.db, item, today(ctx)));
}

// ---- workflow steps ----

std::string note_of(const Context& ctx) { return ctx.body.value("note", ""); }

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

Response step(Context& ctx, const std::string& action) {
  db::Transaction tx(ctx.db);
  load_in_scope(ctx, ctx.id());  // 404, then 403, before the lock
  auto c = cases::lock_case(ctx.db, "rectification", ctx.id());
  auto before = load_item(ctx.db, c.id);
  auto s = step_by(ctx, action, note_of(ctx));
  const auto& w = item_workflow();
  if (!w.next(c.state, action)) {
    cases::apply_step(ctx.db, w, c, s, ctx.now);  // refuses with 409, writes nothing
  }
  auto day = today(ctx);
  if (action == "complete" || action == "persist") {
    if (blank(s.note)) throw invalid_field("note", "rectification.note_required");
    if (auto why = refuse_completion(before.evidence_required, evidence_count(ctx.db, c.id))) {
      throw conflict(*why);
    }
  }
  if ((action == "reject" || action == "reopen") && blank(s.note)) {
    throw invalid_field("note", "rectification.note_required");
  }
  if (action == "verify") {
    if (auto why = refuse_verification(before.completed_by, ctx.me().user_id)) throw conflict(*why);
  }
  auto after_case = cases::apply_step(ctx.db, w, c, s, ctx.now);
  ctx.db.exec("UPDATE rectification_items SET state = ?, updated_at = ? WHERE case_id = ?",
              {after_case.state, ctx.now, c.id});
  if (action == "complete" || action == "persist") {
    ctx.db.exec(
        "UPDATE rectification_items SET completion_note = ?, completed_by = ?, "
        "completed_by_name = ?, completed_on = ?, verified_by = NULL, verified_by_name = '', "
        "verified_on = NULL, verify_note = '' WHERE case_id = ?",
        {s.note, ctx.me().user_id, ctx.me().display_name, day, c.id});
  } else if (action == "verify") {
    ctx.db.exec(
        "UPDATE rectification_items SET verified_by = ?, verified_by_name = ?, verified_on = ?, "
        "verify_note = ? WHERE case_id = ?",
        {ctx.me().user_id, ctx.me().display_name, day, s.note, c.id});
  } else if (action == "reject" || action == "reopen") {
    ctx.db.exec(
        "UPDATE rectification_items SET verified_by = NULL, verified_by_name = '', verified_on = "
        "NULL, verify_note = ? WHERE case_id = ?",
        {s.note, c.id});
  }
  auto after = load_item(ctx.db, c.id);
  Json a = {{"state", after.state}};
  if (!s.note.empty()) a["note"] = s.note;
  ctx.audit("rectification." + action, "rectification", std::to_string(c.id),
            {{"state", before.state}}, a);
  tx.commit();
  return Response::json(item_details(ctx.db, after, day));
}

// ---- reports and links ----

Response add_report(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto item = load_in_scope(ctx, ctx.id());
  auto day = today(ctx);
  std::string on = ctx.body.value("reportOn", day);
  std::string text = ctx.body["text"].get<std::string>();
  if (!cases::is_date(on)) throw invalid_field("reportOn", "rectification.date_format");
  if (on > day) throw invalid_field("reportOn", "rectification.report_future");
  if (blank(text)) throw invalid_field("text", "rectification.text_required");
  ctx.db.exec(
      "INSERT INTO rectification_reports (item_id, report_on, text, by_user, by_name, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {item.id, on, text, ctx.me().user_id, ctx.me().display_name, ctx.now});
  ctx.audit("rectification.report", "rectification", std::to_string(item.id), nullptr,
            {{"reportOn", on}, {"text", text}});
  tx.commit();
  return Response::json(item_details(ctx.db, item, day), 201);
}

Response link(Context& ctx, bool add) {
  db::Transaction tx(ctx.db);
  auto item = load_in_scope(ctx, ctx.id());
  auto related_id = ctx.body["relatedId"].get<std::int64_t>();
  auto related = load_in_scope(ctx, related_id);
  if (related.id == item.id) throw invalid_field("relatedId", "rectification.link_self");
  std::int64_t a = std::min(item.id, related.id), b = std::max(item.id, related.id);
  bool exists = ctx.db
                    .query_one(
                        "SELECT item_id FROM rectification_links WHERE item_id = ? AND "
                        "related_id = ?",
                        {a, b})
                    .has_value();
  if (add && !exists) {
    ctx.db.exec(
        "INSERT INTO rectification_links (item_id, related_id, created_at) VALUES (?, ?, ?)",
        {a, b, ctx.now});
  } else if (!add && exists) {
    ctx.db.exec("DELETE FROM rectification_links WHERE item_id = ? AND related_id = ?", {a, b});
  }
  if (add != exists) {
    ctx.audit(add ? "rectification.link" : "rectification.unlink", "rectification",
              std::to_string(item.id), nullptr, {{"relatedId", related.id}});
  }
  tx.commit();
  return Response::json(item_details(ctx.db, item, today(ctx)));
}

}  // namespace

std::vector<Route> item_routes() {
  using http::integer;
  using http::Method;
  using http::str;
  const std::string tag = "rectification";
  std::vector<http::QueryParam> filters = {
      {"source", "string", "patrol | audit | self | superior | satisfaction"},
      {"status", "string", "not_started | in_progress | done | ongoing | overdue"},
      {"category", "string", "the item's category"},
      {"orgUnitId", "integer", "the responsible unit (and its subtree)"}};
  const auto fields = [](bool create) {
    std::vector<http::FieldSpec> f;
    if (create) {
      f.push_back(str("source").req().len(1, 20).doc(
          "patrol (巡察) | audit (审计) | self (自查) | superior (上级督查) | satisfaction "
          "(满意度测评不满意)"));
    }
    f.push_back(str("problem").req().len(1, 2000));
    f.push_back(str("category").len(0, 30));
    f.push_back(integer("orgUnitId").req().range(1, 1000000000000).doc("the responsible unit"));
    f.push_back(str("personName").len(0, 50).doc("the responsible person"));
    f.push_back(str("measures").len(0, 4000));
    f.push_back(str("startOn").len(0, 10).doc("YYYY-MM-DD, default today"));
    f.push_back(str("deadline").req().len(1, 10).doc("YYYY-MM-DD, not before startOn"));
    f.push_back(http::boolean("evidenceRequired").doc("completing needs a file (default true)"));
    return http::body(f);
  };
  const auto step_route = [&](const std::string& action, const std::string& summary) {
    return Route{.method = Method::post,
                 .path = "/api/rectification/items/{id}/" + action,
                 .permission = "rectification.manage",
                 .summary = summary,
                 .tag = tag,
                 .body = http::body({str("note").len(0, 2000)}),
                 .handler = [action](Context& ctx) { return step(ctx, action); }};
  };
  return {
      {.method = Method::get,
       .path = "/api/rectification/items",
       .permission = "rectification.read",
       .summary = "The rectification ledger within my data scope, filtered and sorted "
                  "(deadline, createdAt, refNo)",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = list},
      {.method = Method::get,
       .path = "/api/rectification/items/export",
       .permission = "rectification.read",
       .summary = "Export the filtered ledger to .xlsx in the 整改台账 layout",
       .tag = tag,
       .query = filters,
       .handler = export_list},
      {.method = Method::post,
       .path = "/api/rectification/items",
       .permission = "rectification.manage",
       .summary = "Add an item to the ledger",
       .tag = tag,
       .body = fields(true),
       .handler = create},
      {.method = Method::get,
       .path = "/api/rectification/items/{id}",
       .permission = "rectification.read",
       .summary = "An item: fields, status, timeline, evidence, reports, related items",
       .tag = tag,
       .handler = details},
      {.method = Method::put,
       .path = "/api/rectification/items/{id}",
       .permission = "rectification.manage",
       .summary = "Edit an open item (problem, unit, person, measures, dates)",
       .tag = tag,
       .body = fields(false),
       .handler = update},
      step_route("start", "Start the rectification (未开始 → 整改中)"),
      step_route("complete",
                 "Record it as completed with the completion note; needs evidence when required"),
      step_route("persist",
                 "Mark it 长期坚持 (long-term) with the note; needs evidence when required"),
      step_route("verify",
                 "Verify a completed item: a second person, not the one who completed it"),
      step_route("reject", "Send a completed item back (reason in the note)"),
      step_route("reopen", "Reopen a verified item (reason in the note)"),
      {.method = Method::post,
       .path = "/api/rectification/items/{id}/reports",
       .permission = "rectification.manage",
       .summary = "Add a dated progress report",
       .tag = tag,
       .body = http::body({str("reportOn").len(0, 10).doc("YYYY-MM-DD, default today"),
                           str("text").req().len(1, 4000)}),
       .handler = add_report},
      {.method = Method::post,
       .path = "/api/rectification/items/{id}/links",
       .permission = "rectification.manage",
       .summary = "举一反三: link a related item",
       .tag = tag,
       .body = http::body({integer("relatedId").req().range(1, 1000000000000)}),
       .handler = [](Context& ctx) { return link(ctx, true); }},
      {.method = Method::post,
       .path = "/api/rectification/items/{id}/unlink",
       .permission = "rectification.manage",
       .summary = "Remove a link between related items",
       .tag = tag,
       .body = http::body({integer("relatedId").req().range(1, 1000000000000)}),
       .handler = [](Context& ctx) { return link(ctx, false); }},
  };
}

}  // namespace md::rectification
