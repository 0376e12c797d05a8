// SM3 / HMAC digests and hex helpers (OpenSSL EVP underneath).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace md::crypto {

/// SM3 digest (GB/T 32905-2016) of `data`.
std::array<std::uint8_t, 32> sm3(std::string_view data);

/// SM3 digest of `data` as 64 lowercase hex characters.
std::string sm3_hex(std::string_view data);

/// HMAC-SM3 of `data` under `key`; returns the raw 32-byte tag.
std::string hmac_sm3(std::string_view key, std::string_view data);

/// HMAC-SHA1 of `data` under `key`; raw 20 bytes. Only for TOTP (RFC 6238 interoperability).
std::string hmac_sha1(std::string_view key, std::string_view data);

/// Lowercase hex encoding of arbitrary bytes.
std::string to_hex(std::string_view bytes);

/// Decodes hex (either case); nullopt on odd length or any non-hex character.
std::optional<std::string> from_hex(std::string_view hex);

}  // namespace md::crypto
