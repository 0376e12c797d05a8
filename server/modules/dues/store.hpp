#pragma once
// The dues module's tables (migrations/0001_dues.sql): reading a person's bases and payments.
#include <cstdint>
#include <map>
#include <set>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/dues/rules.hpp"
#include "platform/db/db.hpp"

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

/// The records of each of the people.
std::map<std::int64_t, PersonDues> load_dues(db::Connection& conn,
                                             const std::set<std::int64_t>& ids);
/// "(1, 2, 3)" for an IN clause ("(NULL)" when empty); integers only.
std::string id_list(const std::set<std::int64_t>& ids);

}  // namespace md::dues
