#pragma once
// The warnings module's figures for the reports (R12): the cards open now by level, and the
// cards issued in a period.
#include <cstdint>
#include <string>

#include "platform/db/db.hpp"

namespace md::warnings {

struct OpenCards {
  std::int64_t yellow = 0, red = 0, review = 0, total = 0;
};

/// Cards still in force: active, or with a lift proposed but not yet lifted.
inline OpenCards open_cards(db::Connection& conn) {
  OpenCards c;
  for (const auto& r :
       conn.query("SELECT level, COUNT(*) AS n FROM warning_cards WHERE status IN ('active', "
                  "'lift_proposed') GROUP BY level")) {
    auto n = r.i64("n");
    if (r.str("level") == "yellow") c.yellow = n;
    if (r.str("level") == "red") c.red = n;
    if (r.str("level") == "review") c.review = n;
    c.total += n;
  }
  return c;
}

/// Cards issued from..to (YYYY-MM-DD, inclusive), escalations included.
inline std::int64_t cards_issued(db::Connection& conn, const std::string& from,
                                 const std::string& to) {
  return conn.scalar("SELECT COUNT(*) FROM warning_cards WHERE issued_on >= ? AND issued_on <= ?",
                     {from, to});
}

}  // namespace md::warnings
