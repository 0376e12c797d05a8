#include "modules/inspection/store.hpp"

#include "modules/inspection/rules.hpp"
#include "platform/auth/scope.hpp"
#include "platform/core/errors.hpp"

namespace md::inspection {

const char* const kChecklistColumns =
    "c.id, c.title, c.year, c.scope, c.org_unit_id, u.name AS org_unit_name, c.due_on, "
    "c.status, uc.display_name AS created_by_name, c.created_at, c.updated_at";
const char* const kChecklistFrom =
    " FROM inspection_checklists c JOIN org_units u ON u.id = c.org_unit_id LEFT JOIN users uc "
    "ON uc.id = c.created_by";

Checklist checklist_from_row(const db::Row& r) {
  Checklist c;
  c.id = r.i64("id");
  c.title = r.str("title");
  c.year = r.i64("year");
  c.scope = r.str("scope");
  c.org_unit_id = r.i64("org_unit_id");
  c.org_unit_name = r.str("org_unit_name");
  c.due_on = r.str("due_on");
  c.status = r.str("status");
  c.created_by_name = r.is_null("created_by_name") ? "" : r.str("created_by_name");
  c.created_at = r.i64("created_at");
  c.updated_at = r.i64("updated_at");
  return c;
}

Checklist load_checklist(db::Connection& conn, std::int64_t id) {
  auto r = conn.query_one(
      std::string("SELECT ") + kChecklistColumns + kChecklistFrom + " WHERE c.id = ?", {id});
  if (!r) throw not_found("inspection.checklist_not_found");
  return checklist_from_row(*r);
}

Json checklist_json(const Checklist& c) {
  return {{"id", c.id},
          {"title", c.title},
          {"year", c.year},
          {"scope", c.scope},
          {"orgUnitId", c.org_unit_id},
          {"orgUnitName", c.org_unit_name},
          {"dueOn", c.due_on},
          {"status", c.status},
          {"createdBy", c.created_by_name},
          {"createdAt", c.created_at},
          {"updatedAt", c.updated_at}};
}

std::vector<std::string> load_items(db::Connection& conn, std::int64_t checklist_id) {
  std::vector<std::string> items;
  for (const auto& r :
       conn.query("SELECT text FROM inspection_items WHERE checklist_id = ? ORDER BY position",
                  {checklist_id})) {
    items.push_back(r.str("text"));
  }
  return items;
}

std::vector<Respondent> respondents(db::Connection& conn, const Checklist& c) {
  std::string ids;
  for (auto id : auth::org_subtree(conn, c.org_unit_id)) {
    ids += (ids.empty() ? "" : ", ") + std::to_string(id);
  }
  if (ids.empty()) ids = "NULL";
  std::string sql =
      c.scope == "unit"
          ? "SELECT id, name FROM org_units WHERE retired_at IS NULL AND id IN (" + ids +
                ") ORDER BY sort_order, id"
          : "SELECT p.id, p.name FROM people p WHERE p.id IN (SELECT m.person_id FROM "
            "memberships m WHERE m.ended_on IS NULL AND m.org_unit_id IN (" +
                ids + ")) ORDER BY p.id";
  std::vector<Respondent> out;
  for (const auto& r : conn.query(sql)) out.push_back({r.i64("id"), r.str("name")});
  return out;
}

const char* const kFindingColumns =
    "f.id, f.checklist_id, c.title AS checklist_title, c.org_unit_id, u.name AS org_unit_name, "
    "f.position, i.text AS item_text, f.respondent, f.respondent_name, f.description, f.owner, "
    "f.owner_person_id, f.deadline, f.status, f.rectified_note, f.verified_note, f.created_at, "
    "f.updated_at, f.closed_at";
const char* const kFindingFrom =
    " FROM inspection_findings f JOIN inspection_checklists c ON c.id = f.checklist_id JOIN "
    "org_units u ON u.id = c.org_unit_id LEFT JOIN inspection_items i ON i.checklist_id = "
    "f.checklist_id AND i.position = f.position";

Json finding_json(const db::Row& r, const std::string& today) {
  std::optional<std::string> deadline;
  if (!r.is_null("deadline")) deadline = r.str("deadline");
  return {{"id", r.i64("id")},
          {"checklistId", r.i64("checklist_id")},
          {"checklistTitle", r.str("checklist_title")},
          {"orgUnitId", r.i64("org_unit_id")},
          {"orgUnitName", r.str("org_unit_name")},
          {"position", r.i64("position")},
          {"item", r.is_null("item_text") ? "" : r.str("item_text")},
          {"respondent", r.i64("respondent")},
          {"respondentName", r.str("respondent_name")},
          {"description", r.str("description")},
          {"owner", r.str("owner")},
          {"ownerPersonId", r.is_null("owner_person_id") ? Json() : Json(r.i64("owner_person_id"))},
          {"deadline", deadline ? Json(*deadline) : Json()},
          {"status", r.str("status")},
          {"overdue", overdue(r.str("status"), deadline, today)},
          {"rectifiedNote", r.str("rectified_note")},
          {"verifiedNote", r.str("verified_note")},
          {"createdAt", r.i64("created_at")},
          {"updatedAt", r.i64("updated_at")},
          {"closedAt", r.is_null("closed_at") ? Json() : Json(r.i64("closed_at"))}};
}

}  // namespace md::inspection
