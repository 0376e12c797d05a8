#pragma once
// "(1, 2, 3)" for an SQL IN clause, "(NULL)" when empty. Integers only — never user text — so
// the list can be spliced into SQL safely where a parameter per id would not scale.
#include <cstdint>
#include <string>

namespace md::db {

template <class Ids>
std::string id_list(const Ids& ids) {
  std::string s;
  for (std::int64_t id : ids) s += (s.empty() ? "" : ", ") + std::to_string(id);
  return "(" + (s.empty() ? std::string("NULL") : s) + ")";
}

}  // namespace md::db
