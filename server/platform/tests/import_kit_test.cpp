// The import kit: the header matched in either language, missing and duplicate columns,
// cells by key, the report, mode=all against mode=valid, and the template's two sheets.
#include "platform/excel/import.hpp"

#include <gtest/gtest.h>

#include "platform/excel/xlsx_writer.hpp"

namespace md::excel {
namespace {

std::vector<ImportColumn> columns() {
  return {{"name", "姓名", "Name", true, "张三", "姓名", "Name", 12},
          {"month", "月份", "Month", true, "2026-01", "YYYY-MM", "YYYY-MM", 10},
          {"note", "备注", "Note", false, "", "可空", "Optional", 20}};
}

Sheet sheet(std::vector<std::vector<std::string>> rows) {
  Sheet s;
  int n = 0;
  for (auto& r : rows) s.rows.push_back({++n, std::move(r)});
  return s;
}

std::string refusal(const std::vector<std::string>& header, i18n::Lang lang = i18n::Lang::zh_CN) {
  try {
    match_header(header, columns(), lang);
  } catch (const ApiError& e) {
    std::string out = std::to_string(e.status) + " " + e.code;
    for (const auto& f : e.fields) out += " " + f.field;
    for (const auto& [k, v] : e.params) out += " " + k + "=" + v;
    return out;
  }
  return "accepted";
}

TEST(ImportKit, MatchesHeadersInEitherLanguage) {
  auto zh = match_header({"备注", "姓名", "月份"}, columns(), i18n::Lang::zh_CN);
  EXPECT_EQ(zh.at.at("name"), 1u);
  EXPECT_EQ(zh.at.at("note"), 0u);
  auto en = match_header({" name ", "MONTH", "Something else"}, columns(), i18n::Lang::en);
  EXPECT_EQ(en.at.at("name"), 0u);
  EXPECT_EQ(en.at.at("month"), 1u);
  EXPECT_EQ(en.text.at("month"), "MONTH");
  EXPECT_FALSE(en.at.count("note"));
  // Mixed languages in one header are fine too.
  EXPECT_EQ(refusal({"姓名", "Month"}), "accepted");
}

TEST(ImportKit, RefusesMissingRequiredAndDuplicateColumns) {
  EXPECT_EQ(refusal({"姓名", "备注"}), "400 import.bad_header 月份");
  EXPECT_EQ(refusal({"Note"}, i18n::Lang::en), "400 import.bad_header Name Month");
  EXPECT_EQ(refusal({"姓名", "月份", "Name"}), "400 import.bad_header column=Name");
}

TEST(ImportKit, CellsAreTrimmedAndAbsentCellsEmpty) {
  ImportFile f(sheet({{"姓名", "月份"}, {" 李四 ", "2026-02"}, {"王五"}}), columns(),
               ImportMode::all, i18n::Lang::zh_CN);
  auto rows = f.data_rows();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(f.cell(rows[0], "name"), "李四");
  EXPECT_EQ(f.cell(rows[1], "month"), "");
  EXPECT_EQ(f.cell(rows[1], "note"), "");
  EXPECT_FALSE(f.has("note"));
}

RowOutcome check(const ImportFile& f, const SheetRow& row) {
  if (f.cell(row, "month").size() != 7) throw invalid_field("month", "validation.bad_format");
  return f.cell(row, "note") == "update" ? RowOutcome::updated : RowOutcome::created;
}

TEST(ImportKit, ModeAllRefusesWhenARowIsBad) {
  ImportFile f(sheet({{"Name", "Month"}, {"a", "2026-01"}, {"b", "x"}, {"c", "2026-03"}}),
               columns(), ImportMode::all, i18n::Lang::en);
  f.each_row([&](const SheetRow& row) { return check(f, row); });
  EXPECT_TRUE(f.refused());
  EXPECT_EQ(f.rejected_rows(), 1u);
  auto answer = f.refusal();
  EXPECT_EQ(answer.status, 422);
  auto body = nlohmann::json::parse(answer.body);
  EXPECT_EQ(body["code"], "import.rows_invalid");
  EXPECT_EQ(body["report"]["imported"], 0);
  const auto& e = body["report"]["rejected"][0];
  EXPECT_EQ(e["row"], 3);
  EXPECT_EQ(e["field"], "month");
  EXPECT_EQ(e["column"], "Month");
  EXPECT_EQ(e["code"], "validation.bad_format");
}

TEST(ImportKit, ModeValidKeepsTheGoodRows) {
  ImportFile f(
      sheet({{"姓名", "月份", "备注"}, {"a", "2026-01", "update"}, {"b", "x"}, {"c", "2026-03"}}),
      columns(), ImportMode::valid, i18n::Lang::zh_CN);
  f.each_row([&](const SheetRow& row) { return check(f, row); });
  EXPECT_FALSE(f.refused());
  EXPECT_EQ(f.imported, 1);
  EXPECT_EQ(f.updated, 1);
  ASSERT_EQ(f.rejected().size(), 1u);
  EXPECT_EQ(f.rejected()[0]["column"], "月份");
  EXPECT_EQ(f.summary()["mode"], "valid");
}

TEST(ImportKit, ErrorsOfOtherFieldsMapToTheirColumns) {
  ImportFile f(sheet({{"姓名", "月份"}, {"a", "2026-01"}}), columns(), ImportMode::valid,
               i18n::Lang::en);
  f.map_field("personId", "name");
  f.reject(2, {{"personId", "validation.required", {}}, {"other", "validation.required", {}}});
  EXPECT_EQ(f.rejected()[0]["column"], "姓名");  // as written in the file
  EXPECT_EQ(f.rejected()[1]["column"], "other");
}

TEST(ImportKit, WorkbookOfTwoSheetsReadsBackItsFirst) {
  std::string bytes = write_workbook(
      {SheetSpec{"data", {{"姓名", "name", 10}}, nlohmann::json::array({{{"name", "张三"}}})},
       SheetSpec{"说明", {{"列名", "c", 10}}, nlohmann::json::array({{{"c", "x"}}})}});
  auto s = read_xlsx(bytes);
  ASSERT_EQ(s.rows.size(), 2u);
  EXPECT_EQ(s.rows[0].cells[0], "姓名");
  EXPECT_EQ(s.rows[1].cells[0], "张三");
}

}  // namespace
}  // namespace md::excel
