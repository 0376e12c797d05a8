#pragma once
// The receptions module's routes and what their handlers share.
#include <optional>
#include <string>
#include <vector>

#include "platform/http/context.hpp"
#include "platform/http/route.hpp"

namespace md::receptions {

/// Reception days: list, export, detail, schedule, edit, cancel, held, mine, public, summary.
std::vector<http::Route> reception_routes();
/// Guidance of town and street congresses: list, export, detail, create, edit, delete.
std::vector<http::Route> guidance_routes();
/// Duty records: the deputies' yearly list, one record, mine, entries by hand.
std::vector<http::Route> duty_routes();

/// Today in China (YYYY-MM-DD).
std::string today(const http::Context& ctx);
/// An integer query parameter (400 request.bad_query unless digits).
std::optional<std::int64_t> int_query(const http::Context& ctx, const std::string& name);
/// The `year` query parameter, this year by default (400 unless 2000–2100).
int year_query(const http::Context& ctx);
/// True for the office (leader, clerk, sys_admin): every deputy's records.
bool sees_all(const http::Context& ctx);
/// The person linked to the signed-in user, if any.
std::optional<std::int64_t> my_person(http::Context& ctx);

}  // namespace md::receptions
