// The one place the inspection module registers with the platform.
#include "modules/inspection/module.hpp"

#include "modules/inspection/permissions.hpp"
#include "modules/inspection/routes.hpp"

namespace md::inspection {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);

Module module() {
  register_texts();
  Module m;
  m.name = "inspection";
  m.migrations = embedded_migrations("inspection");
  m.grants = grants();
  for (auto* group : {checklist_routes, finding_routes}) {
    for (auto& r : group()) m.routes.push_back(std::move(r));
  }
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::inspection
