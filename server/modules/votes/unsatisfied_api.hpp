#pragma once
// Livelihood projects rated 不满意 in a certified satisfaction vote (R8.5), as the
// rectification ledger (R5.1) takes them in: read-only, for other modules.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/db/db.hpp"

namespace md::votes {

struct UnsatisfiedProject {
  std::int64_t id = 0, year = 0;
  std::string title, department, rectification_note;
  std::optional<std::string> rectification_due;
  std::optional<std::int64_t> rate_permille;
  std::int64_t updated_at = 0;
};

/// Every project whose satisfaction grade is unsatisfied, by id.
std::vector<UnsatisfiedProject> unsatisfied_projects(db::Connection& conn);

}  // namespace md::votes
