// Exports write dates and China times as real date cells that read back as the same text;
// text that only resembles a date stays text.
#include <gtest/gtest.h>

#include "platform/excel/xlsx_reader.hpp"
#include "platform/excel/xlsx_writer.hpp"

namespace md::excel {
namespace {

TEST(XlsxWriter, DatesAndTimesRoundTrip) {
  nlohmann::json rows = nlohmann::json::array();
  rows.push_back({{"d", "2020-06-28"},
                  {"m", "2026-11-28 14:05"},
                  {"s", "2026-11-28 14:05:09"},
                  {"x", "2026-13-01"},
                  {"n", 7}});
  rows.push_back({{"d", "1985-06-15"},
                  {"m", "2026-01-01 00:00"},
                  {"s", "2026-12-31 23:59:59"},
                  {"x", "2026-11-28T10:00"},
                  {"n", 0.5}});
  std::string bytes = write_xlsx(
      "s", {{"日期", "d"}, {"时间", "m"}, {"时刻", "s"}, {"文字", "x"}, {"数", "n"}}, rows);
  Sheet sheet = read_xlsx(bytes);
  ASSERT_EQ(sheet.rows.size(), 3u);
  EXPECT_EQ(sheet.rows[1].cells,
            (std::vector<std::string>{"2020-06-28", "2026-11-28 14:05", "2026-11-28 14:05:09",
                                      "2026-13-01", "7"}));
  EXPECT_EQ(sheet.rows[2].cells,
            (std::vector<std::string>{"1985-06-15", "2026-01-01 00:00", "2026-12-31 23:59:59",
                                      "2026-11-28T10:00", "0.5"}));
}

// A large export written row by row (constant memory: strings inline, not shared) reads back
// exactly as the same rows written at once.
TEST(XlsxWriter, StreamedSheetReadsBackLikeAWholeOne) {
  std::vector<Column> cols = {{"编号", "no"}, {"事项", "text"}, {"日期", "d"}, {"数", "n"}};
  nlohmann::json rows = nlohmann::json::array();
  SheetStream stream("选民意见", cols);
  for (int i = 0; i < 300; ++i) {
    nlohmann::json row = {{"no", "YJ-" + std::to_string(i)},
                          {"text", i % 2 ? "路灯不亮" : "道路积水"},
                          {"d", "2026-11-28"},
                          {"n", i}};
    stream.add(row);
    rows.push_back(row);
  }
  EXPECT_EQ(stream.rows(), 300u);
  Sheet streamed = read_xlsx(stream.finish());
  Sheet whole = read_xlsx(write_xlsx("选民意见", cols, rows));
  ASSERT_EQ(streamed.rows.size(), 301u);
  for (std::size_t i = 0; i < whole.rows.size(); ++i) {
    EXPECT_EQ(streamed.rows[i].cells, whole.rows[i].cells) << "row " << i;
  }
  EXPECT_EQ(streamed.rows[300].cells,
            (std::vector<std::string>{"YJ-299", "路灯不亮", "2026-11-28", "299"}));
}

}  // namespace
}  // namespace md::excel
