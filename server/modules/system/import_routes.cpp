// POST /api/imports/error-report: the rejected rows an import answered, posted back by the web
// and returned as an .xlsx (行号 / 列 / 问题) the user can keep while correcting the file.
// Any signed-in user: the rows are what the server already answered that user.
#include "platform/excel/import.hpp"
#include "platform/http/context.hpp"
#include "platform/http/route.hpp"

namespace md::system {
using http::Context;
using http::Response;

namespace {

constexpr std::size_t kMaxReportRows = 20000;

Response error_report(Context& ctx) {
  const auto& rejected = ctx.body["rejected"];
  if (!rejected.is_array()) throw invalid_field("rejected", "validation.bad_format");
  if (rejected.size() > kMaxReportRows)
    throw invalid_field("rejected", "validation.too_many", {{"max", "20000"}});
  for (const auto& e : rejected) {
    if (!e.is_object() || !e.contains("row") || !e["row"].is_number_integer())
      throw invalid_field("rejected", "validation.bad_format");
  }
  std::string title = ctx.body.value("title", "");
  if (title.empty()) title = ctx.lang == i18n::Lang::en ? "import-errors" : "导入错误报告";
  return excel::report_xlsx(ctx, title, rejected);
}

}  // namespace

std::vector<http::Route> import_routes() {
  excel::register_import_texts();
  return {{.method = http::Method::post,
           .path = "/api/imports/error-report",
           .access = http::Access::signed_in,
           .summary = "An import's rejected rows as an .xlsx error report (行号/列/问题)",
           .tag = "system",
           .body = http::body({http::str("title").len(0, 100),
                               http::any_value("rejected")
                                   .req()
                                   .doc("the rejected rows an import answered (at most 20,000)")}),
           .handler = error_report}};
}

}  // namespace md::system
