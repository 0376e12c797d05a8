#pragma once
// The volunteers module's routes and what their handlers share.
#include <optional>
#include <string>
#include <vector>

#include "modules/volunteers/rules.hpp"
#include "platform/http/context.hpp"
#include "platform/http/route.hpp"

namespace md::volunteers {

/// Team members: list, export, add, change, remove.
std::vector<http::Route> member_routes();
/// Activities: list, export, detail, create, edit, delete, sign-up, attendance.
std::vector<http::Route> activity_routes();
/// Hours per person per year: summary, export, mine.
std::vector<http::Route> hours_routes();

/// Today in China (YYYY-MM-DD).
std::string today(const http::Context& ctx);
/// The `year` query parameter, this year by default (400 unless 2000–2100).
int year_query(const http::Context& ctx);
/// The team member of the signed-in user, if they are in the team.
std::optional<std::int64_t> my_member(http::Context& ctx);
/// Every recorded attendance (for the yearly sums), optionally of one person only.
std::vector<Attendance> attendance_of(db::Connection& conn, int year,
                                      std::optional<std::int64_t> person = std::nullopt);

}  // namespace md::volunteers
