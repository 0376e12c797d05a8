#pragma once
// Self-inspection findings as the rectification ledger (R5.1) takes them in: read-only, for
// other modules; they include this header, never inspection's store.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/db/db.hpp"

namespace md::inspection {

struct FindingSource {
  std::int64_t id = 0;
  std::int64_t org_unit_id = 0;  ///< the checklist's unit
  std::string checklist_title, item_text, respondent_name, description, owner, status;
  std::string rectified_note;
  std::optional<std::string> deadline;
  std::int64_t created_at = 0;
};

/// One finding, or nullopt when there is none with that id.
std::optional<FindingSource> finding_source(db::Connection& conn, std::int64_t id);
/// Every finding not yet verified (open or rectified), oldest first.
std::vector<FindingSource> unverified_findings(db::Connection& conn);

}  // namespace md::inspection
