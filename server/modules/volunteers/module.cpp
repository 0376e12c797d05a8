// The one place the volunteers module registers with the platform.
#include "modules/volunteers/module.hpp"

#include "modules/volunteers/routes.hpp"

namespace md::volunteers {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);
std::vector<auth::Grant> grants();

Module module() {
  register_texts();
  Module m;
  m.name = "volunteers";
  m.migrations = embedded_migrations("volunteers");
  m.grants = grants();
  for (auto* group : {member_routes, activity_routes, hours_routes}) {
    for (auto& r : group()) m.routes.push_back(std::move(r));
  }
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::volunteers
