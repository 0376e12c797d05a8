// The one place the enterprises module registers with the platform.
#include "modules/enterprises/module.hpp"

namespace md::enterprises {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);
std::vector<auth::Grant> grants();
std::vector<http::Route> enterprise_routes();
std::vector<http::Route> visit_routes();

Module module() {
  register_texts();
  Module m;
  m.name = "enterprises";
  m.migrations = embedded_migrations("enterprises");
  m.grants = grants();
  for (auto* group : {enterprise_routes, visit_routes}) {
    for (auto& r : group()) m.routes.push_back(std::move(r));
  }
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::enterprises
