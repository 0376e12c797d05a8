// Deputies (R1.4), their summary and card, deputy workstations (R9.1) and coverage (R1.5).
#include "modules/deputies/routes.hpp"
#include "modules/deputies/rules.hpp"
#include "modules/deputies/store.hpp"
#include "modules/org/people_api.hpp"
#include "platform/core/app.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::deputies {
using http::Context;
using http::Json;
using http::Response;
using http::Route;

bool sees_all(const Context& ctx) {
  const auto& me = ctx.me();
  return me.has_role("leader") || me.has_role("clerk") || me.has_role("sys_admin") ||
         me.has_role("branch_officer");
}

std::vector<std::int64_t> my_people(Context& ctx) {
  return people_of_user(ctx.db, ctx.me().user_id);
}

std::string today(const Context& ctx) { return org::china_today(ctx.now); }

std::string current_period_start(Context& ctx) {
  int months = period_months(ctx.settings().get_text("deputies.liaison_period"));
  return period_start(today(ctx), months == 0 ? 3 : months);
}

std::optional<std::int64_t> int_query(const Context& ctx, const std::string& name) {
  std::string v = ctx.query(name);
  if (v.empty()) return std::nullopt;
  if (v.size() > 15 || v.find_first_not_of("0123456789") != std::string::npos) {
    throw bad_request("request.bad_query", {{"param", name}});
  }
  return std::stoll(v);
}

std::optional<bool> flag_query(const Context& ctx, const std::string& name) {
  std::string v = ctx.query(name);
  if (v.empty()) return std::nullopt;
  if (v == "1" || v == "true") return true;
  if (v == "0" || v == "false") return false;
  throw bad_request("request.bad_query", {{"param", name}});
}

namespace {

constexpr const char* kParty = "p.political_status IN ('cpc_member', 'cpc_probationary')";

bool english(const Context& ctx) { return ctx.lang == i18n::Lang::en; }

// ---------------------------------------------------------------------------------------------
// Deputies

struct Filter {
  std::string where = " WHERE 1 = 1";
  db::Params params;
};

Filter deputy_filter(Context& ctx, const std::string& q) {
  Filter f;
  std::string status = ctx.query("status", "serving");
  if (status == "serving") {
    f.where += " AND d.ended_on IS NULL";
  } else if (status == "ended") {
    f.where += " AND d.ended_on IS NOT NULL";
  } else if (status != "all") {
    throw bad_request("request.bad_query", {{"param", "status"}});
  }
  std::string level = ctx.query("level");
  if (!level.empty()) {
    if (!is_level(level)) throw bad_request("request.bad_query", {{"param", "level"}});
    f.where += " AND d.level = ?";
    f.params.push_back(level);
  }
  if (auto ws = int_query(ctx, "workstationId")) {
    f.where += " AND d.workstation_id = ?";
    f.params.push_back(*ws);
  }
  if (auto party = flag_query(ctx, "party")) {
    f.where += *party ? std::string(" AND ") + kParty : std::string(" AND NOT ") + kParty;
  }
  if (!q.empty()) {
    f.where +=
        " AND " +
        http::search_clause({"p.name", "p.name_initials", "p.unit", "d.constituency"}, q, f.params);
  }
  if (!sees_all(ctx)) f.where += " AND d.person_id IN " + id_list(my_people(ctx));
  return f;
}

http::ListParams deputy_list_params(const Context& ctx, std::int64_t max_rows) {
  std::string collate(ctx.db.pinyin_collation());
  return http::parse_list(ctx,
                          {{"name", "p.name" + collate},
                           {"level",
                            "CASE d.level WHEN 'province' THEN 1 WHEN 'city' THEN 2 WHEN "
                            "'district' THEN 3 ELSE 4 END"},
                           {"term", "d.term"},
                           {"startedOn", "d.started_on"}},
                          "name", max_rows);
}

Json query_deputies(Context& ctx, const http::ListParams& p, std::int64_t* total) {
  Filter f = deputy_filter(ctx, p.q);
  bool en = english(ctx);
  auto page = http::query_page(ctx.db, kDeputyColumns, kDeputyFrom + f.where, f.params, p,
                               "p.name" + std::string(ctx.db.pinyin_collation()) + ", d.id",
                               [en](const db::Row& row) { return deputy_row_json(row, en); });
  *total = page.total;
  return page.items;
}

Response list_deputies(Context& ctx) {
  auto p = deputy_list_params(ctx, 100);
  std::int64_t total = 0;
  Json items = query_deputies(ctx, p, &total);
  return Response::json(http::page_json(items, total, p));
}

Response export_deputies(Context& ctx) {
  auto p = deputy_list_params(ctx, 10000);
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = query_deputies(ctx, p, &total);
  for (auto& d : items) {
    d["genderText"] = ctx.t("deputies.gender." + d["gender"].get<std::string>());
    d["statusText"] = ctx.t("deputies.status." + d["politicalStatus"].get<std::string>());
    d["workstationName"] = d["workstation"].is_null() ? "" : d["workstation"]["name"];
  }
  bool en = english(ctx);
  std::vector<excel::Column> cols = {{en ? "Name" : "姓名", "name", 12},
                                     {en ? "Gender" : "性别", "genderText", 8},
                                     {en ? "Level" : "层级", "levelName", 10},
                                     {en ? "Term" : "届次", "term", 8},
                                     {en ? "Constituency" : "选区", "constituency", 22},
                                     {en ? "Political status" : "政治面貌", "statusText", 14},
                                     {en ? "Workstation" : "代表工作室", "workstationName", 30},
                                     {en ? "Unit" : "工作单位", "unit", 28},
                                     {en ? "Post" : "职务", "post", 16},
                                     {en ? "Since" : "任职日期", "startedOn", 12}};
  return http::audited_xlsx(ctx, "deputies.export", "deputy", en ? "deputies" : "代表名册", cols,
                            items);
}

Response summary(Context& ctx) {
  Json by_level = Json::object();
  for (const auto& l : levels()) by_level[std::string(l.code)] = 0;
  std::int64_t seats = 0;
  for (const auto& r : ctx.db.query(
           "SELECT level, COUNT(*) AS n FROM deputies WHERE ended_on IS NULL GROUP BY level")) {
    by_level[r.str("level")] = r.i64("n");
    seats += r.i64("n");
  }
  std::int64_t total =
      ctx.db.scalar("SELECT COUNT(DISTINCT person_id) FROM deputies WHERE ended_on IS NULL");
  std::int64_t party = ctx.db.scalar(
      std::string("SELECT COUNT(DISTINCT d.person_id) FROM deputies d JOIN people p ON p.id = "
                  "d.person_id WHERE d.ended_on IS NULL AND ") +
      kParty);
  return Response::json({{"byLevel", by_level},
                         {"total", total},
                         {"seats", seats},
                         {"partyMembers", party},
                         {"nonPartyMembers", total - party},
                         {"workstations", ctx.db.scalar("SELECT COUNT(*) FROM workstations")}});
}

Json existing_deputy(Context& ctx, std::int64_t id) {
  auto d = deputy_json(ctx.db, id, english(ctx));
  if (!d) throw not_found("deputies.not_found");
  return *d;
}

Response deputy_card(Context& ctx) {
  Json card = existing_deputy(ctx, ctx.id());
  std::int64_t person = card["personId"].get<std::int64_t>();
  if (!sees_all(ctx)) {
    auto mine = my_people(ctx);
    if (std::find(mine.begin(), mine.end(), person) == mine.end())
      throw forbidden("deputies.not_yours");
  }
  bool en = english(ctx);
  auto p = ctx.db.query_one(
      "SELECT id, name, gender, ethnicity, birth_date, id_card_masked, phone_masked, "
      "political_status, joined_party_on, unit, post FROM people WHERE id = ?",
      {person});
  card["person"] = {{"id", p->i64("id")},
                    {"name", p->str("name")},
                    {"gender", p->str("gender")},
                    {"ethnicity", p->str("ethnicity")},
                    {"birthDate", p->str("birth_date")},
                    {"idCard", p->str("id_card_masked")},
                    {"phone", p->str("phone_masked")},
                    {"politicalStatus", p->str("political_status")},
                    {"joinedPartyOn",
                     p->opt_str("joined_party_on") ? Json(*p->opt_str("joined_party_on")) : Json()},
                    {"unit", p->str("unit")},
                    {"post", p->str("post")}};
  Json roles = Json::array();
  for (const auto& r : ctx.db.query(
           std::string("SELECT ") + kDeputyColumns + kDeputyFrom +
               " WHERE d.person_id = ? ORDER BY d.ended_on IS NOT NULL, CASE d.level WHEN "
               "'province' THEN 1 WHEN 'city' THEN 2 WHEN 'district' THEN 3 ELSE 4 END, d.id",
           {person})) {
    roles.push_back(deputy_row_json(r, en));
  }
  card["roles"] = roles;
  Json branches = Json::array();
  for (const auto& r : ctx.db.query(
           "SELECT o.id, o.name, m.role, m.started_on FROM memberships m JOIN org_units o ON o.id "
           "= m.org_unit_id WHERE m.person_id = ? AND m.ended_on IS NULL AND o.kind = "
           "'functional_branch' ORDER BY o.sort_order, o.id",
           {person})) {
    branches.push_back({{"id", r.i64("id")},
                        {"name", r.str("name")},
                        {"role", r.str("role")},
                        {"startedOn", r.str("started_on")}});
  }
  card["functionalBranches"] = branches;
  std::string period = current_period_start(ctx);
  Json liaisons = Json::array();
  std::vector<std::int64_t> liaison_ids;
  for (const auto& r : ctx.db.query(std::string("SELECT ") + kLiaisonColumns +
                                        " WHERE l.party_person_id = ? OR l.nonparty_person_id = ? "
                                        "ORDER BY l.ended_on IS NOT NULL, l.assigned_on, l.id",
                                    {person, person})) {
    Json l = liaison_row_json(r, period);
    l["as"] = r.i64("party_person_id") == person ? "party" : "nonParty";
    liaison_ids.push_back(r.i64("id"));
    liaisons.push_back(l);
  }
  card["liaisons"] = liaisons;
  Json recent = Json::array();
  if (!liaison_ids.empty()) {
    for (const auto& r : ctx.db.query(
             "SELECT c.id, c.liaison_id, c.contacted_on, c.way, c.content, c.follow_up, "
             "pp.name AS party_name, np.name AS nonparty_name FROM contact_logs c "
             "JOIN liaisons l ON l.id = c.liaison_id JOIN people pp ON pp.id = l.party_person_id "
             "JOIN people np ON np.id = l.nonparty_person_id WHERE c.liaison_id IN " +
             id_list(liaison_ids) + " ORDER BY c.contacted_on DESC, c.id DESC LIMIT 10")) {
      recent.push_back({{"id", r.i64("id")},
                        {"liaisonId", r.i64("liaison_id")},
                        {"contactedOn", r.str("contacted_on")},
                        {"way", r.str("way")},
                        {"wayName", ctx.t("liaison.way." + r.str("way"))},
                        {"content", r.str("content")},
                        {"followUp", r.str("follow_up")},
                        {"partyName", r.str("party_name")},
                        {"nonPartyName", r.str("nonparty_name")}});
    }
  }
  card["recentContacts"] = recent;
  return Response::json(card);
}

std::optional<std::int64_t> optional_id(const Json& body, const char* key) {
  if (body.contains(key) && body[key].is_number_integer()) return body[key].get<std::int64_t>();
  return std::nullopt;
}

db::Value nullable(std::optional<std::int64_t> v) { return v ? db::Value(*v) : db::Value(); }

void check_workstation(Context& ctx, std::optional<std::int64_t> ws,
                       std::vector<FieldError>& errors) {
  if (ws && ctx.db.scalar("SELECT COUNT(*) FROM workstations WHERE id = ?", {*ws}) == 0)
    errors.push_back({"workstationId", "deputies.workstation_unknown", {}});
}

Response create_deputy(Context& ctx) {
  std::int64_t person = ctx.body["personId"].get<std::int64_t>();
  std::string level = ctx.body["level"].get<std::string>();
  std::int64_t term = ctx.body["term"].get<std::int64_t>();
  std::string started = ctx.body["startedOn"].get<std::string>();
  auto ws = optional_id(ctx.body, "workstationId");
  std::vector<FieldError> errors;
  if (ctx.db.scalar("SELECT COUNT(*) FROM people WHERE id = ?", {person}) == 0)
    errors.push_back({"personId", "deputies.person_unknown", {}});
  if (!is_level(level)) errors.push_back({"level", "deputies.level_unknown", {}});
  if (auto e = check_term(term)) errors.push_back({"term", *e, {}});
  if (auto e = check_past_date(started, today(ctx))) errors.push_back({"startedOn", *e, {}});
  check_workstation(ctx, ws, errors);
  if (!errors.empty()) throw invalid(errors);
  if (ctx.db.scalar("SELECT COUNT(*) FROM deputies WHERE person_id = ? AND level = ? AND "
                    "ended_on IS NULL",
                    {person, level}) > 0) {
    throw conflict("deputies.already_serving");
  }
  db::Transaction tx(ctx.db);
  std::int64_t id =
      ctx.db
          .query_one(
              "INSERT INTO deputies (person_id, level, term, constituency, workstation_id, "
              "started_on) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
              {person, level, term, ctx.body["constituency"].get<std::string>(), nullable(ws),
               started})
          ->i64("id");
  Json after = existing_deputy(ctx, id);
  ctx.audit("deputies.create", "deputy", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response update_deputy(Context& ctx) {
  std::int64_t id = ctx.id();
  Json before = existing_deputy(ctx, id);
  std::int64_t term = ctx.body["term"].get<std::int64_t>();
  auto ws = optional_id(ctx.body, "workstationId");
  std::optional<std::string> ended;
  if (ctx.body.contains("endedOn") && ctx.body["endedOn"].is_string())
    ended = ctx.body["endedOn"].get<std::string>();
  std::vector<FieldError> errors;
  if (auto e = check_term(term)) errors.push_back({"term", *e, {}});
  if (ended) {
    if (auto e = check_past_date(*ended, today(ctx)))
      errors.push_back({"endedOn", *e, {}});
    else if (auto e2 = check_end_after_start(before["startedOn"].get<std::string>(), *ended))
      errors.push_back({"endedOn", *e2, {}});
  }
  check_workstation(ctx, ws, errors);
  if (!errors.empty()) throw invalid(errors);
  db::Transaction tx(ctx.db);
  ctx.db.exec(
      "UPDATE deputies SET term = ?, constituency = ?, workstation_id = ?, ended_on = ? WHERE id = "
      "?",
      {term, ctx.body["constituency"].get<std::string>(), nullable(ws),
       ended ? db::Value(*ended) : db::Value(), id});
  Json after = existing_deputy(ctx, id);
  ctx.audit("deputies.update", "deputy", std::to_string(id), before, after);
  tx.commit();
  return Response::json(after);
}

// ---------------------------------------------------------------------------------------------
// Workstations

Json query_workstations(Context& ctx) {
  std::string where = " WHERE 1 = 1";
  db::Params params;
  std::string q = ctx.query("q");
  if (q.size() > 200) throw bad_request("request.bad_query", {{"param", "q"}});
  if (!q.empty())
    where += " AND " + http::search_clause({"w.name", "w.town", "w.address"}, q, params);
  std::string town = ctx.query("town");
  if (!town.empty()) {
    where += " AND w.town = ?";
    params.push_back(town);
  }
  std::string collate(ctx.db.pinyin_collation());
  Json out = Json::array();
  for (const auto& r :
       ctx.db.query(std::string("SELECT ") + kWorkstationColumns + where + kWorkstationGroup +
                        " ORDER BY w.town" + collate + ", w.name" + collate + ", w.id",
                    params)) {
    out.push_back(workstation_row_json(r));
  }
  return out;
}

Response list_workstations(Context& ctx) { return Response::json(query_workstations(ctx)); }

Response export_workstations(Context& ctx) {
  Json items = query_workstations(ctx);
  bool en = english(ctx);
  std::vector<excel::Column> cols = {{en ? "Name" : "名称", "name", 32},
                                     {en ? "Town / street" : "镇（街道）", "town", 14},
                                     {en ? "Address" : "地址", "address", 40},
                                     {en ? "Contact" : "联系人", "contactName", 12},
                                     {en ? "Phone" : "联系电话", "contactPhone", 16},
                                     {en ? "Deputies" : "代表人数", "deputyCount", 10},
                                     {en ? "Party members" : "党员代表", "partyMemberCount", 10}};
  return http::audited_xlsx(ctx, "workstations.export", "workstation",
                            en ? "workstations" : "代表工作室", cols, items);
}

std::optional<std::string> check_contact_phone(std::string_view phone) {
  if (phone.empty()) return std::nullopt;
  int digits = 0;
  for (char c : phone) {
    if (c >= '0' && c <= '9')
      ++digits;
    else if (c != '-' && c != ' ')
      return "workstation.phone_format";
  }
  if (digits < 7 || digits > 20) return "workstation.phone_format";
  return std::nullopt;
}

Response save_workstation(Context& ctx, std::optional<std::int64_t> id) {
  std::optional<Json> before;
  if (id) {
    before = workstation_json(ctx.db, *id);
    if (!before) throw not_found("workstation.not_found");
  }
  std::string name = ctx.body["name"].get<std::string>();
  std::string phone = ctx.body.value("contactPhone", "");
  if (auto e = check_contact_phone(phone)) throw invalid_field("contactPhone", *e);
  if (ctx.db.scalar("SELECT COUNT(*) FROM workstations WHERE name = ? AND id <> ?",
                    {name, id.value_or(0)}) > 0) {
    throw conflict("workstation.name_taken");
  }
  db::Params values = {name, ctx.body["town"].get<std::string>(),
                       ctx.body["address"].get<std::string>(), ctx.body.value("contactName", ""),
                       phone};
  db::Transaction tx(ctx.db);
  if (id) {
    values.push_back(*id);
    ctx.db.exec(
        "UPDATE workstations SET name = ?, town = ?, address = ?, contact_name = ?, "
        "contact_phone = ? WHERE id = ?",
        values);
  } else {
    values.push_back(ctx.now);
    id = ctx.db
             .query_one(
                 "INSERT INTO workstations (name, town, address, contact_name, contact_phone, "
                 "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                 values)
             ->i64("id");
  }
  Json after = *workstation_json(ctx.db, *id);
  ctx.audit(before ? "workstations.update" : "workstations.create", "workstation",
            std::to_string(*id), before ? *before : Json(), after);
  tx.commit();
  return Response::json(after, before ? 200 : 201);
}

// ---------------------------------------------------------------------------------------------
// Coverage

Json coverage_json(const Coverage& c, bool show_missing) {
  Json missing = Json::array();
  if (show_missing) {
    for (const auto& m : c.missing)
      missing.push_back({{"personId", m.person_id}, {"name", m.name}});
  }
  Json rate = c.permille ? Json(static_cast<double>(*c.permille) / 10.0) : Json();
  return {{"covered", c.covered},
          {"total", c.total},
          {"rate", rate},
          {"percent", rate},
          {"fraction", std::to_string(c.covered) + "/" + std::to_string(c.total)},
          {"missingCount", static_cast<std::int64_t>(c.missing.size())},
          {"missing", missing}};
}

Response coverage(Context& ctx) {
  auto facts = coverage_facts(ctx.db);
  bool all = sees_all(ctx);  // a deputy sees the figures, not the names
  return Response::json({{"organizational", coverage_json(organizational_coverage(facts), all)},
                         {"work", coverage_json(work_coverage(facts), all)}});
}

}  // namespace

std::vector<Route> deputy_routes() {
  using http::Method;
  const std::string tag = "deputies";
  auto filters = http::list_query({{"level", "string", "province, city, district or town"},
                                   {"workstationId", "integer", "deputy workstation"},
                                   {"party", "integer", "1 party members, 0 the others"},
                                   {"status", "string", "serving (default), ended or all"}});
  auto ws_query = std::vector<http::QueryParam>{{"q", "string", "name, town or address"},
                                                {"town", "string", "town or street"}};
  auto ws_fields = [] {
    return http::body({http::str("name").req().len(1, 60), http::str("town").req().len(1, 30),
                       http::str("address").req().len(1, 200), http::str("contactName").len(0, 32),
                       http::str("contactPhone").len(0, 20)});
  };
  std::vector<std::string> level_codes;
  for (const auto& l : levels()) level_codes.emplace_back(l.code);
  return {
      {.method = Method::get,
       .path = "/api/deputies",
       .permission = "deputies.read",
       .summary = "List deputies (page, sort by pinyin, filter by level, workstation, party)",
       .tag = tag,
       .query = filters,
       .handler = list_deputies},
      {.method = Method::get,
       .path = "/api/deputies/export",
       .permission = "deputies.read",
       .summary = "Export the filtered deputies to .xlsx",
       .tag = tag,
       .query = filters,
       .handler = export_deputies},
      {.method = Method::get,
       .path = "/api/deputies/summary",
       .permission = "deputies.read",
       .summary = "Serving deputies by level, party members and workstations",
       .tag = tag,
       .handler = summary},
      {.method = Method::get,
       .path = "/api/deputies/{id}",
       .permission = "deputies.read",
       .summary = "A deputy's card: person (masked), roles, branches, liaisons, recent contacts",
       .tag = tag,
       .handler = deputy_card},
      {.method = Method::post,
       .path = "/api/deputies",
       .permission = "deputies.manage",
       .summary = "Record a person as a deputy at a level",
       .tag = tag,
       .body = http::body({http::integer("personId").req().range(1, INT64_MAX),
                           http::str("level").req().options(level_codes),
                           http::integer("term").req(), http::str("constituency").req().len(1, 60),
                           http::integer("workstationId").null_ok().range(1, INT64_MAX),
                           http::str("startedOn").req().len(10, 10)}),
       .handler = create_deputy},
      {.method = Method::put,
       .path = "/api/deputies/{id}",
       .permission = "deputies.manage",
       .summary = "Edit a deputy's term, constituency, workstation or end date",
       .tag = tag,
       .body = http::body({http::integer("term").req(), http::str("constituency").req().len(1, 60),
                           http::integer("workstationId").null_ok().range(1, INT64_MAX),
                           http::str("endedOn").null_ok().len(10, 10)}),
       .handler = update_deputy},
      {.method = Method::get,
       .path = "/api/workstations",
       .permission = "deputies.read",
       .summary = "Deputy workstations with their deputy counts",
       .tag = tag,
       .query = ws_query,
       .handler = list_workstations},
      {.method = Method::get,
       .path = "/api/workstations/export",
       .permission = "deputies.read",
       .summary = "Export the deputy workstations to .xlsx",
       .tag = tag,
       .query = ws_query,
       .handler = export_workstations},
      {.method = Method::post,
       .path = "/api/workstations",
       .permission = "deputies.manage",
       .summary = "Create a deputy workstation",
       .tag = tag,
       .body = ws_fields(),
       .handler = [](Context& c) { return save_workstation(c, std::nullopt); }},
      {.method = Method::put,
       .path = "/api/workstations/{id}",
       .permission = "deputies.manage",
       .summary = "Edit a deputy workstation",
       .tag = tag,
       .body = ws_fields(),
       .handler = [](Context& c) { return save_workstation(c, c.id()); }},
      {.method = Method::get,
       .path = "/api/coverage",
       .permission = "deputies.read",
       .summary = "The two coverages (R1.5): party deputies in functional branches, non-party "
                  "deputies with a liaison",
       .tag = tag,
       .handler = coverage},
  };
}

}  // namespace md::deputies
