// The one place the system module registers with the platform.
#include "modules/system/module.hpp"

#include "modules/system/permissions.hpp"
#include "modules/system/routes.hpp"
#include "platform/files/attachments.hpp"
#include "platform/http/context.hpp"

namespace md::system {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);
std::vector<http::Route> import_routes();  // import_routes.cpp

namespace {

// Attachments on a notice: the sender attaches; the sender and recipients may read.
bool message_attachment_allowed(http::Context& ctx, std::int64_t message_id, bool write) {
  std::int64_t uid = ctx.me().user_id;
  if (ctx.db.scalar("SELECT COUNT(*) FROM messages WHERE id = ? AND sender_id = ?",
                    {message_id, uid}) > 0) {
    return true;
  }
  return !write &&
         ctx.db.scalar(
             "SELECT COUNT(*) FROM message_recipients WHERE message_id = ? AND user_id = ?",
             {message_id, uid}) > 0;
}

}  // namespace

Module module() {
  register_texts();
  files::register_owner_type("message", message_attachment_allowed);
  Module m;
  m.name = "system";
  m.migrations = embedded_migrations("system");
  m.grants = grants();
  for (auto* part :
       {&settings_routes, &audit_routes, &message_routes, &ops_routes, &import_routes}) {
    for (auto& r : (*part)()) m.routes.push_back(std::move(r));
  }
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::system
