// The encrypted backup file (.mdbk): a small authenticated header, the database dump encrypted
// with SM4-CTR as it streams, and a trailer holding the length and an HMAC-SM3 tag over all of
// it (encrypt-then-MAC). Readers check the tag in constant time before any byte is restored.
//
//   "MDBK" | version u8 | kind u8 | key-source u8 | 0 u8 | created-at i64 BE |
//   tool-version (u8 length + bytes) | salt 16 | iv 16 | key-check 16
//   ciphertext …
//   "MDBE" | ciphertext length u64 BE | tag 32 = HMAC-SM3(mac key, header ‖ ciphertext ‖ "MDBE" ‖
//   length)
//
// Keys: prk = HMAC-SM3(backup key, "mingdeng-backup-v1" ‖ salt); enc = HMAC-SM3(prk, "enc")[0:16],
// mac = HMAC-SM3(prk, "mac"), check = HMAC-SM3(prk, "check")[0:16]. The key-check value lets a
// wrong key be named as such (instead of "altered") without revealing anything about the key.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace md::backup {

/// Which database the body is a dump of.
enum class Kind : std::uint8_t { sqlite = 1, postgres = 2 };

/// Where the backup key came from (recorded so a restore can say which key to supply).
enum class KeySource : std::uint8_t { master_key = 1, backup_key_file = 2 };

/// What the authenticated header says.
struct Header {
  Kind kind = Kind::sqlite;
  KeySource key_source = KeySource::master_key;
  std::int64_t created_at = 0;  ///< unix seconds
  std::string tool_version;
};

/// Why a backup file was refused.
enum class Problem { not_a_backup, unsupported_version, truncated, wrong_key, altered };

/// A refused backup file; what() is an operator-readable English sentence.
class FormatError : public std::runtime_error {
 public:
  FormatError(Problem p, const std::string& what) : std::runtime_error(what), problem(p) {}
  Problem problem;
};

/// Streams one backup file: write() encrypts as it goes, finish() writes the trailer.
class Writer {
 public:
  /// `key` is the 32-byte backup key; the header is written at once.
  Writer(std::ostream& out, std::string_view key, const Header& header);
  ~Writer();
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;
  /// Encrypts and writes `plain`; throws std::runtime_error on an I/O error.
  void write(std::string_view plain);
  /// Writes the trailer and flushes; the file is complete only after this.
  void finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Reads the header and checks the whole file's tag (one pass, constant memory); throws
/// FormatError. `in` must be seekable (a file).
Header verify(std::istream& in, std::string_view key);

/// verify(), then decrypts the body in chunks into `sink`. Nothing reaches the sink unless the
/// tag is correct.
Header decrypt(std::istream& in, std::string_view key,
               const std::function<void(std::string_view)>& sink);

/// Reads only the header (no key needed): to tell the operator which key a file expects.
Header peek_header(std::istream& in);

/// Bytes per chunk when streaming (memory use stays near a few of these).
inline constexpr std::size_t kChunk = 1 << 16;

}  // namespace md::backup
