#include "modules/inspection/findings_api.hpp"

#include "modules/inspection/store.hpp"

namespace md::inspection {

namespace {

FindingSource from_row(const db::Row& r) {
  FindingSource f;
  f.id = r.i64("id");
  f.org_unit_id = r.i64("org_unit_id");
  f.checklist_title = r.str("checklist_title");
  f.item_text = r.is_null("item_text") ? "" : r.str("item_text");
  f.respondent_name = r.str("respondent_name");
  f.description = r.str("description");
  f.owner = r.str("owner");
  f.status = r.str("status");
  f.rectified_note = r.str("rectified_note");
  f.deadline = r.opt_str("deadline");
  f.created_at = r.i64("created_at");
  return f;
}

}  // namespace

std::optional<FindingSource> finding_source(db::Connection& conn, std::int64_t id) {
  auto r = conn.query_one(
      std::string("SELECT ") + kFindingColumns + kFindingFrom + " WHERE f.id = ?", {id});
  if (!r) return std::nullopt;
  return from_row(*r);
}

std::vector<FindingSource> unverified_findings(db::Connection& conn) {
  std::vector<FindingSource> out;
  for (const auto& r : conn.query(std::string("SELECT ") + kFindingColumns + kFindingFrom +
                                  " WHERE f.status <> 'verified' ORDER BY f.id")) {
    out.push_back(from_row(r));
  }
  return out;
}

}  // namespace md::inspection
