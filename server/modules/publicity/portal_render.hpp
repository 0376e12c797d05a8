#pragma once
// The public portal's pages as HTML strings: pure templates over plain values, every value
// escaped (article bodies are stored already sanitized). Mobile-first, Chinese typography.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace md::publicity {

struct PortalSite {
  std::string name;      ///< e.g. 云溪区人大常委会
  std::string base_url;  ///< "https://rd.example.gov.cn" (no trailing slash)
};

struct ArticleView {
  std::int64_t id = 0;
  std::string title, summary, column, column_name, author, body_html;
  std::optional<std::int64_t> cover_id;
  std::int64_t published_at = 0;
};

/// The portal's URL of a page ("/portal…").
std::string portal_path(std::string_view rest = "");

/// Home: the latest articles of each column, the reception-day notices, handled opinions and
/// certified vote results (each JSON as the owning module's public API answers, or null).
std::string render_home(
    const PortalSite& site,
    const std::vector<std::pair<std::string, std::vector<ArticleView>>>& by_column,
    const nlohmann::json& receptions, const nlohmann::json& opinions, const nlohmann::json& votes);
/// One column's list.
std::string render_column(const PortalSite& site, const std::string& column_name,
                          const std::vector<ArticleView>& articles);
/// An article page with Open Graph tags.
std::string render_article(const PortalSite& site, const ArticleView& a);
/// A not-found page.
std::string render_not_found(const PortalSite& site);
/// RSS 2.0 of the newest articles.
std::string render_rss(const PortalSite& site, const std::vector<ArticleView>& articles);
/// JSON Feed 1.1 of the newest articles (the same list as the RSS).
nlohmann::json render_json_feed(const PortalSite& site, const std::vector<ArticleView>& articles);
/// sitemap.xml of the home page, the columns and the articles.
std::string render_sitemap(const PortalSite& site, const std::vector<std::string>& column_keys,
                           const std::vector<ArticleView>& articles);

}  // namespace md::publicity
