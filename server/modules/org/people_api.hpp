#pragma once
// The org module's public face for other modules (deputies, meetings, dues …): create and
// validate people, memberships, and the party-status question. Other modules include only
// this header, never org's store or routes.
#include <cstdint>
#include <string>
#include <vector>

#include "platform/core/errors.hpp"
#include "platform/crypto/field_cipher.hpp"
#include "platform/db/db.hpp"

namespace md::org {

/// A person as entered (plain ID card and phone; the store encrypts them).
struct PersonInput {
  std::string name;
  std::string gender;  ///< "M" or "F"
  std::string ethnicity;
  std::string birth_date;        ///< YYYY-MM-DD
  std::string id_card;           ///< 18 characters, GB 11643
  std::string phone;             ///< optional, 11 digits
  std::string political_status;  ///< cpc_member | cpc_probationary | cyl_member | democratic_party
                                 ///< | non_party | masses
  std::string
      joined_party_on;  ///< YYYY-MM-DD, only for cpc_member / cpc_probationary; "" otherwise
  std::string unit;
  std::string post;
};

/// Field errors for a person (checksum, birth date and gender against the ID card, dates not
/// after `today`, status from the list, joined date only for members, phone). Pure.
std::vector<FieldError> validate_person(const PersonInput& p, std::string_view today);

/// Inserts a validated person; a duplicate ID card raises db::DbError with unique_violation.
std::int64_t create_person(db::Connection& conn, const crypto::FieldCipher& cipher,
                           const PersonInput& p, std::int64_t now);

/// Starts a membership (role: secretary | deputy_secretary | organization | propaganda |
/// discipline | member); `primary` false for a functional-branch membership.
std::int64_t add_membership(db::Connection& conn, std::int64_t person_id, std::int64_t org_unit_id,
                            const std::string& role, bool primary, const std::string& started_on);

/// True for cpc_member and cpc_probationary.
bool is_party_member(std::string_view political_status);

/// A fictional but valid 18-character ID number: region (6 digits), birth date (YYYYMMDD),
/// sequence (3 digits; odd = male, even = female) and the GB 11643 check character. Pure.
std::string make_id_card(std::string_view region6, std::string_view birth_yyyymmdd, int sequence);

/// Today's date in China (UTC+8) as YYYY-MM-DD.
std::string china_today(std::int64_t now);

/// The person linked to a user account (people.user_id), if any: a member's own records.
std::optional<std::int64_t> person_of_user(db::Connection& conn, std::int64_t user_id);

}  // namespace md::org
