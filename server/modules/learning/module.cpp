// The one place the learning module registers with the platform.
#include "modules/learning/module.hpp"

#include "modules/learning/permissions.hpp"
#include "modules/learning/routes.hpp"

namespace md::learning {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);

Module module() {
  register_texts();
  Module m;
  m.name = "learning";
  m.migrations = embedded_migrations("learning");
  m.grants = grants();
  for (auto* group : {plan_routes, law_routes, hours_routes}) {
    for (auto& r : group()) m.routes.push_back(std::move(r));
  }
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::learning
