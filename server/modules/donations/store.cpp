// The donations table's reads (store.hpp).
#include "modules/donations/store.hpp"

namespace md::donations {

const char* const kColumns =
    "d.id, d.kind, d.donor_kind, d.donor_person_id, d.donor_name, d.donated_on, d.recipient, "
    "d.receipt_no, d.campaign, d.amount_fen, d.item, d.quantity, d.unit_label, d.value_fen, "
    "d.note, d.created_at, d.updated_at";

Json donation_json(const db::Row& r) {
  auto person = r.opt_i64("donor_person_id");
  std::string kind = r.str("kind");
  return {{"id", r.i64("id")},
          {"kind", kind},
          {"donorKind", r.str("donor_kind")},
          {"donorPersonId", person ? Json(*person) : Json()},
          {"donorName", r.str("donor_name")},
          {"donatedOn", r.str("donated_on")},
          {"recipient", r.str("recipient")},
          {"receiptNo", r.str("receipt_no")},
          {"campaign", r.str("campaign")},
          {"amountFen", r.i64("amount_fen")},
          {"item", r.str("item")},
          {"quantity", r.i64("quantity")},
          {"unitLabel", r.str("unit_label")},
          {"valueFen", r.i64("value_fen")},
          {"worthFen", worth_fen(kind, r.i64("amount_fen"), r.i64("value_fen"))},
          {"note", r.str("note")},
          {"createdAt", r.i64("created_at")},
          {"updatedAt", r.i64("updated_at")}};
}

std::optional<Json> find_donation(db::Connection& conn, std::int64_t id) {
  auto r =
      conn.query_one(std::string("SELECT ") + kColumns + " FROM donations d WHERE d.id = ?", {id});
  if (!r) return std::nullopt;
  return donation_json(*r);
}

std::vector<Line> ledger_lines(db::Connection& conn, int year, const std::string& campaign) {
  std::string sql =
      "SELECT campaign, kind, amount_fen, value_fen, donor_kind, donor_person_id, donor_name "
      "FROM donations WHERE 1 = 1";
  db::Params params;
  if (year > 0) {
    sql += " AND donated_on >= ? AND donated_on <= ?";
    params.push_back(std::to_string(year) + "-01-01");
    params.push_back(std::to_string(year) + "-12-31");
  }
  if (!campaign.empty()) {
    sql += " AND campaign = ?";
    params.push_back(campaign);
  }
  std::vector<Line> out;
  for (const auto& r : conn.query(sql, params)) {
    // A person is one donor whatever the spelling; a unit is known by its name.
    std::string donor = r.is_null("donor_person_id")
                            ? "unit:" + r.str("donor_name")
                            : "person:" + std::to_string(r.i64("donor_person_id"));
    out.push_back(
        {r.str("campaign"), r.str("kind"), r.i64("amount_fen"), r.i64("value_fen"), donor});
  }
  return out;
}

}  // namespace md::donations
