#include "modules/publicity/portal_render.hpp"

#include <ctime>

#include "modules/publicity/rules.hpp"
#include "modules/publicity/sanitize.hpp"
#include "platform/core/china_time.hpp"

namespace md::publicity {
namespace {

using nlohmann::json;

std::string e(std::string_view s) { return escape_html(s); }

std::string str_of(const json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || !j[key].is_string()) return "";
  return j[key].get<std::string>();
}

// Chinese typography: CJK font stack, 1.8 line height, first-line indent of two characters.
const char* const kStyle = R"(<style>
*{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei",sans-serif;font-size:17px;line-height:1.8;color:#1f1f1f;background:#f6f6f4}
a{color:#a4161a;text-decoration:none}a:hover,a:focus{text-decoration:underline}
header.site{background:#b71c1c;color:#fff;padding:14px 16px}
header.site a{color:#fff}header.site .name{font-size:21px;font-weight:700;letter-spacing:.05em}
nav.cols{display:flex;flex-wrap:wrap;gap:4px 14px;margin-top:6px;font-size:16px}
nav.cols a{display:inline-block;padding:6px 0;min-height:44px;line-height:32px}
main{max-width:760px;margin:0 auto;padding:12px 16px 32px}
section{background:#fff;border-radius:6px;padding:12px 16px;margin:12px 0}
section h2{font-size:19px;margin:0 0 6px;border-left:4px solid #b71c1c;padding-left:8px}
ul.list{list-style:none;margin:0;padding:0}
ul.list li{border-bottom:1px solid #eee;padding:8px 0}ul.list li:last-child{border-bottom:0}
ul.list a{display:block;font-size:17px}
.meta{color:#666;font-size:14px}
article h1{font-size:24px;line-height:1.4;margin:8px 0}
article .body p{text-indent:2em;margin:0 0 .8em;text-align:justify}
article .body img{max-width:100%;height:auto;display:block;margin:8px auto}
article .body table{border-collapse:collapse;width:100%;overflow-x:auto;display:block}
article .body td,article .body th{border:1px solid #ccc;padding:4px 6px}
article .body blockquote{margin:0 0 .8em;padding:4px 12px;border-left:3px solid #ddd;color:#444}
.cover{width:100%;height:auto;border-radius:4px}
footer{text-align:center;color:#777;font-size:13px;padding:16px}
</style>)";

std::string date_of(std::int64_t t) { return china_date(t); }

std::string head(const PortalSite& site, const std::string& title, const std::string& extra) {
  return "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta "
         "name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>" +
         e(title) + "</title><link rel=\"alternate\" type=\"application/rss+xml\" title=\"" +
         e(site.name) + "\" href=\"" + portal_path("/rss.xml") + "\">" + extra + kStyle +
         "</head><body><header class=\"site\"><a class=\"name\" href=\"" + portal_path() + "\">" +
         e(site.name) + "</a><nav class=\"cols\">" +
         [] {
           std::string n;
           for (const auto& c : columns()) {
             n += "<a href=\"" + portal_path("/columns/" + c.key) + "\">" + e(c.zh) + "</a>";
           }
           return n;
         }() +
         "</nav></header><main>";
}

std::string tail(const PortalSite& site) {
  return "</main><footer>" + e(site.name) + " · <a href=\"" + portal_path("/rss.xml") +
         "\">RSS</a></footer></body></html>";
}

std::string article_items(const std::vector<ArticleView>& list) {
  std::string out = "<ul class=\"list\">";
  for (const auto& a : list) {
    out += "<li><a href=\"" + portal_path("/articles/" + std::to_string(a.id)) + "\">" +
           e(a.title) + "</a><span class=\"meta\">" + date_of(a.published_at) + "</span></li>";
  }
  if (list.empty()) out += "<li class=\"meta\">暂无内容</li>";
  return out + "</ul>";
}

const char* outcome_zh(const std::string& o) {
  if (o == "chosen") return "当选";
  if (o == "passed_no_seat") return "通过（名额已满）";
  if (o == "tie") return "票数相同";
  if (o == "failed") return "未通过";
  if (o == "satisfied") return "满意";
  if (o == "basically") return "基本满意";
  if (o == "unsatisfied") return "不满意";
  if (o == "no_quorum") return "未达法定人数";
  return "已计票";
}

std::string receptions_section(const json& r) {
  std::string out = "<section id=\"receptions\"><h2>接待选民日公告</h2><ul class=\"list\">";
  bool any = false;
  if (r.is_object() && r.contains("items")) {
    for (const auto& it : r["items"]) {
      any = true;
      std::string names;
      if (it.contains("deputies")) {
        for (const auto& d : it["deputies"]) {
          if (d.is_string()) names += (names.empty() ? "" : "、") + d.get<std::string>();
        }
      }
      out += "<li><strong>" + e(str_of(it, "day")) + " " + e(str_of(it, "startsAt")) + "–" +
             e(str_of(it, "endsAt")) + "</strong> " + e(str_of(it, "workstation")) +
             "<div class=\"meta\">地点：" + e(str_of(it, "place")) +
             (names.empty() ? "" : "；接待代表：" + e(names)) + "</div></li>";
    }
  }
  if (!any) out += "<li class=\"meta\">近期暂无接待安排</li>";
  return out + "</ul></section>";
}

std::string opinions_section(const json& o) {
  std::string out = "<section id=\"opinions\"><h2>意见建议办理公开</h2><ul class=\"list\">";
  bool any = false;
  if (o.is_object() && o.contains("items")) {
    for (const auto& it : o["items"]) {
      any = true;
      out += "<li>" + e(str_of(it, "summary")) + "<div class=\"meta\">" + e(str_of(it, "town")) +
             " · 答复：" + e(str_of(it, "reply")) + "</div></li>";
    }
  }
  if (!any) out += "<li class=\"meta\">暂无办结公开的意见</li>";
  return out + "</ul></section>";
}

std::string votes_section(const json& v) {
  std::string out = "<section id=\"votes\"><h2>票决结果公布</h2><ul class=\"list\">";
  bool any = false;
  if (v.is_array()) {
    for (const auto& vote : v) {
      any = true;
      out += "<li><strong>" + e(str_of(vote, "title")) + "</strong>";
      if (vote.contains("certifiedAt") && vote["certifiedAt"].is_number_integer()) {
        out += "<span class=\"meta\"> " + date_of(vote["certifiedAt"].get<std::int64_t>()) +
               " 确认</span>";
      }
      out += "<div class=\"meta\">";
      for (const auto& q : vote["questions"]) {
        out += e(str_of(q, "title")) + "：" + outcome_zh(str_of(q, "outcome")) + "；";
      }
      out += "</div></li>";
    }
  }
  if (!any) out += "<li class=\"meta\">暂无公布的票决结果</li>";
  return out + "</ul></section>";
}

std::string rfc822(std::int64_t t) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return buf;
}

}  // namespace

std::string portal_path(std::string_view rest) { return "/portal" + std::string(rest); }

std::string render_home(
    const PortalSite& site,
    const std::vector<std::pair<std::string, std::vector<ArticleView>>>& by_column,
    const nlohmann::json& receptions, const nlohmann::json& opinions, const nlohmann::json& votes) {
  std::string out = head(site, site.name,
                         "<meta property=\"og:type\" content=\"website\"><meta "
                         "property=\"og:title\" content=\"" +
                             e(site.name) + "\"><meta property=\"og:url\" content=\"" +
                             e(site.base_url + portal_path()) + "\">");
  for (const auto& [key, list] : by_column) {
    const Column* c = find_column(key);
    out += "<section class=\"column\" id=\"col-" + e(key) + "\"><h2><a href=\"" +
           portal_path("/columns/" + key) + "\">" + e(c ? c->zh : key) + "</a></h2>" +
           article_items(list) + "</section>";
  }
  out += receptions_section(receptions);
  out += opinions_section(opinions);
  out += votes_section(votes);
  return out + tail(site);
}

std::string render_column(const PortalSite& site, const std::string& column_name,
                          const std::vector<ArticleView>& articles) {
  return head(site, column_name + " - " + site.name, "") + "<section><h2>" + e(column_name) +
         "</h2>" + article_items(articles) + "</section>" + tail(site);
}

std::string render_article(const PortalSite& site, const ArticleView& a) {
  std::string url = site.base_url + portal_path("/articles/" + std::to_string(a.id));
  std::string og = "<meta name=\"description\" content=\"" + e(a.summary) +
                   "\"><meta property=\"og:type\" content=\"article\"><meta property=\"og:title\" "
                   "content=\"" +
                   e(a.title) + "\"><meta property=\"og:description\" content=\"" + e(a.summary) +
                   "\"><meta property=\"og:url\" content=\"" + e(url) +
                   "\"><meta property=\"og:site_name\" content=\"" + e(site.name) + "\">";
  if (a.cover_id) {
    og += "<meta property=\"og:image\" content=\"" +
          e(site.base_url + portal_path("/files/" + std::to_string(*a.cover_id))) + "\">";
  }
  std::string out = head(site, a.title + " - " + site.name, og);
  out += "<article><h1>" + e(a.title) + "</h1><p class=\"meta\">" + e(a.column_name) + " · " +
         e(a.author) + " · " + date_of(a.published_at) + "</p>";
  if (a.cover_id) {
    out += "<img class=\"cover\" alt=\"\" src=\"" +
           portal_path("/files/" + std::to_string(*a.cover_id)) + "\">";
  }
  out += "<div class=\"body\">" + a.body_html + "</div></article>";
  return out + tail(site);
}

std::string render_not_found(const PortalSite& site) {
  return head(site, "页面不存在 - " + site.name, "") +
         "<section><h2>页面不存在</h2><p>文章不存在或已撤回。<a href=\"" + portal_path() +
         "\">返回首页</a></p></section>" + tail(site);
}

std::string render_rss(const PortalSite& site, const std::vector<ArticleView>& articles) {
  // The channel's link comes after the items' start so the feed's first bytes depend only on
  // the site name and the newest article (tests and caches compare them).
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" +
      e(site.name) + "</title><description>" + e(site.name) +
      "</description><language>zh-cn</language>";
  for (const auto& a : articles) {
    std::string url = site.base_url + portal_path("/articles/" + std::to_string(a.id));
    out += "<item><title>" + e(a.title) + "</title><link>" + e(url) + "</link><guid>" + e(url) +
           "</guid><category>" + e(a.column_name) + "</category><pubDate>" +
           rfc822(a.published_at) + "</pubDate><description>" + e(a.summary) +
           "</description></item>";
  }
  return out + "<link>" + e(site.base_url + portal_path()) + "</link></channel></rss>\n";
}

nlohmann::json render_json_feed(const PortalSite& site, const std::vector<ArticleView>& articles) {
  json items = json::array();
  for (const auto& a : articles) {
    json item = {{"id", std::to_string(a.id)},
                 {"url", site.base_url + portal_path("/articles/" + std::to_string(a.id))},
                 {"title", a.title},
                 {"summary", a.summary},
                 {"date_published", china_format(a.published_at, "%Y-%m-%dT%H:%M:%S+08:00")},
                 {"tags", json::array({a.column_name})},
                 {"authors", json::array({json{{"name", a.author}}})}};
    if (a.cover_id) {
      item["image"] = site.base_url + portal_path("/files/" + std::to_string(*a.cover_id));
    }
    items.push_back(item);
  }
  return {{"version", "https://jsonfeed.org/version/1.1"},
          {"title", site.name},
          {"language", "zh-CN"},
          {"home_page_url", site.base_url + portal_path()},
          {"feed_url", site.base_url + portal_path("/feed.json")},
          {"items", items}};
}

std::string render_sitemap(const PortalSite& site, const std::vector<std::string>& column_keys,
                           const std::vector<ArticleView>& articles) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset "
      "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" +
      e(site.base_url + portal_path()) + "</loc></url>";
  for (const auto& k : column_keys) {
    out += "<url><loc>" + e(site.base_url + portal_path("/columns/" + k)) + "</loc></url>";
  }
  for (const auto& a : articles) {
    out += "<url><loc>" + e(site.base_url + portal_path("/articles/" + std::to_string(a.id))) +
           "</loc><lastmod>" + china_date(a.published_at) + "</lastmod></url>";
  }
  return out + "</urlset>\n";
}

}  // namespace md::publicity
