#pragma once
// The org tables: units (with history), committees, people, memberships, transfers.
// Callers validate first and hold the transaction for writes.
#include <map>
#include <optional>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "modules/org/people_api.hpp"

namespace md::org {

using nlohmann::json;

/// A unit row, or nullopt.
struct Unit {
  std::int64_t id = 0;
  std::optional<std::int64_t> parent_id;
  std::string name;
  std::string kind;
  bool retired = false;
};
std::optional<Unit> find_unit(db::Connection& conn, std::int64_t id);
/// The first active unit with this exact name.
std::optional<std::int64_t> find_active_unit_by_name(db::Connection& conn, const std::string& name);
/// Every unit's parent (cycle checks).
std::map<std::int64_t, std::optional<std::int64_t>> unit_parents(db::Connection& conn);
/// {id, parentId, name, kind, retired}.
json unit_json(const Unit& u);

std::int64_t insert_unit(db::Connection& conn, std::optional<std::int64_t> parent,
                         const std::string& name, const std::string& kind, std::int64_t now);
/// Records a create / rename / move / retire of a unit.
void record_history(db::Connection& conn, std::int64_t unit, const std::string& action,
                    const std::optional<std::string>& old_name,
                    const std::optional<std::string>& new_name,
                    std::optional<std::int64_t> old_parent, std::optional<std::int64_t> new_parent,
                    std::optional<std::int64_t> by, std::int64_t now);
/// Current (not ended) memberships of the unit.
std::int64_t current_member_count(db::Connection& conn, std::int64_t unit);
/// Active child units.
std::int64_t active_child_count(db::Connection& conn, std::int64_t unit);
/// True when an active sibling (same parent) already has this name.
bool sibling_name_taken(db::Connection& conn, std::optional<std::int64_t> parent,
                        const std::string& name, std::int64_t except_id);

/// GET /api/org/tree.
json tree_json(db::Connection& conn, bool with_retired, bool en);
/// GET /api/org/units/{id}: unit, officers, members, history.
json unit_detail_json(db::Connection& conn, const Unit& u, bool en);
/// GET /api/org/committees.
json committees_json(db::Connection& conn);

/// The SELECT list and joins of a person as lists show it (masked, with the primary unit).
extern const char* const kPersonColumns;
json person_row_json(const db::Row& row, bool en);
std::optional<json> person_json(db::Connection& conn, std::int64_t id, bool en);
/// person_json + memberships, transfers, deputyRoles.
json person_detail_json(db::Connection& conn, const json& person);
/// Overwrites a person's fields (the ID card and phone re-encrypted).
void update_person(db::Connection& conn, const crypto::FieldCipher& cipher, std::int64_t id,
                   const PersonInput& p, std::int64_t now);
/// The person holding this ID card (by blind index).
std::optional<std::int64_t> person_by_id_card(db::Connection& conn,
                                              const crypto::FieldCipher& cipher,
                                              const std::string& id_card);
/// Units of the person's current memberships.
std::set<std::int64_t> person_units(db::Connection& conn, std::int64_t person);

/// The current primary membership: id, unit, role, started_on.
struct Membership {
  std::int64_t id = 0;
  std::int64_t person_id = 0;
  std::int64_t org_unit_id = 0;
  std::string role;
  bool primary = false;
  std::string started_on;
  std::optional<std::string> ended_on;
};
std::optional<Membership> current_primary(db::Connection& conn, std::int64_t person);
std::optional<Membership> find_membership(db::Connection& conn, std::int64_t id);
bool is_current_member(db::Connection& conn, std::int64_t person, std::int64_t unit);
void end_membership(db::Connection& conn, std::int64_t id, const std::string& ended_on);
json membership_json(db::Connection& conn, std::int64_t id, bool en);
std::int64_t insert_transfer(db::Connection& conn, std::int64_t person,
                             std::optional<std::int64_t> from, std::int64_t to,
                             const std::string& on, const std::string& reason,
                             std::optional<std::int64_t> by, std::int64_t now);

/// The person linked to a user account, if any.
std::optional<std::int64_t> person_of_user(db::Connection& conn, std::int64_t user_id);

}  // namespace md::org
