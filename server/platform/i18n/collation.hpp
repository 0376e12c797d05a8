#pragma once
// Chinese names in pinyin order without comparing with ICU at query time: a sort key stored
// beside the name (indexed) orders by plain byte comparison — the same on SQLite and
// PostgreSQL — and lets a sorted page of 100,000 people come from the index.
#include <string>
#include <string_view>

namespace md::i18n {

/// The ICU zh (pinyin) collation key of UTF-8 text, hex-encoded so that comparing two keys as
/// ASCII strings gives the pinyin order of the texts (阿明 < 李四 < 王五 < 张三 < 赵六).
std::string pinyin_sort_key(std::string_view text);

/// Compares two UTF-8 texts in pinyin order (<0, 0, >0); also backs SQLite's "zh" collation.
int compare_pinyin(std::string_view a, std::string_view b);

}  // namespace md::i18n
