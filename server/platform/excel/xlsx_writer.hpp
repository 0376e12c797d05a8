#pragma once
// Every list exports to .xlsx with typed cells and Chinese headers (libxlsxwriter).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace md::excel {

/// A column: header text and the JSON key it shows.
struct Column {
  std::string header;
  std::string key;
  double width = 16;
};

/// Builds a one-sheet workbook from rows of JSON objects; numbers stay numbers.
std::string write_xlsx(const std::string& sheet_name, const std::vector<Column>& columns,
                       const nlohmann::json& rows);

/// One sheet of a workbook written by write_workbook.
struct SheetSpec {
  std::string name;
  std::vector<Column> columns;
  nlohmann::json rows = nlohmann::json::array();
};

/// Builds a workbook of several sheets (each with a bold, frozen header row), e.g. an import
/// template with its Notes sheet.
std::string write_workbook(const std::vector<SheetSpec>& sheets);

}  // namespace md::excel
