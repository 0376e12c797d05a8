#pragma once
// Reading checklists, respondents and findings; no HTTP.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "platform/db/db.hpp"

namespace md::inspection {

using Json = nlohmann::json;

struct Checklist {
  std::int64_t id = 0, year = 0, org_unit_id = 0;
  std::string title, scope, org_unit_name, due_on, status, created_by_name;
  std::int64_t created_at = 0, updated_at = 0;
};
/// The checklist or 404 inspection.checklist_not_found.
Checklist load_checklist(db::Connection& conn, std::int64_t id);
Json checklist_json(const Checklist& c);
extern const char* const kChecklistColumns;
extern const char* const kChecklistFrom;
Checklist checklist_from_row(const db::Row& r);

std::vector<std::string> load_items(db::Connection& conn, std::int64_t checklist_id);

/// Who answers a checklist: the current members of the unit's subtree (scope person) or the
/// units of the subtree (scope unit).
struct Respondent {
  std::int64_t id = 0;
  std::string name;
};
std::vector<Respondent> respondents(db::Connection& conn, const Checklist& c);

/// A finding with its checklist's title and unit.
Json finding_json(const db::Row& r, const std::string& today);
extern const char* const kFindingColumns;
extern const char* const kFindingFrom;

}  // namespace md::inspection
