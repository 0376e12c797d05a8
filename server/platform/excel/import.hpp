#pragma once
// The import kit every .xlsx import uses (R12.3): column specs, the header matched in either
// language, the upload size check, cells by column key, the row-by-row report
// [{row, field, column, code, message}], mode=all (nothing unless every row is valid: 422
// import.rows_invalid with the report) or mode=valid (the good rows), the downloadable
// template (header row, one example row, a 说明/Notes sheet) and the error-report workbook.
// The caller holds the one transaction and decides what a row creates or updates.
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/errors.hpp"
#include "platform/db/db.hpp"
#include "platform/excel/xlsx_reader.hpp"
#include "platform/http/route.hpp"
#include "platform/http/types.hpp"
#include "platform/i18n/i18n.hpp"

namespace md::http {
class Context;
}

namespace md::excel {

/// One column of an import: the key the handler asks for, its header in both languages,
/// whether a file without it is refused, the template's example value and the rule shown on
/// the Notes sheet.
struct ImportColumn {
  std::string key;
  std::string zh;
  std::string en;
  bool required = false;
  std::string example;
  std::string hint_zh;
  std::string hint_en;
  double width = 16;
};

enum class ImportMode { all, valid };

/// The header row matched against the columns (trimmed; zh exactly, en case-insensitively):
/// key → cell index, and key → the header text as written. A column named twice is 400
/// import.bad_header {column}; missing required columns are 400 import.bad_header with one
/// field per column (its header in the user's language, validation.required). Pure.
struct HeaderMatch {
  std::map<std::string, std::size_t> at;
  std::map<std::string, std::string> text;
};
HeaderMatch match_header(const std::vector<std::string>& header,
                         const std::vector<ImportColumn>& columns, i18n::Lang lang);

/// What a row's handler did.
enum class RowOutcome { created, updated, rejected };

/// An uploaded workbook being imported.
class ImportFile {
 public:
  /// Reads the request: ?mode (400 request.bad_query), size against general.upload_max_mb
  /// (413), the workbook (400 import.*) and its header.
  ImportFile(http::Context& ctx, std::vector<ImportColumn> columns, std::size_t max_rows = 20000);
  /// From a parsed sheet (unit tests; no request).
  ImportFile(Sheet sheet, std::vector<ImportColumn> columns, ImportMode mode, i18n::Lang lang);

  ImportMode mode() const { return mode_; }
  std::string mode_name() const { return mode_ == ImportMode::all ? "all" : "valid"; }
  /// The data rows (the header row excluded).
  std::vector<SheetRow> data_rows() const;
  /// True when the file has the column.
  bool has(std::string_view key) const { return header_.at.count(std::string(key)) > 0; }
  /// The trimmed text of a row's cell ("" when the column or cell is absent).
  std::string cell(const SheetRow& row, std::string_view key) const;
  /// Reports errors whose field is not a column key under that column (field → column key).
  void map_field(std::string field, std::string column_key);
  /// Adds a row's errors to the report.
  void reject(int row, const std::vector<FieldError>& errors);
  /// Runs `handle` on each data row; a 4xx ApiError it throws (before writing anything) rejects
  /// the row with its fields (or its code when it names none). Counts what was done.
  void each_row(const std::function<RowOutcome(const SheetRow&)>& handle);

  const nlohmann::json& rejected() const { return rejected_; }
  std::size_t rejected_rows() const;
  std::int64_t imported = 0;
  std::int64_t updated = 0;
  /// mode=all with rejected rows: the caller must not commit and answers refusal().
  bool refused() const { return mode_ == ImportMode::all && !rejected_.empty(); }
  /// 422 import.rows_invalid {fields: [], report: {imported: 0, updated: 0, rejected}}.
  http::Response refusal() const;
  /// 200 {imported, updated, rejected}.
  http::Response result() const { return http::Response::json(result_json()); }
  /// Ends an import the usual way: the refusal when mode=all found bad rows (nothing
  /// committed), otherwise the summary audit record (`action`), the commit, and the result.
  http::Response finish(http::Context& ctx, db::Transaction& tx, const std::string& action,
                        const std::string& object_type) const;
  nlohmann::json result_json() const;
  /// The summary audit record's "after": {mode, imported, updated, rejected}.
  nlohmann::json summary() const;

 private:
  std::string column_text(const std::string& field) const;

  std::vector<ImportColumn> columns_;
  ImportMode mode_ = ImportMode::all;
  i18n::Lang lang_ = i18n::Lang::zh_CN;
  Sheet sheet_;
  HeaderMatch header_;
  std::map<std::string, std::string> field_columns_;
  nlohmann::json rejected_ = nlohmann::json::array();
};

/// GET …/import/template: the columns' headers in the user's language (frozen, widths), one
/// example row, and a second sheet 说明/Notes with each column's rule.
http::Response template_xlsx(http::Context& ctx, const std::string& title,
                             const std::vector<ImportColumn>& columns);

/// The rejected rows of a report as a workbook: 行号 / 列 / 问题 (Row / Column / Problem).
http::Response report_xlsx(http::Context& ctx, const std::string& title,
                           const nlohmann::json& rejected);

/// The two routes of an import: GET `<path>/template` and POST `<path>` (?mode=all|valid, the
/// .xlsx as the body), both under one permission.
struct ImportRoutes {
  std::string path;  ///< e.g. "/api/deputies/import"
  std::string permission;
  std::string tag;
  std::string template_summary;
  std::string import_summary;
  std::function<http::Response(http::Context&)> template_handler;
  std::function<http::Response(http::Context&)> import_handler;
};
std::vector<http::Route> import_routes(const ImportRoutes& spec);

/// The zh-CN/en texts of the kit's codes (registered once by the system module).
void register_import_texts();

}  // namespace md::excel
