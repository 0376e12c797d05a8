#include "modules/opinions/duty_api.hpp"

#include <functional>

#include "platform/db/id_list.hpp"

namespace md::opinions {
std::map<std::int64_t, DeputyYear> deputies_year(db::Connection& conn,
                                                 const std::vector<std::int64_t>& people,
                                                 const std::string& year) {
  std::map<std::int64_t, DeputyYear> out;
  for (auto p : people) out[p] = {};
  if (people.empty()) return out;
  const std::string in = db::id_list(people);
  const db::Params range = {year + "-01-01", year + "-12-31"};
  // One grouped query per count; `field` picks the member of DeputyYear it fills.
  const auto count = [&](const std::string& sql, std::int64_t DeputyYear::*field) {
    for (const auto& r : conn.query(sql, range)) out[r.i64("k")].*field = r.i64("n");
  };
  // "A deputy's opinions": those they received, or were named to follow up (an online or
  // phone opinion has no receiver). UNION keeps one (deputy, case) pair when both are the same.
  const std::string mine =
      "(SELECT received_by_person_id AS k, case_id FROM opinions WHERE received_by_person_id "
      "IN " +
      in +
      " UNION SELECT followup_person_id AS k, case_id FROM opinions WHERE "
      "followup_person_id IN " +
      in + ") d JOIN opinions o ON o.case_id = d.case_id";
  count("SELECT d.k AS k, COUNT(*) AS n FROM " + mine +
            " WHERE o.received_on >= ? AND o.received_on <= ? GROUP BY d.k",
        &DeputyYear::opinions_received);
  count("SELECT d.k AS k, COUNT(*) AS n FROM " + mine +
            " JOIN cases c ON c.id = o.case_id WHERE o.received_on >= ? AND o.received_on <= ? "
            "AND c.state IN ('closed', 'archived') GROUP BY d.k",
        &DeputyYear::opinions_closed);
  count(
      "SELECT s.deputy_person_id AS k, COUNT(*) AS n FROM suggestions s WHERE "
      "s.submitted_on >= ? AND s.submitted_on <= ? AND s.deputy_person_id IN " +
          in + " GROUP BY s.deputy_person_id",
      &DeputyYear::suggestions);
  count(
      "SELECT s.deputy_person_id AS k, COUNT(*) AS n FROM suggestions s WHERE "
      "s.submitted_on >= ? AND s.submitted_on <= ? AND s.rating IN ('satisfied', 'basic') AND "
      "s.deputy_person_id IN " +
          in + " GROUP BY s.deputy_person_id",
      &DeputyYear::suggestions_satisfied);
  return out;
}

DeputyYear deputy_year(db::Connection& conn, std::int64_t person_id, const std::string& year) {
  return deputies_year(conn, {person_id}, year).at(person_id);
}

}  // namespace md::opinions
