#pragma once
// Server-side texts in zh-CN and en, keyed by the same stable codes the API returns.
// Modules add their own texts at registration; the platform's live in i18n/catalog.cpp.
#include <string>
#include <string_view>

#include "platform/core/errors.hpp"

namespace md::i18n {

/// The two supported languages; zh-CN is the default.
enum class Lang { zh_CN, en };

/// One translatable text.
struct Text {
  std::string_view code;
  std::string_view zh;
  std::string_view en;
};

/// Registers texts (later registrations of the same code win).
void add(std::initializer_list<Text> texts);
/// The text for `code` in `lang` with {name} placeholders filled; the code itself if unknown.
std::string translate(std::string_view code, Lang lang, const MessageParams& params = {});
/// True when a text is registered for `code`.
bool has(std::string_view code);
/// Picks the language from an Accept-Language header value ("en-US,en;q=0.9" → en).
Lang parse_accept_language(std::string_view header);
/// "zh-CN" or "en".
std::string_view lang_tag(Lang lang);
/// Registers the platform's own texts (errors, validation, auth).
void register_platform_texts();

}  // namespace md::i18n
