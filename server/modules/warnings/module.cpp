// The one place the warnings module registers with the platform.
#include "modules/warnings/module.hpp"

#include "modules/warnings/engine.hpp"
#include "modules/warnings/routes.hpp"
#include "platform/jobs/jobs.hpp"

namespace md::warnings {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);
std::vector<auth::Grant> grants();
jobs::Job evaluation_job();

Module module() {
  register_texts();
  define_settings();
  jobs::register_job(evaluation_job());
  Module m;
  m.name = "warnings";
  m.migrations = embedded_migrations("warnings");
  m.grants = grants();
  m.routes = routes();
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::warnings
