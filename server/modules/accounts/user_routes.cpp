// User administration (system admin), role assignment (security admin), org units.
#include "modules/accounts/routes.hpp"
#include "modules/accounts/rules.hpp"
#include "modules/accounts/store.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/core/app.hpp"
#include "platform/crypto/mask.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::accounts {
using http::Context;
using http::Json;
using http::Response;
using http::Route;

namespace {

std::vector<std::string> strings(const Json& a) {
  std::vector<std::string> out;
  for (const auto& e : a) out.push_back(e.get<std::string>());
  return out;
}

// Filters shared by the list and its export, so the file holds exactly what the page shows.
struct UserFilter {
  std::string where = " WHERE 1 = 1";
  db::Params params;
};

UserFilter user_filter(const Context& ctx, const std::string& q) {
  UserFilter f;
  if (!q.empty()) {
    f.where += " AND " + http::search_clause({"u.username", "u.display_name"}, q, f.params);
  }
  std::string role = ctx.query("role");
  if (!role.empty()) {
    if (!auth::is_role(role)) throw bad_request("request.bad_query", {{"param", "role"}});
    f.where += " AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = ?)";
    f.params.push_back(role);
  }
  std::string status = ctx.query("status");
  if (status == "locked") {
    f.where += " AND u.locked_until > ?";
    f.params.push_back(ctx.now);
  } else if (status == "active" || status == "disabled") {
    f.where += " AND u.status = ?";
    f.params.push_back(status);
  } else if (!status.empty()) {
    throw bad_request("request.bad_query", {{"param", "status"}});
  }
  return f;
}

http::ListParams user_list_params(const Context& ctx, std::int64_t max_rows) {
  std::string collate(ctx.db.pinyin_collation());
  return http::parse_list(ctx,
                          {{"username", "u.username"},
                           {"displayName", "u.display_name" + collate},
                           {"createdAt", "u.created_at"},
                           {"lastLoginAt", "u.last_login_at"}},
                          "username", max_rows);
}

Json query_users(Context& ctx, const http::ListParams& p, std::int64_t* total) {
  UserFilter f = user_filter(ctx, p.q);
  auto page =
      http::query_page(ctx.db, kUserColumns, kUserFrom + f.where, f.params, p, "u.id",
                       [&](const db::Row& row) { return user_row_json(ctx.db, row, ctx.now); });
  *total = page.total;
  return page.items;
}

Response list_users(Context& ctx) {
  auto p = user_list_params(ctx, 100);
  std::int64_t total = 0;
  Json items = query_users(ctx, p, &total);
  return Response::json(http::page_json(items, total, p));
}

Response export_users(Context& ctx) {
  auto p = user_list_params(ctx, 10000);
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = query_users(ctx, p, &total);
  for (auto& u : items) {
    Json names = Json::array();
    for (const auto& r : u["roles"]) {
      for (const auto& info : auth::all_roles()) {
        if (info.code == r.get<std::string>()) {
          names.push_back(std::string(ctx.lang == i18n::Lang::en ? info.name_en : info.name_zh));
        }
      }
    }
    u["roleNames"] = names;
    u["orgName"] = u["orgUnit"].is_null() ? "" : u["orgUnit"]["name"];
    u["statusText"] = ctx.t("accounts.status." + u["status"].get<std::string>());
  }
  bool en = ctx.lang == i18n::Lang::en;
  std::vector<excel::Column> cols = {{en ? "Username" : "用户名", "username", 16},
                                     {en ? "Name" : "姓名", "displayName", 14},
                                     {en ? "Phone" : "手机号", "phone", 16},
                                     {en ? "Organization" : "所属组织", "orgName", 24},
                                     {en ? "Roles" : "角色", "roleNames", 30},
                                     {en ? "Status" : "状态", "statusText", 10}};
  return http::audited_xlsx(ctx, "users.export", "user", en ? "users" : "用户列表", cols, items);
}

void check_user_fields(Context& ctx, std::vector<FieldError>& errors) {
  if (ctx.body.contains("phone") && ctx.body["phone"].is_string()) {
    if (auto e = check_phone(ctx.body["phone"].get<std::string>()))
      errors.push_back({"phone", *e, {}});
  }
  if (ctx.body.contains("orgUnitId") && ctx.body["orgUnitId"].is_number_integer() &&
      !org_unit_exists(ctx.db, ctx.body["orgUnitId"].get<std::int64_t>())) {
    errors.push_back({"orgUnitId", "accounts.org_unit_unknown", {}});
  }
}

std::optional<std::int64_t> org_of(const Json& body) {
  if (body.contains("orgUnitId") && body["orgUnitId"].is_number_integer()) {
    return body["orgUnitId"].get<std::int64_t>();
  }
  return std::nullopt;
}

Response create_user_route(Context& ctx) {
  NewUser u{ctx.body["username"].get<std::string>(), ctx.body["displayName"].get<std::string>(),
            ctx.body.value("phone", ""), org_of(ctx.body),
            strings(ctx.body.value("roles", Json::array()))};
  std::vector<FieldError> errors;
  if (auto e = check_username(u.username)) errors.push_back({"username", *e, {}});
  if (auto e = check_roles(u.roles))
    errors.push_back({"roles", *e, {}});
  else if (!may_assign_roles(ctx.me().roles, false, u.roles))
    errors.push_back({"roles", "accounts.role_not_yours_to_give", {}});
  check_user_fields(ctx, errors);
  if (errors.empty() && find_user_id(ctx.db, u.username))
    errors.push_back({"username", "accounts.username_taken", {}});
  if (!errors.empty()) throw invalid(errors);
  db::Transaction tx(ctx.db);
  auto [id, password] = create_user(ctx.db, ctx.app.cipher(), u, ctx.now);
  auto after = user_json(ctx.db, id, ctx.now);
  ctx.audit("users.create", "user", std::to_string(id), nullptr, *after);
  tx.commit();
  return Response::json({{"user", *after}, {"initialPassword", password}}, 201);
}

Json existing_user(Context& ctx, std::int64_t id) {
  auto u = user_json(ctx.db, id, ctx.now);
  if (!u) throw not_found("accounts.user_not_found");
  return *u;
}

Response update_user(Context& ctx) {
  std::int64_t id = ctx.id();
  Json before = existing_user(ctx, id);
  std::vector<FieldError> errors;
  check_user_fields(ctx, errors);
  if (!errors.empty()) throw invalid(errors);
  std::string phone = ctx.body.value("phone", "");
  db::Transaction tx(ctx.db);
  ctx.db.exec(
      "UPDATE users SET display_name = ?, phone_enc = ?, phone_masked = ?, org_unit_id = ? "
      "WHERE id = ?",
      {ctx.body["displayName"].get<std::string>(),
       phone.empty() ? std::string() : ctx.app.cipher().encrypt(phone),
       phone.empty() ? std::string() : crypto::mask_phone(phone),
       org_of(ctx.body) ? db::Value(*org_of(ctx.body)) : db::Value(), id});
  Json after = existing_user(ctx, id);
  ctx.audit("users.update", "user", std::to_string(id), before, after);
  tx.commit();
  return Response::json(after);
}

Response set_user_roles(Context& ctx) {
  std::int64_t id = ctx.id();
  Json before = existing_user(ctx, id);
  auto roles = strings(ctx.body["roles"]);
  if (auto e = check_roles(roles)) throw invalid_field("roles", *e);
  if (!may_assign_roles(ctx.me().roles, id == ctx.me().user_id, roles)) {
    throw forbidden("accounts.role_not_yours_to_give");
  }
  db::Transaction tx(ctx.db);
  set_roles(ctx.db, id, roles);
  Json after = existing_user(ctx, id);
  ctx.audit("users.roles", "user", std::to_string(id), {{"roles", before["roles"]}},
            {{"roles", after["roles"]}});
  tx.commit();
  return Response::json(after);
}

Response reset_user_password(Context& ctx) {
  std::int64_t id = ctx.id();
  existing_user(ctx, id);
  db::Transaction tx(ctx.db);
  std::string pw = reset_password(ctx.db, id, ctx.now);
  ctx.audit("users.reset_password", "user", std::to_string(id));
  tx.commit();
  return Response::json({{"initialPassword", pw}});
}

Response reset_user_totp(Context& ctx) {
  std::int64_t id = ctx.id();
  existing_user(ctx, id);
  db::Transaction tx(ctx.db);
  ctx.db.exec("UPDATE users SET totp_enabled = 0, totp_secret_enc = '' WHERE id = ?", {id});
  ctx.db.exec("DELETE FROM sessions WHERE user_id = ?", {id});
  ctx.audit("users.reset_totp", "user", std::to_string(id));
  tx.commit();
  return Response::json(existing_user(ctx, id));
}

Response change_status(Context& ctx, const std::string& status, const std::string& action) {
  std::int64_t id = ctx.id();
  if (id == ctx.me().user_id) throw conflict("accounts.not_on_self");
  Json before = existing_user(ctx, id);
  db::Transaction tx(ctx.db);
  set_status(ctx.db, id, status);
  Json after = existing_user(ctx, id);
  ctx.audit(action, "user", std::to_string(id),
            {{"status", before["status"]}, {"locked", before["locked"]}},
            {{"status", after["status"]}, {"locked", after["locked"]}});
  tx.commit();
  return Response::json(after);
}

Response reveal_phone(Context& ctx) {
  std::int64_t id = ctx.id();
  auto row = ctx.db.query_one("SELECT phone_enc FROM users WHERE id = ?", {id});
  if (!row) throw not_found("accounts.user_not_found");
  std::string enc = row->str("phone_enc");
  auto phone = enc.empty() ? std::optional<std::string>("") : ctx.app.cipher().decrypt(enc);
  if (!phone) throw ApiError(500, "server.internal");
  db::Transaction tx(ctx.db);
  ctx.audit("personal.reveal", "user", std::to_string(id), nullptr, {{"field", "phone"}});
  tx.commit();
  return Response::json({{"phone", *phone}});
}

Response list_roles(Context& ctx) {
  Json out = Json::array();
  for (const auto& r : auth::all_roles()) {
    out.push_back({{"code", r.code},
                   {"name", ctx.lang == i18n::Lang::en ? r.name_en : r.name_zh},
                   {"admin", r.admin}});
  }
  return Response::json(out);
}

Response list_org_units(Context& ctx) {
  Json out = Json::array();
  for (const auto& r :
       ctx.db.query("SELECT id, parent_id, name, kind FROM org_units WHERE retired_at IS NULL "
                    "ORDER BY sort_order, id")) {
    auto parent = r.opt_i64("parent_id");
    out.push_back({{"id", r.i64("id")},
                   {"parentId", parent ? Json(*parent) : Json()},
                   {"name", r.str("name")},
                   {"kind", r.str("kind")}});
  }
  return Response::json(out);
}

}  // namespace

std::vector<Route> user_routes() {
  using http::Access;
  using http::Method;
  const std::string tag = "accounts";
  auto user_fields = [](bool create) {
    std::vector<http::FieldSpec> f = {http::str("displayName").req().len(1, 32),
                                      http::str("phone").len(0, 11),
                                      http::integer("orgUnitId").null_ok().range(1, INT64_MAX)};
    if (create) {
      f.push_back(http::str("username").req().len(3, 32));
      f.push_back(http::str_array("roles"));
    }
    return f;
  };
  auto filters = http::list_query(
      {{"role", "string", "role code"}, {"status", "string", "active, locked or disabled"}});
  auto by_id = [&](std::string suffix, std::string perm, std::string summary, auto handler) {
    return Route{.method = Method::post,
                 .path = "/api/users/{id}/" + suffix,
                 .permission = perm,
                 .summary = summary,
                 .tag = tag,
                 .handler = handler};
  };
  return {
      {.method = Method::get,
       .path = "/api/users",
       .permission = "users.read",
       .summary = "List users (page, sort, filter)",
       .tag = tag,
       .query = filters,
       .handler = list_users},
      {.method = Method::get,
       .path = "/api/users/export",
       .permission = "users.read",
       .summary = "Export the filtered users to .xlsx",
       .tag = tag,
       .query = filters,
       .handler = export_users},
      {.method = Method::post,
       .path = "/api/users",
       .permission = "users.manage",
       .summary = "Create a user with an initial password",
       .tag = tag,
       .body = http::body(user_fields(true)),
       .handler = create_user_route},
      {.method = Method::put,
       .path = "/api/users/{id}",
       .permission = "users.manage",
       .summary = "Edit a user's name, phone and organization",
       .tag = tag,
       .body = http::body(user_fields(false)),
       .handler = update_user},
      {.method = Method::put,
       .path = "/api/users/{id}/roles",
       .permission = "users.roles",
       .summary = "Set a user's roles (security admin)",
       .tag = tag,
       .body = http::body({http::str_array("roles").len(0, 9)}),
       .handler = set_user_roles},
      by_id("reset-password", "users.manage", "Issue a new initial password", reset_user_password),
      by_id("reset-totp", "users.roles", "Remove a user's authenticator (security admin)",
            reset_user_totp),
      by_id("lock", "users.manage", "Disable an account",
            [](Context& c) { return change_status(c, "disabled", "users.lock"); }),
      by_id("unlock", "users.manage", "Re-enable an account and clear a sign-in lock",
            [](Context& c) { return change_status(c, "active", "users.unlock"); }),
      by_id("reveal", "personal.reveal", "Show a user's full phone number (audited)", reveal_phone),
      {.method = Method::get,
       .path = "/api/roles",
       .access = Access::signed_in,
       .summary = "The roles and their names",
       .tag = tag,
       .handler = list_roles},
      {.method = Method::get,
       .path = "/api/org-units",
       .access = Access::signed_in,
       .summary = "The organization units (flat list with parent ids)",
       .tag = tag,
       .handler = list_org_units},
  };
}

}  // namespace md::accounts
