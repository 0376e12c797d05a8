// Rotating the personal-data key: every FieldCipher token re-encrypted under the new key and
// every stored blind index recomputed, in one transaction of the caller's.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "platform/crypto/field_cipher.hpp"
#include "platform/db/db.hpp"

namespace md::backup {

/// What a rotation changed.
struct RotationReport {
  std::map<std::string, std::int64_t> tokens;      ///< "table.column" → tokens re-encrypted
  std::int64_t blind_indexes = 0;                  ///< index values recomputed
  std::map<std::string, std::int64_t> unreadable;  ///< "v1:" values the old key cannot open
};

/// Re-encrypts inside the caller's open transaction; throws on any database error (the caller
/// then rolls back, leaving the database as it was). Every text column of every table is
/// searched for "v1:" tokens (except the hash-chained audit log, whose records must not change),
/// so a module adding an encrypted column needs no registration; blind indexes cannot be found
/// that way and are listed in key_rotation.cpp.
RotationReport rotate_field_key(db::Connection& conn, const crypto::FieldCipher& old_key,
                                const crypto::FieldCipher& new_key);

/// True when both ciphers are the same key (rotating to the same key is refused).
bool same_key(const crypto::FieldCipher& a, const crypto::FieldCipher& b);

}  // namespace md::backup
