// The org tree (R1.1): view, add, rename, move, retire with history; unit detail; committees.
#include "modules/org/routes.hpp"
#include "modules/org/rules.hpp"
#include "modules/org/store.hpp"
#include "platform/auth/scope.hpp"
#include "platform/core/app.hpp"
#include "platform/http/export.hpp"
#include "platform/i18n/collation.hpp"

namespace md::org {
using http::Context;
using http::Json;
using http::Response;
using http::Route;

const std::set<std::string, std::less<>>& whole_scope_roles() {
  static const std::set<std::string, std::less<>> roles = {"leader", "clerk", "sys_admin"};
  return roles;
}

std::string today(const Context& ctx) { return china_today(ctx.now); }

void require_unit_scope(Context& ctx, std::int64_t unit) {
  if (!auth::scope_covers(ctx.db, ctx.me(), unit, whole_scope_roles())) {
    throw forbidden("org.outside_scope");
  }
}

std::optional<std::set<std::int64_t>> readable_units(Context& ctx) {
  const auto& me = ctx.me();
  for (const auto& r : me.roles) {
    if (whole_scope_roles().count(r)) return std::nullopt;
  }
  if (me.can("org.manage")) {
    if (!me.org_unit_id) return std::set<std::int64_t>{};
    return auth::org_subtree(ctx.db, *me.org_unit_id);
  }
  // Members and deputies: the primary branch of their own person record, else their account's.
  std::optional<std::int64_t> unit = me.org_unit_id;
  if (auto person = person_of_user(ctx.db, me.user_id)) {
    if (auto m = current_primary(ctx.db, *person)) unit = m->org_unit_id;
  }
  if (!unit) return std::set<std::int64_t>{};
  return auth::org_subtree(ctx.db, *unit);
}

bool may_manage_person(Context& ctx, std::int64_t person) {
  for (const auto& r : ctx.me().roles) {
    if (whole_scope_roles().count(r)) return true;
  }
  if (!ctx.me().org_unit_id) return false;
  auto scope = auth::org_subtree(ctx.db, *ctx.me().org_unit_id);
  for (auto u : person_units(ctx.db, person)) {
    if (scope.count(u)) return true;
  }
  return false;
}

namespace {

bool en(const Context& ctx) { return ctx.lang == i18n::Lang::en; }

Unit existing_unit(Context& ctx, std::int64_t id) {
  auto u = find_unit(ctx.db, id);
  if (!u) throw not_found("org.unit_not_found");
  return *u;
}

std::optional<std::int64_t> opt_int(const Json& body, const char* key) {
  if (body.contains(key) && body[key].is_number_integer()) return body[key].get<std::int64_t>();
  return std::nullopt;
}

std::string trimmed(std::string s) {
  auto b = s.find_first_not_of(" \t\r\n");
  auto e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// The parent a unit is put under: exists, active, in the user's scope.
void check_parent(Context& ctx, std::int64_t parent) {
  auto p = find_unit(ctx.db, parent);
  if (!p) throw invalid_field("parentId", "org.unit_unknown");
  if (p->retired) throw invalid_field("parentId", "org.unit_retired");
  require_unit_scope(ctx, parent);
}

Response get_tree(Context& ctx) {
  bool retired = ctx.query("retired") == "1";
  return Response::json(tree_json(ctx.db, retired, en(ctx)));
}

Response create_unit(Context& ctx) {
  auto parent = opt_int(ctx.body, "parentId");
  std::string name = trimmed(ctx.body["name"].get<std::string>());
  std::string kind = ctx.body["kind"].get<std::string>();
  if (name.empty()) throw invalid_field("name", "validation.required");
  if (parent) {
    check_parent(ctx, *parent);
  } else if (!auth::scope_covers(ctx.db, ctx.me(), std::nullopt, whole_scope_roles())) {
    throw forbidden("org.outside_scope");
  }
  if (sibling_name_taken(ctx.db, parent, name, 0)) throw conflict("org.name_taken");
  db::Transaction tx(ctx.db);
  std::int64_t id = insert_unit(ctx.db, parent, name, kind, ctx.now);
  record_history(ctx.db, id, "create", std::nullopt, name, std::nullopt, parent, ctx.me().user_id,
                 ctx.now);
  Json after = unit_json(*find_unit(ctx.db, id));
  ctx.audit("org.unit_create", "org_unit", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

// One change to an existing unit, done the same way for rename, move and retire: the update,
// the tree's history line and the audit record commit together.
Response change_unit(Context& ctx, const Unit& u, const std::string& action, const std::string& sql,
                     const db::Params& params, const std::string& new_name,
                     std::optional<std::int64_t> new_parent) {
  db::Transaction tx(ctx.db);
  ctx.db.exec(sql, params);
  record_history(ctx.db, u.id, action, u.name, new_name, u.parent_id, new_parent, ctx.me().user_id,
                 ctx.now);
  Json after = unit_json(*find_unit(ctx.db, u.id));
  ctx.audit("org.unit_" + action, "org_unit", std::to_string(u.id), unit_json(u), after);
  tx.commit();
  return Response::json(after);
}

Response rename_unit(Context& ctx) {
  Unit u = existing_unit(ctx, ctx.id());
  require_unit_scope(ctx, u.id);
  if (u.retired) throw invalid_field("name", "org.unit_retired");
  std::string name = trimmed(ctx.body["name"].get<std::string>());
  if (name.empty()) throw invalid_field("name", "validation.required");
  if (sibling_name_taken(ctx.db, u.parent_id, name, u.id)) throw conflict("org.name_taken");
  return change_unit(ctx, u, "rename", "UPDATE org_units SET name = ? WHERE id = ?", {name, u.id},
                     name, u.parent_id);
}

Response move_unit(Context& ctx) {
  Unit u = existing_unit(ctx, ctx.id());
  require_unit_scope(ctx, u.id);
  if (u.retired) throw invalid_field("parentId", "org.unit_retired");
  std::int64_t parent = ctx.body["parentId"].get<std::int64_t>();
  auto p = find_unit(ctx.db, parent);
  if (!p) throw invalid_field("parentId", "org.unit_unknown");
  if (creates_cycle(u.id, parent, unit_parents(ctx.db)))
    throw invalid_field("parentId", "org.cycle");
  check_parent(ctx, parent);
  if (sibling_name_taken(ctx.db, parent, u.name, u.id)) throw conflict("org.name_taken");
  return change_unit(ctx, u, "move", "UPDATE org_units SET parent_id = ? WHERE id = ?",
                     {parent, u.id}, u.name, parent);
}

Response retire_unit(Context& ctx) {
  Unit u = existing_unit(ctx, ctx.id());
  require_unit_scope(ctx, u.id);
  if (u.retired) throw conflict("org.already_retired");
  if (auto n = current_member_count(ctx.db, u.id)) {
    throw conflict("org.has_members", {{"count", std::to_string(n)}});
  }
  if (active_child_count(ctx.db, u.id) > 0) throw conflict("org.has_children");
  return change_unit(ctx, u, "retire", "UPDATE org_units SET retired_at = ? WHERE id = ?",
                     {ctx.now, u.id}, u.name, u.parent_id);
}

Response get_unit(Context& ctx) {
  Unit u = existing_unit(ctx, ctx.id());
  if (auto units = readable_units(ctx); units && !units->count(u.id)) {
    throw forbidden("org.outside_scope");
  }
  return Response::json(unit_detail_json(ctx.db, u, en(ctx)));
}

Response list_committees(Context& ctx) { return Response::json(committees_json(ctx.db)); }

std::string lower_ascii(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

/// The committees tab as .xlsx with the tab's filter (`q`: part of the committee's or its
/// branch's name) and sort (`sort` name | kind | branch, `order` asc | desc; names in pinyin).
Response export_committees(Context& ctx) {
  std::string q = lower_ascii(ctx.query("q"));
  std::string sort = ctx.query("sort", "");
  std::string order = ctx.query("order", "");
  if (!sort.empty() && sort != "name" && sort != "kind" && sort != "branch")
    throw bad_request("request.bad_query", {{"param", "sort"}});
  if (!order.empty() && order != "asc" && order != "desc")
    throw bad_request("request.bad_query", {{"param", "order"}});
  bool en = ctx.lang == i18n::Lang::en;
  Json rows = Json::array();
  for (auto& c : committees_json(ctx.db)) {
    std::string branch = c["branch"].is_null() ? "" : c["branch"]["name"].get<std::string>();
    std::string name = c["name"].get<std::string>();
    if (!q.empty() && lower_ascii(name).find(q) == std::string::npos &&
        lower_ascii(branch).find(q) == std::string::npos)
      continue;
    std::string kind = c["kind"].get<std::string>();
    c["kindText"] = kind == "special"   ? (en ? "Special committee" : "专门委员会")
                    : kind == "working" ? (en ? "Working committee" : "工作委员会")
                                        : kind;
    c["branchName"] = branch;
    rows.push_back(c);
  }
  if (!sort.empty() && !order.empty()) {
    const std::string key = sort == "kind" ? "kind" : sort == "branch" ? "branchName" : "name";
    std::stable_sort(rows.begin(), rows.end(), [&](const Json& a, const Json& b) {
      int cmp = i18n::compare_pinyin(a[key].get<std::string>(), b[key].get<std::string>());
      return order == "desc" ? cmp > 0 : cmp < 0;
    });
  }
  std::vector<excel::Column> cols = {{en ? "Committee" : "委员会", "name", 28},
                                     {en ? "Type" : "类别", "kindText", 14},
                                     {en ? "Functional branch" : "功能型党支部", "branchName", 28}};
  return http::audited_xlsx(ctx, "org.committees_export", "committee",
                            en ? "committees" : "专门委员会", cols, rows);
}

}  // namespace

std::vector<Route> unit_routes() {
  using http::Method;
  const std::string tag = "org";
  auto unit_path = [&](Method m, std::string suffix, std::string summary, http::BodySchema body,
                       std::function<Response(Context&)> handler) {
    return Route{.method = m,
                 .path = "/api/org/units/{id}" + suffix,
                 .permission = "org.manage",
                 .summary = std::move(summary),
                 .tag = tag,
                 .body = std::move(body),
                 .handler = std::move(handler)};
  };
  return {
      {.method = Method::get,
       .path = "/api/org/tree",
       .permission = "org.read",
       .summary = "The organization tree with member counts (retired units with ?retired=1)",
       .tag = tag,
       .query = {{"retired", "string", "1 to include retired units"}},
       .handler = get_tree},
      {.method = Method::post,
       .path = "/api/org/units",
       .permission = "org.manage",
       .summary = "Add an org unit under a parent",
       .tag = tag,
       .body = http::body({http::integer("parentId").null_ok().range(1, INT64_MAX),
                           http::str("name").req().len(1, 60),
                           http::str("kind").req().options(unit_kinds())}),
       .handler = create_unit},
      {.method = Method::get,
       .path = "/api/org/units/{id}",
       .permission = "org.read",
       .summary = "An org unit with its officers, members and history",
       .tag = tag,
       .handler = get_unit},
      unit_path(Method::put, "", "Rename an org unit",
                http::body({http::str("name").req().len(1, 60)}), rename_unit),
      unit_path(Method::post, "/move", "Move an org unit under another parent",
                http::body({http::integer("parentId").req().range(1, INT64_MAX)}), move_unit),
      unit_path(Method::post, "/retire", "Retire an org unit without members (history kept)", {},
                retire_unit),
      {.method = Method::get,
       .path = "/api/org/committees",
       .permission = "org.read",
       .summary = "The special committees and their functional branches",
       .tag = tag,
       .handler = list_committees},
      {.method = Method::get,
       .path = "/api/org/committees/export",
       .permission = "org.read",
       .summary = "The committees as .xlsx with the tab's filter and sort",
       .tag = tag,
       .query = {{"q", "string", "part of the committee's or its branch's name"},
                 {"sort", "string", "name | kind | branch"},
                 {"order", "string", "asc | desc"}},
       .handler = export_committees},
  };
}

}  // namespace md::org
