// Importing rectification items (R12.3) in the 整改台账 layout the export writes: source,
// problem, measures, responsible unit and person, deadline (序号, status and completion are
// the export's and ignored). A new item is opened on the case engine exactly as the create
// route does (insert_item); a row whose source, unit and problem match an item already in the
// ledger (an exported ledger imported again) edits that item through the same "edit" step as
// the edit route (refused once verified). Units must be within the user's data scope.
#include <map>

#include "modules/rectification/common.hpp"
#include "modules/rectification/rules.hpp"
#include "platform/excel/import.hpp"
#include "platform/http/route.hpp"
#include "platform/http/schema.hpp"

namespace md::rectification {
using http::Context;
using http::Json;
using http::Response;

namespace {

std::vector<excel::ImportColumn> columns() {
  return {
      {"no", "序号", "No.", false, "1", "仅供查看，导入时不读取", "For reading only; not imported",
       6},
      {"source", "问题来源", "Source", true, "自查",
       "巡察、审计、自查、上级督查 或 满意度测评不满意",
       "Patrol, Audit, Self-inspection, Superior inspection or Rated unsatisfactory", 14},
      {"problem", "问题描述", "Problem", true, "三会一课记录不完整", "不超过 2000 字",
       "At most 2,000 characters", 40},
      {"measures", "整改措施", "Measures", false, "补齐记录，建立月度检查制度",
       "不超过 4000 字，可空", "At most 4,000 characters, optional", 40},
      {"unit", "责任单位", "Responsible unit", true, "", "组织全称（支部书记只能导入本支部及下级）",
       "The unit's full name (branch officers: their own subtree)", 18},
      {"person", "责任人", "Responsible person", false, "", "不超过 50 字，可空",
       "At most 50 characters, optional", 12},
      {"deadline", "整改时限", "Deadline", true, "", "YYYY-MM-DD，不早于开始日期",
       "YYYY-MM-DD, not before the start date", 12},
      {"startOn", "开始日期", "Start date", false, "", "YYYY-MM-DD，空为今天",
       "YYYY-MM-DD; empty: today", 12},
      {"category", "问题类别", "Category", false, "", "不超过 30 字，可空",
       "At most 30 characters, optional", 12},
      {"status", "整改状态", "Status", false, "", "仅供查看，导入时不读取",
       "For reading only; not imported", 10},
      {"completion", "完成情况", "Completion", false, "", "仅供查看，导入时不读取",
       "For reading only; not imported", 40},
  };
}

std::string source_code(const std::string& text) {
  for (const auto& s : sources()) {
    if (text == s || text == i18n::translate("rectification.source." + s, i18n::Lang::zh_CN) ||
        text == i18n::translate("rectification.source." + s, i18n::Lang::en))
      return s;
  }
  return {};
}

void check_length(std::vector<FieldError>& errors, const std::string& field,
                  const std::string& text, std::size_t max) {
  if (http::utf8_length(text) > max)
    errors.push_back({field, "validation.too_long", {{"max", std::to_string(max)}}});
}

Json audit_json(const Item& i) {
  return {{"source", i.source},         {"problem", i.problem},        {"category", i.category},
          {"orgUnitId", i.org_unit_id}, {"personName", i.person_name}, {"measures", i.measures},
          {"startOn", i.start_on},      {"deadline", i.deadline},      {"state", i.state}};
}

}  // namespace

Response rectification_import_template(Context& ctx) {
  auto cols = columns();
  for (auto& c : cols) {
    if (c.key == "deadline") c.example = today(ctx);
    if (c.key == "unit") {
      // The user's own unit, else the first branch: an example that imports as it stands.
      auto unit = ctx.me().org_unit_id ? unit_name(ctx.db, *ctx.me().org_unit_id) : std::nullopt;
      if (!unit) {
        if (auto r = ctx.db.query_one("SELECT name FROM org_units WHERE kind = 'branch' AND "
                                      "retired_at IS NULL ORDER BY id LIMIT 1"))
          unit = r->str("name");
      }
      c.example = unit.value_or("");
    }
  }
  return excel::template_xlsx(
      ctx, ctx.lang == i18n::Lang::en ? "rectification-import-template" : "整改台账导入模板", cols);
}

Response import_items(Context& ctx) {
  excel::ImportFile file(ctx, columns());
  file.map_field("orgUnitId", "unit");
  file.map_field("personName", "person");
  std::string day = today(ctx);
  std::map<std::string, int> seen;  // source/unit/problem → first row
  db::Transaction tx(ctx.db);
  file.each_row([&](const excel::SheetRow& row) {
    std::vector<FieldError> errors;
    NewItem n;
    n.source = source_code(file.cell(row, "source"));
    if (n.source.empty()) errors.push_back({"source", "rectification.source_unknown", {}});
    n.problem = file.cell(row, "problem");
    if (n.problem.empty()) errors.push_back({"problem", "rectification.problem_required", {}});
    n.measures = file.cell(row, "measures");
    n.person_name = file.cell(row, "person");
    n.category = file.cell(row, "category");
    n.deadline = file.cell(row, "deadline");
    n.start_on = file.cell(row, "startOn");
    if (n.start_on.empty()) n.start_on = day;
    check_length(errors, "problem", n.problem, 2000);
    check_length(errors, "measures", n.measures, 4000);
    check_length(errors, "person", n.person_name, 50);
    check_length(errors, "category", n.category, 30);
    for (auto& [field, code] : check_dates(n.start_on, n.deadline))
      errors.push_back({field, code, {}});
    std::string unit = file.cell(row, "unit");
    auto found = ctx.db.query_one(
        "SELECT id FROM org_units WHERE name = ? AND retired_at IS NULL ORDER BY id LIMIT 1",
        {unit});
    if (!found) {
      errors.push_back({"unit", "rectification.unit_unknown", {}});
    } else {
      n.org_unit_id = found->i64("id");
      try {
        http::require_unit_in_scope(ctx, n.org_unit_id, scope_codes());
      } catch (const ApiError& e) {
        errors.push_back({"unit", e.code, e.params});
      }
    }
    std::string key = n.source + "/" + std::to_string(n.org_unit_id) + "/" + n.problem;
    if (errors.empty()) {
      if (auto it = seen.find(key); it != seen.end())
        errors.push_back(
            {"problem", "import.duplicate_row", {{"row", std::to_string(it->second)}}});
      else
        seen[key] = row.number;
    }
    if (!errors.empty()) throw invalid(errors);

    auto existing = ctx.db.query_one(
        "SELECT case_id FROM rectification_items WHERE source = ? AND org_unit_id = ? AND "
        "problem = ? ORDER BY case_id LIMIT 1",
        {n.source, n.org_unit_id, n.problem});
    if (existing) {
      auto c = cases::lock_case(ctx.db, "rectification", existing->i64("case_id"));
      auto before = load_item(ctx.db, c.id);
      cases::Step step;
      step.action = "edit";
      step.actor_user_id = ctx.me().user_id;
      step.actor_name = ctx.me().display_name;
      step.deadline = n.deadline;
      step.assignee = cases::Assignee{"unit", n.org_unit_id, unit};
      if (file.cell(row, "startOn").empty()) n.start_on = before.start_on;
      cases::apply_step(ctx.db, item_workflow(), c, step, ctx.now);  // 409 once verified
      ctx.db.exec(
          "UPDATE rectification_items SET category = ?, person_name = ?, measures = ?, "
          "start_on = ?, deadline = ?, updated_at = ? WHERE case_id = ?",
          {n.category, n.person_name, n.measures, n.start_on, n.deadline, ctx.now, c.id});
      ctx.audit("rectification.update", "rectification", std::to_string(c.id), audit_json(before),
                audit_json(load_item(ctx.db, c.id)));
      return excel::RowOutcome::updated;
    }
    auto id = insert_item(ctx.db, n, ctx.me().user_id, ctx.me().display_name, ctx.now);
    ctx.audit("rectification.create", "rectification", std::to_string(id), nullptr,
              audit_json(load_item(ctx.db, id)));
    return excel::RowOutcome::created;
  });
  return file.finish(ctx, tx, "rectification.import", "rectification");
}

std::vector<http::Route> import_routes() {
  return excel::import_routes(
      {.path = "/api/rectification/items/import",
       .permission = "rectification.manage",
       .tag = "rectification",
       .template_summary =
           "The rectification ledger import template (.xlsx with an example and Notes)",
       .import_summary =
           "Import ledger items from .xlsx (mode=all or valid); the same source, unit "
           "and problem again edits that item",
       .template_handler = rectification_import_template,
       .import_handler = import_items});
}

}  // namespace md::rectification
