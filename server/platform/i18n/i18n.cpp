#include "platform/i18n/i18n.hpp"

#include <map>
#include <mutex>
#include <shared_mutex>

namespace md::i18n {
namespace {

struct Catalog {
  std::shared_mutex mu;
  std::map<std::string, std::pair<std::string, std::string>, std::less<>> texts;
};

Catalog& catalog() {
  static Catalog c;
  return c;
}

}  // namespace

void add(std::initializer_list<Text> texts) {
  auto& c = catalog();
  std::unique_lock lock(c.mu);
  for (const auto& t : texts) c.texts[std::string(t.code)] = {std::string(t.zh), std::string(t.en)};
}

bool has(std::string_view code) {
  auto& c = catalog();
  std::shared_lock lock(c.mu);
  return c.texts.find(code) != c.texts.end();
}

std::string translate(std::string_view code, Lang lang, const MessageParams& params) {
  std::string out;
  {
    auto& c = catalog();
    std::shared_lock lock(c.mu);
    auto it = c.texts.find(code);
    if (it == c.texts.end()) return std::string(code);
    out = lang == Lang::en ? it->second.second : it->second.first;
  }
  for (const auto& [name, value] : params) {
    std::string token = "{" + name + "}";
    for (std::size_t pos = 0; (pos = out.find(token, pos)) != std::string::npos;
         pos += value.size()) {
      out.replace(pos, token.size(), value);
    }
  }
  return out;
}

Lang parse_accept_language(std::string_view header) {
  // The first listed language decides; the web client sends exactly one tag.
  std::size_t start = header.find_first_not_of(" \t");
  if (start == std::string_view::npos) return Lang::zh_CN;
  std::string_view first = header.substr(start, header.find_first_of(",;", start) - start);
  if (first.size() >= 2 && (first[0] == 'e' || first[0] == 'E') &&
      (first[1] == 'n' || first[1] == 'N')) {
    return Lang::en;
  }
  return Lang::zh_CN;
}

std::string_view lang_tag(Lang lang) { return lang == Lang::en ? "en" : "zh-CN"; }

}  // namespace md::i18n
