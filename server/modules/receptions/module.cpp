// The one place the receptions module registers with the platform.
#include "modules/receptions/module.hpp"

#include "modules/receptions/routes.hpp"
#include "platform/files/attachments.hpp"
#include "platform/settings/settings.hpp"

namespace md::receptions {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);
std::vector<auth::Grant> grants();

namespace {

void define_settings() {
  using settings::Type;
  settings::define({
      {"receptions.notice_days",
       "deputies",
       Type::integer,
       3,
       0,
       30,
       {},
       "接待选民日提前公告天数",
       "Days a reception day is announced in advance",
       "接待选民日的时间、地点和接待代表在此天数之前向社会公布",
       "The time, place and deputies of a reception day are public this many days before"},
      {"receptions.min_per_year",
       "deputies",
       Type::integer,
       2,
       1,
       24,
       {},
       "代表每年参加接待选民日的最少次数",
       "Reception days each deputy attends a year (minimum)",
       "年度统计中少于此次数的代表列为未达标",
       "The yearly summary lists the deputies below this number"},
  });
}

// Evidence of guidance records: the office reads and attaches.
bool guidance_attachment_allowed(http::Context& ctx, std::int64_t id, bool write) {
  if (!ctx.me().can(write ? "guidance.manage" : "guidance.read")) return false;
  return ctx.db.query_one("SELECT id FROM guidance_records WHERE id = ?", {id}).has_value();
}

// Evidence of a duty entry: the office reads and attaches; a deputy reads their own.
bool duty_entry_attachment_allowed(http::Context& ctx, std::int64_t id, bool write) {
  auto row = ctx.db.query_one("SELECT person_id FROM duty_entries WHERE id = ?", {id});
  if (!row) return false;
  if (write) return ctx.me().can("duty.manage");
  if (!ctx.me().can("duty.read")) return false;
  return sees_all(ctx) || my_person(ctx) == row->i64("person_id");
}

}  // namespace

Module module() {
  register_texts();
  define_settings();
  files::register_owner_type("guidance_record", guidance_attachment_allowed);
  files::register_owner_type("duty_entry", duty_entry_attachment_allowed);
  Module m;
  m.name = "receptions";
  m.migrations = embedded_migrations("receptions");
  m.grants = grants();
  for (auto* group : {reception_routes, guidance_routes, duty_routes}) {
    for (auto& r : group()) m.routes.push_back(std::move(r));
  }
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::receptions
