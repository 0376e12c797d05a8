// Importing deputies (R12.3) from the deputies export's columns, so an exported list can be
// edited and imported again: a row names a person of the roster (by name, or by ID card when
// the optional 身份证号 column is filled) and a level; a serving deputy of that person at that
// level is updated (term, constituency, workstation), otherwise a deputy role is added. Gender,
// political status, unit and post are the person's roster data: read by the export, ignored
// here. One transaction, each change audited plus one deputies.import summary.
#include <map>
#include <set>

#include "modules/deputies/routes.hpp"
#include "modules/deputies/rules.hpp"
#include "modules/deputies/store.hpp"
#include "modules/org/person_lookup.hpp"
#include "platform/core/app.hpp"
#include "platform/excel/import.hpp"

namespace md::deputies {
using http::Context;
using http::Json;
using http::Response;

namespace {

std::vector<excel::ImportColumn> columns() {
  return {
      {"name", "姓名", "Name", true, "刘代表", "人员名册中的姓名", "The name in the roster", 12},
      {"genderText", "性别", "Gender", false, "男", "仅供查看，导入时不读取",
       "For reading only; not imported", 8},
      {"levelName", "层级", "Level", true, "区", "省、市、区 或 镇",
       "Province, City, District or Town", 10},
      {"term", "届次", "Term", true, "12", "1–30 的整数", "A whole number 1–30", 8},
      {"constituency", "选区", "Constituency", true, "第一选区", "不超过 60 字",
       "At most 60 characters", 22},
      {"statusText", "政治面貌", "Political status", false, "中共党员", "仅供查看，导入时不读取",
       "For reading only; not imported", 14},
      {"workstationName", "代表工作室", "Workstation", false, "", "代表工作室全称，可空",
       "The workstation's full name, optional", 30},
      {"unit", "工作单位", "Unit", false, "", "仅供查看，导入时不读取",
       "For reading only; not imported", 28},
      {"post", "职务", "Post", false, "", "仅供查看，导入时不读取",
       "For reading only; not imported", 16},
      {"startedOn", "任职日期", "Since", true, "2021-12-20", "YYYY-MM-DD，不晚于今天",
       "YYYY-MM-DD, not after today", 12},
      {"idCard", "身份证号", "ID card number", false, "", "同名时填写以区分，可空",
       "Fill in when several people share the name; optional", 22},
  };
}

std::string level_code(const std::string& text) {
  for (const auto& l : levels()) {
    if (text == l.code || text == l.name_zh || text == l.name_en) return std::string(l.code);
    // "区级" / "District level" as people write it
    if (text == std::string(l.name_zh) + "级") return std::string(l.code);
  }
  return {};
}

db::Value nullable(std::optional<std::int64_t> v) { return v ? db::Value(*v) : db::Value(); }

}  // namespace

Response deputies_import_template(Context& ctx) {
  return excel::template_xlsx(
      ctx, ctx.lang == i18n::Lang::en ? "deputies-import-template" : "代表名册导入模板", columns());
}

Response import_deputies(Context& ctx) {
  excel::ImportFile file(ctx, columns());
  file.map_field("level", "levelName");
  file.map_field("workstationId", "workstationName");
  bool en = ctx.lang == i18n::Lang::en;
  std::string day = today(ctx);
  std::map<std::string, int> seen;  // person/level → first row
  db::Transaction tx(ctx.db);
  file.each_row([&](const excel::SheetRow& row) {
    std::vector<FieldError> errors;
    std::optional<std::int64_t> person;
    try {
      person = org::person_for_import(ctx.db, ctx.app.cipher(), file.cell(row, "name"),
                                      file.cell(row, "idCard"));
    } catch (const ApiError& e) {
      for (const auto& f : e.fields) errors.push_back(f);
    }
    std::string level = level_code(file.cell(row, "levelName"));
    if (level.empty()) errors.push_back({"level", "deputies.level_unknown", {}});
    std::string term_text = file.cell(row, "term");
    std::int64_t term = 0;
    if (term_text.empty() || term_text.size() > 3 ||
        term_text.find_first_not_of("0123456789") != std::string::npos) {
      errors.push_back({"term", "deputies.term_range", {}});
    } else if (auto e = check_term(term = std::stoll(term_text))) {
      errors.push_back({"term", *e, {}});
    }
    std::string constituency = file.cell(row, "constituency");
    if (constituency.empty()) errors.push_back({"constituency", "validation.required", {}});
    if (http::utf8_length(constituency) > 60)
      errors.push_back({"constituency", "validation.too_long", {{"max", "60"}}});
    std::optional<std::int64_t> ws;
    if (auto name = file.cell(row, "workstationName"); !name.empty()) {
      if (auto r = ctx.db.query_one("SELECT id FROM workstations WHERE name = ?", {name}))
        ws = r->i64("id");
      else
        errors.push_back({"workstationId", "deputies.workstation_unknown", {}});
    }
    std::string started = file.cell(row, "startedOn");
    if (auto e = check_past_date(started, day)) errors.push_back({"startedOn", *e, {}});
    if (person && !level.empty()) {
      std::string key = std::to_string(*person) + "/" + level;
      if (auto it = seen.find(key); it != seen.end())
        errors.push_back({"name", "import.duplicate_row", {{"row", std::to_string(it->second)}}});
      else
        seen[key] = row.number;
    }
    if (!errors.empty()) throw invalid(errors);

    auto serving = ctx.db.query_one(
        "SELECT id FROM deputies WHERE person_id = ? AND level = ? AND ended_on IS NULL",
        {*person, level});
    if (serving) {
      std::int64_t id = serving->i64("id");
      Json before = *deputy_json(ctx.db, id, en);
      // A file without the workstation column leaves the workstation as it is: an import
      // changes what the file carries, never what it leaves out (an empty cell clears it).
      if (file.has("workstationName")) {
        ctx.db.exec(
            "UPDATE deputies SET term = ?, constituency = ?, workstation_id = ? WHERE id = ?",
            {term, constituency, nullable(ws), id});
      } else {
        ctx.db.exec("UPDATE deputies SET term = ?, constituency = ? WHERE id = ?",
                    {term, constituency, id});
      }
      ctx.audit("deputies.update", "deputy", std::to_string(id), before,
                *deputy_json(ctx.db, id, en));
      return excel::RowOutcome::updated;
    }
    std::int64_t id =
        ctx.db
            .query_one(
                "INSERT INTO deputies (person_id, level, term, constituency, workstation_id, "
                "started_on) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                {*person, level, term, constituency, nullable(ws), started})
            ->i64("id");
    ctx.audit("deputies.create", "deputy", std::to_string(id), nullptr,
              *deputy_json(ctx.db, id, en));
    return excel::RowOutcome::created;
  });
  return file.finish(ctx, tx, "deputies.import", "deputy");
}

std::vector<http::Route> import_routes() {
  return excel::import_routes(
      {.path = "/api/deputies/import",
       .permission = "deputies.manage",
       .tag = "deputies",
       .template_summary = "The deputies import template (the export's columns, an example, Notes)",
       .import_summary = "Import deputies from .xlsx (mode=all or valid); a serving deputy of the "
                         "same person and level is updated",
       .template_handler = deputies_import_template,
       .import_handler = import_deputies});
}

}  // namespace md::deputies
