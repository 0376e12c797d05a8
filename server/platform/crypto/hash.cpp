#include "platform/crypto/hash.hpp"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>
#include <stdexcept>

namespace md::crypto {
namespace {

// Fetching walks the provider tables; fetch once and share the immutable handle (OpenSSL
// documents fetched algorithm objects as safe to use from many threads).
const EVP_MD* sm3_md() {
  static EVP_MD* const md = [] {
    EVP_MD* m = EVP_MD_fetch(nullptr, "SM3", nullptr);
    if (m == nullptr) throw std::runtime_error("OpenSSL: SM3 digest is not available");
    return m;
  }();
  return md;
}

EVP_MAC* hmac_alg() {
  static EVP_MAC* const mac = [] {
    EVP_MAC* m = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (m == nullptr) throw std::runtime_error("OpenSSL: HMAC is not available");
    return m;
  }();
  return mac;
}

const unsigned char* bytes_of(std::string_view s) {
  // OpenSSL rejects a null key pointer even with length 0, so give empty input a real address.
  static const unsigned char empty = 0;
  return s.empty() ? &empty : reinterpret_cast<const unsigned char*>(s.data());
}

// One code path for both HMACs so the key/data order is tested once (RFC 2202 vectors).
std::string hmac(const char* digest, std::string_view key, std::string_view data) {
  std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx(EVP_MAC_CTX_new(hmac_alg()),
                                                                &EVP_MAC_CTX_free);
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(digest), 0),
      OSSL_PARAM_construct_end()};
  std::string out(EVP_MAX_MD_SIZE, '\0');
  std::size_t out_len = 0;
  if (!ctx || EVP_MAC_init(ctx.get(), bytes_of(key), key.size(), params) != 1 ||
      EVP_MAC_update(ctx.get(), bytes_of(data), data.size()) != 1 ||
      EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &out_len,
                    out.size()) != 1) {
    throw std::runtime_error(std::string("OpenSSL: HMAC-") + digest + " failed");
  }
  out.resize(out_len);
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::array<std::uint8_t, 32> sm3(std::string_view data) {
  std::array<std::uint8_t, 32> out{};
  unsigned int len = 0;
  if (EVP_Digest(bytes_of(data), data.size(), out.data(), &len, sm3_md(), nullptr) != 1 ||
      len != out.size()) {
    throw std::runtime_error("OpenSSL: SM3 digest failed");
  }
  return out;
}

std::string sm3_hex(std::string_view data) {
  const auto digest = sm3(data);
  return to_hex(std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
}

std::string hmac_sm3(std::string_view key, std::string_view data) { return hmac("SM3", key, data); }

std::string hmac_sha1(std::string_view key, std::string_view data) {
  return hmac("SHA1", key, data);
}

std::string to_hex(std::string_view bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    out.push_back(digits[b >> 4]);
    out.push_back(digits[b & 0x0f]);
  }
  return out;
}

std::optional<std::string> from_hex(std::string_view hex) {
  if (hex.size() % 2 != 0) return std::nullopt;
  std::string out;
  out.reserve(hex.size() / 2);
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    const int hi = hex_value(hex[i]);
    const int lo = hex_value(hex[i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out.push_back(static_cast<char>((hi << 4) | lo));
  }
  return out;
}

}  // namespace md::crypto
