#include "platform/crypto/mask.hpp"

#include "platform/crypto/utf8.hpp"

namespace md::crypto {
namespace {

// Works on code points, not bytes: a byte-wise mask would cut a Chinese character in half
// and hand the browser invalid UTF-8. One star per hidden character keeps the length visible,
// which is what users expect from the familiar 身份证 / 手机 masking.
std::string keep_ends(std::string_view s, std::size_t head, std::size_t tail) {
  const auto cps = detail::utf8_code_points(s);
  const bool too_short = cps.size() <= head + tail;
  std::string out;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const bool keep = !too_short && (i < head || i >= cps.size() - tail);
    if (keep) {
      out.append(cps[i]);
    } else {
      out.push_back('*');
    }
  }
  return out;
}

}  // namespace

std::string mask_id_card(std::string_view id) { return keep_ends(id, 4, 4); }

std::string mask_phone(std::string_view phone) { return keep_ends(phone, 3, 4); }

std::string mask_name(std::string_view name) {
  // A one-character name would otherwise be shown in full.
  return keep_ends(name, 1, 0);
}

}  // namespace md::crypto
