#include "platform/excel/xlsx_writer.hpp"

#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "platform/crypto/base.hpp"
#include "platform/crypto/hash.hpp"

namespace md::excel {

std::string write_xlsx(const std::string& sheet_name, const std::vector<Column>& columns,
                       const nlohmann::json& rows) {
  // libxlsxwriter writes to a file; a private temp file is simplest and is removed at once.
  auto path = std::filesystem::temp_directory_path() /
              ("mingdeng-" + crypto::to_hex(crypto::random_bytes(8)) + ".xlsx");
  lxw_workbook* wb = workbook_new(path.c_str());
  if (!wb) throw std::runtime_error("cannot create workbook");
  lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name.c_str());
  lxw_format* head = workbook_add_format(wb);
  format_set_bold(head);
  format_set_bg_color(head, 0xF2F2F2);
  format_set_border(head, LXW_BORDER_THIN);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    auto col = static_cast<lxw_col_t>(c);
    worksheet_set_column(ws, col, col, columns[c].width, nullptr);
    worksheet_write_string(ws, 0, col, columns[c].header.c_str(), head);
  }
  lxw_row_t r = 1;
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      auto col = static_cast<lxw_col_t>(c);
      const auto& v = row.contains(columns[c].key) ? row[columns[c].key] : nlohmann::json();
      if (v.is_number())
        worksheet_write_number(ws, r, col, v.get<double>(), nullptr);
      else if (v.is_boolean())
        worksheet_write_boolean(ws, r, col, v.get<bool>(), nullptr);
      else if (v.is_string())
        worksheet_write_string(ws, r, col, v.get_ref<const std::string&>().c_str(), nullptr);
      else if (v.is_array()) {
        std::string joined;
        for (const auto& e : v)
          joined +=
              (joined.empty() ? "" : "、") + (e.is_string() ? e.get<std::string>() : e.dump());
        worksheet_write_string(ws, r, col, joined.c_str(), nullptr);
      }
    }
    ++r;
  }
  worksheet_freeze_panes(ws, 1, 0);
  if (workbook_close(wb) != LXW_NO_ERROR) {
    std::filesystem::remove(path);
    throw std::runtime_error("cannot write workbook");
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  std::filesystem::remove(path);
  return ss.str();
}

}  // namespace md::excel
