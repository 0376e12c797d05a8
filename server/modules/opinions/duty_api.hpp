#pragma once
// The opinions module's public face for the duty record (履职档案, R9.4): how many voters'
// opinions a deputy received and how many suggestions they submitted in a year. Other
// modules include only this header, never the store.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "platform/db/db.hpp"

namespace md::opinions {

struct DeputyYear {
  std::int64_t opinions_received = 0;  ///< received, or named to follow up
  std::int64_t opinions_closed = 0;    ///< … of which closed (rated, or answered and archived)
  std::int64_t suggestions = 0;        ///< submitted by the deputy (incl. turned from opinions)
  std::int64_t suggestions_satisfied = 0;  ///< rated 满意 or 基本满意 by the deputy
};

/// The counts for each person (people.id) in a year ("2026"): set-based, for the duty-record
/// list of every deputy; people with nothing get zeros.
std::map<std::int64_t, DeputyYear> deputies_year(db::Connection& conn,
                                                 const std::vector<std::int64_t>& people,
                                                 const std::string& year);
/// The same for one person.
DeputyYear deputy_year(db::Connection& conn, std::int64_t person_id, const std::string& year);

}  // namespace md::opinions
