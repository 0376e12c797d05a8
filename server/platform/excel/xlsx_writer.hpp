#pragma once
// Every list exports to .xlsx with typed cells and Chinese headers (libxlsxwriter).
#include <cstddef>
#include <memory>
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

/// One sheet written row by row in libxlsxwriter's constant-memory mode: a 100,000-row export
/// holds one row at a time (the sheet goes to a temporary file; strings are written inline,
/// which the reader takes as well) instead of every cell of the sheet.
class SheetStream {
 public:
  SheetStream(const std::string& sheet_name, std::vector<Column> columns);
  ~SheetStream();
  SheetStream(const SheetStream&) = delete;
  SheetStream& operator=(const SheetStream&) = delete;
  /// Writes the next row (after the header).
  void add(const nlohmann::json& row);
  std::size_t rows() const { return rows_; }
  /// Closes the workbook and answers its bytes.
  std::string finish();

 private:
  struct State;
  std::vector<Column> columns_;
  std::unique_ptr<State> state_;
  std::size_t rows_ = 0;
};

}  // namespace md::excel
