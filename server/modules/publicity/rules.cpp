#include "modules/publicity/rules.hpp"

#include <algorithm>
#include <cctype>

#include "platform/http/schema.hpp"

namespace md::publicity {

const std::vector<Column>& columns() {
  static const std::vector<Column> c = {{"work", "工作动态", "Work news"},
                                        {"deputies", "代表风采", "Deputies"},
                                        {"livelihood", "民生实事", "Livelihood projects"},
                                        {"notices", "通知公告", "Notices"},
                                        {"party", "党建之窗", "Party building"}};
  return c;
}

const Column* find_column(std::string_view key) {
  for (const auto& c : columns()) {
    if (c.key == key) return &c;
  }
  return nullptr;
}

const cases::Workflow& article_workflow() {
  static const cases::Workflow w{"article",
                                 "draft",
                                 {"draft", "review", "published", "withdrawn"},
                                 {},
                                 {{"draft", "submit", "review"},
                                  {"review", "approve", "published"},
                                  {"review", "reject", "draft"},
                                  {"published", "withdraw", "withdrawn"},
                                  {"withdrawn", "redraft", "draft"},
                                  // Saving changes is recorded too; only drafts change.
                                  {"draft", "edit", "draft"}},
                                 "articles"};
  return w;
}

namespace {
bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }
}  // namespace

std::vector<std::pair<std::string, std::string>> check_draft(const Draft& d,
                                                             std::string_view body_text) {
  std::vector<std::pair<std::string, std::string>> e;
  if (blank(d.title)) e.emplace_back("title", "publicity.title_required");
  if (!find_column(d.column)) e.emplace_back("column", "publicity.column_unknown");
  if (blank(d.author)) e.emplace_back("author", "publicity.author_required");
  if (blank(body_text) && d.body_html.find("<img") == std::string::npos) {
    e.emplace_back("bodyHtml", "publicity.body_required");
  }
  if (http::utf8_length(d.body_html) > 200000)
    e.emplace_back("bodyHtml", "publicity.body_too_long");
  return e;
}

namespace {
std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (static_cast<unsigned char>(c) < 0x80)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}
std::string trim(std::string_view s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}
}  // namespace

std::vector<std::string> find_sensitive(std::string_view text,
                                        const std::vector<std::string>& words) {
  std::string hay = ascii_lower(text);
  std::vector<std::string> found;
  for (const auto& w : words) {
    if (w.empty()) continue;
    if (hay.find(ascii_lower(w)) != std::string::npos &&
        std::find(found.begin(), found.end(), w) == found.end()) {
      found.push_back(w);
    }
  }
  return found;
}

std::vector<std::string> clean_word_list(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const auto& w : words) {
    std::string t = trim(w);
    if (t.empty() || std::find(out.begin(), out.end(), t) != out.end()) continue;
    out.push_back(t);
  }
  return out;
}

std::optional<std::string> refuse_reviewer(std::int64_t reviewer, std::int64_t created_by,
                                           std::optional<std::int64_t> submitted_by) {
  if (reviewer == created_by || (submitted_by && reviewer == *submitted_by)) {
    return "publicity.self_review";
  }
  return std::nullopt;
}

bool is_public(std::string_view state, std::optional<std::int64_t> publish_at, std::int64_t now) {
  return state == "published" && (!publish_at || *publish_at <= now);
}

}  // namespace md::publicity
