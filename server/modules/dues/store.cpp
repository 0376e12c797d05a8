// Reading the dues tables.
#include "modules/dues/store.hpp"

namespace md::dues {

namespace {
const char* const kBases =
    "SELECT b.id, b.person_id, b.category, b.base_fen, b.fixed_fen, b.effective_month, b.note, "
    "b.created_at, u.display_name AS created_by_name FROM dues_bases b LEFT JOIN users u ON u.id "
    "= b.created_by WHERE b.person_id IN ";
const char* const kPayments =
    "SELECT p.id, p.person_id, p.paid_on, p.from_month, p.to_month, p.amount_fen, p.channel, "
    "p.receipt_no, p.recorded_at, u.display_name AS recorded_by_name FROM dues_payments p LEFT "
    "JOIN users u ON u.id = p.recorded_by WHERE p.person_id IN ";
}  // namespace

std::map<std::int64_t, PersonDues> load_dues(db::Connection& conn,
                                             const std::set<std::int64_t>& ids, Detail detail,
                                             bool everyone) {
  std::map<std::int64_t, PersonDues> out;
  if (ids.empty()) return out;
  const bool json = detail == Detail::with_json;
  const std::string who = everyone ? "(SELECT id FROM people)" : id_list(ids);
  for (const auto& r :
       conn.query(std::string(kBases) + who + " ORDER BY b.person_id, b.effective_month, b.id")) {
    if (everyone && !ids.count(r.i64("person_id"))) continue;
    auto& d = out[r.i64("person_id")];
    auto category = parse_category(r.str("category")).value_or(Category::office);
    std::optional<std::int64_t> fixed;
    if (!r.is_null("fixed_fen")) fixed = r.i64("fixed_fen");
    d.bases.push_back({r.str("effective_month"), category, r.i64("base_fen"), fixed});
    if (!json) continue;
    d.bases_json.push_back(
        {{"id", r.i64("id")},
         {"category", r.str("category")},
         {"baseFen", r.i64("base_fen")},
         {"fixedFen", fixed ? Json(*fixed) : Json()},
         {"monthlyDueFen", monthly_due_fen(category, r.i64("base_fen"), fixed)},
         {"ratePermille", rate_tenths_percent(category, r.i64("base_fen"))},
         {"effectiveMonth", r.str("effective_month")},
         {"note", r.str("note")},
         {"createdBy", r.is_null("created_by_name") ? Json() : Json(r.str("created_by_name"))},
         {"createdAt", r.i64("created_at")}});
  }
  if (!json) {
    // Only the ranges: no user join, no JSON (millions of rows in a whole-scope list).
    for (const auto& r : conn.query(
             "SELECT person_id, from_month, to_month FROM dues_payments WHERE person_id IN " +
             who)) {
      if (everyone && !ids.count(r.i64("person_id"))) continue;
      out[r.i64("person_id")].ranges.push_back({r.str("from_month"), r.str("to_month")});
    }
  }
  for (const auto& r :
       json ? conn.query(std::string(kPayments) + who + " ORDER BY p.person_id, p.from_month, p.id")
            : std::vector<db::Row>{}) {
    if (everyone && !ids.count(r.i64("person_id"))) continue;
    auto& d = out[r.i64("person_id")];
    d.ranges.push_back({r.str("from_month"), r.str("to_month")});
    d.payments_json.push_back(
        {{"id", r.i64("id")},
         {"paidOn", r.str("paid_on")},
         {"fromMonth", r.str("from_month")},
         {"toMonth", r.str("to_month")},
         {"amountFen", r.i64("amount_fen")},
         {"channel", r.str("channel")},
         {"receiptNo", r.str("receipt_no")},
         {"recordedBy", r.is_null("recorded_by_name") ? Json() : Json(r.str("recorded_by_name"))},
         {"recordedAt", r.i64("recorded_at")}});
  }
  for (auto& [id, d] : out) d.paid = paid_months(d.ranges);
  return out;
}

}  // namespace md::dues
