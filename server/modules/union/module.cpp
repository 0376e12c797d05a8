// The one place the union module registers with the platform.
#include "modules/union/module.hpp"

#include "modules/union/routes.hpp"
#include "platform/files/attachments.hpp"
#include "platform/settings/settings.hpp"

namespace md::trade_union {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);
std::vector<auth::Grant> grants();

namespace {

void define_settings() {
  using settings::Type;
  settings::define({
      {"union.loan_days",
       "union",
       Type::integer,
       30,
       1,
       365,
       {},
       "职工书屋借阅期限（天）",
       "Reading-room loan period (days)",
       "借出之日起满此天数应归还，逾期列入逾期名单",
       "A loan is due back this many days after it was lent; later it is on the overdue list"},
  });
}

// Photos of an activity: the office reads and attaches.
bool activity_photos_allowed(http::Context& ctx, std::int64_t id, bool write) {
  if (!ctx.me().can(write ? "union.manage" : "union.read")) return false;
  return ctx.db.query_one("SELECT id FROM union_activities WHERE id = ?", {id}).has_value();
}

}  // namespace

Module module() {
  register_texts();
  define_settings();
  files::register_owner_type("union_activity", activity_photos_allowed);
  Module m;
  m.name = "union";
  m.migrations = embedded_migrations("union");
  m.grants = grants();
  for (auto* group : {member_routes, contest_routes, activity_routes, library_routes}) {
    for (auto& r : group()) m.routes.push_back(std::move(r));
  }
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::trade_union
