// The one place the orglife module registers with the platform.
#include "modules/orglife/module.hpp"

#include "modules/orglife/permissions.hpp"
#include "modules/orglife/routes.hpp"
#include "modules/orglife/store.hpp"
#include "platform/auth/scope.hpp"
#include "platform/files/attachments.hpp"
#include "platform/http/context.hpp"

namespace md::orglife {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);

namespace {

// Photos and PDFs of a meeting: readable and attachable by whoever's data scope covers its
// branch and who may read (write: manage) organizational life.
bool meeting_attachment_allowed(http::Context& ctx, std::int64_t meeting_id, bool write) {
  if (!ctx.me().can(write ? "orglife.manage" : "orglife.read")) return false;
  auto row = ctx.db.query_one("SELECT org_unit_id FROM meetings WHERE id = ?", {meeting_id});
  return row && auth::scope_covers(ctx.db, ctx.me(), row->i64("org_unit_id"), whole_scope_roles());
}

}  // namespace

Module module() {
  register_texts();
  files::register_owner_type("meeting", meeting_attachment_allowed);
  Module m;
  m.name = "orglife";
  m.migrations = embedded_migrations("orglife");
  m.grants = grants();
  for (auto* group : {meeting_routes, signin_routes, compliance_routes}) {
    for (auto& r : group()) m.routes.push_back(std::move(r));
  }
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::orglife
