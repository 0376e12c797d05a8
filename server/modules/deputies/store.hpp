#pragma once
// The deputies tables. Callers validate with rules.hpp first and hold the transaction.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/deputies/rules.hpp"
#include "platform/db/db.hpp"

namespace md::deputies {

/// The SELECT list and FROM clause of deputy rows (joined with people and workstations).
extern const char* const kDeputyColumns;
/// The FROM clause that goes with kDeputyColumns.
extern const char* const kDeputyFrom;
/// A deputy row as lists show it.
nlohmann::json deputy_row_json(const db::Row& row, bool english);
/// One deputy role by id, or nullopt.
std::optional<nlohmann::json> deputy_json(db::Connection& conn, std::int64_t id, bool english);

/// The SELECT list and FROM clause of workstation rows with their serving deputy counts.
extern const char* const kWorkstationColumns;
/// The GROUP BY that goes with kWorkstationColumns.
extern const char* const kWorkstationGroup;
/// A workstation row as lists show it.
nlohmann::json workstation_row_json(const db::Row& row);
/// One workstation by id, or nullopt.
std::optional<nlohmann::json> workstation_json(db::Connection& conn, std::int64_t id);

/// Every serving deputy role with the facts coverage needs, ordered by name (pinyin).
std::vector<DeputyFacts> coverage_facts(db::Connection& conn);

/// The SELECT list and FROM clause of liaison rows (with last contact and contact count).
extern const char* const kLiaisonColumns;
/// A liaison row; `period_start_date` decides `overdue` (contact_overdue).
nlohmann::json liaison_row_json(const db::Row& row, const std::string& period_start_date);
/// One liaison by id, or nullopt.
std::optional<nlohmann::json> liaison_json(db::Connection& conn, std::int64_t id,
                                           const std::string& period_start_date);

/// The people linked to a user account (people.user_id).
std::vector<std::int64_t> people_of_user(db::Connection& conn, std::int64_t user_id);
/// The political status of a person who serves as a deputy at some level; nullopt otherwise.
std::optional<std::string> serving_deputy_status(db::Connection& conn, std::int64_t person_id);
/// The contact logs of a liaison, newest first.
nlohmann::json contacts_json(db::Connection& conn, std::int64_t liaison_id);

}  // namespace md::deputies
