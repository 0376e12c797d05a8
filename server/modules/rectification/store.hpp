#pragma once
// The rectification ledger's tables: items (with their case), links, progress reports, and
// the progress counts. Runs inside the caller's transaction; no HTTP.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "platform/cases/store.hpp"
#include "platform/db/db.hpp"

namespace md::rectification {

using Json = nlohmann::json;

struct Item {
  std::int64_t id = 0;
  std::string ref_no, source, problem, category;
  std::optional<std::string> source_ref;
  std::int64_t org_unit_id = 0;
  std::string unit_name, person_name, measures, start_on, deadline, state;
  bool evidence_required = true;
  std::string completion_note, completed_by_name, verified_by_name, verify_note;
  std::optional<std::int64_t> completed_by, verified_by;
  std::optional<std::string> completed_on, verified_on;
  std::int64_t created_at = 0, updated_at = 0;
};

/// What a new item carries (the case engine opens its case).
struct NewItem {
  std::string source, problem, category, person_name, measures, start_on, deadline;
  std::optional<std::string> source_ref;
  std::int64_t org_unit_id = 0;
  bool evidence_required = true;
};

/// The item or 404 rectification.not_found.
Item load_item(db::Connection& conn, std::int64_t id);
/// The item's id taken from that source object, if one was.
std::optional<std::int64_t> item_of_source(db::Connection& conn, const std::string& source_ref);
/// Opens the case and inserts the item; returns the id.
std::int64_t insert_item(db::Connection& conn, const NewItem& n, std::optional<std::int64_t> actor,
                         const std::string& actor_name, std::int64_t now);
/// The name of an org unit, or nullopt when it does not exist.
std::optional<std::string> unit_name(db::Connection& conn, std::int64_t unit);
std::int64_t evidence_count(db::Connection& conn, std::int64_t id);

/// The item's fields as the API shows them (status computed against today).
Json item_json(const Item& i, const std::string& today);
/// Details: the item, its case events, evidence, reports and linked items.
Json item_details(db::Connection& conn, const Item& i, const std::string& today);

extern const char* const kListColumns;
extern const char* const kListFrom;
Json row_json(const db::Row& r, const std::string& today);

}  // namespace md::rectification
