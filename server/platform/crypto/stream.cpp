#include "platform/crypto/stream.hpp"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <cctype>
#include <climits>
#include <fstream>
#include <optional>
#include <stdexcept>

#include "platform/crypto/hash.hpp"

namespace md::crypto {
namespace {

const unsigned char* bytes_of(std::string_view s) {
  static const unsigned char empty = 0;
  return s.empty() ? &empty : reinterpret_cast<const unsigned char*>(s.data());
}

}  // namespace

struct Sm4CtrStream::Impl {
  EVP_CIPHER* cipher = nullptr;
  EVP_CIPHER_CTX* ctx = nullptr;
};

Sm4CtrStream::Sm4CtrStream(std::string_view key, std::string_view iv)
    : impl_(std::make_unique<Impl>()) {
  if (key.size() != 16 || iv.size() != 16) {
    throw std::invalid_argument("Sm4CtrStream: key and IV must be 16 bytes each");
  }
  impl_->cipher = EVP_CIPHER_fetch(nullptr, "SM4-CTR", nullptr);
  impl_->ctx = EVP_CIPHER_CTX_new();
  if (impl_->cipher == nullptr || impl_->ctx == nullptr ||
      EVP_EncryptInit_ex2(impl_->ctx, impl_->cipher, bytes_of(key), bytes_of(iv), nullptr) != 1) {
    throw std::runtime_error("OpenSSL: SM4-CTR is not available");
  }
}

Sm4CtrStream::~Sm4CtrStream() {
  EVP_CIPHER_CTX_free(impl_->ctx);  // also wipes the expanded key
  EVP_CIPHER_free(impl_->cipher);
}

std::string Sm4CtrStream::update(std::string_view data) {
  if (data.size() > static_cast<std::size_t>(INT_MAX) - 16) {
    throw std::length_error("Sm4CtrStream: chunk too large");
  }
  std::string out(data.size() + 16, '\0');
  int len = 0;
  if (EVP_EncryptUpdate(impl_->ctx, reinterpret_cast<unsigned char*>(out.data()), &len,
                        bytes_of(data), static_cast<int>(data.size())) != 1) {
    throw std::runtime_error("OpenSSL: SM4-CTR failed");
  }
  out.resize(static_cast<std::size_t>(len));
  return out;
}

struct HmacSm3Stream::Impl {
  EVP_MAC* mac = nullptr;
  EVP_MAC_CTX* ctx = nullptr;
};

HmacSm3Stream::HmacSm3Stream(std::string_view key) : impl_(std::make_unique<Impl>()) {
  impl_->mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  impl_->ctx = impl_->mac ? EVP_MAC_CTX_new(impl_->mac) : nullptr;
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>("SM3"), 0),
      OSSL_PARAM_construct_end()};
  if (impl_->ctx == nullptr || EVP_MAC_init(impl_->ctx, bytes_of(key), key.size(), params) != 1) {
    throw std::runtime_error("OpenSSL: HMAC-SM3 is not available");
  }
}

HmacSm3Stream::~HmacSm3Stream() {
  EVP_MAC_CTX_free(impl_->ctx);
  EVP_MAC_free(impl_->mac);
}

void HmacSm3Stream::update(std::string_view data) {
  if (EVP_MAC_update(impl_->ctx, bytes_of(data), data.size()) != 1) {
    throw std::runtime_error("OpenSSL: HMAC-SM3 failed");
  }
}

std::string HmacSm3Stream::final() {
  std::string out(EVP_MAX_MD_SIZE, '\0');
  std::size_t len = 0;
  if (EVP_MAC_final(impl_->ctx, reinterpret_cast<unsigned char*>(out.data()), &len, out.size()) !=
      1) {
    throw std::runtime_error("OpenSSL: HMAC-SM3 failed");
  }
  out.resize(len);
  return out;
}

std::string read_key_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("key file '" + path + "': cannot open");
  std::string text;
  char c;
  while (text.size() < 4096 && in.get(c)) text.push_back(c);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  std::optional<std::string> key;
  if (text.size() == 64) key = from_hex(text);
  OPENSSL_cleanse(text.data(), text.size());
  if (!key) {
    throw std::runtime_error("key file '" + path +
                             "': expected exactly 64 hex characters (a 32-byte key)");
  }
  return *key;
}

}  // namespace md::crypto
