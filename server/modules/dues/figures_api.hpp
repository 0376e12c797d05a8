#pragma once
// The dues module's figure for the reports (R12): the collection rate. For every party member
// with a current membership, each month from..to (YYYY-MM) is due as the base in force says
// (due_for, the rule the member's dues page uses); it is collected when a payment covers that
// month. Money in fen. Reads only the bases in force by `to` and the payments overlapping the
// months (100,000 members: no per-month sets; bench/reports.sh).
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "modules/dues/rules.hpp"
#include "platform/db/db.hpp"

namespace md::dues {

struct CollectionFigure {
  std::int64_t due_fen = 0;
  std::int64_t paid_fen = 0;
};

inline CollectionFigure collection_figure(db::Connection& conn, const std::string& from_month,
                                          const std::string& to_month) {
  CollectionFigure f;
  if (!is_month(from_month) || !is_month(to_month) || from_month > to_month) return f;
  std::vector<std::string> months;
  for (int i = month_index(from_month); i <= month_index(to_month); ++i) {
    months.push_back(month_name(i));
  }
  // The members once, then the two tables filtered in memory: nested IN subqueries on each
  // table cost four times as much at 100,000 members (BENCHMARKS.md, reports).
  std::unordered_set<std::int64_t> members;
  for (const auto& r :
       conn.query("SELECT p.id FROM people p WHERE p.political_status IN ('cpc_member', "
                  "'cpc_probationary') AND p.id IN (SELECT m.person_id FROM memberships m WHERE "
                  "m.ended_on IS NULL)")) {
    members.insert(r.i64("id"));
  }
  std::unordered_map<std::int64_t, std::vector<PaidRange>> paid;
  for (const auto& r : conn.query(
           "SELECT person_id, from_month, to_month FROM dues_payments WHERE to_month >= ? AND "
           "from_month <= ?",
           {from_month, to_month})) {
    auto person = r.i64("person_id");
    if (members.count(person)) paid[person].push_back({r.str("from_month"), r.str("to_month")});
  }
  static const std::vector<PaidRange> kNone;
  auto add = [&](std::int64_t person, const std::vector<Base>& bases) {
    if (bases.empty()) return;
    auto it = paid.find(person);
    const auto& ranges = it == paid.end() ? kNone : it->second;
    // Bases come ordered by month: when the newest is in force from the first month on, the
    // due is the same every month (the common case; due_for copies the base on each call).
    std::optional<std::int64_t> constant;
    bool same = bases.back().effective_month <= months.front();
    if (same) constant = due_for(bases, months.front());
    for (const auto& month : months) {
      auto due = same ? constant : due_for(bases, month);
      if (!due) continue;
      f.due_fen += *due;
      for (const auto& range : ranges) {
        if (range.from <= month && month <= range.to) {
          f.paid_fen += *due;
          break;
        }
      }
    }
  };
  std::int64_t current = 0;
  std::vector<Base> bases;
  for (const auto& r : conn.query(
           "SELECT person_id, category, base_fen, fixed_fen, effective_month FROM dues_bases "
           "WHERE effective_month <= ? ORDER BY person_id, effective_month, id",
           {to_month})) {
    auto person = r.i64("person_id");
    if (!members.count(person)) continue;
    if (person != current) {
      add(current, bases);
      bases.clear();
      current = person;
    }
    bases.push_back({r.str("effective_month"),
                     parse_category(r.str("category")).value_or(Category::office),
                     r.i64("base_fen"), r.opt_i64("fixed_fen")});
  }
  add(current, bases);
  return f;
}

}  // namespace md::dues
