// The leader's progress view (by source and by unit: counts per status, completion rate, the
// overdue items first) and the intake: self-inspection findings and livelihood projects rated
// 不满意 become ledger items, one per source object (source_ref is unique), never twice.
#include <map>

#include "modules/inspection/findings_api.hpp"
#include "modules/rectification/common.hpp"
#include "modules/rectification/routes.hpp"
#include "modules/rectification/rules.hpp"
#include "modules/votes/unsatisfied_api.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"
#include "platform/db/id_list.hpp"

namespace md::rectification {
using http::Context;
using http::Response;
using http::Route;

namespace {

struct Tally {
  std::map<std::string, std::int64_t> by_status;
  std::int64_t total = 0;

  void add(const std::string& state, std::int64_t n, std::int64_t late) {
    bool open = state == "not_started" || state == "in_progress";
    if (open) {
      by_status["overdue"] += late;
      by_status[state] += n - late;
    } else {
      by_status[state == "ongoing" ? "ongoing" : "done"] += n;
    }
    total += n;
  }

  Json json() const {
    Json j = {{"total", total}};
    for (const auto& s : statuses()) {
      auto it = by_status.find(s);
      j[s] = it == by_status.end() ? 0 : it->second;
    }
    j["completionPermille"] =
        completion_permille(j["done"].get<std::int64_t>(), j["ongoing"].get<std::int64_t>(), total);
    return j;
  }
};

Response progress(Context& ctx) {
  auto day = today(ctx);
  std::string scope;
  if (auto units = http::visible_units(ctx, scope_codes())) {
    scope = " WHERE org_unit_id IN " + db::id_list(*units);
  }
  // One pass over the covering index (org_unit_id, source, state, deadline).
  Tally all;
  std::map<std::string, Tally> by_source;
  std::map<std::int64_t, Tally> by_unit;
  for (const auto& r : ctx.db.query(
           "SELECT org_unit_id, source, state, COUNT(*) AS n, SUM(CASE WHEN deadline < ? THEN 1 "
           "ELSE 0 END) AS late FROM rectification_items" +
               scope + " GROUP BY org_unit_id, source, state",
           {day})) {
    auto state = r.str("state");
    auto n = r.i64("n"), late = r.i64("late");
    all.add(state, n, late);
    by_source[r.str("source")].add(state, n, late);
    by_unit[r.i64("org_unit_id")].add(state, n, late);
  }
  Json sources = Json::array();
  for (const auto& s : rectification::sources()) {
    auto j = by_source[s].json();
    j["source"] = s;
    sources.push_back(j);
  }
  std::vector<std::int64_t> unit_ids;
  for (const auto& [id, t] : by_unit) unit_ids.push_back(id);
  std::map<std::int64_t, std::string> names;
  for (const auto& r :
       ctx.db.query("SELECT id, name FROM org_units WHERE id IN " + db::id_list(unit_ids))) {
    names[r.i64("id")] = r.str("name");
  }
  Json units = Json::array();
  for (const auto& [id, t] : by_unit) {
    auto j = t.json();
    j["orgUnitId"] = id;
    j["unitName"] = names[id];
    units.push_back(j);
  }
  // The overdue items themselves, most overdue first.
  Json overdue = Json::array();
  std::string where = " WHERE r.state IN ('not_started', 'in_progress') AND r.deadline < ?";
  if (!scope.empty()) where += " AND r.org_unit_id IN " + scope.substr(scope.find('('));
  for (const auto& r : ctx.db.query(std::string("SELECT ") + kListColumns + kListFrom + where +
                                        " ORDER BY r.deadline, r.case_id LIMIT 20",
                                    {day})) {
    overdue.push_back(row_json(r, day));
  }
  return Response::json({{"today", day},
                         {"overall", all.json()},
                         {"bySource", sources},
                         {"byUnit", units},
                         {"overdueItems", overdue}});
}

/// The root of the org tree: the unit a 不满意 project's item is filed under.
std::int64_t root_unit(db::Connection& conn) {
  auto r = conn.query_one("SELECT MIN(id) AS id FROM org_units WHERE parent_id IS NULL");
  if (!r || r->is_null("id")) throw conflict("rectification.no_org_unit");
  return r->i64("id");
}

NewItem from_finding(const inspection::FindingSource& f) {
  NewItem n;
  n.source = "self";
  n.source_ref = "finding:" + std::to_string(f.id);
  n.category = "自查自纠";
  n.problem = f.description;
  n.org_unit_id = f.org_unit_id;
  n.person_name = f.owner;
  n.measures = f.rectified_note;
  n.start_on = china_date(f.created_at);
  n.deadline =
      f.deadline && *f.deadline >= n.start_on ? *f.deadline : cases::add_months(n.start_on, 1);
  return n;
}

NewItem from_project(const votes::UnsatisfiedProject& p, std::int64_t unit,
                     const std::string& day) {
  NewItem n;
  n.source = "satisfaction";
  n.source_ref = "project:" + std::to_string(p.id);
  n.category = "民生实事";
  n.problem = "民生实事项目“" + p.title + "”满意度测评结果为不满意";
  n.org_unit_id = unit;
  n.person_name = p.department;
  n.measures = p.rectification_note;
  n.start_on = day;
  n.deadline = p.rectification_due && *p.rectification_due >= day ? *p.rectification_due
                                                                  : cases::add_months(day, 3);
  return n;
}

std::int64_t take(Context& ctx, const NewItem& n) {
  auto id = insert_item(ctx.db, n, ctx.me().user_id, ctx.me().display_name, ctx.now);
  ctx.audit("rectification.intake", "rectification", std::to_string(id), nullptr,
            {{"sourceRef", *n.source_ref}, {"problem", n.problem}});
  return id;
}

Response intake(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto day = today(ctx);
  Json created = Json::array();
  std::int64_t findings = 0, projects = 0;
  for (const auto& f : inspection::unverified_findings(ctx.db)) {
    if (item_of_source(ctx.db, "finding:" + std::to_string(f.id))) continue;
    created.push_back(take(ctx, from_finding(f)));
    ++findings;
  }
  auto projects_due = votes::unsatisfied_projects(ctx.db);
  if (!projects_due.empty()) {
    auto unit = root_unit(ctx.db);
    for (const auto& p : projects_due) {
      if (item_of_source(ctx.db, "project:" + std::to_string(p.id))) continue;
      created.push_back(take(ctx, from_project(p, unit, day)));
      ++projects;
    }
  }
  tx.commit();
  return Response::json({{"findings", findings}, {"projects", projects}, {"created", created}});
}

Response intake_finding(Context& ctx) {
  auto f = inspection::finding_source(ctx.db, ctx.id());
  if (!f) throw not_found("rectification.finding_not_found");
  http::require_unit_in_scope(ctx, f->org_unit_id, scope_codes());
  db::Transaction tx(ctx.db);
  if (auto existing = item_of_source(ctx.db, "finding:" + std::to_string(f->id))) {
    return Response::json({{"id", *existing}, {"created", false}});
  }
  auto id = take(ctx, from_finding(*f));
  tx.commit();
  return Response::json({{"id", id}, {"created", true}}, 201);
}

}  // namespace

std::vector<Route> progress_routes() {
  using http::Method;
  const std::string tag = "rectification";
  return {
      {.method = Method::get,
       .path = "/api/rectification/progress",
       .permission = "rectification.read",
       .summary = "Progress by source and by unit: counts per status, completion rate, overdue "
                  "items",
       .tag = tag,
       .query = {{"orgUnitId", "integer", "a unit and its subtree"}},
       .handler = progress},
      {.method = Method::post,
       .path = "/api/rectification/intake",
       .permission = "rectification.intake",
       .summary = "Take in every self-inspection finding not yet verified and every 不满意 "
                  "livelihood project not yet in the ledger (idempotent)",
       .tag = tag,
       .handler = intake},
      {.method = Method::post,
       .path = "/api/rectification/from-finding/{id}",
       .permission = "rectification.manage",
       .summary = "Make a ledger item of one self-inspection finding (or answer the existing one)",
       .tag = tag,
       .handler = intake_finding},
  };
}

}  // namespace md::rectification
