#pragma once
// The voters' opinions data set shared by bench/opinions_bench.cpp and bench/reports_bench.cpp:
// 1,000,000 opinions over five years in every state of the workflow, made with bulk SQL.
#include <cstdint>
#include <string>

#include "platform/db/db.hpp"

namespace bench {

using md::db::Connection;

/// Generates the data set with a handful of INSERT … SELECT statements. Per opinion n: d = days
/// since receipt (0 … 1825, uniform), r = a scrambled 0 … 999 that picks the state by age:
///  - under 7 days: registered 70 %, classified 10 %, referred 15 %, replied 5 % (none overdue);
///  - 7 … 99 days: referred 50 %, replied 15 %, closed 30 %, registered 1.5 % and classified
///    1.5 % (overdue: the 5-working-day classification deadline has passed), converted/merged;
///  - 100 days and older: closed 88 %, archived 5 %, converted 1.5 %, merged 1 %, split 0.3 %,
///    referred 2.7 % (overdue: the 3-month reply deadline has passed), replied 1 %, registered
///    or classified 0.5 % (overdue).
/// Returns the first generated case id.
inline std::int64_t generate_opinions(Connection& c, std::int64_t n, const std::string& today,
                                      std::int64_t now) {
  md::db::Transaction tx(c);
  c.exec("CREATE TEMP TABLE seq (n BIGINT PRIMARY KEY)");
  c.exec(
      "WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n + 1 < ?) "
      "INSERT INTO seq SELECT n FROM s",
      {n});
  c.exec(
      "CREATE TEMP TABLE ws AS SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id, town FROM "
      "workstations");
  c.exec(
      "CREATE TEMP TABLE dept AS SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id, name FROM "
      "departments");
  auto stations = c.scalar("SELECT COUNT(*) FROM ws");
  auto depts = c.scalar("SELECT COUNT(*) FROM dept");
  // g: one row per opinion with its drawn attributes.
  c.exec(
      "CREATE TEMP TABLE g AS SELECT n, d, r, r2, r3, CASE "
      " WHEN d < 7 THEN CASE WHEN r < 700 THEN 'registered' WHEN r < 800 THEN 'classified' "
      "   WHEN r < 950 THEN 'referred' ELSE 'replied' END "
      " WHEN d < 100 THEN CASE WHEN r < 500 THEN 'referred' WHEN r < 650 THEN 'replied' "
      "   WHEN r < 950 THEN 'closed' WHEN r < 965 THEN 'registered' WHEN r < 980 THEN "
      "   'classified' WHEN r < 990 THEN 'converted' ELSE 'merged' END "
      " ELSE CASE WHEN r < 880 THEN 'closed' WHEN r < 930 THEN 'archived' WHEN r < 945 THEN "
      "   'converted' WHEN r < 955 THEN 'merged' WHEN r < 958 THEN 'split' WHEN r < 985 THEN "
      "   'referred' WHEN r < 995 THEN 'replied' WHEN r < 998 THEN 'registered' ELSE "
      "   'classified' END END AS state, "
      " date(?, '-' || d || ' days') AS received_on "
      "FROM (SELECT n, (n * 7919 + n / 1826) % 1826 AS d, (n * 2654435761) % 1000003 % 1000 AS r, "
      " (n * 40503 + 17) % 65521 % 20 AS r2, (n * 69069 + 1) % 1000033 % 1000 AS r3 FROM seq)",
      {today});
  auto case0 = c.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM cases");
  // Referred (and later) cases went to a town (60 %) or a district department (40 %).
  c.exec(
      "INSERT INTO cases (id, kind, ref_no, state, title, assignee_kind, assignee_id, "
      "assignee_name, deadline, reopened, satisfaction, created_at, updated_at, closed_at) "
      "SELECT ? + g.n, 'opinion', 'YJ' || replace(g.received_on, '-', '') || '-B' || g.n, "
      "g.state, '基准测试意见 ' || g.n, "
      "CASE WHEN g.state IN ('registered', 'classified', 'converted', 'merged', 'split') THEN '' "
      "  WHEN g.r3 < 600 THEN 'unit' ELSE 'department' END, "
      "CASE WHEN g.state NOT IN ('registered', 'classified', 'converted', 'merged', 'split') AND "
      "  g.r3 >= 600 THEN dept.id END, "
      "CASE WHEN g.state IN ('registered', 'classified', 'converted', 'merged', 'split') THEN '' "
      "  WHEN g.r3 < 600 THEN ws.town ELSE dept.name END, "
      "CASE WHEN g.state IN ('registered', 'classified') THEN date(g.received_on, '+7 days') "
      "  WHEN g.state IN ('converted', 'merged', 'split', 'replied') THEN NULL "
      "  ELSE date(g.received_on, CASE WHEN g.r3 % 10 = 0 THEN '+187 days' ELSE '+97 days' END) "
      "  END, "
      "CASE WHEN g.r3 % 50 = 1 AND g.state IN ('referred', 'closed') THEN 1 ELSE 0 END, "
      "CASE WHEN g.state = 'closed' THEN CASE WHEN g.r3 < 700 THEN 'satisfied' ELSE 'basic' END "
      "  END, "
      "? - g.d * 86400, ? - g.d * 86400 + 3600, "
      "CASE WHEN g.state IN ('closed', 'archived', 'converted', 'merged', 'split') THEN min(?, "
      "  ? - g.d * 86400 + (g.d * 37 % 90) * 86400 / 2) END "
      "FROM g JOIN ws ON ws.k = g.n % ? JOIN dept ON dept.k = g.n % ?",
      {case0, now, now, now, now, stations, depts});
  c.exec(
      "INSERT INTO opinions (case_id, workstation_id, channel, category, town, place, content, "
      "contact_masked, query_code_hash, received_on, handling, complex, reply, replied_on, "
      "rating, rated_on) "
      "SELECT ? + g.n, ws.id, CASE WHEN g.r3 % 20 < 8 THEN 'online' WHEN g.r3 % 20 < 17 THEN "
      "  'reception' ELSE 'phone' END, "
      "CASE WHEN g.r2 < 5 THEN 'roads' WHEN g.r2 < 8 THEN 'water' WHEN g.r2 < 10 THEN 'schools' "
      "  WHEN g.r2 < 13 THEN 'environment' WHEN g.r2 < 14 THEN 'epidemic' WHEN g.r2 < 16 THEN "
      "  'social_security' WHEN g.r2 < 18 THEN 'housing' ELSE 'other' END, "
      "ws.town, '第' || (g.n % 12 + 1) || '组', "
      "'村口道路破损，雨天积水严重，群众出行不便，希望尽快修复。编号 ' || g.n, "
      "CASE WHEN g.r3 % 3 = 0 THEN '王* 138****' || substr('0000' || (g.n % 10000), -4) ELSE '' "
      "  END, lower(hex(randomblob(32))), g.received_on, "
      "CASE WHEN g.state IN ('registered', 'merged', 'split') THEN NULL WHEN g.state = "
      "  'converted' THEN 'suggestion' WHEN g.r3 < 600 THEN 'town' ELSE 'department' END, "
      "CASE WHEN g.r3 % 10 = 0 THEN 1 ELSE 0 END, "
      "CASE WHEN g.state IN ('replied', 'closed', 'archived') THEN "
      "'已安排施工队修复，预计两周内完工。' "
      "  ELSE '' END, "
      "CASE WHEN g.state IN ('replied', 'closed', 'archived') THEN min(?, date(g.received_on, "
      "  '+' || (g.d * 37 % 90 / 2) || ' days')) END, "
      "CASE WHEN g.state = 'closed' THEN CASE WHEN g.r3 < 700 THEN 'satisfied' ELSE 'basic' END "
      "  END, "
      "CASE WHEN g.state = 'closed' THEN min(?, date(g.received_on, '+' || (g.d * 37 % 90 / 2) "
      "  || ' days')) END "
      "FROM g JOIN ws ON ws.k = g.n % ?",
      {case0, today, today, stations});
  c.exec(
      "INSERT INTO case_events (case_id, seq, action, from_state, to_state, actor_name, note, "
      "deadline, at) SELECT ? + n, 1, 'open', '', 'registered', '', '', NULL, ? - d * 86400 FROM "
      "g",
      {case0, now});
  // The opinion's copy of its case's state, deadline and closing time (0004_list_copy.sql;
  // the server keeps it through the case engine).
  c.exec(
      "UPDATE opinions SET state = (SELECT x.state FROM cases x WHERE x.id = opinions.case_id), "
      "deadline = (SELECT x.deadline FROM cases x WHERE x.id = opinions.case_id), closed_at = "
      "(SELECT x.closed_at FROM cases x WHERE x.id = opinions.case_id) WHERE case_id >= ?",
      {case0});
  c.exec("DROP TABLE g");
  c.exec("DROP TABLE ws");
  c.exec("DROP TABLE dept");
  c.exec("DROP TABLE seq");
  tx.commit();
  c.exec("ANALYZE");
  return case0;
}

}  // namespace bench
