// Managing the departments that answer referrals (beside list/add/link in calendar_routes.cpp):
// rename, deactivate or reactivate one (an inactive department gets no new referrals; its open
// cases stay with it), and the accounts of role `department` that can be linked to one.
#include "modules/opinions/common.hpp"
#include "modules/opinions/routes.hpp"
#include "platform/core/errors.hpp"

namespace md::opinions {
using http::Context;
using http::Response;

namespace {

Response update_department(Context& ctx) {
  const auto& b = ctx.body;
  db::Transaction tx(ctx.db);
  auto row = ctx.db.query_one("SELECT id, name, active FROM departments WHERE id = ?", {ctx.id()});
  if (!row) throw not_found("opinions.department_unknown");
  Json before = {{"name", row->str("name")}, {"active", row->i64("active") != 0}};
  auto name = b.value("name", before["name"].get<std::string>());
  bool active = b.value("active", before["active"].get<bool>());
  if (name != before["name"] &&
      ctx.db.query_one("SELECT id FROM departments WHERE name = ? AND id <> ?", {name, ctx.id()})) {
    throw conflict("opinions.department_taken");
  }
  ctx.db.exec("UPDATE departments SET name = ?, active = ? WHERE id = ?",
              {name, active ? 1 : 0, ctx.id()});
  Json after = {{"name", name}, {"active", active}};
  ctx.audit("departments.update", "department", std::to_string(ctx.id()), before, after);
  tx.commit();
  after["id"] = ctx.id();
  return Response::json(after);
}

Response department_accounts(Context& ctx) {
  Json out = Json::array();
  for (const auto& r : ctx.db.query(
           "SELECT u.id, u.username, u.display_name FROM users u WHERE u.id IN (SELECT user_id "
           "FROM user_roles WHERE role = 'department') ORDER BY u.username")) {
    out.push_back({{"id", r.i64("id")},
                   {"username", r.str("username")},
                   {"displayName", r.str("display_name")}});
  }
  return Response::json(out);
}

}  // namespace

std::vector<http::Route> department_routes() {
  using http::Method;
  const std::string tag = "opinions";
  return {
      {.method = Method::put,
       .path = "/api/departments/{id}",
       .permission = "departments.manage",
       .summary = "Rename a department, or deactivate it (no new referrals) or reactivate it",
       .tag = tag,
       .body = http::body({http::str("name").len(2, 50), http::boolean("active")}),
       .handler = update_department},
      {.method = Method::get,
       .path = "/api/departments/accounts",
       .permission = "departments.manage",
       .summary = "The accounts of role department that can answer for a department",
       .tag = tag,
       .handler = department_accounts},
  };
}

}  // namespace md::opinions
