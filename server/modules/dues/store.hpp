#pragma once
// The dues module's tables (migrations/0001_dues.sql): reading a person's bases and payments.
#include <cstdint>
#include <map>
#include <set>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/dues/rules.hpp"
#include "platform/db/db.hpp"
#include "platform/db/id_list.hpp"

namespace md::dues {

using Json = nlohmann::json;

/// One person's dues records, oldest first.
struct PersonDues {
  std::vector<Base> bases;
  Json bases_json = Json::array();
  std::vector<PaidRange> ranges;
  Json payments_json = Json::array();
  std::set<std::string> paid;
};

/// What a caller needs: the records as JSON too (one person's page), or only what the rules
/// read (lists of thousands of members: building JSON for millions of payments is the cost).
enum class Detail { rules_only, with_json };
/// The records of each of the people; `everyone` reads the whole tables instead of an IN list
/// of every id (a leader's list of all members).
std::map<std::int64_t, PersonDues> load_dues(db::Connection& conn,
                                             const std::set<std::int64_t>& ids,
                                             Detail detail = Detail::with_json,
                                             bool everyone = false);
using db::id_list;

}  // namespace md::dues
