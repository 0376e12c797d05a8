#include "platform/http/export.hpp"

#include <ctime>

namespace md::http {

std::string china_time(std::int64_t unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds + 8 * 3600);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[24];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
  return buf;
}

Response xlsx_response(const std::string& title, const std::vector<excel::Column>& columns,
                       const Json& rows, std::int64_t now) {
  std::time_t t = static_cast<std::time_t>(now + 8 * 3600);  // dates as seen in China (UTC+8)
  std::tm tm{};
  gmtime_r(&t, &tm);
  char date[16];
  std::strftime(date, sizeof date, "%Y%m%d", &tm);
  return Response::download(excel::write_xlsx(title, columns, rows),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            title + "-" + date + ".xlsx");
}

}  // namespace md::http
