// Importing dues bases (R12.3): one row per member and month from which a base applies, the
// base in yuan (→ integer fen), checked exactly like the base form (check_base). A member is
// named by name (or ID card when names repeat) and must be within the user's data scope. The
// same member and effective month again (a re-import) updates that base instead of adding a
// second. One transaction, each base audited plus one dues.import summary.
#include <map>

#include "modules/dues/rules.hpp"
#include "modules/org/person_lookup.hpp"
#include "platform/core/app.hpp"
#include "platform/excel/import.hpp"
#include "platform/http/branch_scope.hpp"
#include "platform/http/route.hpp"

namespace md::dues {
using http::Context;
using http::Json;
using http::Response;

namespace {

const http::ScopeCodes kScope{"dues.unit_unknown", "dues.person_unknown", "dues.out_of_scope"};

std::vector<excel::ImportColumn> columns() {
  return {
      {"name", "姓名", "Name", true, "张三", "人员名册中的姓名", "The name in the roster", 12},
      {"idCard", "身份证号", "ID card number", false, "", "同名时填写以区分，可空",
       "Fill in when several people share the name; optional", 22},
      {"category", "类别", "Category", true, "在职", "在职、离退休、学生/低保、农民 或 困难减免",
       "Employed, Retired, Student / allowance, Farmer or Hardship", 12},
      {"base", "缴费基数（元）", "Base (yuan)", true, "5000",
       "月缴费基数，元，最多两位小数；学生、农民、困难减免填 0",
       "Monthly base in yuan, at most two decimals; 0 for students, farmers and hardship", 16},
      {"fixed", "固定金额（元）", "Fixed amount (yuan)", false, "",
       "农民（0.2–1 元）和困难减免的核定月缴金额，其他类别留空",
       "The approved monthly amount of farmers (0.2–1 yuan) and hardship cases; empty otherwise",
       16},
      {"effectiveMonth", "生效月份", "From month", true, "2026-01", "YYYY-MM", "YYYY-MM", 12},
      {"note", "备注", "Note", false, "", "可空，不超过 500 字", "Optional, at most 500 characters",
       24},
  };
}

std::optional<Category> category_of(const std::string& text) {
  static const std::map<std::string, std::string> names = {
      {"在职", "office"},     {"离退休", "retiree"},   {"学生/低保", "student"},
      {"学生", "student"},    {"农民", "farmer"},      {"困难减免", "hardship"},
      {"employed", "office"}, {"retired", "retiree"},  {"student / allowance", "student"},
      {"Employed", "office"}, {"Retired", "retiree"},  {"Student / allowance", "student"},
      {"Farmer", "farmer"},   {"Hardship", "hardship"}};
  auto it = names.find(text);
  return parse_category(it == names.end() ? text : it->second);
}

/// "3500", "3500.5", "0.20" → fen; nullopt for anything else (negative, 3 decimals, text).
std::optional<std::int64_t> fen_of(const std::string& yuan) {
  auto dot = yuan.find('.');
  std::string whole = yuan.substr(0, dot);
  std::string frac = dot == std::string::npos ? "" : yuan.substr(dot + 1);
  if (whole.empty() || whole.size() > 9 || frac.size() > 2) return std::nullopt;
  if ((whole + frac).find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  while (frac.size() < 2) frac += '0';
  return std::stoll(whole) * 100 + std::stoll(frac);
}

const std::map<std::string, std::string>& field_columns() {
  static const std::map<std::string, std::string> m = {
      {"baseFen", "base"}, {"fixedFen", "fixed"}, {"personId", "name"}};
  return m;
}

}  // namespace

Response dues_import_template(Context& ctx) {
  return excel::template_xlsx(
      ctx, ctx.lang == i18n::Lang::en ? "dues-bases-import-template" : "党费缴费基数导入模板",
      columns());
}

Response import_bases(Context& ctx) {
  excel::ImportFile file(ctx, columns());
  for (const auto& [field, column] : field_columns()) file.map_field(field, column);
  std::map<std::string, int> seen;  // person/month → first row
  db::Transaction tx(ctx.db);
  file.each_row([&](const excel::SheetRow& row) {
    std::vector<FieldError> errors;
    std::optional<std::int64_t> person;
    try {
      person = org::person_for_import(ctx.db, ctx.app.cipher(), file.cell(row, "name"),
                                      file.cell(row, "idCard"));
      http::require_person_in_scope(ctx, *person, kScope);
    } catch (const ApiError& e) {
      person.reset();
      if (e.fields.empty()) errors.push_back({"name", e.code, e.params});
      for (const auto& f : e.fields) errors.push_back(f);
    }
    auto category = category_of(file.cell(row, "category"));
    if (!category) errors.push_back({"category", "dues.category", {}});
    auto base = fen_of(file.cell(row, "base"));
    if (!base) errors.push_back({"base", "import.bad_number", {}});
    std::optional<std::int64_t> fixed;
    if (auto text = file.cell(row, "fixed"); !text.empty()) {
      fixed = fen_of(text);
      if (!fixed) errors.push_back({"fixed", "import.bad_number", {}});
    }
    std::string month = file.cell(row, "effectiveMonth");
    std::string note = file.cell(row, "note");
    if (http::utf8_length(note) > 500)
      errors.push_back({"note", "validation.too_long", {{"max", "500"}}});
    if (category && base) {
      for (auto& [field, code] : check_base(*category, *base, fixed, month))
        errors.push_back({field, code, {}});
    }
    if (person && errors.empty()) {
      std::string key = std::to_string(*person) + "/" + month;
      if (auto it = seen.find(key); it != seen.end())
        errors.push_back({"name", "import.duplicate_row", {{"row", std::to_string(it->second)}}});
      else
        seen[key] = row.number;
    }
    if (!errors.empty()) throw invalid(errors);

    Json after = {{"personId", *person},
                  {"category", category_name(*category)},
                  {"baseFen", *base},
                  {"fixedFen", fixed ? Json(*fixed) : Json()},
                  {"effectiveMonth", month},
                  {"note", note},
                  {"monthlyDueFen", monthly_due_fen(*category, *base, fixed)}};
    db::Value fixed_value = fixed ? db::Value(*fixed) : db::Value();
    auto existing = ctx.db.query_one(
        "SELECT id, category, base_fen, fixed_fen, note FROM dues_bases WHERE person_id = ? AND "
        "effective_month = ? ORDER BY id DESC LIMIT 1",
        {*person, month});
    if (existing) {
      std::int64_t id = existing->i64("id");
      Json before = {
          {"personId", *person},
          {"category", existing->str("category")},
          {"baseFen", existing->i64("base_fen")},
          {"fixedFen",
           existing->opt_i64("fixed_fen") ? Json(*existing->opt_i64("fixed_fen")) : Json()},
          {"effectiveMonth", month},
          {"note", existing->str("note")}};
      ctx.db.exec(
          "UPDATE dues_bases SET category = ?, base_fen = ?, fixed_fen = ?, note = ? WHERE id = ?",
          {category_name(*category), *base, fixed_value, note, id});
      after["id"] = id;
      ctx.audit("dues.base_update", "dues_base", std::to_string(id), before, after);
      return excel::RowOutcome::updated;
    }
    auto id = ctx.db
                  .query(
                      "INSERT INTO dues_bases (person_id, category, base_fen, fixed_fen, "
                      "effective_month, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, "
                      "?, ?) RETURNING id",
                      {*person, category_name(*category), *base, fixed_value, month, note,
                       ctx.me().user_id, ctx.now})
                  .at(0)
                  .i64("id");
    after["id"] = id;
    ctx.audit("dues.base_set", "dues_base", std::to_string(id), nullptr, after);
    return excel::RowOutcome::created;
  });
  return file.finish(ctx, tx, "dues.import", "dues_base");
}

std::vector<http::Route> import_routes() {
  return excel::import_routes(
      {.path = "/api/dues/bases/import",
       .permission = "dues.manage",
       .tag = "dues",
       .template_summary = "The dues bases import template (.xlsx with an example row and Notes)",
       .import_summary = "Import dues bases from .xlsx (mode=all or valid); the same member and "
                         "month again updates that base",
       .template_handler = dues_import_template,
       .import_handler = import_bases});
}

}  // namespace md::dues
