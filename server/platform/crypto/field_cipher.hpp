// Authenticated encryption of personal data at rest (SM4-CTR + HMAC-SM3, encrypt-then-MAC).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace md::crypto {

/// Encrypts/decrypts single database fields and computes blind indexes for equality search.
class FieldCipher {
 public:
  /// Derives separate encryption, MAC and index keys; throws std::invalid_argument unless 32 bytes.
  explicit FieldCipher(std::string_view master_key);
  /// Copies share the derived keys.
  FieldCipher(const FieldCipher&) = default;
  /// Copy-assigns the derived keys.
  FieldCipher& operator=(const FieldCipher&) = default;
  /// Wipes the derived keys from memory.
  ~FieldCipher();

  /// Returns "v1:" + base64(iv16 ‖ ciphertext ‖ tag32); a fresh random IV every call.
  std::string encrypt(std::string_view plaintext) const;

  /// Plaintext, or nullopt on wrong key, tampering or bad format (tag compared in constant time).
  std::optional<std::string> decrypt(std::string_view token) const;

  /// Deterministic 64-hex HMAC-SM3 of `value` under the index key: lets the DB match equal values.
  std::string blind_index(std::string_view value) const;

  /// Reads a 64-hex-char key file or creates it (mode 0600); throws std::runtime_error if bad.
  static FieldCipher load_or_create_key_file(const std::string& path);

  /// Builds a cipher from 64 hex chars (e.g. an environment variable); throws std::runtime_error.
  static FieldCipher from_hex_key(std::string_view hex_key);

 private:
  std::array<unsigned char, 16> enc_key_{};
  std::array<unsigned char, 32> mac_key_{};
  std::array<unsigned char, 32> index_key_{};
};

}  // namespace md::crypto
