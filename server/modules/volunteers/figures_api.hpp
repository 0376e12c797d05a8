#pragma once
// The volunteers module's figures for the reports (R12): activities held from..to and the
// service minutes recorded for them.
#include <cstdint>
#include <string>

#include "platform/db/db.hpp"

namespace md::volunteers {

struct VolunteerFigures {
  std::int64_t activities = 0, minutes = 0;
};

inline VolunteerFigures volunteer_figures(db::Connection& conn, const std::string& from,
                                          const std::string& to) {
  VolunteerFigures f;
  f.activities = conn.scalar(
      "SELECT COUNT(*) FROM volunteer_activities WHERE held_on >= ? AND held_on <= ?", {from, to});
  f.minutes = conn.scalar(
      "SELECT COALESCE(SUM(s.minutes), 0) FROM volunteer_signups s JOIN volunteer_activities a "
      "ON a.id = s.activity_id WHERE a.held_on >= ? AND a.held_on <= ? AND s.minutes IS NOT NULL",
      {from, to});
  return f;
}

}  // namespace md::volunteers
