// The one place the votes module registers with the platform.
#include "modules/votes/module.hpp"

#include "modules/votes/permissions.hpp"
#include "modules/votes/routes.hpp"
#include "platform/settings/settings.hpp"

namespace md::votes {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);

namespace {

void define_settings() {
  using settings::Type;
  settings::define({
      {"votes.rectification_months",
       "votes",
       Type::integer,
       3,
       1,
       12,
       {},
       "满意度测评不满意项目的整改期限（月）",
       "Rectification deadline of an unsatisfactory project (months)",
       "满意度测评结果为不满意的项目，自公布之日起在此期限内书面说明并整改",
       "A project rated unsatisfactory explains itself in writing and is rectified within this "
       "many months of the result"},
  });
}

}  // namespace

Module module() {
  register_texts();
  define_settings();
  Module m;
  m.name = "votes";
  m.migrations = embedded_migrations("votes");
  m.grants = grants();
  for (auto* group : {project_routes, vote_routes, ballot_routes, count_routes}) {
    for (auto& r : group()) m.routes.push_back(std::move(r));
  }
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::votes
