#pragma once
// The union module's routes and what their handlers share.
#include <optional>
#include <string>
#include <vector>

#include "platform/http/context.hpp"
#include "platform/http/route.hpp"

namespace md::trade_union {

/// Union members: list, export, add, change.
std::vector<http::Route> member_routes();
/// The committee election and the selections: list, export, detail, create, edit, delete,
/// nominations, open, close (count), announce.
std::vector<http::Route> contest_routes();
/// Activities (道德讲堂, 我们的节日): list, export, detail, create, edit, delete, attendance.
std::vector<http::Route> activity_routes();
/// The reading room: books, copies, loans, returns, the overdue list.
std::vector<http::Route> library_routes();

/// Today in China (YYYY-MM-DD).
std::string today(const http::Context& ctx);
/// An integer query parameter (400 request.bad_query unless digits).
std::optional<std::int64_t> int_query(const http::Context& ctx, const std::string& name);
bool english(const http::Context& ctx);
/// The person's name, or nullopt when there is no such person.
std::optional<std::string> person_name(db::Connection& conn, std::int64_t person_id);
/// True when only blanks.
bool blank(const std::string& s);
/// A string field of the body or "" (absent / null).
std::string text_or_empty(const http::Json& body, const char* key);

}  // namespace md::trade_union
