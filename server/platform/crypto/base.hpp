// Text encodings (base64, base64url, base32), secure randomness and constant-time compare.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace md::crypto {

/// Standard base64 (RFC 4648 §4) with '=' padding.
std::string base64_encode(std::string_view bytes);

/// Strict standard base64 decode (padding required); nullopt on any malformed input.
std::optional<std::string> base64_decode(std::string_view text);

/// URL-safe base64 (RFC 4648 §5) without padding, for tokens in URLs and cookies.
std::string base64url_encode(std::string_view bytes);

/// Strict unpadded base64url decode; nullopt on any malformed input (including '=').
std::optional<std::string> base64url_decode(std::string_view text);

/// Base32 (RFC 4648 §6, upper case); padding with '=' only when `pad` is true.
std::string base32_encode(std::string_view bytes, bool pad = false);

/// Base32 decode, tolerant of what users paste: any case, spaces, trailing '='; else nullopt.
std::optional<std::string> base32_decode(std::string_view text);

/// `n` bytes from the OS-seeded CSPRNG (OpenSSL RAND_bytes); throws std::runtime_error on failure.
std::string random_bytes(std::size_t n);

/// `nbytes` random bytes as unpadded base64url: session ids, reset tokens, CSRF tokens.
std::string random_token(std::size_t nbytes = 32);

/// Equality whose time does not depend on where the inputs differ (only on their lengths).
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace md::crypto
