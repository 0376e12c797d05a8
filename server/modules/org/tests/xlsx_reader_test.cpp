// The .xlsx reader against files the writer makes, and its refusals.
#include "platform/excel/xlsx_reader.hpp"

#include <gtest/gtest.h>

#include "platform/core/errors.hpp"
#include "platform/excel/xlsx_writer.hpp"

namespace md::excel {
namespace {

std::string refusal(const std::string& bytes, std::size_t max_rows = 20000) {
  try {
    read_xlsx(bytes, max_rows);
  } catch (const ApiError& e) {
    return std::to_string(e.status) + " " + e.code;
  }
  return "accepted";
}

TEST(XlsxReader, ReadsWhatTheWriterWrote) {
  nlohmann::json rows = nlohmann::json::array();
  rows.push_back({{"name", "张三"}, {"id", "430603198506150011"}, {"n", 42}});
  rows.push_back({{"name", "李四"}, {"id", ""}, {"n", 2.5}});
  std::string bytes = write_xlsx("名册", {{"姓名", "name"}, {"身份证号", "id"}, {"数", "n"}}, rows);
  Sheet s = read_xlsx(bytes);
  ASSERT_EQ(s.rows.size(), 3u);
  EXPECT_EQ(s.rows[0].number, 1);
  EXPECT_EQ(s.rows[0].cells, (std::vector<std::string>{"姓名", "身份证号", "数"}));
  EXPECT_EQ(s.rows[1].cells, (std::vector<std::string>{"张三", "430603198506150011", "42"}));
  EXPECT_EQ(s.rows[2].number, 3);
  EXPECT_EQ(s.rows[2].cells[0], "李四");
  EXPECT_EQ(s.rows[2].cells[2], "2.5");
}

TEST(XlsxReader, RowLimit) {
  nlohmann::json rows = nlohmann::json::array();
  for (int i = 0; i < 5; ++i) rows.push_back({{"a", "x"}});
  std::string bytes = write_xlsx("s", {{"A", "a"}}, rows);
  EXPECT_EQ(refusal(bytes, 5), "accepted");
  EXPECT_EQ(refusal(bytes, 4), "400 import.too_many_rows");
}

TEST(XlsxReader, RefusesOtherFiles) {
  EXPECT_EQ(refusal("hello, world"), "400 import.not_xlsx");
  EXPECT_EQ(refusal(""), "400 import.not_xlsx");
  EXPECT_EQ(refusal(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0')),
            "400 import.encrypted");
  EXPECT_EQ(refusal(std::string("PK\x03\x04", 4) + std::string(100, 'x')), "400 import.not_xlsx");
}

TEST(XlsxReader, SerialDates) {
  EXPECT_EQ(excel_serial_date(1), "1900-01-01");
  EXPECT_EQ(excel_serial_date(59), "1900-02-28");
  EXPECT_EQ(excel_serial_date(61), "1900-03-01");
  EXPECT_EQ(excel_serial_date(31213), "1985-06-15");
  EXPECT_EQ(excel_serial_date(45658.75), "2025-01-01");
  EXPECT_EQ(excel_serial_date(0, true), "1904-01-01");
}

}  // namespace
}  // namespace md::excel
