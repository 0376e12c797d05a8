#include "platform/crypto/password.hpp"

#include <sodium.h>

#include <mutex>
#include <stdexcept>

#include "platform/crypto/utf8.hpp"

namespace md::crypto {
namespace {

// sodium_init() must run before any other libsodium call; call_once makes the first use safe
// from any thread and lets a failed init be retried (call_once does not latch on throw).
void ensure_sodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium: sodium_init failed");
  });
}

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// Initial passwords are read off a printed slip or a screen: drop the glyphs people confuse.
constexpr std::string_view kLower = "abcdefghijkmnopqrstuvwxyz";  // no l
constexpr std::string_view kUpper = "ABCDEFGHJKLMNPQRSTUVWXYZ";   // no I, O
constexpr std::string_view kDigit = "23456789";                   // no 0, 1
constexpr std::string_view kOther = "!#$%*+-=?@";                 // no quotes, no space

char pick(std::string_view alphabet) {
  // randombytes_uniform avoids the modulo bias of random_byte % size.
  return alphabet[randombytes_uniform(static_cast<std::uint32_t>(alphabet.size()))];
}

}  // namespace

std::string hash_password(std::string_view password) {
  ensure_sodium();
  char out[crypto_pwhash_STRBYTES];
  // Interactive limits (~64 MiB, 2 passes): the 等保 baseline needs a slow salted hash, and
  // these keep a login under ~0.1 s on the 2-core target machines.
  if (crypto_pwhash_str_alg(out, password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("libsodium: Argon2id hashing failed (out of memory?)");
  }
  return std::string(out);
}

bool verify_password(std::string_view hash, std::string_view password) {
  ensure_sodium();
  // libsodium wants a NUL-terminated string of bounded size; an embedded NUL would silently
  // truncate the hash, so refuse it instead.
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES ||
      hash.find('\0') != std::string_view::npos) {
    return false;
  }
  const std::string h(hash);
  return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

bool password_needs_rehash(std::string_view hash) {
  ensure_sodium();
  if (hash.size() >= crypto_pwhash_STRBYTES || hash.find('\0') != std::string_view::npos) {
    return true;
  }
  const std::string h(hash);
  // The argon2id-specific check also answers true for argon2i or foreign hashes (they fail to
  // parse as argon2id), which is what we want: migrate them after the next good login.
  return crypto_pwhash_argon2id_str_needs_rehash(h.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                                 crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

std::vector<std::string> password_policy_violations(std::string_view password,
                                                    std::string_view username, int min_length) {
  std::vector<std::string> errors;
  const auto chars = detail::utf8_code_points(password);
  // Length counts characters, not bytes, so a Chinese passphrase is judged as the user sees it.
  if (static_cast<long long>(chars.size()) < static_cast<long long>(min_length)) {
    errors.emplace_back("password.too_short");
  }
  bool lower = false, upper = false, digit = false, other = false;
  for (const std::string_view ch : chars) {
    const auto c = static_cast<unsigned char>(ch.front());
    if (c >= 'a' && c <= 'z') {
      lower = true;
    } else if (c >= 'A' && c <= 'Z') {
      upper = true;
    } else if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c >= 0x20 && c != 0x7f) {
      other = true;  // punctuation, space, and any non-ASCII character; never control chars
    }
  }
  if (int{lower} + int{upper} + int{digit} + int{other} < 3) {
    errors.emplace_back("password.too_few_classes");
  }
  // Short usernames ("li", "wu") would match too many passwords to be a useful rule.
  if (detail::utf8_code_points(username).size() >= 3 &&
      ascii_lower(password).find(ascii_lower(username)) != std::string::npos) {
    errors.emplace_back("password.contains_username");
  }
  return errors;
}

std::string generate_initial_password() {
  ensure_sodium();
  // One of each class guarantees the 3-of-4 rule; the rest come from the union; a
  // Fisher-Yates shuffle hides which positions carry the guaranteed classes.
  std::string all;
  all.append(kLower).append(kUpper).append(kDigit).append(kOther);
  std::string pw{pick(kLower), pick(kUpper), pick(kDigit), pick(kOther)};
  while (pw.size() < 12) pw.push_back(pick(all));
  for (std::size_t i = pw.size() - 1; i > 0; --i) {
    const auto j = randombytes_uniform(static_cast<std::uint32_t>(i + 1));
    std::swap(pw[i], pw[j]);
  }
  return pw;
}

}  // namespace md::crypto
