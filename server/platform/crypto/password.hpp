// Password hashing (Argon2id via libsodium), password policy and initial passwords.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace md::crypto {

/// Argon2id hash in PHC string form ("$argon2id$v=19$m=...,t=...,p=...$salt$hash").
std::string hash_password(std::string_view password);

/// True when `password` matches `hash`; false for a wrong password or a malformed hash.
bool verify_password(std::string_view hash, std::string_view password);

/// True when `hash` was made with other parameters than today's: re-hash after a good login.
bool password_needs_rehash(std::string_view hash);

/// Stable codes, in order: password.too_short, .too_few_classes, .contains_username; {} if ok.
std::vector<std::string> password_policy_violations(std::string_view password,
                                                    std::string_view username, int min_length);

/// Random 12-character password with all four classes and no ambiguous characters (0 O l 1 I).
std::string generate_initial_password();

}  // namespace md::crypto
