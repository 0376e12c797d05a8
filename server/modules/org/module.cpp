// The one place the org module registers with the platform.
#include "modules/org/module.hpp"

#include "modules/org/permissions.hpp"
#include "modules/org/routes.hpp"

namespace md::org {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);

Module module() {
  register_texts();
  Module m;
  m.name = "org";
  m.migrations = embedded_migrations("org");
  m.grants = grants();
  m.routes = unit_routes();
  for (auto& r : people_routes()) m.routes.push_back(std::move(r));
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::org
