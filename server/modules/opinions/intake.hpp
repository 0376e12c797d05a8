#pragma once
// Taking an opinion in (public page, reception, phone) and rating its answer: shared by the
// public routes and the staff routes.
#include "modules/opinions/store.hpp"

namespace md::opinions {

/// What any intake carries; the contact is optional and stored encrypted.
struct Intake {
  std::string channel, category, town, place, content, contact_name, contact_phone, received_on;
  std::optional<std::int64_t> workstation_id, received_by_person_id;
  std::optional<std::string> device_hash;
};

/// Checks the fields (422), opens the case with its classification deadline, audits; returns
/// {id, refNo, queryCode (shown once), deadline}. Inside the caller's transaction.
Json take_in(http::Context& ctx, const Intake& in);
/// SM3 of a normalized query code, as stored.
std::string code_hash(std::string_view code12);
/// Applies the voter's (or the clerk's record of the) rating: 满意/基本满意 close the case,
/// 不满意 reopens it with the shorter deadline. 409 unless the case has a reply awaiting it.
cases::Case apply_rating(http::Context& ctx, const cases::Case& c, const std::string& rating,
                         const std::string& comment);

}  // namespace md::opinions
