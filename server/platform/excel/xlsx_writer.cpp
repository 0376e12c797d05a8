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

namespace {

bool digits(const std::string& s, std::size_t from, std::size_t n) {
  for (std::size_t i = from; i < from + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

int number_at(const std::string& s, std::size_t from, std::size_t n) {
  return std::stoi(s.substr(from, n));
}

/// "2026-11-28", "2026-11-28 14:05" or "2026-11-28 14:05:09" (how lists show dates and China
/// times) as a date cell value; `with_time`/`with_seconds` say which display format fits.
bool parse_date_text(const std::string& s, lxw_datetime& out, bool& with_time, bool& with_seconds) {
  if (s.size() != 10 && s.size() != 16 && s.size() != 19) return false;
  if (!digits(s, 0, 4) || s[4] != '-' || !digits(s, 5, 2) || s[7] != '-' || !digits(s, 8, 2))
    return false;
  int month = number_at(s, 5, 2), day = number_at(s, 8, 2), hour = 0, minute = 0, second = 0;
  out = {};
  out.year = number_at(s, 0, 4);
  with_time = s.size() > 10;
  with_seconds = s.size() == 19;
  if (with_time) {
    if (s[10] != ' ' || !digits(s, 11, 2) || s[13] != ':' || !digits(s, 14, 2)) return false;
    hour = number_at(s, 11, 2);
    minute = number_at(s, 14, 2);
    if (with_seconds) {
      if (s[16] != ':' || !digits(s, 17, 2)) return false;
      second = number_at(s, 17, 2);
    }
  }
  static const int month_days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (out.year < 1900 || month < 1 || month > 12 || day < 1 || day > month_days[month - 1] ||
      hour > 23 || minute > 59 || second > 59)
    return false;
  bool leap = (out.year % 4 == 0 && out.year % 100 != 0) || out.year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return false;
  out.month = static_cast<uint8_t>(month);
  out.day = static_cast<uint8_t>(day);
  out.hour = static_cast<uint8_t>(hour);
  out.min = static_cast<uint8_t>(minute);
  out.sec = second;
  return true;
}

/// A workbook being written to a private temporary file (libxlsxwriter writes files), with the
/// formats every sheet uses. `constant_memory`: each sheet keeps one row in memory (rows must
/// come in order; strings are written inline) — what large exports need.
struct Book {
  std::filesystem::path path;
  lxw_workbook* wb = nullptr;
  lxw_format* head = nullptr;
  lxw_format* date_fmt = nullptr;
  lxw_format* minute_fmt = nullptr;
  lxw_format* second_fmt = nullptr;

  explicit Book(bool constant_memory) {
    path = std::filesystem::temp_directory_path() /
           ("mingdeng-" + crypto::to_hex(crypto::random_bytes(8)) + ".xlsx");
    lxw_workbook_options options{};
    options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
    wb = workbook_new_opt(path.c_str(), &options);
    if (!wb) throw std::runtime_error("cannot create workbook");
    head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_bg_color(head, 0xF2F2F2);
    format_set_border(head, LXW_BORDER_THIN);
    // Dates and times are real date cells (sortable, filterable in Excel), shown as lists show
    // them; the importer reads them back as the same text.
    date_fmt = workbook_add_format(wb);
    format_set_num_format(date_fmt, "yyyy-mm-dd");
    minute_fmt = workbook_add_format(wb);
    format_set_num_format(minute_fmt, "yyyy-mm-dd hh:mm");
    second_fmt = workbook_add_format(wb);
    format_set_num_format(second_fmt, "yyyy-mm-dd hh:mm:ss");
  }
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;
  ~Book() {
    if (wb) {
      workbook_close(wb);
      std::filesystem::remove(path);
    }
  }

  /// A sheet with its bold header row, frozen, and the column widths.
  lxw_worksheet* add_sheet(const std::string& name, const std::vector<Column>& columns) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
    for (std::size_t c = 0; c < columns.size(); ++c) {
      auto col = static_cast<lxw_col_t>(c);
      worksheet_set_column(ws, col, col, columns[c].width, nullptr);
      worksheet_write_string(ws, 0, col, columns[c].header.c_str(), head);
    }
    worksheet_freeze_panes(ws, 1, 0);
    return ws;
  }

  /// One row: numbers stay numbers, date texts become date cells, lists are joined with 、.
  void write_row(lxw_worksheet* ws, lxw_row_t r, const std::vector<Column>& columns,
                 const nlohmann::json& row) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      auto col = static_cast<lxw_col_t>(c);
      const auto& v = row.contains(columns[c].key) ? row[columns[c].key] : nlohmann::json();
      if (v.is_number())
        worksheet_write_number(ws, r, col, v.get<double>(), nullptr);
      else if (v.is_boolean())
        worksheet_write_boolean(ws, r, col, v.get<bool>(), nullptr);
      else if (v.is_string()) {
        const auto& text = v.get_ref<const std::string&>();
        lxw_datetime when{};
        bool with_time = false, with_seconds = false;
        if (parse_date_text(text, when, with_time, with_seconds))
          worksheet_write_datetime(ws, r, col, &when,
                                   with_seconds ? second_fmt
                                   : with_time  ? minute_fmt
                                                : date_fmt);
        else
          worksheet_write_string(ws, r, col, text.c_str(), nullptr);
      } else if (v.is_array()) {
        std::string joined;
        for (const auto& e : v)
          joined +=
              (joined.empty() ? "" : "、") + (e.is_string() ? e.get<std::string>() : e.dump());
        worksheet_write_string(ws, r, col, joined.c_str(), nullptr);
      }
    }
  }

  /// Closes the workbook and answers its bytes (the temporary file is removed).
  std::string finish() {
    auto rc = workbook_close(wb);
    wb = nullptr;
    if (rc != LXW_NO_ERROR) {
      std::filesystem::remove(path);
      throw std::runtime_error("cannot write workbook");
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    std::filesystem::remove(path);
    return ss.str();
  }
};

}  // namespace

std::string write_xlsx(const std::string& sheet_name, const std::vector<Column>& columns,
                       const nlohmann::json& rows) {
  return write_workbook({SheetSpec{sheet_name, columns, rows}});
}

std::string write_workbook(const std::vector<SheetSpec>& sheets) {
  Book book(false);
  for (const auto& sheet : sheets) {
    lxw_worksheet* ws = book.add_sheet(sheet.name, sheet.columns);
    lxw_row_t r = 1;
    for (const auto& row : sheet.rows) book.write_row(ws, r++, sheet.columns, row);
  }
  return book.finish();
}

struct SheetStream::State {
  explicit State(bool constant_memory) : book(constant_memory) {}
  Book book;
  lxw_worksheet* ws = nullptr;
};

SheetStream::SheetStream(const std::string& sheet_name, std::vector<Column> columns)
    : columns_(std::move(columns)), state_(std::make_unique<State>(true)) {
  state_->ws = state_->book.add_sheet(sheet_name, columns_);
}

SheetStream::~SheetStream() = default;

void SheetStream::add(const nlohmann::json& row) {
  state_->book.write_row(state_->ws, static_cast<lxw_row_t>(++rows_), columns_, row);
}

std::string SheetStream::finish() { return state_->book.finish(); }

}  // namespace md::excel
