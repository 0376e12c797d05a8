// Warning cards (R4.2): the list and its export, a card with its evidence, a member's card page
// (the runs per criterion and their cards), evaluating now, issuing a card by hand, a member's
// acknowledgement, an officer's confirmation of lifting, and my own cards. Branch officers see
// and act only within their own branch subtree; leaders and clerks everywhere.
#include "modules/warnings/routes.hpp"

#include "modules/dues/store.hpp"
#include "modules/org/people_api.hpp"
#include "modules/warnings/engine.hpp"
#include "modules/warnings/store.hpp"
#include "platform/auth/scope.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/branch_scope.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::warnings {
using http::Context;
using http::Response;
using http::Route;

namespace {

const http::ScopeCodes kScope{"warnings.unit_unknown", "warnings.person_unknown",
                              "warnings.out_of_scope"};

void require_person(Context& ctx, std::int64_t person) {
  http::require_person_in_scope(ctx, person, kScope);
}
std::optional<std::set<std::int64_t>> visible_units(Context& ctx) {
  return http::visible_units(ctx, kScope);
}

/// A card by id (404), within my scope (403).
Json require_card(Context& ctx, std::int64_t id) {
  auto rows =
      ctx.db.query("SELECT " + std::string(kCardSelect) + kCardFrom + " WHERE w.id = ?", {id});
  if (rows.empty()) throw not_found("warnings.card_unknown");
  auto card = card_json(rows.at(0));
  require_person(ctx, card["personId"].get<std::int64_t>());
  return card;
}

std::string filter_param(const Context& ctx, const char* name, bool (*valid)(std::string_view)) {
  std::string v = ctx.query(name);
  if (!v.empty() && !valid(v)) throw bad_request("request.bad_query", {{"param", name}});
  return v;
}

bool valid_level(std::string_view s) { return parse_level(s).has_value(); }

/// " FROM … WHERE …" of the list and export, with its parameters.
std::string list_from(Context& ctx, db::Params& params) {
  std::string where = " WHERE 1 = 1";
  auto add = [&](const char* col, const std::string& v) {
    if (v.empty()) return;
    where += std::string(" AND ") + col + " = ?";
    params.push_back(v);
  };
  add("w.status", filter_param(ctx, "status", is_status));
  add("w.level", filter_param(ctx, "level", valid_level));
  add("w.criterion", filter_param(ctx, "criterion", is_criterion));
  if (auto units = visible_units(ctx)) {
    where +=
        " AND w.person_id IN (SELECT person_id FROM memberships WHERE ended_on IS NULL AND "
        "org_unit_id IN " +
        dues::id_list(*units) + ")";
  }
  std::string q = ctx.query("q");
  if (!q.empty()) where += " AND " + http::search_clause({"p.name", "w.reason"}, q, params);
  return std::string(kCardFrom) + where;
}

http::ListParams list_params(Context& ctx, std::int64_t max) {
  std::string name = "p.name" + std::string(ctx.db.pinyin_collation());
  return http::parse_list(
      ctx,
      {{"issuedOn", "w.issued_on"},
       {"name", name},
       {"months", "w.consecutive_months"},
       {"level", "CASE w.level WHEN 'review' THEN 3 WHEN 'red' THEN 2 ELSE 1 END"},
       {"status", "w.status"}},
      "issuedOn", max);
}

Response list_cards(Context& ctx) {
  auto p = list_params(ctx, 100);
  db::Params params;
  auto from = list_from(ctx, params);
  auto page = http::query_page(ctx.db, kCardSelect, from, params, p, "w.id", card_json);
  return Response::json(http::page_json(page.items, page.total, p));
}

Response export_cards(Context& ctx) {
  auto p = list_params(ctx, 10000);
  p.page = 1;
  p.page_size = 10000;
  db::Params params;
  auto from = list_from(ctx, params);
  auto page = http::query_page(ctx.db, kCardSelect, from, params, p, "w.id", card_json);
  bool en = ctx.lang == i18n::Lang::en;
  for (auto& c : page.items) {
    c["criterionText"] = ctx.t("warnings.criterion." + c["criterion"].get<std::string>());
    c["levelText"] = ctx.t("warnings.level." + c["level"].get<std::string>());
    c["statusText"] = ctx.t("warnings.status." + c["status"].get<std::string>());
    c["acknowledged"] = c["acknowledgedAt"].is_null() ? "" : (en ? "yes" : "是");
  }
  std::vector<excel::Column> cols = {{en ? "Name" : "姓名", "name", 12},
                                     {en ? "Unit" : "所在组织", "unit", 28},
                                     {en ? "Criterion" : "预警事项", "criterionText", 14},
                                     {en ? "Level" : "等级", "levelText", 10},
                                     {en ? "Months" : "连续月数", "consecutiveMonths", 10},
                                     {en ? "Reason" : "事由", "reason", 40},
                                     {en ? "Issued on" : "亮牌日期", "issuedOn", 12},
                                     {en ? "Status" : "状态", "statusText", 10},
                                     {en ? "Acknowledged" : "已确认", "acknowledged", 10}};
  db::Transaction tx(ctx.db);
  ctx.audit("warnings.export", "warning_card", "", nullptr,
            {{"rows", page.items.size()}, {"total", page.total}});
  tx.commit();
  return http::xlsx_response(en ? "warning-cards" : "预警亮牌", cols, page.items, ctx.now);
}

Response card_detail(Context& ctx) { return Response::json(require_card(ctx, ctx.id())); }

Json cards_of(Context& ctx, std::int64_t person) {
  Json cards = Json::array();
  for (const auto& r : ctx.db.query("SELECT " + std::string(kCardSelect) + kCardFrom +
                                        " WHERE w.person_id = ? ORDER BY w.issued_at DESC, w.id "
                                        "DESC",
                                    {person})) {
    cards.push_back(card_json(r));
  }
  return cards;
}

Json thresholds_json(const Thresholds& t) {
  return {{"yellow", t.yellow}, {"red", t.red}, {"review", t.review}};
}

/// A member's card page: who, the runs per criterion as of the last complete month, the cards.
Json card_page(Context& ctx, std::int64_t person) {
  auto t = thresholds_from(ctx.settings());
  auto last = last_complete_month(ctx.now);
  auto who = ctx.db.query_one("SELECT name, political_status FROM people WHERE id = ?", {person});
  return {{"personId", person},
          {"name", who ? who->str("name") : std::string()},
          {"lastMonth", last},
          {"thresholds", thresholds_json(t)},
          {"runs", member_runs(ctx.db, person, t, last)},
          {"cards", cards_of(ctx, person)}};
}

Response person_page(Context& ctx) {
  require_person(ctx, ctx.id());
  return Response::json(card_page(ctx, ctx.id()));
}

Response evaluate_now(Context& ctx) {
  EngineInput in;
  in.thresholds = thresholds_from(ctx.settings());
  if (!thresholds_valid(in.thresholds)) throw conflict("warnings.thresholds_invalid");
  in.evaluation_level = evaluation_level_from(ctx.settings());
  in.last_month = last_complete_month(ctx.now);
  in.now = ctx.now;
  if (!whole_scope(ctx)) {
    auto own = ctx.me().org_unit_id;
    in.units = own ? auth::org_subtree(ctx.db, *own) : std::set<std::int64_t>{};
  }
  in.actor = ctx.audit_event("", "", "");
  db::Transaction tx(ctx.db);
  auto res = evaluate(ctx.db, in);
  ctx.audit("warnings.evaluate", "warning_card", "", nullptr,
            {{"lastMonth", in.last_month}, {"result", res.to_json()}});
  tx.commit();
  auto out = res.to_json();
  out["lastMonth"] = in.last_month;
  return Response::json(out);
}

Response issue_manual(Context& ctx) {
  auto person = ctx.body["personId"].get<std::int64_t>();
  auto level = parse_level(ctx.body["level"].get<std::string>());
  auto reason = ctx.body["reason"].get<std::string>();
  if (!level) throw invalid_field("level", "warnings.level");
  db::Transaction tx(ctx.db);
  require_person(ctx, person);
  auto status = ctx.db.query_one("SELECT political_status FROM people WHERE id = ?", {person});
  if (!status || !org::is_party_member(status->str("political_status"))) {
    throw invalid_field("personId", "warnings.not_member");
  }
  if (ctx.db.query_one(
          "SELECT id FROM warning_cards WHERE person_id = ? AND criterion = 'manual' AND level = "
          "? AND status IN ('active', 'lift_proposed')",
          {person, level_name(*level)})) {
    throw conflict("warnings.duplicate");
  }
  auto id =
      ctx.db
          .query(
              "INSERT INTO warning_cards (person_id, criterion, level, consecutive_months, "
              "reason, evidence_json, issued_on, issued_at, issued_by, status) VALUES (?, "
              "'manual', ?, 0, ?, '[]', ?, ?, ?, 'active') RETURNING id",
              {person, level_name(*level), reason, china_date(ctx.now), ctx.now, ctx.me().user_id})
          .at(0)
          .i64("id");
  ctx.audit("warnings.issue", "warning_card", std::to_string(id), nullptr,
            {{"personId", person},
             {"criterion", "manual"},
             {"level", level_name(*level)},
             {"reason", reason},
             {"byEngine", false}});
  auto card = require_card(ctx, id);
  tx.commit();
  return Response::json(card, 201);
}

Response lift_card(Context& ctx) {
  auto note = ctx.body["note"].get<std::string>();
  db::Transaction tx(ctx.db);
  auto card = require_card(ctx, ctx.id());
  auto status = card["status"].get<std::string>();
  if (status == "lifted") throw conflict("warnings.already_lifted");
  if (status == "superseded") throw conflict("warnings.superseded");
  ctx.db.exec(
      "UPDATE warning_cards SET status = 'lifted', lifted_at = ?, lifted_by = ?, lift_note = ? "
      "WHERE id = ?",
      {ctx.now, ctx.me().user_id, note, ctx.id()});
  ctx.audit("warnings.lift", "warning_card", std::to_string(ctx.id()), {{"status", status}},
            {{"status", "lifted"}, {"note", note}});
  auto after = require_card(ctx, ctx.id());
  tx.commit();
  return Response::json(after);
}

Response acknowledge_card(Context& ctx) {
  auto person = org::person_of_user(ctx.db, ctx.me().user_id);
  db::Transaction tx(ctx.db);
  auto row = ctx.db.query_one(
      "SELECT person_id, status, acknowledged_at FROM warning_cards WHERE id = ?", {ctx.id()});
  // Someone else's card is answered like a missing one: a member learns nothing about others.
  if (!row || !person || row->i64("person_id") != *person) {
    throw not_found("warnings.card_unknown");
  }
  if (!row->is_null("acknowledged_at")) throw conflict("warnings.already_acknowledged");
  if (row->str("status") == "lifted" || row->str("status") == "superseded") {
    throw conflict("warnings.not_open");
  }
  ctx.db.exec("UPDATE warning_cards SET acknowledged_at = ? WHERE id = ?", {ctx.now, ctx.id()});
  ctx.audit("warnings.acknowledge", "warning_card", std::to_string(ctx.id()), nullptr,
            {{"acknowledgedAt", ctx.now}});
  auto rows = ctx.db.query("SELECT " + std::string(kCardSelect) + kCardFrom + " WHERE w.id = ?",
                           {ctx.id()});
  tx.commit();
  return Response::json(card_json(rows.at(0)));
}

Response my_warnings(Context& ctx) {
  auto person = org::person_of_user(ctx.db, ctx.me().user_id);
  if (!person) {
    return Response::json({{"hasPerson", false}, {"cards", Json::array()}});
  }
  auto out = card_page(ctx, *person);
  out["hasPerson"] = true;
  return Response::json(out);
}

}  // namespace

std::vector<Route> routes() {
  using http::Method;
  const std::string tag = "warnings";
  std::vector<http::QueryParam> filters = {
      {"status", "string", "active | lift_proposed | lifted | superseded"},
      {"level", "string", "yellow | red | review"},
      {"criterion", "string", "orglife | dues | evaluation | manual"},
      {"orgUnitId", "integer", "a unit and everything below it"},
      {"q", "string", "part of the name or the reason"}};
  return {
      {.method = Method::get,
       .path = "/api/warnings",
       .permission = "warnings.read",
       .summary = "Warning cards within my data scope (page, sort, filter by status, level, "
                  "criterion, unit, keyword)",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = list_cards},
      {.method = Method::get,
       .path = "/api/warnings/export",
       .permission = "warnings.read",
       .summary = "Export the filtered warning cards to .xlsx",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = export_cards},
      {.method = Method::post,
       .path = "/api/warnings/evaluate",
       .permission = "warnings.manage",
       .summary = "Run the warning rules now for the members in my scope: issues, escalates, "
                  "proposes lifting; answers the counts",
       .tag = tag,
       .handler = evaluate_now},
      {.method = Method::post,
       .path = "/api/warnings",
       .permission = "warnings.manage",
       .summary = "Issue a warning card by hand (person, level, reason)",
       .tag = tag,
       .body = http::body({http::integer("personId").req().range(1, INT64_MAX),
                           http::str("level").req().len(1, 20).doc("yellow | red | review"),
                           http::str("reason").req().len(1, 500)}),
       .handler = issue_manual},
      {.method = Method::get,
       .path = "/api/warnings/people/{id}",
       .permission = "warnings.read",
       .summary = "A member's card page: consecutive months per criterion (last 12 months) and "
                  "their cards",
       .tag = tag,
       .handler = person_page},
      {.method = Method::get,
       .path = "/api/warnings/{id}",
       .permission = "warnings.read",
       .summary = "A warning card with its evidence",
       .tag = tag,
       .handler = card_detail},
      {.method = Method::post,
       .path = "/api/warnings/{id}/lift",
       .permission = "warnings.manage",
       .summary = "Confirm lifting a card after correction (with a note); only an officer lifts",
       .tag = tag,
       .body = http::body({http::str("note").req().len(1, 500)}),
       .handler = lift_card},
      {.method = Method::post,
       .path = "/api/warnings/{id}/acknowledge",
       .permission = "warnings.own",
       .summary = "Acknowledge my own warning card",
       .tag = tag,
       .handler = acknowledge_card},
      {.method = Method::get,
       .path = "/api/my/warnings",
       .permission = "warnings.own",
       .summary = "My warning cards and my consecutive months per criterion",
       .tag = tag,
       .handler = my_warnings},
  };
}

}  // namespace md::warnings
