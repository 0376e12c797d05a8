// Internal helper: split UTF-8 text into code points (for masking and password length).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace md::crypto::detail {

/// Splits `s` into code points; each malformed byte becomes its own one-byte piece.
inline std::vector<std::string_view> utf8_code_points(std::string_view s) {
  std::vector<std::string_view> out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const auto lead = static_cast<unsigned char>(s[i]);
    std::size_t len = 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
      len = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      len = 3;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      len = 4;
    }
    // A truncated or badly continued sequence counts byte by byte, so we never split mid-way
    // into a later valid character.
    for (std::size_t k = 1; k < len; ++k) {
      if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) {
        len = 1;
        break;
      }
    }
    out.push_back(s.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace md::crypto::detail
