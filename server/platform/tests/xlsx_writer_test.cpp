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

}  // namespace
}  // namespace md::excel
