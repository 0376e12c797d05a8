// The one place the publicity module registers with the platform.
#include "modules/publicity/module.hpp"

#include "modules/publicity/routes.hpp"
#include "platform/files/attachments.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/settings/settings.hpp"

namespace md::publicity {

void register_texts();
void load_demo(App& app, db::Connection& conn, DemoReport& report);
std::vector<auth::Grant> grants();
jobs::Job scheduled_publish_job();

namespace {

void define_settings() {
  using settings::Type;
  settings::define({
      {"publicity.site_name",
       "general",
       Type::text,
       "岳阳市云溪区人大常委会",
       {},
       {},
       {},
       "门户网站名称",
       "Portal site name",
       "公众门户页眉、RSS 与分享卡片显示的名称",
       "Shown in the portal header, the RSS feed and link previews"},
      {"publicity.site_url",
       "general",
       Type::text,
       "",
       {},
       {},
       {},
       "门户网站地址",
       "Portal base URL",
       "RSS、sitemap 和分享卡片中的绝对地址前缀（如 "
       "https://rd.yunxi.gov.cn）；留空时按请求的主机名",
       "Prefix of absolute links in RSS, the sitemap and previews (e.g. https://rd.example.cn); "
       "empty: the request's host"},
  });
}

// Images of an article: the office reads and attaches; anyone reads those of a public article
// (the portal route checks that before serving).
bool article_attachment_allowed(http::Context& ctx, std::int64_t id, bool write) {
  auto row = ctx.db.query_one("SELECT state, published_at FROM articles WHERE id = ?", {id});
  if (!row) return false;
  bool office = ctx.user && ctx.user->can(write ? "publicity.edit" : "publicity.read");
  if (write) return office;
  if (office) return true;
  return row->str("state") == "published" &&
         row->opt_i64("published_at").value_or(ctx.now + 1) <= ctx.now;
}

}  // namespace

Module module() {
  register_texts();
  define_settings();
  files::register_owner_type("article", article_attachment_allowed);
  jobs::register_job(scheduled_publish_job());
  Module m;
  m.name = "publicity";
  m.migrations = embedded_migrations("publicity");
  m.grants = grants();
  for (auto* group : {article_routes, portal_routes}) {
    for (auto& r : group()) m.routes.push_back(std::move(r));
  }
  m.load_demo = load_demo;
  return m;
}

}  // namespace md::publicity
