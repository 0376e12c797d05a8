// The one place the supervision module registers with the platform.
#include "modules/supervision/module.hpp"

#include "modules/supervision/routes.hpp"
#include "platform/files/attachments.hpp"
#include "platform/settings/settings.hpp"

namespace md::supervision {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);
std::vector<auth::Grant> grants();

namespace {

// Documents of an item (plans, inspection reports): the office reads and attaches.
bool item_attachment_allowed(http::Context& ctx, std::int64_t id, bool write) {
  if (!ctx.me().can(write ? "supervision.manage" : "supervision.read")) return false;
  return ctx.db.query_one("SELECT id FROM supervision_items WHERE id = ?", {id}).has_value();
}

}  // namespace

Module module() {
  register_texts();
  settings::define({{"supervision.reply_months",
                     "deputies",
                     settings::Type::integer,
                     3,
                     1,
                     12,
                     {},
                     "审议意见答复期限（月）",
                     "Months a body has to reply to a deliberation opinion",
                     "审议意见送交后，被监督机关应在此期限内书面报告研究处理情况",
                     "The body reports in writing how it handled the opinion within this time"}});
  files::register_owner_type("supervision_item", item_attachment_allowed);
  Module m;
  m.name = "supervision";
  m.migrations = embedded_migrations("supervision");
  m.grants = grants();
  for (auto* group : {item_routes, opinion_routes})
    for (auto& r : group()) m.routes.push_back(std::move(r));
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::supervision
