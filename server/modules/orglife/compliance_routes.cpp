// The compliance calendar (R2.3): per branch, per required item and period, done / due /
// overdue / future, from the closed meetings of the branch and its groups. One grouped query
// for the whole year, folded into branches in memory, so the leader's grid stays fast.
#include <map>

#include "modules/orglife/permissions.hpp"
#include "modules/orglife/routes.hpp"
#include "modules/orglife/store.hpp"
#include "platform/auth/scope.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"

namespace md::orglife {
using http::Context;
using http::Response;
using http::Route;

namespace {

struct Unit {
  std::optional<std::int64_t> parent;
  std::string name, kind;
  std::int64_t sort = 0;
};

bool is_branch(const std::string& kind) { return kind == "branch" || kind == "functional_branch"; }

/// The branch a unit belongs to: itself when it is a branch, else its nearest branch ancestor.
std::optional<std::int64_t> branch_of(const std::map<std::int64_t, Unit>& units, std::int64_t id) {
  for (int depth = 0; depth < 64; ++depth) {
    auto it = units.find(id);
    if (it == units.end()) return std::nullopt;
    if (is_branch(it->second.kind)) return id;
    if (!it->second.parent) return std::nullopt;
    id = *it->second.parent;
  }
  return std::nullopt;
}

int parse_year(const Context& ctx) {
  std::string y = ctx.query("year", china_date(ctx.now).substr(0, 4));
  if (y.size() != 4 || y.find_first_not_of("0123456789") != std::string::npos) {
    throw bad_request("request.bad_query", {{"param", "year"}});
  }
  return std::stoi(y);
}

Response compliance(Context& ctx) {
  int year = parse_year(ctx);
  std::string today = china_date(ctx.now);
  std::map<std::int64_t, Unit> units;
  for (const auto& r : ctx.db.query("SELECT id, parent_id, name, kind, sort_order FROM org_units "
                                    "WHERE retired_at IS NULL")) {
    units[r.i64("id")] = {r.opt_i64("parent_id"), r.str("name"), r.str("kind"),
                          r.i64("sort_order")};
  }
  std::optional<std::set<std::int64_t>> visible;
  std::string only = ctx.query("orgUnitId");
  if (!only.empty()) {
    if (only.size() > 15 || only.find_first_not_of("0123456789") != std::string::npos) {
      throw bad_request("request.bad_query", {{"param", "orgUnitId"}});
    }
    require_scope(ctx, std::stoll(only));
    visible = auth::org_subtree(ctx.db, std::stoll(only));
  } else if (!auth::scope_covers(ctx.db, ctx.me(), std::nullopt, whole_scope_roles())) {
    auto own = ctx.me().org_unit_id;
    visible = own ? auth::org_subtree(ctx.db, *own) : std::set<std::int64_t>{};
  }
  // held[branch][type][period label of the type's rhythm] — filled per month, folded below.
  std::map<std::int64_t, std::map<std::string, std::map<std::string, int>>> by_month;
  std::string first = std::to_string(year) + "-01-01", last = std::to_string(year) + "-12-31";
  for (const auto& r : ctx.db.query(
           "SELECT org_unit_id, type, SUBSTR(meeting_date, 1, 7) AS month, COUNT(*) AS n FROM "
           "meetings WHERE status = 'closed' AND meeting_date >= ? AND meeting_date <= ? GROUP "
           "BY org_unit_id, type, SUBSTR(meeting_date, 1, 7)",
           {first, last})) {
    auto branch = branch_of(units, r.i64("org_unit_id"));
    if (branch) by_month[*branch][r.str("type")][r.str("month")] += static_cast<int>(r.i64("n"));
  }
  Json branches = Json::array();
  std::vector<std::pair<std::int64_t, const Unit*>> ordered;
  for (const auto& [id, u] : units) {
    if (is_branch(u.kind) && (!visible || visible->count(id))) ordered.emplace_back(id, &u);
  }
  std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
    return std::tie(a.second->sort, a.first) < std::tie(b.second->sort, b.first);
  });
  int done = 0, overdue = 0;
  for (const auto& [id, u] : ordered) {
    Json items = Json::array();
    for (const auto& rh : rhythm_of(ctx.db, id)) {
      Json cells = Json::array();
      const auto& months = by_month[id][rh.type];
      for (const auto& label : periods_of_year(rh.period, year)) {
        auto [from, to] = period_bounds(rh.period, label);
        int held = 0;
        for (const auto& [month, n] : months) {
          if (month + "-01" >= from && month + "-01" <= to) held += n;
        }
        auto state = cell_state(held, rh.required, from, to, today);
        if (state == CellState::done) ++done;
        if (state == CellState::overdue) ++overdue;
        cells.push_back(
            {{"label", label}, {"held", held}, {"state", std::string(cell_code(state))}});
      }
      items.push_back({{"type", rh.type},
                       {"period", std::string(period_code(rh.period))},
                       {"required", rh.required},
                       {"cells", cells}});
    }
    branches.push_back({{"orgUnitId", id}, {"name", u->name}, {"kind", u->kind}, {"items", items}});
  }
  return Response::json({{"year", year},
                         {"today", today},
                         {"branches", branches},
                         {"done", done},
                         {"overdue", overdue}});
}

Json rhythm_json(const std::vector<Rhythm>& rhythm) {
  Json items = Json::array();
  for (const auto& r : rhythm) {
    items.push_back({{"type", r.type},
                     {"period", std::string(period_code(r.period))},
                     {"required", r.required}});
  }
  return items;
}

Response get_rhythm(Context& ctx) {
  auto unit = ctx.id("orgUnitId");
  if (!ctx.db.query_one("SELECT id FROM org_units WHERE id = ?", {unit})) {
    throw not_found("orglife.unit_unknown");
  }
  require_scope(ctx, unit);
  return Response::json({{"orgUnitId", unit}, {"items", rhythm_json(rhythm_of(ctx.db, unit))}});
}

Response put_rhythm(Context& ctx) {
  auto unit = ctx.id("orgUnitId");
  const auto& items = ctx.body["items"];
  std::vector<Rhythm> rhythm;
  std::set<std::string> seen;
  if (!items.is_array() || items.empty() || items.size() > 20) {
    throw invalid_field("items", "orglife.rhythm_items");
  }
  for (const auto& it : items) {
    if (!it.is_object() || !it.contains("type") || !it["type"].is_string() ||
        !is_meeting_type(it["type"].get<std::string>()) || !seen.insert(it["type"]).second) {
      throw invalid_field("items", "orglife.rhythm_type");
    }
    auto period = it.contains("period") && it["period"].is_string()
                      ? parse_period(it["period"].get<std::string>())
                      : std::nullopt;
    if (!period) throw invalid_field("items", "orglife.rhythm_period");
    if (!it.contains("required") || !it["required"].is_number_integer() ||
        it["required"].get<int>() < 1 || it["required"].get<int>() > 31) {
      throw invalid_field("items", "orglife.rhythm_required");
    }
    rhythm.push_back({it["type"], *period, it["required"].get<int>()});
  }
  db::Transaction tx(ctx.db);
  if (!ctx.db.query_one("SELECT id FROM org_units WHERE id = ?", {unit})) {
    throw not_found("orglife.unit_unknown");
  }
  require_scope(ctx, unit);
  Json before = rhythm_json(rhythm_of(ctx.db, unit));
  ctx.db.exec("DELETE FROM meeting_rhythms WHERE org_unit_id = ?", {unit});
  for (const auto& r : rhythm) {
    ctx.db.exec(
        "INSERT INTO meeting_rhythms (org_unit_id, type, period, required) VALUES "
        "(?, ?, ?, ?)",
        {unit, r.type, std::string(period_code(r.period)), static_cast<std::int64_t>(r.required)});
  }
  Json after = rhythm_json(rhythm);
  ctx.audit("meetings.rhythm", "org_unit", std::to_string(unit), before, after);
  tx.commit();
  return Response::json({{"orgUnitId", unit}, {"items", after}});
}

}  // namespace

std::vector<Route> compliance_routes() {
  using http::Method;
  const std::string tag = "orglife";
  return {
      {.method = Method::get,
       .path = "/api/compliance",
       .permission = "orglife.read",
       .summary = "The compliance calendar of a year: per branch, item and period, done / due / "
                  "overdue / future",
       .tag = tag,
       .query = {{"year", "integer", "default: this year"},
                 {"orgUnitId", "integer", "one branch (and its groups)"}},
       .handler = compliance},
      {.method = Method::get,
       .path = "/api/compliance/rhythm/{orgUnitId}",
       .permission = "orglife.read",
       .summary = "A branch's required rhythm (its own, or the default)",
       .tag = tag,
       .handler = get_rhythm},
      {.method = Method::put,
       .path = "/api/compliance/rhythm/{orgUnitId}",
       .permission = "orglife.manage",
       .summary = "Set a branch's required rhythm",
       .tag = tag,
       .body = http::body({http::any_value("items").req()}),
       .handler = put_rhythm},
  };
}

}  // namespace md::orglife
