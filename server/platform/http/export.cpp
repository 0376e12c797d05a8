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

}  // namespace md::http
