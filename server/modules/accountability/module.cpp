// The one place the accountability module registers with the platform.
#include "modules/accountability/module.hpp"

namespace md::accountability {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);
std::vector<auth::Grant> grants();
std::vector<http::Route> record_routes();

Module module() {
  register_texts();
  Module m;
  m.name = "accountability";
  m.migrations = embedded_migrations("accountability");
  m.grants = grants();
  m.routes = record_routes();
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::accountability
