// The one place the donations module registers with the platform.
#include "modules/donations/module.hpp"

namespace md::donations {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);
std::vector<auth::Grant> grants();
std::vector<http::Route> donation_routes();

Module module() {
  register_texts();
  Module m;
  m.name = "donations";
  m.migrations = embedded_migrations("donations");
  m.grants = grants();
  m.routes = donation_routes();
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::donations
