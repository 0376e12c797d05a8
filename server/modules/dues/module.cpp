// The one place the dues module registers with the platform.
#include "modules/dues/module.hpp"

#include "modules/dues/routes.hpp"

namespace md::dues {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);
std::vector<auth::Grant> grants();
std::vector<http::Route> import_routes();  // import_routes.cpp

Module module() {
  register_texts();
  Module m;
  m.name = "dues";
  m.migrations = embedded_migrations("dues");
  m.grants = grants();
  m.routes = routes();
  for (auto& r : import_routes()) m.routes.push_back(std::move(r));
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::dues
