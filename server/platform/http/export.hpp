#pragma once
// Answers an .xlsx download named like "用户列表-20261128.xlsx".
#include <functional>

#include "platform/excel/xlsx_writer.hpp"
#include "platform/http/types.hpp"

namespace md::http {

class Context;

/// "2026-11-28 14:05:09" in China time (UTC+8), as lists and exports show times.
std::string china_time(std::int64_t unix_seconds);
/// The download response for rows shown with the given columns.
Response xlsx_response(const std::string& title, const std::vector<excel::Column>& columns,
                       const Json& rows, std::int64_t now);
/// The same, after recording the export in the audit log (action, object type, row count) in
/// its own transaction: every list export of every module goes through here.
Response audited_xlsx(Context& ctx, const std::string& action, const std::string& object_type,
                      const std::string& title, const std::vector<excel::Column>& columns,
                      const Json& rows);
/// The same for exports too large to hold in memory (up to 100,000 rows): `produce` is called
/// with a sink and hands it one row at a time (e.g. page by page from the database), each
/// written at once in constant-memory mode; the audit record counts the rows written.
using RowSink = std::function<void(const Json&)>;
Response audited_xlsx_stream(Context& ctx, const std::string& action,
                             const std::string& object_type, const std::string& title,
                             const std::vector<excel::Column>& columns,
                             const std::function<void(const RowSink&)>& produce);

}  // namespace md::http
