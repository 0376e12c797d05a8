#include "platform/crypto/field_cipher.hpp"

#include <fcntl.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <memory>
#include <stdexcept>

#include "platform/crypto/base.hpp"
#include "platform/crypto/hash.hpp"

namespace md::crypto {
namespace {

constexpr std::string_view kPrefix = "v1:";
constexpr std::string_view kVersion = "v1";
constexpr std::size_t kIvSize = 16;
constexpr std::size_t kTagSize = 32;

template <std::size_t N>
std::string_view view(const std::array<unsigned char, N>& a) {
  return {reinterpret_cast<const char*>(a.data()), N};
}

// Key separation: one master key, three independent keys, so a weakness in how one is used
// (e.g. the deterministic blind index) never touches the others.
template <std::size_t N>
std::array<unsigned char, N> derive(std::string_view master, std::string_view label) {
  std::string full = hmac_sm3(master, label);
  std::array<unsigned char, N> key{};
  std::memcpy(key.data(), full.data(), N);  // SM4 takes 128 bits: truncate the 256-bit output
  OPENSSL_cleanse(full.data(), full.size());
  return key;
}

const EVP_CIPHER* sm4_ctr() {
  // OpenSSL 3.0 has no SM4-GCM, hence CTR plus a separate HMAC; fetched once and shared.
  static EVP_CIPHER* const cipher = [] {
    EVP_CIPHER* c = EVP_CIPHER_fetch(nullptr, "SM4-CTR", nullptr);
    if (c == nullptr) throw std::runtime_error("OpenSSL: SM4-CTR cipher is not available");
    return c;
  }();
  return cipher;
}

// CTR is its own inverse, so the same function encrypts and decrypts.
std::string sm4_ctr_xor(const std::array<unsigned char, 16>& key, std::string_view iv,
                        std::string_view in) {
  if (in.size() > static_cast<std::size_t>(INT_MAX) - 16) {
    throw std::length_error("FieldCipher: field too large");
  }
  std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                      &EVP_CIPHER_CTX_free);
  std::string out(in.size() + 16, '\0');
  int len = 0;
  int tail = 0;
  static const unsigned char empty = 0;
  const auto* in_ptr = in.empty() ? &empty : reinterpret_cast<const unsigned char*>(in.data());
  auto* out_ptr = reinterpret_cast<unsigned char*>(out.data());
  if (!ctx ||
      EVP_EncryptInit_ex2(ctx.get(), sm4_ctr(), key.data(),
                          reinterpret_cast<const unsigned char*>(iv.data()), nullptr) != 1 ||
      EVP_EncryptUpdate(ctx.get(), out_ptr, &len, in_ptr, static_cast<int>(in.size())) != 1 ||
      EVP_EncryptFinal_ex(ctx.get(), out_ptr + len, &tail) != 1) {
    throw std::runtime_error("OpenSSL: SM4-CTR failed");
  }
  out.resize(static_cast<std::size_t>(len) + static_cast<std::size_t>(tail));
  return out;
}

std::string mac_input(std::string_view iv_and_ciphertext) {
  // The version is authenticated too, so a future "v2" token cannot be downgraded to v1.
  std::string m;
  m.reserve(kVersion.size() + iv_and_ciphertext.size());
  m.append(kVersion).append(iv_and_ciphertext);
  return m;
}

std::string_view trim(std::string_view s) {
  const auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
  };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Error messages name the source but never echo its content: it may be (part of) the key.
FieldCipher from_hex_or_throw(std::string_view hex, const std::string& source) {
  const std::string_view t = trim(hex);
  std::optional<std::string> key;
  if (t.size() == 64) key = from_hex(t);
  if (!key) {
    throw std::runtime_error(source + ": expected exactly 64 hex characters (a 32-byte key)");
  }
  FieldCipher cipher(*key);
  OPENSSL_cleanse(key->data(), key->size());
  return cipher;
}

std::string errno_text() { return std::strerror(errno); }

}  // namespace

FieldCipher::FieldCipher(std::string_view master_key) {
  if (master_key.size() != 32) {
    throw std::invalid_argument("FieldCipher: master key must be exactly 32 bytes");
  }
  enc_key_ = derive<16>(master_key, "mingdeng-enc-v1");
  mac_key_ = derive<32>(master_key, "mingdeng-mac-v1");
  index_key_ = derive<32>(master_key, "mingdeng-idx-v1");
}

FieldCipher::~FieldCipher() {
  OPENSSL_cleanse(enc_key_.data(), enc_key_.size());
  OPENSSL_cleanse(mac_key_.data(), mac_key_.size());
  OPENSSL_cleanse(index_key_.data(), index_key_.size());
}

std::string FieldCipher::encrypt(std::string_view plaintext) const {
  // Random 128-bit IV: with CTR a repeated IV would leak the XOR of two plaintexts, and the
  // birthday bound of 2^64 fields is far beyond what this system stores.
  std::string blob = random_bytes(kIvSize);
  blob += sm4_ctr_xor(enc_key_, blob, plaintext);
  blob += hmac_sm3(view(mac_key_), mac_input(blob));
  std::string out(kPrefix);
  out += base64_encode(blob);
  return out;
}

std::optional<std::string> FieldCipher::decrypt(std::string_view token) const {
  if (token.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
  const auto blob = base64_decode(token.substr(kPrefix.size()));
  if (!blob || blob->size() < kIvSize + kTagSize) return std::nullopt;
  const std::string_view body(blob->data(), blob->size() - kTagSize);
  const std::string_view tag(blob->data() + body.size(), kTagSize);
  // Verify before decrypting (encrypt-then-MAC): forged input never reaches the cipher.
  if (!constant_time_equal(hmac_sm3(view(mac_key_), mac_input(body)), tag)) return std::nullopt;
  return sm4_ctr_xor(enc_key_, body.substr(0, kIvSize), body.substr(kIvSize));
}

std::string FieldCipher::blind_index(std::string_view value) const {
  return to_hex(hmac_sm3(view(index_key_), value));
}

FieldCipher FieldCipher::load_or_create_key_file(const std::string& path) {
  const std::string source = "field key file '" + path + "'";
  for (int attempt = 0; attempt < 2; ++attempt) {
    const int rfd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (rfd >= 0) {
      std::string content;
      char buf[256];
      ssize_t n = 0;
      while ((n = ::read(rfd, buf, sizeof buf)) > 0 && content.size() < 4096) {
        content.append(buf, static_cast<std::size_t>(n));
      }
      const bool read_failed = n < 0;
      const std::string why = read_failed ? errno_text() : std::string();
      ::close(rfd);
      if (read_failed) throw std::runtime_error(source + ": cannot read: " + why);
      FieldCipher cipher = from_hex_or_throw(content, source);
      OPENSSL_cleanse(content.data(), content.size());
      OPENSSL_cleanse(buf, sizeof buf);
      return cipher;
    }
    if (errno != ENOENT) throw std::runtime_error(source + ": cannot open: " + errno_text());

    // Absent: create it. O_EXCL makes two processes starting at once agree on one key (the
    // loser re-reads); O_NOFOLLOW|O_EXCL refuses a planted symlink; 0600 keeps it owner-only.
    const int wfd =
        ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (wfd < 0) {
      if (errno == EEXIST) continue;
      const std::string hint = errno == ENOENT ? " (the parent directory must exist)" : "";
      throw std::runtime_error(source + ": cannot create: " + errno_text() + hint);
    }
    std::string key = random_bytes(32);
    std::string hex = to_hex(key) + "\n";
    bool ok = ::fchmod(wfd, 0600) == 0;  // umask could only narrow it; make it exact anyway
    std::size_t done = 0;
    while (ok && done < hex.size()) {
      const ssize_t w = ::write(wfd, hex.data() + done, hex.size() - done);
      if (w <= 0) {
        ok = false;
      } else {
        done += static_cast<std::size_t>(w);
      }
    }
    ok = ok && ::fsync(wfd) == 0;  // a key lost in a crash would make all data unreadable
    const std::string why = ok ? std::string() : errno_text();
    ::close(wfd);
    OPENSSL_cleanse(hex.data(), hex.size());
    if (!ok) {
      ::unlink(path.c_str());  // never leave a half-written key behind for the next start
      OPENSSL_cleanse(key.data(), key.size());
      throw std::runtime_error(source + ": cannot write: " + why);
    }
    FieldCipher cipher(key);
    OPENSSL_cleanse(key.data(), key.size());
    return cipher;
  }
  throw std::runtime_error(source + ": file appeared and vanished while opening it");
}

FieldCipher FieldCipher::from_hex_key(std::string_view hex_key) {
  return from_hex_or_throw(hex_key, "field key");
}

}  // namespace md::crypto
