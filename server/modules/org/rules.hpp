#pragma once
// The org module's decisions as pure functions: ID-card numbers (GB 11643), dates, political
// status, roles, unit kinds, tree cycles and pinyin initials. No SQL, no HTTP, no clock.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::org {

/// The GB 11643 check character of the first 17 digits ('\0' unless 17 ASCII digits).
char id_card_check_char(std::string_view first17);
/// nullopt when the 18-character ID is well formed with a correct check character;
/// otherwise "people.id_card_format" (length, characters, date) or "people.id_card_checksum".
std::optional<std::string> check_id_card(std::string_view id);
/// The birth date encoded in a well-formed ID (YYYY-MM-DD).
std::string id_card_birth_date(std::string_view id);
/// "M" when the 17th digit is odd, else "F".
std::string id_card_gender(std::string_view id);

/// True for a real calendar date written YYYY-MM-DD (years 1900–2199).
bool valid_date(std::string_view ymd);
/// The date `years` later (29 February → 28 February in a common year).
std::string add_years(std::string_view ymd, int years);

/// The political status codes in display order.
const std::vector<std::string>& political_statuses();
/// The membership roles (secretary … member).
const std::vector<std::string>& membership_roles();
/// The org unit kinds.
const std::vector<std::string>& unit_kinds();
/// True when `value` is one of `list`.
bool one_of(const std::vector<std::string>& list, std::string_view value);

/// A display name of a code ("cpc_member" → "中共党员" / "CPC member"); the code if unknown.
std::string status_name(std::string_view code, bool en);
std::string role_name(std::string_view code, bool en);
std::string gender_name(std::string_view code, bool en);
/// The code of a display name in either language or the code itself; "" if unknown.
std::string status_code(std::string_view text);
std::string role_code(std::string_view text);
std::string gender_code(std::string_view text);

/// True when putting `node` under `new_parent` would make a cycle (the new parent is the node
/// itself or lies below it). `parents` maps every unit to its parent (nullopt for a root).
bool creates_cycle(std::int64_t node, std::int64_t new_parent,
                   const std::map<std::int64_t, std::optional<std::int64_t>>& parents);

/// Pinyin initials of a Chinese name, lower case: "张三丰" → "zsf". Latin letters are kept
/// (first letter of each word), other characters dropped.
std::string pinyin_initials(std::string_view name);

}  // namespace md::org
