// Helpers the union module's handlers share.
#include "modules/org/people_api.hpp"
#include "modules/union/routes.hpp"
#include "platform/core/errors.hpp"

namespace md::trade_union {

std::string today(const http::Context& ctx) { return org::china_today(ctx.now); }

std::optional<std::int64_t> int_query(const http::Context& ctx, const std::string& name) {
  std::string v = ctx.query(name);
  if (v.empty()) return std::nullopt;
  if (v.size() > 15 || v.find_first_not_of("0123456789") != std::string::npos) {
    throw bad_request("request.bad_query", {{"param", name}});
  }
  return std::stoll(v);
}

bool english(const http::Context& ctx) { return ctx.lang == i18n::Lang::en; }

std::optional<std::string> person_name(db::Connection& conn, std::int64_t person_id) {
  auto r = conn.query_one("SELECT name FROM people WHERE id = ?", {person_id});
  if (!r) return std::nullopt;
  return r->str("name");
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

std::string text_or_empty(const http::Json& body, const char* key) {
  if (body.contains(key) && body[key].is_string()) return body[key].get<std::string>();
  return "";
}

}  // namespace md::trade_union
