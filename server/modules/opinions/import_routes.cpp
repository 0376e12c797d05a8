// The clerk's bulk entry of opinions received by phone or at receptions (R12.3): each row is
// taken in exactly as the record route does (take_in: checks, the case opened with its
// classification deadline, audited). The answer lists each new opinion's number and query code
// (shown only this once, to be passed on to the person who called). Opinions have no natural
// key, so every valid row is a new opinion.
#include "modules/opinions/common.hpp"
#include "modules/opinions/intake.hpp"
#include "platform/excel/import.hpp"
#include "platform/http/route.hpp"

namespace md::opinions {
using http::Context;
using http::Response;

namespace {

std::vector<excel::ImportColumn> columns() {
  return {
      {"channel", "渠道", "Channel", true, "电话", "电话 或 接待", "Phone or Reception", 8},
      {"category", "类别", "Category", true, "道路交通",
       "道路交通、供水排水、教育学校、生态环境、疫情防控、社会保障、住房保障 或 其他",
       "roads, water, schools, environment, epidemic, social_security, housing or other", 12},
      {"town", "镇（街道）", "Town", true, "", "代表工作室所在的镇（街道）",
       "A town (street) with a deputy workstation", 14},
      {"place", "地点", "Place", false, "", "不超过 100 字，可空",
       "At most 100 characters, optional", 20},
      {"content", "反映内容", "Content", true, "村口路灯坏了一个多月，晚上出行不便", "5–2000 字",
       "5–2,000 characters", 50},
      {"receivedOn", "收到日期", "Received on", false, "", "YYYY-MM-DD，不晚于今天，空为今天",
       "YYYY-MM-DD, not after today; empty: today", 12},
      {"contactName", "联系人", "Contact name", false, "", "可空；填写电话时必填",
       "Optional; required with a phone", 10},
      {"contactPhone", "联系电话", "Contact phone", false, "", "11 位手机号，可空",
       "11-digit mobile number, optional", 14},
  };
}

std::string channel_code(const std::string& text) {
  if (text == "电话" || text == "phone" || text == "Phone") return "phone";
  if (text == "接待" || text == "reception" || text == "Reception") return "reception";
  return {};
}

std::string category_code(const std::string& text) {
  for (const auto& c : categories()) {
    if (text == c || text == i18n::translate("opinions.category." + c, i18n::Lang::zh_CN)) return c;
  }
  return text;  // take_in refuses it with opinions.category
}

}  // namespace

Response opinions_import_template(Context& ctx) {
  auto cols = columns();
  auto town = ctx.db.query_one("SELECT town FROM workstations ORDER BY id LIMIT 1");
  for (auto& c : cols) {
    if (c.key == "town" && town) c.example = town->str("town");
    if (c.key == "receivedOn") c.example = today(ctx);
  }
  return excel::template_xlsx(
      ctx, ctx.lang == i18n::Lang::en ? "opinions-import-template" : "群众意见导入模板", cols);
}

Response import_opinions(Context& ctx) {
  excel::ImportFile file(ctx, columns());
  auto viewer = viewer_of(ctx);
  Json created = Json::array();
  db::Transaction tx(ctx.db);
  file.each_row([&](const excel::SheetRow& row) {
    Intake in;
    in.channel = channel_code(file.cell(row, "channel"));
    if (in.channel.empty()) throw invalid_field("channel", "opinions.channel");
    in.category = category_code(file.cell(row, "category"));
    in.town = file.cell(row, "town");
    in.place = file.cell(row, "place");
    in.content = file.cell(row, "content");
    in.contact_name = file.cell(row, "contactName");
    in.contact_phone = file.cell(row, "contactPhone");
    auto received = file.cell(row, "receivedOn");
    in.received_on = received.empty() ? today(ctx) : received;
    std::vector<FieldError> lengths;
    auto length = [&](const char* field, const std::string& text, std::size_t lo, std::size_t hi) {
      auto n = http::utf8_length(text);
      if (n > hi) lengths.push_back({field, "validation.too_long", {{"max", std::to_string(hi)}}});
      if (n < lo) lengths.push_back({field, "validation.too_short", {{"min", std::to_string(lo)}}});
    };
    length("content", in.content, 5, 2000);
    length("place", in.place, 0, 100);
    length("contactName", in.contact_name, 0, 20);
    if (!lengths.empty()) throw invalid(lengths);
    // A deputy records what they received themselves (as the record route does).
    if (!viewer.all) in.received_by_person_id = viewer.person;
    auto out = take_in(ctx, in);
    created.push_back(
        {{"row", row.number}, {"refNo", out["refNo"]}, {"queryCode", out["queryCode"]}});
    return excel::RowOutcome::created;
  });
  if (file.refused()) return file.refusal();
  ctx.audit("opinions.import", "opinion", "", nullptr, file.summary());
  tx.commit();
  auto result = file.result_json();
  result["created"] = created;
  return Response::json(result);
}

std::vector<http::Route> import_routes() {
  return excel::import_routes(
      {.path = "/api/opinions/import",
       .permission = "opinions.record",
       .tag = "opinions",
       .template_summary = "The opinions bulk-entry template (.xlsx with an example and Notes)",
       .import_summary = "Bulk-enter phone and reception opinions from .xlsx (mode=all or valid); "
                         "answers each new opinion's number and query code",
       .template_handler = opinions_import_template,
       .import_handler = import_opinions});
}

}  // namespace md::opinions
