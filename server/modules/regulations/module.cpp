// The one place the regulations module registers with the platform.
#include "modules/regulations/module.hpp"

#include "modules/regulations/routes.hpp"
#include "platform/files/attachments.hpp"
#include "platform/http/context.hpp"

namespace md::regulations {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);
std::vector<auth::Grant> grants();

namespace {

// Attachments of a regulation (the signed original, annexes): readers read, managers attach.
bool attachment_allowed(http::Context& ctx, std::int64_t id, bool write) {
  if (!ctx.me().can(write ? "regulations.manage" : "regulations.read")) return false;
  return ctx.db.query_one("SELECT id FROM regulations WHERE id = ?", {id}).has_value();
}

}  // namespace

Module module() {
  register_texts();
  files::register_owner_type("regulation", attachment_allowed);
  Module m;
  m.name = "regulations";
  m.migrations = embedded_migrations("regulations");
  m.grants = grants();
  m.routes = regulation_routes();
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::regulations
