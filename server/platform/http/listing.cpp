#include "platform/http/listing.hpp"

#include <cctype>

#include "platform/core/errors.hpp"

namespace md::http {
namespace {

std::int64_t int_param(const Context& ctx, const std::string& name, std::int64_t fallback,
                       std::int64_t lo, std::int64_t hi) {
  std::string v = ctx.query(name);
  if (v.empty()) return fallback;
  if (v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos) {
    throw bad_request("request.bad_query", {{"param", name}});
  }
  std::int64_t n = std::stoll(v);
  if (n < lo || n > hi) throw bad_request("request.bad_query", {{"param", name}});
  return n;
}

}  // namespace

ListParams parse_list(const Context& ctx, const std::map<std::string, std::string>& sorts,
                      const std::string& default_sort, std::int64_t max_page_size) {
  ListParams p;
  p.page = int_param(ctx, "page", 1, 1, 1000000);
  p.page_size = int_param(ctx, "pageSize", 20, 1, max_page_size);
  std::string sort = ctx.query("sort", default_sort);
  auto it = sorts.find(sort);
  if (it == sorts.end()) throw bad_request("request.bad_query", {{"param", "sort"}});
  std::string order = ctx.query("order", "asc");
  if (order != "asc" && order != "desc")
    throw bad_request("request.bad_query", {{"param", "order"}});
  p.order_by = it->second + (order == "desc" ? " DESC" : " ASC");
  p.q = ctx.query("q");
  if (p.q.size() > 200) throw bad_request("request.bad_query", {{"param", "q"}});
  return p;
}

Page query_page(db::Connection& conn, std::string_view select_list, std::string_view from_where,
                const db::Params& params, const ListParams& p, std::string_view tiebreak,
                const std::function<Json(const db::Row&)>& to_json,
                std::string_view count_from_where) {
  Page page;
  page.total = conn.scalar(
      "SELECT COUNT(*)" + std::string(count_from_where.empty() ? from_where : count_from_where),
      params);
  db::Params paged = params;
  paged.push_back(p.page_size);
  paged.push_back(p.offset());
  std::string sql = "SELECT " + std::string(select_list) + std::string(from_where) + " ORDER BY " +
                    p.order_by + ", " + std::string(tiebreak) + " LIMIT ? OFFSET ?";
  for (const auto& row : conn.query(sql, paged)) page.items.push_back(to_json(row));
  return page;
}

Json page_json(Json items, std::int64_t total, const ListParams& p) {
  return {
      {"items", std::move(items)}, {"total", total}, {"page", p.page}, {"pageSize", p.page_size}};
}

std::string search_clause(std::initializer_list<std::string_view> columns, std::string_view text,
                          db::Params& params) {
  std::string lowered(text);
  for (auto& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string clause = "(";
  for (auto col : columns) {
    if (clause.size() > 1) clause += " OR ";
    clause += "LOWER(" + std::string(col) + ") LIKE ? ESCAPE '\\'";
    params.push_back(like_pattern(lowered));
  }
  return clause + ")";
}

std::string like_pattern(std::string_view text) {
  std::string out = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  out += '%';
  return out;
}

}  // namespace md::http
