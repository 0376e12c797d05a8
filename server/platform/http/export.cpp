#include "platform/http/export.hpp"

#include "platform/http/context.hpp"

#include "platform/core/china_time.hpp"

namespace md::http {

std::string china_time(std::int64_t unix_seconds) { return china_datetime(unix_seconds); }

Response xlsx_response(const std::string& title, const std::vector<excel::Column>& columns,
                       const Json& rows, std::int64_t now) {
  return Response::download(excel::write_xlsx(title, columns, rows),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            title + "-" + china_format(now, "%Y%m%d") + ".xlsx");
}

Response audited_xlsx(Context& ctx, const std::string& action, const std::string& object_type,
                      const std::string& title, const std::vector<excel::Column>& columns,
                      const Json& rows) {
  db::Transaction tx(ctx.db);
  ctx.audit(action, object_type, "", nullptr, {{"rows", rows.size()}});
  tx.commit();
  return xlsx_response(title, columns, rows, ctx.now);
}

Response audited_xlsx_stream(Context& ctx, const std::string& action,
                             const std::string& object_type, const std::string& title,
                             const std::vector<excel::Column>& columns,
                             const std::function<void(const RowSink&)>& produce) {
  excel::SheetStream sheet(title, columns);
  produce([&](const Json& row) { sheet.add(row); });
  db::Transaction tx(ctx.db);
  ctx.audit(action, object_type, "", nullptr, {{"rows", sheet.rows()}});
  tx.commit();
  return Response::download(sheet.finish(),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            title + "-" + china_format(ctx.now, "%Y%m%d") + ".xlsx");
}

}  // namespace md::http
