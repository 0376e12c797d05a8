// Findings (R4.4 → R5): each `issue` answer is a finding with an owner and a deadline, followed
// open → rectified → verified. Until the rectification ledger exists this is its list.
#include "modules/inspection/permissions.hpp"
#include "modules/inspection/routes.hpp"
#include "modules/inspection/rules.hpp"
#include "modules/inspection/store.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::inspection {
using http::Context;
using http::Response;
using http::Route;

namespace {

struct FindingPage {
  http::ListParams p;
  http::Page page;
};

FindingPage query_findings(Context& ctx, bool whole) {
  auto p = http::parse_list(
      ctx,
      {{"createdAt", "f.created_at"},
       {"deadline", "f.deadline"},
       {"status", "f.status"},
       {"respondentName", "f.respondent_name" + std::string(ctx.db.pinyin_collation())}},
      "createdAt", 100);
  if (whole) {
    p.page = 1;
    p.page_size = 100000;
  }
  std::string where = std::string(kFindingFrom) + " WHERE 1 = 1";
  db::Params params;
  std::string status = ctx.query("status");
  std::string today = china_date(ctx.now);
  if (status == "overdue") {
    where += " AND f.status = 'open' AND f.deadline IS NOT NULL AND f.deadline < ?";
    params.push_back(today);
  } else if (!status.empty()) {
    if (!is_finding_status(status)) throw bad_request("request.bad_query", {{"param", "status"}});
    where += " AND f.status = ?";
    params.push_back(status);
  }
  std::string checklist = ctx.query("checklistId");
  if (!checklist.empty()) {
    if (checklist.size() > 15 || checklist.find_first_not_of("0123456789") != std::string::npos) {
      throw bad_request("request.bad_query", {{"param", "checklistId"}});
    }
    where += " AND f.checklist_id = ?";
    params.push_back(static_cast<std::int64_t>(std::stoll(checklist)));
  }
  if (auto units = visible_units(ctx)) where += " AND c.org_unit_id IN " + id_list(*units);
  if (!p.q.empty()) {
    where +=
        " AND " + http::search_clause({"f.description", "f.owner", "f.respondent_name", "c.title"},
                                      p.q, params);
  }
  auto page = http::query_page(ctx.db, kFindingColumns, where, params, p, "f.id",
                               [&today](const db::Row& r) { return finding_json(r, today); });
  return {p, page};
}

Response list_findings(Context& ctx) {
  auto f = query_findings(ctx, false);
  return Response::json(http::page_json(f.page.items, f.page.total, f.p));
}

Response export_findings(Context& ctx) {
  auto f = query_findings(ctx, true);
  bool en = ctx.lang == i18n::Lang::en;
  Json rows = Json::array();
  for (const auto& j : f.page.items) {
    std::string status = j["status"].get<std::string>();
    if (!en) status = status == "open" ? "待整改" : status == "rectified" ? "已整改" : "已验收";
    if (j["overdue"].get<bool>()) status += en ? " (overdue)" : "（逾期）";
    rows.push_back({{"checklist", j["checklistTitle"]},
                    {"item", j["item"]},
                    {"respondent", j["respondentName"]},
                    {"description", j["description"]},
                    {"owner", j["owner"]},
                    {"deadline", j["deadline"].is_null() ? "" : j["deadline"].get<std::string>()},
                    {"status", status},
                    {"rectifiedNote", j["rectifiedNote"]}});
  }
  std::vector<excel::Column> cols = {{en ? "Checklist" : "自查清单", "checklist", 30},
                                     {en ? "Item" : "检查事项", "item", 20},
                                     {en ? "Respondent" : "自查对象", "respondent", 14},
                                     {en ? "Problem" : "存在问题", "description", 40},
                                     {en ? "Owner" : "责任人", "owner", 14},
                                     {en ? "Deadline" : "整改期限", "deadline", 14},
                                     {en ? "Status" : "状态", "status", 14},
                                     {en ? "Rectification" : "整改情况", "rectifiedNote", 40}};
  return http::audited_xlsx(ctx, "inspection.findings_export", "inspection_findings",
                            en ? "inspection-findings" : "自查问题清单", cols, rows);
}

Response update_finding(Context& ctx) {
  const auto& b = ctx.body;
  db::Transaction tx(ctx.db);
  std::string select = std::string("SELECT ") + kFindingColumns + kFindingFrom + " WHERE f.id = ?";
  auto row = ctx.db.query_one(select, {ctx.id()});
  if (!row) throw not_found("inspection.finding_not_found");
  require_scope(ctx, row->i64("org_unit_id"));
  std::string today = china_date(ctx.now);
  Json before = finding_json(*row, today);
  std::string from = row->str("status"), to = b["status"].get<std::string>();
  if (!may_transition(from, to)) {
    throw conflict("inspection.bad_transition", {{"from", from}, {"to", to}});
  }
  std::optional<std::string> deadline;
  if (b.contains("deadline") && !b["deadline"].is_null() &&
      !b["deadline"].get<std::string>().empty()) {
    deadline = b["deadline"].get<std::string>();
    bool unchanged = !row->is_null("deadline") && row->str("deadline") == *deadline;
    if (!unchanged) {
      if (auto code = check_deadline(*deadline, today)) throw invalid_field("deadline", *code);
    }
  }
  std::string note = b.value("note", "");
  std::string rectified = row->str("rectified_note"), verified = row->str("verified_note");
  if (to == "rectified" && from == "open") {
    if (note.find_first_not_of(" \t\r\n") == std::string::npos) {
      throw invalid_field("note", "inspection.note_required");
    }
    rectified = note;
  } else if (to == "verified") {
    verified = note;
  } else if (from == "rectified" && to == "open") {
    verified = note;
  }
  ctx.db.exec(
      "UPDATE inspection_findings SET owner = ?, deadline = ?, status = ?, rectified_note = ?, "
      "verified_note = ?, updated_at = ?, closed_at = ? WHERE id = ?",
      {b["owner"].get<std::string>(), deadline ? db::Value(*deadline) : db::Value(), to, rectified,
       verified, ctx.now, to == "verified" ? db::Value(ctx.now) : db::Value(), row->i64("id")});
  Json after = finding_json(*ctx.db.query_one(select, {row->i64("id")}), today);
  ctx.audit("inspection.finding_update", "inspection_finding", std::to_string(row->i64("id")),
            before, after);
  tx.commit();
  return Response::json(after);
}

}  // namespace

std::vector<Route> finding_routes() {
  using http::Method;
  const std::string tag = "inspection";
  std::vector<http::QueryParam> filters = {
      {"status", "string", "open | rectified | verified | overdue"},
      {"orgUnitId", "integer", "the checklists of a unit (and its subtree)"},
      {"checklistId", "integer", "one checklist"}};
  return {
      {.method = Method::get,
       .path = "/api/inspection/findings",
       .permission = "inspection.read",
       .summary = "List the findings of self-inspection (page, filter by status and unit)",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = list_findings},
      {.method = Method::get,
       .path = "/api/inspection/findings/export",
       .permission = "inspection.read",
       .summary = "Export the findings to .xlsx",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = export_findings},
      {.method = Method::put,
       .path = "/api/inspection/findings/{id}",
       .permission = "inspection.manage",
       .summary = "Set a finding's owner and deadline, or move it open → rectified → verified "
                  "(or back to open) with a note",
       .tag = tag,
       .body = http::body({http::str("owner").req().len(0, 50),
                           http::str("deadline").null_ok().len(0, 10),
                           http::str("status").req().options({"open", "rectified", "verified"}),
                           http::str("note").len(0, 1000)}),
       .handler = update_finding},
  };
}

}  // namespace md::inspection
