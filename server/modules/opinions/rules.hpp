#pragma once
// The pure decisions of voters' opinions (R9.2) and deputies' suggestions (R9.5): the two
// workflows for the case engine, the deadline policy (DOMAIN-RULES.md), the voter's query
// code, and the redaction of personal data for the public list. No SQL, no HTTP, no clock.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/cases/workdays.hpp"
#include "platform/cases/workflow.hpp"

namespace md::opinions {

/// registered → classified → referred → replied → closed, with on-the-spot answers, turning
/// into a suggestion, merging, splitting, reassigning, 督办, reopening after 不满意,
/// archiving a reply the voter never rated, and naming the follow-up deputy at any open stage.
const cases::Workflow& opinion_workflow();
/// submitted → assigned → replied → closed, reopened when the deputy is not satisfied.
const cases::Workflow& suggestion_workflow();

/// The deadline rules, read from settings (defaults: DOMAIN-RULES.md).
struct DeadlinePolicy {
  int classify_workdays = 5;     ///< classification and referral after receipt
  int reply_months = 3;          ///< department reply after referral
  int reply_months_complex = 6;  ///< … for a complex case
  int reopen_months = 1;         ///< handled again after 不满意
};

/// Classification and referral are due `classify_workdays` working days after receipt.
std::string classify_deadline(std::string_view received_on, const DeadlinePolicy& p,
                              const cases::WorkCalendar& cal);
/// The reply is due 3 (complex: 6) months after the referral day.
std::string reply_deadline(std::string_view referred_on, bool complex, const DeadlinePolicy& p);
/// After 不满意 the case is answered again within a month of the rating.
std::string reopen_deadline(std::string_view rated_on, const DeadlinePolicy& p);
/// A reply is archived unrated once `days` have passed since it was given.
bool archivable(std::string_view replied_on, std::string_view today, int days);

/// A voter adds photos to their own new online opinion with its query code: at most
/// kPublicPhotoMax, within kPublicPhotoMinutes of submitting (a leaked code later cannot be
/// used to pile pictures onto a case staff already work on).
constexpr int kPublicPhotoMax = 3;
constexpr int kPublicPhotoMinutes = 30;
/// True while photos may still be added: fewer than the maximum, within the window.
bool public_photo_allowed(std::int64_t submitted_at, std::int64_t now, std::int64_t photos);

/// satisfied (满意) | basic (基本满意) | unsatisfied (不满意).
bool is_rating(std::string_view r);
/// The workflow action a rating leads to: "rate" (closes) or "reopen".
std::string action_for_rating(std::string_view rating);
/// roads | water | schools | environment | epidemic | social_security | housing | other.
const std::vector<std::string>& categories();
bool is_category(std::string_view c);
/// on_spot | town | department | suggestion.
bool is_handling(std::string_view h);

/// The 29 characters a query code uses: no 0/O, 1/I/L or U/V look-alikes to misread.
constexpr std::string_view kCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ";
/// 12 code characters from random bytes (rejection sampling keeps them uniform); nullopt
/// when the bytes ran out before 12 were drawn.
std::optional<std::string> code_from_bytes(std::string_view random);
/// "ABCD-EFGH-JKMN" for display.
std::string format_code(std::string_view code12);
/// What the voter typed → the 12 characters (case, spaces and dashes forgiven); nullopt
/// when it cannot be a code.
std::optional<std::string> normalize_code(std::string_view typed);

/// Replaces every phone-, ID-card- or account-like digit run with "***": 7 or more digits in a
/// row, or 10 or more with single dashes or spaces between them (so dates stay); an ID
/// card's final X included.
std::string redact_digits(std::string_view text);
/// A Chinese mobile number: 11 digits starting with 1.
bool is_mobile(std::string_view phone);

}  // namespace md::opinions
