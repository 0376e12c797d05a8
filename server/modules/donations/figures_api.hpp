#pragma once
// The donations module's figures for the reports (R12): money and goods (at their estimated
// value) given from..to, in fen.
#include <cstdint>
#include <string>

#include "platform/db/db.hpp"

namespace md::donations {

struct DonationFigures {
  std::int64_t money_fen = 0, goods_fen = 0;
  std::int64_t total_fen() const { return money_fen + goods_fen; }
};

inline DonationFigures donation_figures(db::Connection& conn, const std::string& from,
                                        const std::string& to) {
  DonationFigures f;
  if (auto r = conn.query_one(
          "SELECT COALESCE(SUM(CASE WHEN kind = 'money' THEN amount_fen ELSE 0 END), 0) AS money, "
          "COALESCE(SUM(CASE WHEN kind = 'goods' THEN value_fen ELSE 0 END), 0) AS goods FROM "
          "donations WHERE donated_on >= ? AND donated_on <= ?",
          {from, to})) {
    f.money_fen = r->i64("money");
    f.goods_fen = r->i64("goods");
  }
  return f;
}

}  // namespace md::donations
