// Time-based one-time passwords (RFC 6238: HMAC-SHA1, 6 digits, 30-second step).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace md::crypto {

/// New shared secret: 20 random bytes as unpadded base32 (32 characters).
std::string generate_totp_secret();

/// The 6-digit code for `unix_time`; throws std::invalid_argument on a bad secret or negative time.
std::string totp_code(std::string_view base32_secret, std::int64_t unix_time);

/// Matched time step within ±window, else nullopt; callers refuse steps ≤ the last one used.
std::optional<std::int64_t> verify_totp(std::string_view secret, std::string_view code,
                                        std::int64_t unix_time, int window = 1);

/// "otpauth://totp/Issuer:account?secret=...&issuer=..." for a QR code; labels percent-encoded.
std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view secret);

}  // namespace md::crypto
