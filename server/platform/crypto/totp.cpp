#include "platform/crypto/totp.hpp"

#include <algorithm>
#include <stdexcept>

#include "platform/crypto/base.hpp"
#include "platform/crypto/hash.hpp"

namespace md::crypto {
namespace {

constexpr std::int64_t kStep = 30;
constexpr int kMaxWindow = 10;  // bounds the work (and the guessing odds) per attempt

// RFC 4226 HOTP with dynamic truncation to 6 digits.
std::string hotp(std::string_view key, std::uint64_t counter) {
  char msg[8];
  for (int i = 7; i >= 0; --i) {
    msg[i] = static_cast<char>(counter & 0xff);
    counter >>= 8;
  }
  const std::string mac = hmac_sha1(key, std::string_view(msg, sizeof msg));
  const auto byte = [&mac](std::size_t i) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(mac[i]));
  };
  const std::size_t offset = byte(19) & 0x0f;
  const std::uint32_t bin = ((byte(offset) & 0x7f) << 24) | (byte(offset + 1) << 16) |
                            (byte(offset + 2) << 8) | byte(offset + 3);
  std::uint32_t code = bin % 1000000;
  std::string out(6, '0');
  for (int i = 5; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = static_cast<char>('0' + code % 10);
    code /= 10;
  }
  return out;
}

std::string percent_encode(std::string_view s) {
  // Encode every byte outside RFC 3986 "unreserved": UTF-8 names (张三) become %E5%BC%A0...,
  // and ':' '?' '&' '#' in a name cannot break the URI structure.
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out.push_back(ch);
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 0x0f]);
    }
  }
  return out;
}

}  // namespace

std::string generate_totp_secret() { return base32_encode(random_bytes(20)); }

std::string totp_code(std::string_view base32_secret, std::int64_t unix_time) {
  const auto key = base32_decode(base32_secret);
  if (!key || key->empty()) throw std::invalid_argument("totp_code: secret is not valid base32");
  if (unix_time < 0) throw std::invalid_argument("totp_code: time before 1970");
  return hotp(*key, static_cast<std::uint64_t>(unix_time / kStep));
}

std::optional<std::int64_t> verify_totp(std::string_view secret, std::string_view code,
                                        std::int64_t unix_time, int window) {
  const auto key = base32_decode(secret);
  if (!key || key->empty() || unix_time < 0 || code.size() != 6 ||
      !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  window = std::clamp(window, 0, kMaxWindow);
  const std::int64_t now = unix_time / kStep;
  std::optional<std::int64_t> accepted;
  // Check every step in the window (no early return) so timing does not tell which matched;
  // the earliest match wins, which is the conservative choice for replay tracking.
  for (std::int64_t c = now - window; c <= now + window; ++c) {
    if (c < 0) continue;
    if (constant_time_equal(hotp(*key, static_cast<std::uint64_t>(c)), code) && !accepted) {
      accepted = c;
    }
  }
  return accepted;
}

std::string otpauth_uri(std::string_view issuer, std::string_view account,
                        std::string_view secret) {
  std::string uri = "otpauth://totp/";
  if (!issuer.empty()) uri += percent_encode(issuer) + ":";
  uri += percent_encode(account);
  uri += "?secret=" + percent_encode(secret);
  if (!issuer.empty()) uri += "&issuer=" + percent_encode(issuer);
  // Spelled out although they are the defaults: some authenticator apps guess otherwise.
  uri += "&algorithm=SHA1&digits=6&period=30";
  return uri;
}

}  // namespace md::crypto
