#pragma once
// The supervision module's figures for the reports (R12): the supervision items of the years
// from..to, hearings held and deliberation opinions sent from..to.
#include <cstdint>
#include <string>

#include "platform/db/db.hpp"

namespace md::supervision {

struct SupervisionFigures {
  std::int64_t items = 0, hearings = 0, opinions = 0;
};

inline SupervisionFigures supervision_figures(db::Connection& conn, const std::string& from,
                                              const std::string& to) {
  SupervisionFigures f;
  f.items = conn.scalar("SELECT COUNT(*) FROM supervision_items WHERE year >= ? AND year <= ?",
                        {std::stoll(from.substr(0, 4)), std::stoll(to.substr(0, 4))});
  f.hearings = conn.scalar(
      "SELECT COUNT(*) FROM supervision_hearings WHERE held_on >= ? AND held_on <= ?", {from, to});
  f.opinions = conn.scalar(
      "SELECT COUNT(*) FROM supervision_opinions WHERE sent_on >= ? AND sent_on <= ?", {from, to});
  return f;
}

}  // namespace md::supervision
