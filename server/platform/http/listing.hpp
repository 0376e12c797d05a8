#pragma once
// The list conventions every module shares: page, pageSize, sort, order and the answer shape.
#include <functional>
#include <map>
#include <string>

#include "platform/http/context.hpp"

namespace md::http {

/// Parsed and checked list parameters; `order_by` is a whitelisted SQL expression.
struct ListParams {
  std::int64_t page = 1;
  std::int64_t page_size = 20;
  std::string order_by;
  std::string q;
  std::int64_t offset() const { return (page - 1) * page_size; }
};

/// Reads the list parameters; `sorts` maps API sort names to SQL expressions (only those are
/// accepted: 400 request.bad_query otherwise). `max_page_size` caps exports too.
ListParams parse_list(const Context& ctx, const std::map<std::string, std::string>& sorts,
                      const std::string& default_sort, std::int64_t max_page_size = 100);
/// One page of a list and the total it was cut from.
struct Page {
  Json items = Json::array();
  std::int64_t total = 0;
};
/// Counts the rows of `from_where` (a " FROM … WHERE …" clause with its `params`) and reads
/// the page's rows of `select_list`, ordered by p.order_by then `tiebreak` (a unique column,
/// so pages never overlap), each turned into JSON by `to_json`. Every list uses this.
/// `count_from_where`, when given, counts instead of `from_where` (the same filters and
/// parameters without the joins that only add columns to the page: neither database drops an
/// inner join from a count, and a join per counted row was most of a large list's time).
Page query_page(db::Connection& conn, std::string_view select_list, std::string_view from_where,
                const db::Params& params, const ListParams& p, std::string_view tiebreak,
                const std::function<Json(const db::Row&)>& to_json,
                std::string_view count_from_where = {});
/// {"items": …, "total": …, "page": …, "pageSize": …}.
Json page_json(Json items, std::int64_t total, const ListParams& p);
/// "(LOWER(a) LIKE ? ESCAPE '\' OR LOWER(b) LIKE ? …)" — a case-insensitive substring search
/// over the columns (SQLite's LIKE ignores case, PostgreSQL's does not: LOWER makes both agree).
/// Appends one parameter per column to `params`.
std::string search_clause(std::initializer_list<std::string_view> columns, std::string_view text,
                          db::Params& params);
/// "%text%" with LIKE wildcards in the user's text escaped (use with ESCAPE '\').
std::string like_pattern(std::string_view text);

}  // namespace md::http
