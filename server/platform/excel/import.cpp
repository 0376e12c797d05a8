#include "platform/excel/import.hpp"

#include <set>

#include "platform/core/china_time.hpp"
#include "platform/excel/xlsx_writer.hpp"
#include "platform/http/context.hpp"

namespace md::excel {
using nlohmann::json;

namespace {

std::string trim(std::string_view s) {
  auto b = s.find_first_not_of(" \t\r\n");
  auto e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : std::string(s.substr(b, e - b + 1));
}

std::string lower(std::string s) {
  for (auto& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

bool english(i18n::Lang lang) { return lang == i18n::Lang::en; }

const std::string& header_of(const ImportColumn& c, i18n::Lang lang) {
  return english(lang) ? c.en : c.zh;
}

constexpr const char* kXlsxType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

http::Response workbook_response(const http::Context& ctx, std::string bytes,
                                 const std::string& title) {
  return http::Response::download(std::move(bytes), kXlsxType,
                                  title + "-" + china_format(ctx.now, "%Y%m%d") + ".xlsx");
}

}  // namespace

HeaderMatch match_header(const std::vector<std::string>& header,
                         const std::vector<ImportColumn>& columns, i18n::Lang lang) {
  HeaderMatch m;
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::string h = trim(header[i]);
    if (h.empty()) continue;
    for (const auto& c : columns) {
      if (h != c.zh && lower(h) != lower(c.en)) continue;
      if (m.at.count(c.key)) throw bad_request("import.bad_header", {{"column", h}});
      m.at[c.key] = i;
      m.text[c.key] = h;
    }
  }
  std::vector<FieldError> missing;
  for (const auto& c : columns) {
    if (c.required && !m.at.count(c.key)) {
      missing.push_back({header_of(c, lang), "validation.required", {}});
    }
  }
  if (!missing.empty()) throw ApiError(400, "import.bad_header", {}, missing);
  return m;
}

ImportFile::ImportFile(http::Context& ctx, std::vector<ImportColumn> columns, std::size_t max_rows)
    : columns_(std::move(columns)), lang_(ctx.lang) {
  std::string mode = ctx.query("mode", "all");
  if (mode != "all" && mode != "valid") throw bad_request("request.bad_query", {{"param", "mode"}});
  mode_ = mode == "all" ? ImportMode::all : ImportMode::valid;
  auto limit_mb = ctx.settings().get_int("general.upload_max_mb");
  if (static_cast<std::int64_t>(ctx.req.body.size()) > limit_mb * 1024 * 1024) {
    throw ApiError(413, "request.too_large", {{"max", std::to_string(limit_mb) + " MB"}});
  }
  sheet_ = read_xlsx(ctx.req.body, max_rows);
  if (sheet_.rows.empty() || sheet_.rows[0].number != 1) throw bad_request("import.bad_header");
  header_ = match_header(sheet_.rows[0].cells, columns_, lang_);
}

ImportFile::ImportFile(Sheet sheet, std::vector<ImportColumn> columns, ImportMode mode,
                       i18n::Lang lang)
    : columns_(std::move(columns)), mode_(mode), lang_(lang), sheet_(std::move(sheet)) {
  if (sheet_.rows.empty() || sheet_.rows[0].number != 1) throw bad_request("import.bad_header");
  header_ = match_header(sheet_.rows[0].cells, columns_, lang_);
}

std::vector<SheetRow> ImportFile::data_rows() const {
  if (sheet_.rows.size() <= 1) return {};
  return {sheet_.rows.begin() + 1, sheet_.rows.end()};
}

std::string ImportFile::cell(const SheetRow& row, std::string_view key) const {
  auto it = header_.at.find(std::string(key));
  if (it == header_.at.end() || it->second >= row.cells.size()) return {};
  return trim(row.cells[it->second]);
}

void ImportFile::map_field(std::string field, std::string column_key) {
  field_columns_[std::move(field)] = std::move(column_key);
}

std::string ImportFile::column_text(const std::string& field) const {
  auto mapped = field_columns_.find(field);
  const std::string& key = mapped == field_columns_.end() ? field : mapped->second;
  if (auto it = header_.text.find(key); it != header_.text.end()) return it->second;
  for (const auto& c : columns_) {
    if (c.key == key) return header_of(c, lang_);
  }
  return key;
}

void ImportFile::reject(int row, const std::vector<FieldError>& errors) {
  for (const auto& e : errors) {
    rejected_.push_back({{"row", row},
                         {"field", e.field},
                         {"column", column_text(e.field)},
                         {"code", e.code},
                         {"message", i18n::translate(e.code, lang_, e.params)}});
  }
}

void ImportFile::each_row(const std::function<RowOutcome(const SheetRow&)>& handle) {
  for (const auto& row : data_rows()) {
    RowOutcome outcome = RowOutcome::rejected;
    try {
      outcome = handle(row);
    } catch (const ApiError& e) {
      if (e.status < 400 || e.status >= 500) throw;
      if (e.fields.empty())
        reject(row.number, {{"", e.code, e.params}});
      else
        reject(row.number, e.fields);
    }
    if (outcome == RowOutcome::created) ++imported;
    if (outcome == RowOutcome::updated) ++updated;
  }
}

std::size_t ImportFile::rejected_rows() const {
  std::set<int> rows;
  for (const auto& e : rejected_) rows.insert(e["row"].get<int>());
  return rows.size();
}

http::Response ImportFile::finish(http::Context& ctx, db::Transaction& tx,
                                  const std::string& action, const std::string& object_type) const {
  if (refused()) return refusal();
  ctx.audit(action, object_type, "", nullptr, summary());
  tx.commit();
  return result();
}

http::Response ImportFile::refusal() const {
  return http::Response::json(
      {{"code", "import.rows_invalid"},
       {"message", i18n::translate("import.rows_invalid", lang_,
                                   {{"count", std::to_string(rejected_rows())}})},
       {"fields", json::array()},
       {"report", {{"imported", 0}, {"updated", 0}, {"rejected", rejected_}}}},
      422);
}

json ImportFile::result_json() const {
  return {{"imported", imported}, {"updated", updated}, {"rejected", rejected_}};
}

json ImportFile::summary() const {
  return {{"mode", mode_name()},
          {"imported", imported},
          {"updated", updated},
          {"rejected", rejected_.size()}};
}

http::Response template_xlsx(http::Context& ctx, const std::string& title,
                             const std::vector<ImportColumn>& columns) {
  bool en = english(ctx.lang);
  // Fixed sheet names: Excel limits them to 31 characters without []:*?/\.
  SheetSpec data{en ? "Data" : "导入数据", {}, json::array()};
  json example = json::object();
  for (const auto& c : columns) {
    data.columns.push_back({header_of(c, ctx.lang), c.key, c.width});
    example[c.key] = c.example;
  }
  data.rows.push_back(example);
  SheetSpec notes{en ? "Notes" : "说明",
                  {{en ? "Column" : "列名", "column", 22},
                   {en ? "Required" : "是否必填", "required", 10},
                   {en ? "Rule" : "填写说明", "rule", 60},
                   {en ? "Example" : "示例", "example", 24}},
                  json::array()};
  for (const auto& c : columns) {
    notes.rows.push_back({{"column", header_of(c, ctx.lang)},
                          {"required", c.required ? (en ? "yes" : "必填") : (en ? "no" : "选填")},
                          {"rule", en ? c.hint_en : c.hint_zh},
                          {"example", c.example}});
  }
  return workbook_response(ctx, write_workbook({data, notes}), title);
}

http::Response report_xlsx(http::Context& ctx, const std::string& title,
                           const nlohmann::json& rejected) {
  bool en = english(ctx.lang);
  json rows = json::array();
  // Posted back by the browser: take only what has the expected type.
  auto text = [](const json& e, const char* key) {
    return e.contains(key) && e[key].is_string() ? e[key].get<std::string>() : std::string();
  };
  for (const auto& e : rejected) {
    std::string column = text(e, "column");
    rows.push_back({{"row", e.contains("row") && e["row"].is_number_integer() ? e["row"] : json(0)},
                    {"column", column.empty() ? text(e, "field") : column},
                    {"message", text(e, "message")}});
  }
  SheetSpec sheet{en ? "Errors" : "错误报告",
                  {{en ? "Row" : "行号", "row", 8},
                   {en ? "Column" : "列", "column", 20},
                   {en ? "Problem" : "问题", "message", 60}},
                  rows};
  return workbook_response(ctx, write_workbook({sheet}), title);
}

void register_import_texts() {
  i18n::add({
      {"import.not_xlsx", "文件不是有效的 Excel（.xlsx）文件",
       "The file is not a valid .xlsx workbook"},
      {"import.encrypted", "文件已加密或为旧版 .xls 格式，请取消密码并另存为 .xlsx",
       "The file is password-protected or an old .xls file; remove the password and save as .xlsx"},
      {"import.too_many_rows", "数据行过多，一次最多导入 20000 行",
       "Too many rows: at most 20,000 rows per import"},
      {"import.rows_invalid", "有 {count} 行数据有误，未导入任何数据，请修改后重新导入",
       "{count} row(s) have errors; nothing was imported"},
      {"import.person_unknown", "找不到此人，请先在人员名册中登记",
       "No such person; register them in the roster first"},
      {"import.person_ambiguous", "有多人同名，请填写身份证号以区分",
       "Several people have this name; give the ID card number"},
      {"import.duplicate_row", "与第 {row} 行重复", "The same record as row {row}"},
      {"import.bad_number", "应为数字，最多两位小数", "A number with at most two decimals"},
      {"import.bad_date", "日期格式应为 YYYY-MM-DD", "A date as YYYY-MM-DD"},
  });
}

std::vector<http::Route> import_routes(const ImportRoutes& spec) {
  return {
      {.method = http::Method::get,
       .path = spec.path + "/template",
       .permission = spec.permission,
       .summary = spec.template_summary,
       .tag = spec.tag,
       .handler = spec.template_handler},
      {.method = http::Method::post,
       .path = spec.path,
       .permission = spec.permission,
       .summary = spec.import_summary,
       .tag = spec.tag,
       .query = {{"mode", "string", "all (default: nothing unless every row is valid) or valid"}},
       .raw_body = true,
       .handler = spec.import_handler}};
}

}  // namespace md::excel
