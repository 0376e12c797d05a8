// The public portal (R10.1), served without sign-in under /portal (the web app owns every
// other path; /api is where the server answers dynamically). Pages are rendered once and kept
// in memory by path; any publish, withdraw or edit forgets them all, and an entry never
// outlives the next scheduled publication (so a due article appears without a scheduler) nor
// one minute (the reception notices, opinions and votes change outside this module).
#include <algorithm>
#include <map>
#include <mutex>

#include "modules/publicity/portal_render.hpp"
#include "modules/publicity/routes.hpp"
#include "modules/publicity/rules.hpp"
#include "modules/publicity/store.hpp"
#include "platform/core/app.hpp"
#include "platform/core/errors.hpp"
#include "platform/files/attachments.hpp"
#include "platform/http/context.hpp"
#include "platform/http/page_cache.hpp"

namespace md::publicity {
using http::Context;
using http::Response;
using http::Route;

namespace {

constexpr std::int64_t kMaxAge = 60;

PortalSite site_of(Context& ctx) {
  PortalSite s;
  s.name = ctx.settings().get_text("publicity.site_name");
  s.base_url = ctx.settings().get_text("publicity.site_url");
  if (s.base_url.empty()) {
    std::string host = ctx.req.header("host");
    // Only a plausible host name goes into absolute links (no quotes, spaces or slashes).
    bool ok = !host.empty() && host.size() < 200 &&
              host.find_first_not_of(
                  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                  ".-:[]") == std::string::npos;
    s.base_url = "http://" + (ok ? host : std::string("localhost"));
  }
  while (!s.base_url.empty() && s.base_url.back() == '/') s.base_url.pop_back();
  return s;
}

ArticleView view_of(const db::Row& r) {
  ArticleView a;
  a.id = r.i64("id");
  a.title = r.str("title");
  a.summary = r.str("summary");
  a.column = r.str("column_key");
  const Column* c = find_column(a.column);
  a.column_name = c ? c->zh : a.column;
  a.author = r.str("author");
  a.body_html = r.str("body_html");
  a.cover_id = r.opt_i64("cover_id");
  a.published_at = r.opt_i64("published_at").value_or(0);
  return a;
}

std::vector<ArticleView> views(const std::vector<db::Row>& rows) {
  std::vector<ArticleView> out;
  for (const auto& r : rows) out.push_back(view_of(r));
  return out;
}

Response html(std::string body, int status = 200) {
  Response r;
  r.status = status;
  r.content_type = "text/html; charset=utf-8";
  r.body = std::move(body);
  return r;
}

Response xml(std::string body, const char* type) {
  Response r;
  r.content_type = type;
  r.body = std::move(body);
  return r;
}

// Serves from the platform's public page cache or renders with `make` and remembers the answer
// (errors too: a missing article's 404 page is as cacheable as an article). Later hits are
// answered by the HTTP server itself, before the dispatcher (platform/http/page_cache.hpp).
Response through_cache(Context& ctx, const std::function<Response()>& make) {
  auto& pages = http::public_pages();
  const std::string key = http::PageCache::key(ctx.req.path, ctx.req.header("host"));
  if (auto hit = pages.get(key, ctx.now)) return *hit;
  const std::uint64_t generation = pages.generation();  // before rendering: never newer content
  Response r = make();
  std::int64_t expires = ctx.now + kMaxAge;
  if (auto due = next_due(ctx.db, ctx.now)) expires = std::min(expires, *due);
  Response stored = r;
  stored.headers.emplace_back("X-Portal-Cache", "hit");
  pages.put(key, stored, generation, expires);
  return r;
}

// Another module's public answer, by calling its public route as an anonymous visitor would;
// null when that module is absent or fails (the portal still renders).
Json public_api(Context& ctx, const std::string& path, std::map<std::string, std::string> query) {
  try {
    auto match = ctx.app.router().match(http::Method::get, path);
    if (!match.route || match.route->access != http::Access::public_) return nullptr;
    http::Request req;
    req.path = path;
    req.query = std::move(query);
    req.remote_ip = ctx.req.remote_ip;
    Context sub(ctx.app, req, ctx.db, i18n::Lang::zh_CN, ctx.now);
    Response r = match.route->handler(sub);
    if (r.status != 200) return nullptr;
    return Json::parse(r.body);
  } catch (const std::exception&) {
    return nullptr;
  }
}

// Certified project and satisfaction votes: title, date and each question's outcome.
Json certified_votes(Context& ctx) {
  Json out = Json::array();
  try {
    for (const auto& v : ctx.db.query(
             "SELECT id, title, certified_at, result_json FROM votes WHERE status = 'certified' "
             "AND kind IN ('projects', 'satisfaction') ORDER BY certified_at DESC, id DESC LIMIT "
             "5")) {
      Json result = v.is_null("result_json") ? Json() : Json::parse(v.str("result_json"));
      Json questions = Json::array();
      for (const auto& q : ctx.db.query(
               "SELECT position, title FROM vote_questions WHERE vote_id = ? ORDER BY position",
               {v.i64("id")})) {
        auto i = static_cast<std::size_t>(q.i64("position"));
        std::string outcome;
        if (result.is_object() && result.contains("outcomes")) {
          const auto& o = result["outcomes"];
          std::size_t idx = i;  // positions count from 0, like the outcomes
          if (idx < o.size() && o[idx].is_string()) outcome = o[idx].get<std::string>();
        }
        questions.push_back({{"title", q.str("title")}, {"outcome", outcome}});
      }
      out.push_back(
          {{"title", v.str("title")},
           {"certifiedAt", v.opt_i64("certified_at") ? Json(*v.opt_i64("certified_at")) : Json()},
           {"questions", questions}});
    }
  } catch (const std::exception&) {
    return Json::array();
  }
  return out;
}

Response home(Context& ctx) {
  return through_cache(ctx, [&] {
    std::vector<std::pair<std::string, std::vector<ArticleView>>> by_column;
    for (const auto& c : columns()) {
      by_column.emplace_back(c.key, views(public_articles(ctx.db, ctx.now, c.key, 6)));
    }
    Json receptions = public_api(ctx, "/api/public/receptions", {});
    Json opinions = public_api(ctx, "/api/public/opinions", {{"pageSize", "5"}});
    return html(render_home(site_of(ctx), by_column, receptions, opinions, certified_votes(ctx)));
  });
}

Response column_page(Context& ctx) {
  return through_cache(ctx, [&] {
    const Column* c = find_column(ctx.param("key"));
    if (!c) return html(render_not_found(site_of(ctx)), 404);
    return html(
        render_column(site_of(ctx), c->zh, views(public_articles(ctx.db, ctx.now, c->key, 50))));
  });
}

Response article_page(Context& ctx) {
  return through_cache(ctx, [&] {
    auto r = find_article(ctx.db, ctx.id());
    if (!r || !is_public(r->str("state"), r->opt_i64("published_at"), ctx.now)) {
      return html(render_not_found(site_of(ctx)), 404);
    }
    return html(render_article(site_of(ctx), view_of(*r)));
  });
}

Response rss(Context& ctx) {
  return through_cache(ctx, [&] {
    return xml(render_rss(site_of(ctx), views(public_articles(ctx.db, ctx.now, "", 30))),
               "application/rss+xml; charset=utf-8");
  });
}

Response json_feed(Context& ctx) {
  return through_cache(ctx, [&] {
    Response r = Response::json(
        render_json_feed(site_of(ctx), views(public_articles(ctx.db, ctx.now, "", 30))));
    r.content_type = "application/feed+json; charset=utf-8";
    return r;
  });
}

Response sitemap(Context& ctx) {
  return through_cache(ctx, [&] {
    std::vector<std::string> keys;
    for (const auto& c : columns()) keys.push_back(c.key);
    return xml(
        render_sitemap(site_of(ctx), keys, views(public_articles(ctx.db, ctx.now, "", 5000))),
        "application/xml; charset=utf-8");
  });
}

// An image of a public article (or of any article, for the office's editor previews).
Response portal_file(Context& ctx) {
  auto row = ctx.db.query_one("SELECT owner_type FROM attachments WHERE id = ?", {ctx.id()});
  if (!row || row->str("owner_type") != "article") throw not_found("publicity.not_found");
  Response r;
  try {
    r = files::download(ctx, ctx.id());
  } catch (const ApiError& e) {
    // A draft's picture does not exist for the public: 404, like an unknown one.
    if (e.status == 403) throw not_found("publicity.not_found");
    throw;
  }
  if (!r.content_type.starts_with("image/")) throw not_found("publicity.not_found");
  // Shown inline by <img>; the platform marks downloads as attachments.
  r.headers.erase(std::remove_if(r.headers.begin(), r.headers.end(),
                                 [](const auto& h) { return h.first == "Content-Disposition"; }),
                  r.headers.end());
  return r;
}

}  // namespace

void invalidate_portal() { http::public_pages().invalidate(); }

std::vector<Route> portal_routes() {
  using http::Access;
  using http::Method;
  const std::string tag = "publicity";
  auto page = [&](std::string path, std::string summary, Response (*h)(Context&)) {
    return Route{.method = Method::get,
                 .path = std::move(path),
                 .access = Access::public_,
                 .summary = std::move(summary),
                 .tag = tag,
                 .handler = h};
  };
  return {
      page("/portal",
           "Portal home (HTML): latest articles by column, reception notices, "
           "handled opinions, vote results",
           home),
      page("/portal/columns/{key}", "Portal column page (HTML)", column_page),
      page("/portal/articles/{id}", "Portal article page (HTML, Open Graph tags)", article_page),
      page("/portal/rss.xml", "RSS 2.0 of the newest published articles", rss),
      page("/portal/feed.json", "JSON Feed 1.1 of the newest published articles", json_feed),
      page("/portal/sitemap.xml", "sitemap.xml of the portal", sitemap),
      page("/portal/files/{id}", "An image of a published article", portal_file),
  };
}

}  // namespace md::publicity
