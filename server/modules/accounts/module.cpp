// The one place the accounts module registers with the platform.
#include "modules/accounts/module.hpp"

#include "modules/accounts/permissions.hpp"
#include "modules/accounts/routes.hpp"

namespace md::accounts {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);

Module module() {
  register_texts();
  Module m;
  m.name = "accounts";
  m.migrations = embedded_migrations("accounts");
  m.grants = grants();
  m.routes = auth_routes();
  for (auto& r : user_routes()) m.routes.push_back(std::move(r));
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::accounts
