#pragma once
// Reads the first sheet of an .xlsx upload (minizip + pugixml) as rows of text cells.
// Refusals are ApiError 400 with stable codes: import.not_xlsx (not a zip / no workbook),
// import.encrypted (an OLE container: a password-protected or old .xls file),
// import.bad_header (merged cells in the header row), import.too_many_rows.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace md::excel {

/// One non-empty sheet row: its 1-based number in the sheet and its cells from column A.
struct SheetRow {
  int number = 0;
  std::vector<std::string> cells;
};

/// Cells as text: shared and inline strings as written; numbers without a needless ".0"
/// (13807300001, 2.5); date-formatted numbers as YYYY-MM-DD; booleans TRUE/FALSE.
struct Sheet {
  std::vector<SheetRow> rows;  ///< sheet order; rows[0] is the header when it is row 1
};

/// Parses the workbook; at most `max_data_rows` non-empty rows after row 1.
Sheet read_xlsx(std::string_view bytes, std::size_t max_data_rows = 20000);

/// Days since 1899-12-30 (Excel's 1900 system, fake 29 Feb 1900 skipped) → "YYYY-MM-DD";
/// `date1904` for the Mac 1904 system.
std::string excel_serial_date(double serial, bool date1904 = false);

}  // namespace md::excel
