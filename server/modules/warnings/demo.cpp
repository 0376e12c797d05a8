// Demo data (R4.2), made by the engine itself on the other modules' demo data: the first
// office-branch (unit 2) member without an account skipped organizational life for the last
// three complete months (a yellow card today); the second stopped paying dues three months
// before last month, got a yellow card early last month (the engine run as of then) and has
// since paid the arrears (the engine proposes lifting it). Other cards follow from the dues
// and orglife demos as they are (e.g. a member four months behind with dues).
#include <ctime>

#include "modules/dues/rules.hpp"
#include "modules/warnings/engine.hpp"
#include "platform/core/app.hpp"
#include "platform/core/china_time.hpp"

namespace md::warnings {

void load_demo(App& app, db::Connection& conn, DemoReport& report);

namespace {

std::string first_day(int month) { return dues::month_name(month) + "-01"; }
std::string last_day(int month) { return dues::month_name(month) + "-31"; }

void skip_meetings(db::Connection& conn, std::int64_t person, int from, int to) {
  conn.exec(
      "UPDATE meeting_attendance SET status = 'absent', reason = 'unexcused', signed_in_at = NULL, "
      "method = NULL WHERE person_id = ? AND meeting_id IN (SELECT id FROM meetings WHERE "
      "meeting_date >= ? AND meeting_date <= ?)",
      {person, first_day(from), last_day(to)});
}

void pay_late(db::Connection& conn, std::int64_t person, int from, int to, int paid_in,
              std::int64_t now) {
  conn.exec("DELETE FROM dues_payments WHERE person_id = ? AND to_month >= ? AND from_month <= ?",
            {person, dues::month_name(from), dues::month_name(to)});
  std::vector<dues::Base> bases;
  for (const auto& r : conn.query(
           "SELECT category, base_fen, fixed_fen, effective_month FROM dues_bases WHERE person_id "
           "= ? ORDER BY effective_month, id",
           {person})) {
    std::optional<std::int64_t> fixed;
    if (!r.is_null("fixed_fen")) fixed = r.i64("fixed_fen");
    bases.push_back({r.str("effective_month"),
                     dues::parse_category(r.str("category")).value_or(dues::Category::office),
                     r.i64("base_fen"), fixed});
  }
  auto amount = dues::due_sum(bases, dues::month_name(from), dues::month_name(to));
  if (amount <= 0) return;
  conn.exec(
      "INSERT INTO dues_payments (person_id, paid_on, from_month, to_month, amount_fen, channel, "
      "receipt_no, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, 'transfer', ?, NULL, ?)",
      {person, dues::month_name(paid_in) + "-20", dues::month_name(from), dues::month_name(to),
       amount, "YJ-" + std::to_string(person) + "-" + dues::month_name(paid_in), now});
}

}  // namespace

void load_demo(App& app, db::Connection& conn, DemoReport& report) {
  (void)app;
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  int last = dues::month_index(last_complete_month(now));
  auto people = conn.query(
      "SELECT p.id FROM people p JOIN memberships ms ON ms.person_id = p.id WHERE "
      "ms.org_unit_id = 2 AND ms.ended_on IS NULL AND ms.is_primary = 1 AND p.user_id IS NULL "
      "AND p.political_status = 'cpc_member' ORDER BY p.id LIMIT 2");
  EngineInput in;
  in.audited = false;
  if (people.size() == 2) {
    skip_meetings(conn, people[0].i64("id"), last - 2, last);
    // The dues member: unpaid last-3..last-1 seen early last month, then paid on the 20th.
    conn.exec("DELETE FROM dues_payments WHERE person_id = ? AND to_month >= ?",
              {people[1].i64("id"), dues::month_name(last - 3)});
    in.last_month = dues::month_name(last - 1);
    in.now = china_day_start(first_day(last)).value_or(now) + 5 * 86400 + 10 * 3600;
    evaluate(conn, in);
    pay_late(conn, people[1].i64("id"), last - 3, last, last, now);
  }
  in.last_month = dues::month_name(last);
  in.now = now;
  evaluate(conn, in);
  report.lines.push_back(
      "Warnings: " + std::to_string(conn.scalar("SELECT COUNT(*) FROM warning_cards")) +
      " cards (" +
      std::to_string(conn.scalar("SELECT COUNT(*) FROM warning_cards WHERE status = 'active'")) +
      " active, " +
      std::to_string(
          conn.scalar("SELECT COUNT(*) FROM warning_cards WHERE status = 'lift_proposed'")) +
      " lift proposed)");
}

}  // namespace md::warnings
