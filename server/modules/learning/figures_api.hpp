#pragma once
// The learning module's figures for the reports (R12): study minutes recorded from..to and
// the 一月一法 sessions (laws of the months in the period).
#include <cstdint>
#include <string>

#include "platform/db/db.hpp"

namespace md::learning {

struct LearningFigures {
  std::int64_t minutes = 0;   ///< study minutes of everyone, studied_on in the period
  std::int64_t learners = 0;  ///< people with study minutes in the period
  std::int64_t sessions = 0;  ///< 一月一法 laws whose month falls in the period
};

inline LearningFigures learning_figures(db::Connection& conn, const std::string& from,
                                        const std::string& to) {
  LearningFigures f;
  if (auto r = conn.query_one(
          "SELECT COUNT(DISTINCT person_id) AS people, COALESCE(SUM(minutes), 0) AS minutes FROM "
          "study_records WHERE studied_on >= ? AND studied_on <= ?",
          {from, to})) {
    f.learners = r->i64("people");
    f.minutes = r->i64("minutes");
  }
  f.sessions = conn.scalar("SELECT COUNT(*) FROM laws WHERE month >= ? AND month <= ?",
                           {from.substr(0, 7), to.substr(0, 7)});
  return f;
}

}  // namespace md::learning
