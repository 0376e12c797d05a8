// Streaming SM4-CTR and HMAC-SM3 for data too large to hold in memory (backup files).
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace md::crypto {

/// SM4-CTR over a stream: feed any chunk sizes, the output equals one-shot CTR over the whole.
/// CTR is its own inverse, so the same object encrypts and decrypts.
class Sm4CtrStream {
 public:
  /// `key` must be 16 bytes and `iv` 16 bytes; throws std::invalid_argument otherwise.
  Sm4CtrStream(std::string_view key, std::string_view iv);
  ~Sm4CtrStream();
  Sm4CtrStream(const Sm4CtrStream&) = delete;
  Sm4CtrStream& operator=(const Sm4CtrStream&) = delete;

  /// XORs the next bytes of the key stream into `data` and returns the result.
  std::string update(std::string_view data);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Incremental HMAC-SM3: the tag equals hmac_sm3(key, concatenation of every update).
class HmacSm3Stream {
 public:
  /// Any key length (HMAC hashes long keys); throws std::runtime_error if OpenSSL fails.
  explicit HmacSm3Stream(std::string_view key);
  ~HmacSm3Stream();
  HmacSm3Stream(const HmacSm3Stream&) = delete;
  HmacSm3Stream& operator=(const HmacSm3Stream&) = delete;

  /// Adds bytes to the authenticated data.
  void update(std::string_view data);

  /// The 32-byte tag; the object must not be used afterwards.
  std::string final();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The 32 raw bytes of a 64-hex-character key file (trailing whitespace allowed); throws
/// std::runtime_error naming the file, never echoing its content. Never creates the file.
std::string read_key_file(const std::string& path);

}  // namespace md::crypto
