// Demo data (R4.3): a dues base for every current member of the demo branches (mostly office
// staff at varied salaries, some retirees, a student and a farmer-rate member) from January
// of this year, and payments of this year month by month — most up to this month, a third
// not yet this month, a few members a month or more behind, one of them four months.
#include <algorithm>
#include <ctime>

#include "modules/dues/rules.hpp"
#include "platform/core/app.hpp"
#include "platform/core/china_time.hpp"

namespace md::dues {

void load_demo(App& app, db::Connection& conn, DemoReport& report);

void load_demo(App& app, db::Connection& conn, DemoReport& report) {
  (void)app;
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  std::string today = china_date(now);
  std::string year = today.substr(0, 4), this_month = today.substr(0, 7);
  int first = month_index(year + "-01"), current = month_index(this_month);
  int today_day = std::stoi(today.substr(8, 2));
  auto clerk = conn.query_one("SELECT id FROM users WHERE username = 'clerk'");
  db::Value by = clerk ? db::Value(clerk->i64("id")) : db::Value();
  static const std::int64_t kSalaries[] = {285000, 300000, 300001,  420000,  500000, 500001,
                                           680000, 850000, 1000000, 1000001, 1250000};
  auto people = conn.query(
      "SELECT DISTINCT ms.person_id FROM memberships ms JOIN org_units u ON u.id = "
      "ms.org_unit_id WHERE ms.ended_on IS NULL AND u.kind IN ('branch', 'functional_branch', "
      "'group') ORDER BY ms.person_id");
  int bases = 0, payments = 0, behind = 0;
  for (std::size_t i = 0; i < people.size(); ++i) {
    auto person = people[i].i64("person_id");
    auto n = static_cast<int>(i);
    Category c = Category::office;
    std::int64_t base = kSalaries[i % (sizeof kSalaries / sizeof kSalaries[0])];
    std::optional<std::int64_t> fixed;
    if (n % 9 == 7) c = Category::retiree, base = n % 2 ? 460000 : 560000;
    if (n == 11) c = Category::student, base = 0;
    if (n == 13) c = Category::farmer, base = 0, fixed = 50;
    conn.exec(
        "INSERT INTO dues_bases (person_id, category, base_fen, fixed_fen, effective_month, "
        "note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {person, category_name(c), base, fixed ? db::Value(*fixed) : db::Value(), year + "-01",
         std::string("年初核定"), by, now});
    ++bases;
    std::vector<Base> history = {{year + "-01", c, base, fixed}};
    if (c == Category::office && n % 4 == 1 && current - first >= 5) {
      // A pay rise from June.
      conn.exec(
          "INSERT INTO dues_bases (person_id, category, base_fen, effective_month, note, "
          "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          {person, category_name(c), base + 60000, year + "-06", std::string("工资调整"), by, now});
      history.push_back({year + "-06", c, base + 60000, std::nullopt});
      ++bases;
    }
    // Months paid: most members up to this month, a third not yet this month; person 3
    // stopped 4 months ago and every 20th is a month behind.
    int last = n % 3 == 1 ? current - 1 : current;
    if (n == 3) {
      last = current - 4;
    } else if (n % 20 == 5) {
      last = current - 2;
    }
    if (last < first) continue;
    if (last < current - 1) ++behind;
    for (int m = first; m <= last; ++m) {
      auto month = month_name(m);
      auto due = due_for(history, month).value_or(0);
      int day = std::min(10 + n % 15, today_day);
      if (m < current) day = 10 + n % 15;
      std::string paid_on = month + (day < 10 ? "-0" : "-") + std::to_string(day);
      std::string receipt = "DF" + year + "-" + std::to_string(person) + "-" + month.substr(5, 2);
      conn.exec(
          "INSERT INTO dues_payments (person_id, paid_on, from_month, to_month, amount_fen, "
          "channel, receipt_no, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {person, paid_on, month, month, due, std::string(n % 3 == 0 ? "wechat" : "transfer"),
           receipt, by, now});
      ++payments;
    }
  }
  report.lines.push_back("Dues: " + std::to_string(bases) + " bases, " + std::to_string(payments) +
                         " payments (" + year + "), " + std::to_string(behind) + " members behind");
}

}  // namespace md::dues
