// The one place the deputies module registers with the platform.
#include "modules/deputies/module.hpp"

#include "modules/deputies/permissions.hpp"
#include "modules/deputies/routes.hpp"
#include "platform/settings/settings.hpp"

namespace md::deputies {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);
std::vector<http::Route> import_routes();  // import_routes.cpp

namespace {

void define_settings() {
  using settings::Type;
  settings::define({
      {"deputies.liaison_period",
       "deputies",
       Type::choice,
       "quarter",
       {},
       {},
       {"month", "quarter", "half_year", "year"},
       "党员代表联系党外代表的最低频次",
       "Minimum liaison contact frequency",
       "在当期（月/季度/半年/年）内没有联系记录的联系关系标记为逾期",
       "A liaison without a contact in the current month, quarter, half year or year is overdue"},
  });
}

}  // namespace

Module module() {
  register_texts();
  define_settings();
  Module m;
  m.name = "deputies";
  m.migrations = embedded_migrations("deputies");
  m.grants = grants();
  m.routes = deputy_routes();
  for (auto& r : liaison_routes()) m.routes.push_back(std::move(r));
  for (auto& r : import_routes()) m.routes.push_back(std::move(r));
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::deputies
