// The one place the reports module registers with the platform.
#include "modules/reports/module.hpp"

#include "platform/http/route.hpp"

namespace md::reports {

void register_texts();
std::vector<auth::Grant> grants();
std::vector<http::Route> report_routes();

Module module() {
  register_texts();
  Module m;
  m.name = "reports";
  m.migrations = embedded_migrations("reports");
  m.grants = grants();
  m.routes = report_routes();
  return m;
}

}  // namespace md::reports
