#pragma once
// Finding the person an import row names (deputies, dues … imports): by ID card when the row
// gives one (and then the name must match), else by a name only one person has. Other modules
// include this header, never org's store.
#include <cstdint>
#include <string>

#include "platform/crypto/field_cipher.hpp"
#include "platform/db/db.hpp"

namespace md::org {

/// The person's id, or ApiError 422 with one field error: an unknown ID card (`id_field`) or
/// name (`name_field`) is import.person_unknown; a name several people share, without an ID
/// card to tell them apart, is import.person_ambiguous.
std::int64_t person_for_import(db::Connection& conn, const crypto::FieldCipher& cipher,
                               const std::string& name, const std::string& id_card,
                               const std::string& name_field = "name",
                               const std::string& id_field = "idCard");

}  // namespace md::org
