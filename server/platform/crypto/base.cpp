#include "platform/crypto/base.hpp"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <array>
#include <climits>
#include <cstdint>
#include <stdexcept>

namespace md::crypto {
namespace {

constexpr std::string_view kBase64 =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::string_view kBase64Url =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr std::string_view kBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

using Reverse = std::array<std::int8_t, 256>;

constexpr Reverse reverse_of(std::string_view alphabet) {
  Reverse r{};
  for (auto& v : r) v = -1;
  for (std::size_t i = 0; i < alphabet.size(); ++i) {
    r[static_cast<unsigned char>(alphabet[i])] = static_cast<std::int8_t>(i);
  }
  return r;
}

// Generic "bits per symbol" encoder: base64 is 6 bits per char, base32 is 5.
std::string encode_bits(std::string_view bytes, std::string_view alphabet, unsigned bits,
                        std::size_t pad_to) {
  std::string out;
  std::uint32_t acc = 0;
  unsigned have = 0;
  const std::uint32_t mask = (1u << bits) - 1;
  for (const char c : bytes) {
    acc = (acc << 8) | static_cast<unsigned char>(c);
    have += 8;
    while (have >= bits) {
      have -= bits;
      out.push_back(alphabet[(acc >> have) & mask]);
    }
    acc &= (1u << have) - 1;  // keep only unconsumed bits so acc never overflows
  }
  if (have > 0) out.push_back(alphabet[(acc << (bits - have)) & mask]);
  if (pad_to > 0) {
    while (out.size() % pad_to != 0) out.push_back('=');
  }
  return out;
}

// Strict decoder: rejects unknown chars and non-zero leftover bits, so every byte string has
// exactly one accepted encoding (no malleability of tokens or ciphertexts).
std::optional<std::string> decode_bits(std::string_view text, const Reverse& rev, unsigned bits) {
  std::string out;
  out.reserve(text.size() * bits / 8);
  std::uint32_t acc = 0;
  unsigned have = 0;
  for (const char c : text) {
    const std::int8_t v = rev[static_cast<unsigned char>(c)];
    if (v < 0) return std::nullopt;
    acc = (acc << bits) | static_cast<std::uint32_t>(v);
    have += bits;
    if (have >= 8) {
      have -= 8;
      out.push_back(static_cast<char>((acc >> have) & 0xff));
      acc &= (1u << have) - 1;
    }
  }
  if (have >= bits || acc != 0) return std::nullopt;  // a whole dangling symbol, or dirty bits
  return out;
}

}  // namespace

std::string base64_encode(std::string_view bytes) { return encode_bits(bytes, kBase64, 6, 4); }

std::optional<std::string> base64_decode(std::string_view text) {
  static constexpr Reverse rev = reverse_of(kBase64);
  if (text.size() % 4 != 0) return std::nullopt;
  std::size_t pads = 0;
  while (pads < 2 && pads < text.size() && text[text.size() - 1 - pads] == '=') ++pads;
  return decode_bits(text.substr(0, text.size() - pads), rev, 6);
}

std::string base64url_encode(std::string_view bytes) {
  return encode_bits(bytes, kBase64Url, 6, 0);
}

std::optional<std::string> base64url_decode(std::string_view text) {
  static constexpr Reverse rev = reverse_of(kBase64Url);
  return decode_bits(text, rev, 6);
}

std::string base32_encode(std::string_view bytes, bool pad) {
  return encode_bits(bytes, kBase32, 5, pad ? 8 : 0);
}

std::optional<std::string> base32_decode(std::string_view text) {
  static constexpr Reverse rev = reverse_of(kBase32);
  // Authenticator secrets are often shown grouped and lower-cased; normalise before decoding.
  std::string clean;
  clean.reserve(text.size());
  for (const char c : text) {
    if (c == ' ') continue;
    clean.push_back((c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c);
  }
  while (!clean.empty() && clean.back() == '=') clean.pop_back();
  // Only these remainders are produced by whole bytes (RFC 4648 §6); anything else is a typo.
  switch (clean.size() % 8) {
    case 0:
    case 2:
    case 4:
    case 5:
    case 7:
      break;
    default:
      return std::nullopt;
  }
  std::string out;
  std::uint32_t acc = 0;
  unsigned have = 0;
  for (const char c : clean) {
    const std::int8_t v = rev[static_cast<unsigned char>(c)];
    if (v < 0) return std::nullopt;
    acc = (acc << 5) | static_cast<std::uint32_t>(v);
    have += 5;
    if (have >= 8) {
      have -= 8;
      out.push_back(static_cast<char>((acc >> have) & 0xff));
      acc &= (1u << have) - 1;
    }
  }
  return out;
}

std::string random_bytes(std::size_t n) {
  if (n > static_cast<std::size_t>(INT_MAX)) throw std::length_error("random_bytes: n too large");
  std::string out(n, '\0');
  // RAND_bytes is thread-safe and needs no init call, unlike libsodium's randombytes_buf.
  if (n > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(n)) != 1) {
    throw std::runtime_error("OpenSSL: RAND_bytes failed");
  }
  return out;
}

std::string random_token(std::size_t nbytes) { return base64url_encode(random_bytes(nbytes)); }

bool constant_time_equal(std::string_view a, std::string_view b) {
  // Lengths are public (tags and tokens have fixed sizes); contents are compared without
  // early exit so timing reveals nothing about the position of the first difference.
  if (a.size() != b.size()) return false;
  if (a.empty()) return true;
  return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace md::crypto
