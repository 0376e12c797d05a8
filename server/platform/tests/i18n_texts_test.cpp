// Every server message exists in zh-CN and en: the texts every module registers (each
// texts.cpp and the platform catalog) are read from the sources, and every error code the
// server throws with a literal code must be among them, or a client would show the bare code.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Token {
  enum Kind { text, word, number, punct } kind;
  std::string value;  ///< a string literal's contents (adjacent literals joined), or the token
};

/// C++ source as string literals, identifiers, numbers and punctuation, without comments.
std::vector<Token> tokenize(const std::string& s) {
  std::vector<Token> out;
  std::size_t i = 0;
  auto is_word = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  };
  while (i < s.size()) {
    char c = s[i];
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
      auto end = s.find("*/", i + 2);
      i = end == std::string::npos ? s.size() : end + 2;
    } else if (c == 'R' && i + 1 < s.size() && s[i + 1] == '"') {
      auto open = s.find('(', i + 2);
      if (open == std::string::npos) break;
      std::string close = ")" + s.substr(i + 2, open - i - 2) + "\"";
      auto end = s.find(close, open + 1);
      if (end == std::string::npos) break;
      out.push_back({Token::text, s.substr(open + 1, end - open - 1)});
      i = end + close.size();
    } else if (c == '"' || c == '\'') {
      std::string value;
      for (++i; i < s.size() && s[i] != c; ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) value += s[i++];
        value += s[i];
      }
      ++i;
      if (c == '\'') continue;
      if (!out.empty() && out.back().kind == Token::text)
        out.back().value += value;  // "a" "b" is one literal
      else
        out.push_back({Token::text, value});
    } else if (c >= '0' && c <= '9') {
      std::size_t start = i;
      while (i < s.size() && is_word(s[i])) ++i;
      out.push_back({Token::number, s.substr(start, i - start)});
    } else if (is_word(c)) {
      std::size_t start = i;
      while (i < s.size() && is_word(s[i])) ++i;
      out.push_back({Token::word, s.substr(start, i - start)});
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else {
      out.push_back({Token::punct, std::string(1, c)});
      ++i;
    }
  }
  return out;
}

/// "module.some_code": lower-case words joined by dots.
bool looks_like_code(const std::string& s) {
  if (s.empty() || s.find('.') == std::string::npos || s.front() == '.' || s.back() == '.')
    return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
  });
}

std::vector<std::string> placeholders(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t open = s.find('{'); open != std::string::npos; open = s.find('{', open + 1)) {
    auto close = s.find('}', open);
    if (close == std::string::npos) break;
    out.push_back(s.substr(open + 1, close - open - 1));
  }
  std::sort(out.begin(), out.end());
  return out;
}

/// True when the UTF-8 text has a CJK ideograph (U+3400–U+9FFF).
bool has_cjk(const std::string& s) {
  for (std::size_t i = 0; i + 2 < s.size(); ++i) {
    auto b0 = static_cast<unsigned char>(s[i]);
    if ((b0 & 0xF0) != 0xE0) continue;
    unsigned cp = ((b0 & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                  (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
    if (cp >= 0x3400 && cp <= 0x9FFF) return true;
  }
  return false;
}

struct Sources {
  std::map<std::string, std::pair<std::string, std::string>> texts;  ///< code → zh, en
  std::map<std::string, std::string> thrown;                         ///< code → first file
};

const Sources& sources() {
  static const Sources all = [] {
    Sources out;
    static const std::set<std::string> throwers = {"bad_request", "conflict", "not_found",
                                                   "forbidden",   "refuse",   "ApiError"};
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(MD_SOURCE_DIR) / "server")) {
      const auto& path = entry.path();
      if (path.extension() != ".cpp" || path.parent_path().filename() == "tests") continue;
      std::ifstream in(path);
      std::stringstream ss;
      ss << in.rdbuf();
      const std::string source = ss.str();
      const bool registers = source.find("add({") != std::string::npos;
      auto t = tokenize(source);
      auto is = [&](std::size_t k, Token::Kind kind, const char* value = nullptr) {
        return k < t.size() && t[k].kind == kind && (!value || t[k].value == value);
      };
      for (std::size_t k = 0; k < t.size(); ++k) {
        // { "code", "中文", "English" } inside i18n::add({...})
        if (registers && is(k, Token::punct, "{") && is(k + 1, Token::text) &&
            looks_like_code(t[k + 1].value) && is(k + 2, Token::punct, ",") &&
            is(k + 3, Token::text) && is(k + 4, Token::punct, ",") && is(k + 5, Token::text) &&
            is(k + 6, Token::punct, "}")) {
          out.texts[t[k + 1].value] = {t[k + 3].value, t[k + 5].value};
        }
        // conflict("code"), ApiError(409, "code"), invalid_field("field", "code")
        if (is(k, Token::word) && is(k + 1, Token::punct, "(")) {
          std::size_t at = 0;
          if (throwers.count(t[k].value)) {
            at = is(k + 2, Token::number) && is(k + 3, Token::punct, ",") ? k + 4 : k + 2;
          } else if (t[k].value == "invalid_field" && is(k + 2, Token::text) &&
                     is(k + 3, Token::punct, ",")) {
            at = k + 4;
          }
          if (at && is(at, Token::text) && looks_like_code(t[at].value))
            out.thrown.emplace(t[at].value, path.string());
        }
      }
    }
    return out;
  }();
  return all;
}

TEST(ServerTexts, FoundInTheSources) {
  EXPECT_GT(sources().texts.size(), 300u);
  EXPECT_GT(sources().thrown.size(), 200u);
  EXPECT_TRUE(sources().texts.count("request.not_found"));
  EXPECT_TRUE(sources().texts.count("auth.forbidden"));
}

TEST(ServerTexts, EveryTextHasBothLanguagesWithTheSamePlaceholders) {
  for (const auto& [code, text] : sources().texts) {
    const auto& [zh, en] = text;
    EXPECT_FALSE(zh.empty()) << code << ": no zh-CN text";
    // A lone Chinese measure word (个) may have no English counterpart ("5 个" → "5").
    const bool measure_word = zh.size() == 3 && has_cjk(zh);
    EXPECT_TRUE(!en.empty() || measure_word) << code << ": no English text";
    EXPECT_FALSE(has_cjk(en)) << code << ": the en text has Chinese: " << en;
    EXPECT_EQ(placeholders(zh), placeholders(en)) << code << ": placeholders differ";
  }
}

TEST(ServerTexts, EveryThrownCodeHasItsTexts) {
  for (const auto& [code, file] : sources().thrown)
    EXPECT_TRUE(sources().texts.count(code)) << code << " (thrown in " << file << ") has no text";
}

TEST(ServerTexts, TokenizerJoinsAdjacentLiteralsAndSkipsComments) {
  auto t = tokenize("{\"a.b\", \"甲\" \"乙\", /* \"x\" */ \"A\"} // \"y\"");
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[3].value, "甲乙");
  EXPECT_EQ(t[5].value, "A");
  EXPECT_EQ(placeholders("{n} 人，{name}"), (std::vector<std::string>{"n", "name"}));
}

}  // namespace
