// Reading the facts for the warning rules and the cards table.
#include "modules/warnings/store.hpp"

#include <algorithm>

#include "modules/dues/store.hpp"

namespace md::warnings {

namespace {

// Who may have a run of missed organizational life: absent or excused at a meeting of the
// last month and present at none (present or no meeting that month ends every run at 0).
const char* const kOrglifeCandidates =
    "SELECT a.person_id FROM meetings m JOIN meeting_attendance a ON a.meeting_id = m.id WHERE "
    "m.meeting_date >= ? AND m.meeting_date <= ? GROUP BY a.person_id HAVING SUM(CASE WHEN "
    "a.status = 'present' THEN 1 ELSE 0 END) = 0 AND SUM(CASE WHEN a.status IN ('absent', "
    "'excused') THEN 1 ELSE 0 END) > 0";
// The judged attendance of some people (IN list appended). Read by person, through the
// person index; the window is applied in C++ (a date range here would tempt the planner to
// scan every meeting of the window once per list).
const char* const kAttendanceOf =
    "SELECT a.person_id, a.meeting_id, a.status, m.meeting_date FROM meeting_attendance a JOIN "
    "meetings m ON m.id = a.meeting_id WHERE a.status IN ('present', 'absent', 'excused') AND "
    "a.person_id IN ";
// Payments reaching the last month or later (index dues_payments_to_month: a short range of
// recent payments, not the whole history); from_month is checked in C++ so that no planner is
// tempted by a skip-scan of the person index instead.
const char* const kPaidUp = "SELECT person_id, from_month FROM dues_payments WHERE to_month >= ?";
// The payments of some people (IN list appended), by the person index.
const char* const kPaymentsOf =
    "SELECT person_id, from_month, to_month FROM dues_payments WHERE person_id IN ";
const char* const kBases =
    "SELECT person_id, category, base_fen, fixed_fen, effective_month FROM dues_bases";

/// Candidates are read a few hundred at a time: IN lists of bounded length.
constexpr std::size_t kChunk = 500;

std::vector<std::set<std::int64_t>> chunks(const std::set<std::int64_t>& ids) {
  std::vector<std::set<std::int64_t>> out;
  for (auto id : ids) {
    if (out.empty() || out.back().size() == kChunk) out.emplace_back();
    out.back().insert(id);
  }
  return out;
}

int month_of_day(const std::string& day) { return dues::month_index(day.substr(0, 7)); }

}  // namespace

const char* const kCardSelect =
    "w.id, w.person_id, p.name AS person_name, w.criterion, w.level, "
    "w.consecutive_months, w.reason, w.evidence_json, w.campaign_id, w.issued_on, w.issued_at, "
    "w.issued_by, ib.display_name AS issued_by_name, w.status, w.acknowledged_at, "
    "w.lift_proposed_at, w.lifted_at, w.lifted_by, lb.display_name AS lifted_by_name, "
    "w.lift_note, w.superseded_by, (SELECT u.name FROM memberships ms JOIN org_units u ON u.id "
    "= ms.org_unit_id WHERE ms.person_id = w.person_id AND ms.ended_on IS NULL ORDER BY "
    "ms.is_primary DESC, ms.id LIMIT 1) AS unit_name";
const char* const kCardFrom =
    " FROM warning_cards w JOIN people p ON p.id = w.person_id LEFT JOIN users ib ON ib.id = "
    "w.issued_by LEFT JOIN users lb ON lb.id = w.lifted_by";

Window Window::ending(const std::string& last_month) {
  Window w;
  w.last = dues::month_index(last_month);
  w.first = w.last - kWindowMonths + 1;
  return w;
}

std::string Window::first_day() const { return dues::month_name(first) + "-01"; }
std::string Window::last_day() const { return dues::month_name(last) + "-31"; }

std::set<std::int64_t> party_members(db::Connection& conn,
                                     const std::optional<std::set<std::int64_t>>& units) {
  std::string sql =
      "SELECT DISTINCT ms.person_id FROM memberships ms JOIN people p ON p.id = ms.person_id "
      "WHERE ms.ended_on IS NULL AND ms.is_primary = 1 AND p.political_status IN "
      "('cpc_member', 'cpc_probationary')";
  if (units) sql += " AND ms.org_unit_id IN " + dues::id_list(*units);
  std::set<std::int64_t> out;
  for (const auto& r : conn.query(sql)) out.insert(r.i64("person_id"));
  return out;
}

std::map<std::int64_t, MemberFacts> load_facts(db::Connection& conn, const Window& w,
                                               std::optional<std::int64_t> person) {
  std::map<std::int64_t, MemberFacts> out;
  auto facts = [&](std::int64_t id) -> MemberFacts& {
    auto& f = out[id];
    if (f.orglife.empty()) {
      f.orglife.assign(static_cast<std::size_t>(w.size()), MonthFact::kept);
      f.dues.assign(static_cast<std::size_t>(w.size()), MonthFact::kept);
    }
    return f;
  };
  std::string last = dues::month_name(w.last);
  const std::string first_day = w.first_day(), last_day = w.last_day();

  // Organizational life of the candidates: months after their last present day, judged from
  // their absences.
  std::set<std::int64_t> orglife;
  if (person) {
    orglife.insert(*person);
  } else {
    for (const auto& r : conn.query(kOrglifeCandidates, {last + "-01", last + "-31"})) {
      orglife.insert(r.i64("person_id"));
    }
  }
  struct Seen {
    std::int64_t person, meeting;
    int month;
    char status;  // p(resent), a(bsent), e(xcused)
  };
  for (const auto& chunk : chunks(orglife)) {
    std::vector<Seen> seen;
    std::map<std::int64_t, int> last_present;
    for (const auto& r : conn.query(kAttendanceOf + dues::id_list(chunk))) {
      auto day = r.str("meeting_date");
      if (day < first_day || day > last_day) continue;
      Seen s{r.i64("person_id"), r.i64("meeting_id"), month_of_day(day), r.str("status").at(0)};
      if (s.status == 'p') {
        auto& lp = last_present.try_emplace(s.person, s.month).first->second;
        lp = std::max(lp, s.month);
      } else {
        seen.push_back(s);
      }
    }
    std::map<std::pair<std::int64_t, int>, OrglifeMonth> months;
    for (const auto& s : seen) {
      auto lp = last_present.find(s.person);
      if (lp != last_present.end() && s.month <= lp->second) continue;
      auto& om = months[{s.person, s.month}];
      ++om.expected;
      if (s.status == 'e') {
        ++om.excused;
      } else {
        facts(s.person).absences.emplace_back(s.month, s.meeting);
      }
    }
    for (const auto& [key, om] : months) {
      facts(key.first).orglife[static_cast<std::size_t>(key.second - w.first)] = orglife_fact(om);
    }
  }

  // Dues of the candidates: a base in force last month but no payment covering it. Months
  // after the last paid month are unpaid.
  std::map<std::int64_t, std::vector<dues::Base>> bases;
  for (const auto& r :
       conn.query(std::string(kBases) +
                  (person ? " WHERE person_id = " + std::to_string(*person) : std::string()) +
                  " ORDER BY person_id, effective_month, id")) {
    std::optional<std::int64_t> fixed;
    if (!r.is_null("fixed_fen")) fixed = r.i64("fixed_fen");
    bases[r.i64("person_id")].push_back(
        {r.str("effective_month"),
         dues::parse_category(r.str("category")).value_or(dues::Category::office),
         r.i64("base_fen"), fixed});
  }
  std::set<std::int64_t> paid_up;
  if (!person) {
    for (const auto& r : conn.query(kPaidUp, {last})) {
      if (r.str("from_month") <= last) paid_up.insert(r.i64("person_id"));
    }
  }
  std::set<std::int64_t> unpaid;
  for (const auto& [id, b] : bases) {
    if (!paid_up.count(id) && b.front().effective_month <= last) unpaid.insert(id);
  }
  for (const auto& chunk : chunks(unpaid)) {
    // The latest month up to the window's end covered by a payment: later months are unpaid.
    std::map<std::int64_t, int> last_paid;
    for (const auto& r : conn.query(kPaymentsOf + dues::id_list(chunk))) {
      auto from = r.str("from_month");
      if (from > last) continue;
      int covered = std::min(dues::month_index(r.str("to_month")), w.last);
      auto& lp = last_paid.try_emplace(r.i64("person_id"), covered).first->second;
      lp = std::max(lp, covered);
    }
    for (auto id : chunk) {
      auto& f = facts(id);
      f.bases = bases[id];
      auto lp = last_paid.find(id);
      int from = std::max(w.first, lp == last_paid.end() ? w.first : lp->second + 1);
      for (int m = from; m <= w.last; ++m) {
        auto due = dues::due_for(f.bases, dues::month_name(m));
        f.dues[static_cast<std::size_t>(m - w.first)] =
            dues_fact({due.has_value(), due.value_or(0), false});
      }
    }
  }
  return out;
}

Json orglife_evidence(db::Connection& conn, const MemberFacts& f, const Window& w, const Run& run) {
  std::set<int> counted;
  for (int i : run.missed) counted.insert(w.first + i);
  std::set<std::int64_t> ids;
  for (const auto& [m, meeting] : f.absences) {
    if (counted.count(m)) ids.insert(meeting);
  }
  Json out = Json::array();
  if (ids.empty()) return out;
  for (const auto& r :
       conn.query("SELECT id, meeting_date, title, type FROM meetings WHERE id IN " +
                  dues::id_list(ids) + " ORDER BY meeting_date, id")) {
    out.push_back({{"meetingId", r.i64("id")},
                   {"date", r.str("meeting_date")},
                   {"month", r.str("meeting_date").substr(0, 7)},
                   {"title", r.str("title")},
                   {"type", r.str("type")}});
  }
  return out;
}

Json dues_evidence(const MemberFacts& f, const Window& w, const Run& run) {
  Json out = Json::array();
  for (auto it = run.missed.rbegin(); it != run.missed.rend(); ++it) {
    auto month = dues::month_name(w.first + *it);
    out.push_back({{"month", month}, {"dueFen", dues::due_for(f.bases, month).value_or(0)}});
  }
  return out;
}

bool has_evaluation_tables(db::Connection& conn) {
  if (conn.dialect() == db::Dialect::sqlite) {
    return conn.scalar(
               "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
               "('evaluation_campaigns', 'evaluation_members')") == 2;
  }
  return conn.scalar(
             "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
             "current_schema() AND table_name IN ('evaluation_campaigns', "
             "'evaluation_members')") == 2;
}

Json card_json(const db::Row& r) {
  auto opt = [&](const char* col) { return r.is_null(col) ? Json() : Json(r.i64(col)); };
  auto opt_s = [&](const char* col) { return r.is_null(col) ? Json() : Json(r.str(col)); };
  Json evidence = Json::parse(r.str("evidence_json"), nullptr, false);
  if (evidence.is_discarded()) evidence = Json::array();
  return {{"id", r.i64("id")},
          {"personId", r.i64("person_id")},
          {"name", r.str("person_name")},
          {"unit", r.str("unit_name")},
          {"criterion", r.str("criterion")},
          {"level", r.str("level")},
          {"consecutiveMonths", r.i64("consecutive_months")},
          {"reason", r.str("reason")},
          {"evidence", evidence},
          {"campaignId", opt("campaign_id")},
          {"issuedOn", r.str("issued_on")},
          {"issuedAt", r.i64("issued_at")},
          {"issuedBy", opt_s("issued_by_name")},
          {"byEngine", r.is_null("issued_by")},
          {"status", r.str("status")},
          {"acknowledgedAt", opt("acknowledged_at")},
          {"liftProposedAt", opt("lift_proposed_at")},
          {"liftedAt", opt("lifted_at")},
          {"liftedBy", opt_s("lifted_by_name")},
          {"liftNote", r.str("lift_note")},
          {"supersededBy", opt("superseded_by")}};
}

}  // namespace md::warnings
