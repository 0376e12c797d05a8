// Hours (R3.2): each person's study minutes in a year and each branch's members and average
// hours, within the caller's data scope; the export; and my own learning of the year.
#include <algorithm>
#include <map>

#include "modules//learning/permissions.hpp"
#include "modules/learning/routes.hpp"
#include "modules/learning/store.hpp"
#include "modules/org/people_api.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/export.hpp"

namespace md::learning {
using http::Context;
using http::Response;
using http::Route;

namespace {

struct UnitInfo {
  std::string name;
  std::int64_t sort = 0;
  bool retired = false;
};

/// Everything the hours of a year show, already limited to the caller's scope.
struct Hours {
  int year = 0;
  Json people = Json::array();
  Json branches = Json::array();
  std::int64_t minutes = 0;
};

Hours compute_hours(Context& ctx) {
  Hours h;
  h.year = year_param(ctx);
  auto visible = visible_units(ctx);
  std::string first = std::to_string(h.year) + "-01-01", last = std::to_string(h.year) + "-12-31";

  std::map<std::int64_t, Unit> units;
  std::map<std::int64_t, UnitInfo> info;
  for (const auto& r :
       ctx.db.query("SELECT id, parent_id, name, kind, sort_order, retired_at FROM org_units")) {
    units[r.i64("id")] = {r.opt_i64("parent_id"), r.str("kind")};
    info[r.i64("id")] = {r.str("name"), r.i64("sort_order"), !r.is_null("retired_at")};
  }
  // Memberships held at some time in the year, in the visible units; names in pinyin order.
  std::vector<Membership> memberships;
  std::vector<std::pair<std::int64_t, std::string>> people;  // in pinyin order, once each
  std::map<std::int64_t, std::vector<Membership>> of_person;
  std::string where = "ms.started_on <= ? AND (ms.ended_on IS NULL OR ms.ended_on >= ?)";
  if (visible) where += " AND ms.org_unit_id IN " + id_list(*visible);
  for (const auto& r : ctx.db.query(
           "SELECT ms.person_id, p.name, ms.org_unit_id, ms.is_primary FROM memberships ms JOIN "
           "people p ON p.id = ms.person_id WHERE " +
               where + " ORDER BY p.name" + std::string(ctx.db.pinyin_collation()) +
               ", ms.person_id, ms.id",
           {last, first})) {
    Membership m{r.i64("person_id"), r.i64("org_unit_id"), r.i64("is_primary") != 0};
    memberships.push_back(m);
    if (of_person.find(m.person) == of_person.end()) people.emplace_back(m.person, r.str("name"));
    of_person[m.person].push_back(m);
  }
  std::map<std::int64_t, std::int64_t> minutes;
  for (const auto& r : ctx.db.query("SELECT person_id, SUM(minutes) AS minutes FROM "
                                    "study_records WHERE studied_on >= ? AND studied_on <= ? "
                                    "GROUP BY person_id",
                                    {first, last})) {
    minutes[r.i64("person_id")] = r.i64("minutes");
  }
  // Whoever studied without belonging to a branch (e.g. a non-party deputy) still has hours;
  // they are listed only to those who see every branch.
  if (!visible) {
    std::set<std::int64_t> others;
    for (const auto& [person, m] : minutes) {
      if (of_person.find(person) == of_person.end()) others.insert(person);
    }
    if (!others.empty()) {
      for (const auto& r :
           ctx.db.query("SELECT id, name FROM people WHERE id IN " + id_list(others) +
                        " ORDER BY name" + std::string(ctx.db.pinyin_collation()) + ", id")) {
        people.emplace_back(r.i64("id"), r.str("name"));
      }
    }
  }

  // Branch rows: every (non-retired) branch in view, plus any branch its members count in.
  auto totals = branch_totals(units, memberships, minutes);
  std::set<std::int64_t> branch_ids;
  for (const auto& [id, u] : units) {
    if (is_branch_kind(u.kind) && !info[id].retired && (!visible || visible->count(id))) {
      branch_ids.insert(id);
    }
  }
  for (const auto& [id, t] : totals) branch_ids.insert(id);
  std::vector<std::int64_t> ordered(branch_ids.begin(), branch_ids.end());
  std::sort(ordered.begin(), ordered.end(), [&](std::int64_t a, std::int64_t b) {
    return std::tie(info[a].sort, a) < std::tie(info[b].sort, b);
  });
  std::map<std::int64_t, std::size_t> rank;
  for (std::size_t i = 0; i < ordered.size(); ++i) rank[ordered[i]] = i;
  for (auto id : ordered) {
    auto t = totals[id];
    h.branches.push_back(
        {{"orgUnitId", id},
         {"name", info[id].name},
         {"members", t.members},
         {"minutes", t.minutes},
         {"hours", tenths_value(hour_tenths(t.minutes))},
         {"hoursPerMember", tenths_value(hour_tenths_per_member(t.minutes, t.members))}});
  }

  // People rows: by home branch (in branch order), then by name.
  struct PersonRow {
    std::int64_t id;
    std::string name;
    std::optional<std::int64_t> branch;
  };
  std::vector<PersonRow> rows;
  for (const auto& [id, name] : people) {
    auto it = of_person.find(id);
    rows.push_back(
        {id, name, it == of_person.end() ? std::nullopt : home_branch(units, it->second)});
  }
  std::stable_sort(rows.begin(), rows.end(), [&](const PersonRow& a, const PersonRow& b) {
    auto ra = a.branch && rank.count(*a.branch) ? rank[*a.branch] : ordered.size();
    auto rb = b.branch && rank.count(*b.branch) ? rank[*b.branch] : ordered.size();
    return ra < rb;
  });
  for (const auto& p : rows) {
    auto m = minutes.count(p.id) ? minutes[p.id] : 0;
    h.minutes += m;
    h.people.push_back({{"personId", p.id},
                        {"name", p.name},
                        {"branchId", p.branch ? Json(*p.branch) : Json()},
                        {"branch", p.branch ? info[*p.branch].name : std::string()},
                        {"minutes", m},
                        {"hours", tenths_value(hour_tenths(m))}});
  }
  return h;
}

Response hours(Context& ctx) {
  auto h = compute_hours(ctx);
  auto count = static_cast<std::int64_t>(h.people.size());
  return Response::json(
      {{"year", h.year},
       {"people", h.people},
       {"branches", h.branches},
       {"totals",
        {{"people", count},
         {"minutes", h.minutes},
         {"hours", tenths_value(hour_tenths(h.minutes))},
         {"hoursPerPerson", tenths_value(hour_tenths_per_member(h.minutes, count))}}}});
}

Response export_hours(Context& ctx) {
  auto h = compute_hours(ctx);
  bool en = ctx.lang == i18n::Lang::en;
  std::vector<excel::Column> cols = {{en ? "Name" : "姓名", "name", 12},
                                     {en ? "Branch" : "所在支部", "branch", 30},
                                     {en ? "Minutes" : "学习时长（分钟）", "minutes", 16},
                                     {en ? "Hours" : "学时", "hours", 10}};
  db::Transaction tx(ctx.db);
  ctx.audit("learning.hours_export", "learning_hours", std::to_string(h.year), nullptr,
            {{"year", h.year}, {"rows", h.people.size()}});
  tx.commit();
  return http::xlsx_response(
      en ? "learning-hours-" + std::to_string(h.year) : std::to_string(h.year) + "年度学时统计",
      cols, h.people, ctx.now);
}

Response my_learning(Context& ctx) {
  int year = year_param(ctx);
  auto person = org::person_of_user(ctx.db, ctx.me().user_id);
  std::string first = std::to_string(year) + "-01-01", last = std::to_string(year) + "-12-31";
  std::int64_t me = person.value_or(0);
  Json laws = Json::array();
  int studied = 0, passed = 0;
  for (const auto& r : ctx.db.query(
           "SELECT l.id, l.month, l.title, (SELECT q.pass_mark FROM quizzes q WHERE q.law_id = "
           "l.id) AS pass_mark, (SELECT COALESCE(SUM(s.minutes), 0) FROM study_records s WHERE "
           "s.law_id = l.id AND s.person_id = ?) AS minutes, (SELECT MAX(s.studied_on) FROM "
           "study_records s WHERE s.law_id = l.id AND s.person_id = ?) AS last_on, (SELECT "
           "COUNT(*) FROM quiz_attempts a WHERE a.law_id = l.id AND a.person_id = ?) AS attempts, "
           "(SELECT MAX(a.score) FROM quiz_attempts a WHERE a.law_id = l.id AND a.person_id = ?) "
           "AS best, (SELECT MAX(a.passed) FROM quiz_attempts a WHERE a.law_id = l.id AND "
           "a.person_id = ?) AS passed FROM laws l WHERE l.month LIKE ? ORDER BY l.month",
           {me, me, me, me, me, std::to_string(year) + "-%"})) {
    bool attempted = r.i64("attempts") > 0;
    if (r.i64("minutes") > 0) ++studied;
    if (attempted && r.i64("passed") != 0) ++passed;
    laws.push_back({{"id", r.i64("id")},
                    {"month", r.str("month")},
                    {"title", r.str("title")},
                    {"minutes", r.i64("minutes")},
                    {"lastStudiedOn", r.is_null("last_on") ? Json() : Json(r.str("last_on"))},
                    {"hasQuiz", !r.is_null("pass_mark")},
                    {"attempts", r.i64("attempts")},
                    {"bestScore", r.is_null("best") ? Json() : Json(r.i64("best"))},
                    {"passed", attempted ? Json(r.i64("passed") != 0) : Json()}});
  }
  Json records = Json::array();
  std::int64_t minutes = 0;
  if (person) {
    minutes = ctx.db.scalar(
        "SELECT COALESCE(SUM(minutes), 0) FROM study_records WHERE "
        "person_id = ? AND studied_on >= ? AND studied_on <= ?",
        {*person, first, last});
    for (const auto& r : ctx.db.query(
             "SELECT s.id, s.law_id, l.title AS law_title, s.plan_id, p.title AS plan_title, "
             "s.minutes, s.studied_on FROM study_records s LEFT JOIN laws l ON l.id = s.law_id "
             "LEFT JOIN learning_plans p ON p.id = s.plan_id WHERE s.person_id = ? AND "
             "s.studied_on >= ? AND s.studied_on <= ? ORDER BY s.studied_on DESC, s.id DESC "
             "LIMIT 100",
             {*person, first, last})) {
      records.push_back(
          {{"id", r.i64("id")},
           {"lawId", r.opt_i64("law_id") ? Json(r.i64("law_id")) : Json()},
           {"planId", r.opt_i64("plan_id") ? Json(r.i64("plan_id")) : Json()},
           {"title", r.opt_str("law_title") ? r.str("law_title") : r.str("plan_title")},
           {"minutes", r.i64("minutes")},
           {"studiedOn", r.str("studied_on")}});
    }
  }
  return Response::json({{"year", year},
                         {"hasPerson", person.has_value()},
                         {"minutes", minutes},
                         {"hours", tenths_value(hour_tenths(minutes))},
                         {"lawsTotal", laws.size()},
                         {"lawsStudied", studied},
                         {"quizzesPassed", passed},
                         {"laws", laws},
                         {"records", records}});
}

}  // namespace

std::vector<Route> hours_routes() {
  using http::Method;
  const std::string tag = "learning";
  std::vector<http::QueryParam> filters = {{"year", "integer", "default: this year"},
                                           {"orgUnitId", "integer", "a branch (and its groups)"}};
  return {
      {.method = Method::get,
       .path = "/api/learning/hours",
       .permission = "learning.read",
       .summary = "Study hours of a year per person and per branch (within my data scope)",
       .tag = tag,
       .query = filters,
       .handler = hours},
      {.method = Method::get,
       .path = "/api/learning/hours/export",
       .permission = "learning.read",
       .summary = "Export the study hours per person to .xlsx",
       .tag = tag,
       .query = filters,
       .handler = export_hours},
      {.method = Method::get,
       .path = "/api/my/learning",
       .permission = "learning.study",
       .summary = "My learning of a year: the laws, my minutes and quiz results, my hours",
       .tag = tag,
       .query = {{"year", "integer", "default: this year"}},
       .handler = my_learning},
  };
}

}  // namespace md::learning
