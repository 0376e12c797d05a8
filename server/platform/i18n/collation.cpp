#include "platform/i18n/collation.hpp"

#include <unicode/coll.h>
#include <unicode/locid.h>

#include <memory>
#include <mutex>
#include <vector>

namespace md::i18n {
namespace {

// ICU collators are thread-safe for comparison and sort keys once created.
const icu::Collator* collator() {
  static std::once_flag once;
  static std::unique_ptr<icu::Collator> c;
  std::call_once(once, [] {
    UErrorCode status = U_ZERO_ERROR;
    c.reset(icu::Collator::createInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status)) c.reset();
  });
  return c.get();
}

}  // namespace

std::string pinyin_sort_key(std::string_view text) {
  const icu::Collator* c = collator();
  if (c == nullptr) return std::string(text);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::vector<uint8_t> key(64);
  int32_t n = c->getSortKey(u, key.data(), static_cast<int32_t>(key.size()));
  if (n > static_cast<int32_t>(key.size())) {
    key.resize(static_cast<std::size_t>(n));
    n = c->getSortKey(u, key.data(), n);
  }
  static const char* hex = "0123456789abcdef";
  std::string out;
  // The key ends with a 0 byte that carries no order; leave it out.
  for (int32_t i = 0; i + 1 < n; ++i) {
    out += hex[key[static_cast<std::size_t>(i)] >> 4];
    out += hex[key[static_cast<std::size_t>(i)] & 15];
  }
  return out;
}

int compare_pinyin(std::string_view a, std::string_view b) {
  const icu::Collator* c = collator();
  if (c == nullptr) return a.compare(b);
  UErrorCode status = U_ZERO_ERROR;
  return static_cast<int>(c->compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                                         icu::StringPiece(b.data(), static_cast<int32_t>(b.size())),
                                         status));
}

}  // namespace md::i18n
