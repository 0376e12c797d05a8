#pragma once
// The accountability module's figure for the reports (R12): persons handled (问责, any form)
// by decisions taken from..to; a person handled twice counts once.
#include <cstdint>
#include <string>

#include "platform/db/db.hpp"

namespace md::accountability {

inline std::int64_t persons_handled(db::Connection& conn, const std::string& from,
                                    const std::string& to) {
  return conn.scalar(
      "SELECT COUNT(DISTINCT person_id) FROM accountability_records WHERE decided_on >= ? AND "
      "decided_on <= ?",
      {from, to});
}

}  // namespace md::accountability
