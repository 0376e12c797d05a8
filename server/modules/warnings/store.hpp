#pragma once
// The facts the warning rules judge, read set-based (a few GROUP BY queries for all members,
// never one query per member), and the warning_cards table.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/dues/rules.hpp"
#include "modules/warnings/rules.hpp"
#include "platform/db/db.hpp"

namespace md::warnings {

using Json = nlohmann::json;

/// How far back a run is followed: runs longer than this report this many months.
inline constexpr int kWindowMonths = 24;

/// Months as dues::month_index values, first..last inclusive (last = last complete month).
struct Window {
  int first = 0;
  int last = 0;
  static Window ending(const std::string& last_month);
  int size() const { return last - first + 1; }
  std::string first_day() const;  ///< "YYYY-MM-01" of the first month
  std::string last_day() const;   ///< "YYYY-MM-31" bound (string comparison) of the last month
};

/// One member's facts over the window (index 0 = window.first).
struct MemberFacts {
  std::vector<MonthFact> orglife, dues;
  std::vector<std::pair<int, std::int64_t>> absences;  ///< (month index, meeting id) absent
  std::vector<dues::Base> bases;
};

/// Party members (cpc_member / cpc_probationary) with an open primary membership, optionally
/// only those whose membership is in `units`.
std::set<std::int64_t> party_members(db::Connection& conn,
                                     const std::optional<std::set<std::int64_t>>& units);
/// The facts of every person with records in the window (or only of `person`).
std::map<std::int64_t, MemberFacts> load_facts(db::Connection& conn, const Window& w,
                                               std::optional<std::int64_t> person);

/// Evidence of a run: the absent meetings (id, date, title) of the counted months.
Json orglife_evidence(db::Connection& conn, const MemberFacts& f, const Window& w, const Run& run);
/// Evidence of a run: the unpaid months with their due.
Json dues_evidence(const MemberFacts& f, const Window& w, const Run& run);

/// True when the evaluation module's tables exist (its migration may not be installed).
bool has_evaluation_tables(db::Connection& conn);

/// A card row as the API shows it (joined with the person, branch and officer names).
Json card_json(const db::Row& r);
/// The select list (without SELECT) and FROM clause of card_json rows (append WHERE …).
extern const char* const kCardSelect;
extern const char* const kCardFrom;

}  // namespace md::warnings
