// The one place the rectification module registers with the platform.
#include "modules/rectification/module.hpp"

#include "modules/rectification/common.hpp"
#include "modules/rectification/routes.hpp"
#include "platform/files/attachments.hpp"

namespace md::rectification {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);
std::vector<http::Route> import_routes();  // import_routes.cpp
std::vector<auth::Grant> grants();

namespace {

/// Evidence files: readable by whoever sees the item, added while it is not verified.
bool evidence_allowed(http::Context& ctx, std::int64_t id, bool write) {
  if (!ctx.user) return false;
  if (!ctx.me().can(write ? "rectification.manage" : "rectification.read")) return false;
  auto r = ctx.db.query_one("SELECT org_unit_id, state FROM rectification_items WHERE case_id = ?",
                            {id});
  if (!r) return false;
  if (write && r->str("state") == "verified") return false;
  try {
    http::require_unit_in_scope(ctx, r->i64("org_unit_id"), scope_codes());
  } catch (const ApiError&) {
    return false;
  }
  return true;
}

}  // namespace

Module module() {
  register_texts();
  files::register_owner_type("rectification", evidence_allowed);
  Module m;
  m.name = "rectification";
  m.migrations = embedded_migrations("rectification");
  m.grants = grants();
  m.routes = item_routes();
  for (auto& r : progress_routes()) m.routes.push_back(std::move(r));
  for (auto& r : import_routes()) m.routes.push_back(std::move(r));
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::rectification
