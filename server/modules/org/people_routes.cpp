// The people registry (R1.2), memberships (R1.3) and transfers (组织关系转接).
#include "modules/org/routes.hpp"
#include "modules/org/rules.hpp"
#include "modules/org/store.hpp"
#include "platform/auth/scope.hpp"
#include "platform/core/app.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::org {
using http::Context;
using http::Json;
using http::Response;
using http::Route;

const std::vector<RosterColumn>& roster_columns() {
  static const std::vector<RosterColumn> cols = {
      {"name", "姓名", "Name", 12},
      {"genderName", "性别", "Gender", 8},
      {"ethnicity", "民族", "Ethnicity", 10},
      {"birthDate", "出生日期", "Birth date", 13},
      {"idCard", "身份证号", "ID card number", 22},
      {"phone", "手机号", "Phone", 15},
      {"politicalStatusName", "政治面貌", "Political status", 14},
      {"joinedPartyOn", "入党日期", "Joined the Party", 13},
      {"unit", "工作单位", "Work unit", 24},
      {"post", "职务", "Post", 14},
      {"primaryUnitName", "所属组织", "Organization", 28},
      {"primaryRoleName", "组织职务", "Role in organization", 12},
  };
  return cols;
}

namespace {

bool en(const Context& ctx) { return ctx.lang == i18n::Lang::en; }

std::string in_list(const std::set<std::int64_t>& ids) {
  if (ids.empty()) return "(NULL)";
  std::string s = "(";
  for (auto id : ids) s += (s.size() > 1 ? "," : "") + std::to_string(id);
  return s + ")";
}

// Driven from memberships (indexed by unit), so a branch's roster never scans everybody.
std::string members_of(const std::set<std::int64_t>& units) {
  return " AND p.id IN (SELECT sm.person_id FROM memberships sm WHERE sm.ended_on IS NULL AND "
         "sm.org_unit_id IN " +
         in_list(units) + ")";
}

struct PeopleFilter {
  std::string where = " WHERE 1 = 1";
  db::Params params;
};

PeopleFilter people_filter(Context& ctx, const std::string& q) {
  PeopleFilter f;
  if (auto units = readable_units(ctx)) f.where += members_of(*units);
  if (!q.empty()) {
    f.where += " AND " + http::search_clause({"p.name", "p.name_initials", "p.unit"}, q, f.params);
  }
  std::string unit = ctx.query("orgUnitId");
  if (!unit.empty()) {
    if (unit.size() > 15 || unit.find_first_not_of("0123456789") != std::string::npos) {
      throw bad_request("request.bad_query", {{"param", "orgUnitId"}});
    }
    f.where += members_of(auth::org_subtree(ctx.db, std::stoll(unit)));
  }
  std::string status = ctx.query("politicalStatus");
  if (!status.empty()) {
    if (!one_of(political_statuses(), status)) {
      throw bad_request("request.bad_query", {{"param", "politicalStatus"}});
    }
    f.where += " AND p.political_status = ?";
    f.params.push_back(status);
  }
  std::string gender = ctx.query("gender");
  if (!gender.empty()) {
    if (gender != "M" && gender != "F")
      throw bad_request("request.bad_query", {{"param", "gender"}});
    f.where += " AND p.gender = ?";
    f.params.push_back(gender);
  }
  return f;
}

http::ListParams people_list_params(const Context& ctx, std::int64_t max_rows) {
  // name_key (ICU pinyin sort key, indexed) gives pinyin order straight from the index.
  return http::parse_list(ctx,
                          {{"name", "p.name_key"},
                           {"birthDate", "p.birth_date"},
                           {"joinedPartyOn", "p.joined_party_on"},
                           {"createdAt", "p.created_at"}},
                          "name", max_rows);
}

Response list_people(Context& ctx) {
  auto p = people_list_params(ctx, 100);
  PeopleFilter f = people_filter(ctx, p.q);
  std::int64_t total = ctx.db.scalar("SELECT COUNT(*) FROM people p" + f.where, f.params);
  // Two steps: the page's ids from people alone (the planner can walk the pinyin index and
  // stop after one page), then the joined details for just those ids.
  db::Params params = f.params;
  params.push_back(p.page_size);
  params.push_back(p.offset());
  std::vector<std::int64_t> ids;
  for (const auto& row : ctx.db.query("SELECT p.id FROM people p" + f.where + " ORDER BY " +
                                          p.order_by + ", p.id LIMIT ? OFFSET ?",
                                      params)) {
    ids.push_back(row.i64("id"));
  }
  Json items = Json::array();
  if (!ids.empty()) {
    std::map<std::int64_t, Json> by_id;
    for (const auto& row :
         ctx.db.query(std::string("SELECT ") + kPersonColumns + " WHERE p.id IN " +
                      in_list(std::set<std::int64_t>(ids.begin(), ids.end())))) {
      by_id.emplace(row.i64("id"), person_row_json(row, en(ctx)));
    }
    for (auto id : ids) items.push_back(std::move(by_id[id]));
  }
  return Response::json(http::page_json(items, total, p));
}

// The roster as .xlsx with exactly the columns the import reads. Those who maintain the
// roster (people.import) get the full ID card and phone so the file can be edited and imported
// again; everyone else gets the masked values. Either way the export is audited.
Response export_people(Context& ctx) {
  auto p = people_list_params(ctx, 20000);
  p.page_size = 20000;
  p.page = 1;
  PeopleFilter f = people_filter(ctx, p.q);
  bool full = ctx.me().can("people.import");
  bool e = en(ctx);
  Json items = Json::array();
  db::Params params = f.params;
  params.push_back(p.page_size);
  for (const auto& row :
       ctx.db.query(std::string("SELECT p.id_card_enc, p.phone_enc, ") + kPersonColumns + f.where +
                        " ORDER BY " + p.order_by + ", p.id LIMIT ?",
                    params)) {
    Json item = person_row_json(row, e);
    if (full) {
      item["idCard"] = ctx.app.cipher().decrypt(row.str("id_card_enc")).value_or("");
      std::string phone = row.str("phone_enc");
      item["phone"] = phone.empty() ? "" : ctx.app.cipher().decrypt(phone).value_or("");
    }
    if (item["joinedPartyOn"].is_null()) item["joinedPartyOn"] = "";
    item["primaryUnitName"] = item["primaryUnit"].is_null() ? "" : item["primaryUnit"]["name"];
    item["primaryRoleName"] =
        item["primaryRole"].is_null() ? "" : role_name(item["primaryRole"].get<std::string>(), e);
    items.push_back(std::move(item));
  }
  std::vector<excel::Column> cols;
  for (const auto& c : roster_columns()) cols.push_back({e ? c.en : c.zh, c.key, c.width});
  db::Transaction tx(ctx.db);
  ctx.audit("people.export", "person", "", nullptr,
            {{"rows", items.size()}, {"personalData", full ? "full" : "masked"}});
  tx.commit();
  return http::xlsx_response(e ? "people" : "人员名册", cols, items, ctx.now);
}

Json existing_person(Context& ctx, std::int64_t id) {
  auto p = person_json(ctx.db, id, en(ctx));
  if (!p) throw not_found("people.not_found");
  return *p;
}

Response get_person(Context& ctx) {
  std::int64_t id = ctx.id();
  Json p = existing_person(ctx, id);
  if (auto units = readable_units(ctx)) {
    bool seen = false;
    for (auto u : person_units(ctx.db, id)) seen = seen || units->count(u) > 0;
    if (!seen) throw forbidden("org.outside_scope");
  }
  return Response::json(person_detail_json(ctx.db, p));
}

PersonInput input_from_body(const Json& b) {
  auto text = [&](const char* k) {
    return b.contains(k) && b[k].is_string() ? b[k].get<std::string>() : std::string();
  };
  PersonInput p{text("name"),   text("gender"), text("ethnicity"),       text("birthDate"),
                text("idCard"), text("phone"),  text("politicalStatus"), text("joinedPartyOn"),
                text("unit"),   text("post")};
  if (p.id_card.size() == 18 && p.id_card[17] == 'x') p.id_card[17] = 'X';
  return p;
}

std::optional<std::int64_t> org_unit_of(const Json& b) {
  if (b.contains("orgUnitId") && b["orgUnitId"].is_number_integer()) {
    return b["orgUnitId"].get<std::int64_t>();
  }
  return std::nullopt;
}

bool whole_scope(const Context& ctx) {
  for (const auto& r : ctx.me().roles) {
    if (whole_scope_roles().count(r)) return true;
  }
  return false;
}

// Checks the unit a person is placed in; adds field errors or throws 403.
void check_unit_field(Context& ctx, std::int64_t unit, std::vector<FieldError>& errors) {
  auto u = find_unit(ctx.db, unit);
  if (!u) {
    errors.push_back({"orgUnitId", "org.unit_unknown", {}});
  } else if (u->retired) {
    errors.push_back({"orgUnitId", "org.unit_retired", {}});
  } else {
    require_unit_scope(ctx, unit);
  }
}

void check_duplicate(Context& ctx, const PersonInput& p, std::int64_t self,
                     std::vector<FieldError>& errors) {
  for (const auto& e : errors) {
    if (e.field == "idCard") return;
  }
  auto other = person_by_id_card(ctx.db, ctx.app.cipher(), p.id_card);
  if (other && *other != self) errors.push_back({"idCard", "people.id_card_duplicate", {}});
}

Response create_person_route(Context& ctx) {
  PersonInput p = input_from_body(ctx.body);
  auto unit = org_unit_of(ctx.body);
  std::vector<FieldError> errors = validate_person(p, today(ctx));
  if (unit) {
    check_unit_field(ctx, *unit, errors);
  } else if (!whole_scope(ctx)) {
    errors.push_back({"orgUnitId", "validation.required", {}});
  }
  check_duplicate(ctx, p, 0, errors);
  if (!errors.empty()) throw invalid(errors);
  db::Transaction tx(ctx.db);
  std::int64_t id = 0;
  try {
    id = create_person(ctx.db, ctx.app.cipher(), p, ctx.now);
  } catch (const db::DbError& e) {
    if (e.unique_violation) throw invalid_field("idCard", "people.id_card_duplicate");
    throw;
  }
  if (unit) add_membership(ctx.db, id, *unit, ctx.body.value("role", "member"), true, today(ctx));
  Json after = existing_person(ctx, id);
  ctx.audit("people.create", "person", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(person_detail_json(ctx.db, after), 201);
}

Response update_person_route(Context& ctx) {
  std::int64_t id = ctx.id();
  Json before = existing_person(ctx, id);
  if (!may_manage_person(ctx, id)) throw forbidden("org.outside_scope");
  PersonInput p = input_from_body(ctx.body);
  // Left-out secrets keep their stored values, decrypted only here to validate and re-store.
  auto stored = ctx.db.query_one("SELECT id_card_enc, phone_enc FROM people WHERE id = ?", {id});
  if (p.id_card.empty())
    p.id_card = ctx.app.cipher().decrypt(stored->str("id_card_enc")).value_or("");
  if (!ctx.body.contains("phone") && !stored->str("phone_enc").empty()) {
    p.phone = ctx.app.cipher().decrypt(stored->str("phone_enc")).value_or("");
  }
  auto unit = org_unit_of(ctx.body);
  std::vector<FieldError> errors = validate_person(p, today(ctx));
  bool place = unit && !current_primary(ctx.db, id);  // only a person without a branch yet
  if (place) check_unit_field(ctx, *unit, errors);
  check_duplicate(ctx, p, id, errors);
  if (!errors.empty()) throw invalid(errors);
  db::Transaction tx(ctx.db);
  try {
    update_person(ctx.db, ctx.app.cipher(), id, p, ctx.now);
  } catch (const db::DbError& e) {
    if (e.unique_violation) throw invalid_field("idCard", "people.id_card_duplicate");
    throw;
  }
  if (place) add_membership(ctx.db, id, *unit, ctx.body.value("role", "member"), true, today(ctx));
  Json after = existing_person(ctx, id);
  ctx.audit("people.update", "person", std::to_string(id), before, after);
  tx.commit();
  return Response::json(person_detail_json(ctx.db, after));
}

Response reveal_person(Context& ctx) {
  std::int64_t id = ctx.id();
  auto row = ctx.db.query_one("SELECT id_card_enc, phone_enc FROM people WHERE id = ?", {id});
  if (!row) throw not_found("people.not_found");
  if (!may_manage_person(ctx, id)) throw forbidden("org.outside_scope");
  auto id_card = ctx.app.cipher().decrypt(row->str("id_card_enc"));
  std::string phone_enc = row->str("phone_enc");
  auto phone =
      phone_enc.empty() ? std::optional<std::string>("") : ctx.app.cipher().decrypt(phone_enc);
  if (!id_card || !phone) throw ApiError(500, "server.internal");
  db::Transaction tx(ctx.db);
  ctx.audit("personal.reveal", "person", std::to_string(id), nullptr,
            {{"fields", Json::array({"idCard", "phone"})}});
  tx.commit();
  return Response::json({{"idCard", *id_card}, {"phone", *phone}});
}

void check_date(const std::string& field, const std::string& value, const std::string& today_) {
  if (!valid_date(value)) throw invalid_field(field, "people.date_invalid");
  if (value > today_) throw invalid_field(field, "people.date_in_future");
}

Response add_membership_route(Context& ctx) {
  std::int64_t person = ctx.id();
  existing_person(ctx, person);
  std::int64_t unit = ctx.body["orgUnitId"].get<std::int64_t>();
  std::vector<FieldError> errors;
  check_unit_field(ctx, unit, errors);
  if (!errors.empty()) throw invalid(errors);
  std::string started = ctx.body["startedOn"].get<std::string>();
  check_date("startedOn", started, today(ctx));
  bool primary = ctx.body.value("isPrimary", false);
  if (is_current_member(ctx.db, person, unit)) throw conflict("org.already_member");
  if (primary && current_primary(ctx.db, person)) throw conflict("org.primary_exists");
  db::Transaction tx(ctx.db);
  std::int64_t id =
      add_membership(ctx.db, person, unit, ctx.body["role"].get<std::string>(), primary, started);
  Json after = membership_json(ctx.db, id, en(ctx));
  ctx.audit("memberships.create", "membership", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response end_membership_route(Context& ctx) {
  auto m = find_membership(ctx.db, ctx.id());
  if (!m) throw not_found("org.membership_not_found");
  require_unit_scope(ctx, m->org_unit_id);
  if (m->ended_on) throw conflict("org.membership_ended");
  std::string ended = ctx.body["endedOn"].get<std::string>();
  check_date("endedOn", ended, today(ctx));
  if (ended < m->started_on) throw invalid_field("endedOn", "org.end_before_start");
  Json before = membership_json(ctx.db, m->id, en(ctx));
  db::Transaction tx(ctx.db);
  end_membership(ctx.db, m->id, ended);
  Json after = membership_json(ctx.db, m->id, en(ctx));
  ctx.audit("memberships.end", "membership", std::to_string(m->id), before, after);
  tx.commit();
  return Response::json(after);
}

// 组织关系转接: the current primary membership ends, a new one starts in the destination
// branch, and the transfer is recorded — one transaction, one audit record.
Response transfer_person(Context& ctx) {
  std::int64_t person = ctx.id();
  existing_person(ctx, person);
  if (!may_manage_person(ctx, person)) throw forbidden("org.outside_scope");
  std::int64_t to = ctx.body["toUnitId"].get<std::int64_t>();
  auto unit = find_unit(ctx.db, to);
  if (!unit) throw invalid_field("toUnitId", "org.unit_unknown");
  if (unit->retired) throw invalid_field("toUnitId", "org.unit_retired");
  std::string on = ctx.body["transferredOn"].get<std::string>();
  check_date("transferredOn", on, today(ctx));
  std::string reason = ctx.body["reason"].get<std::string>();
  auto from = current_primary(ctx.db, person);
  if (from && from->org_unit_id == to) throw invalid_field("toUnitId", "org.same_unit");
  if (from && on < from->started_on) throw invalid_field("transferredOn", "org.end_before_start");
  Json before = {{"primaryUnitId", from ? Json(from->org_unit_id) : Json()}};
  db::Transaction tx(ctx.db);
  if (from) end_membership(ctx.db, from->id, on);
  // A functional-branch membership in the destination becomes the primary one.
  for (const auto& r : ctx.db.query("SELECT id FROM memberships WHERE person_id = ? AND "
                                    "org_unit_id = ? AND ended_on IS NULL",
                                    {person, to})) {
    end_membership(ctx.db, r.i64("id"), on);
  }
  std::int64_t mid = add_membership(ctx.db, person, to, "member", true, on);
  std::int64_t tid = insert_transfer(
      ctx.db, person, from ? std::optional<std::int64_t>(from->org_unit_id) : std::nullopt, to, on,
      reason, ctx.me().user_id, ctx.now);
  ctx.audit("people.transfer", "person", std::to_string(person), before,
            {{"primaryUnitId", to},
             {"membershipId", mid},
             {"transferId", tid},
             {"transferredOn", on},
             {"reason", reason}});
  tx.commit();
  return Response::json(person_detail_json(ctx.db, existing_person(ctx, person)));
}

}  // namespace

std::vector<Route> people_routes() {
  using http::Method;
  const std::string tag = "org";
  // On edit the ID card may be left out (kept as stored): officers only ever see it masked.
  auto person_fields = [](bool create) {
    auto id_card = http::str("idCard").len(0, 32);
    if (create) id_card.req();
    return http::body(
        {http::str("name").req().len(1, 32), http::str("gender").req().options({"M", "F"}),
         http::str("ethnicity").req().len(1, 20), http::str("birthDate").req().len(0, 20), id_card,
         http::str("phone").len(0, 20),
         http::str("politicalStatus").req().options(political_statuses()),
         http::str("joinedPartyOn").null_ok().len(0, 20), http::str("unit").len(0, 100),
         http::str("post").len(0, 50), http::integer("orgUnitId").null_ok().range(1, INT64_MAX),
         http::str("role").options(membership_roles())});
  };
  auto filters = http::list_query({{"orgUnitId", "integer", "org unit (with its subtree)"},
                                   {"politicalStatus", "string", "political status code"},
                                   {"gender", "string", "M or F"}});
  return {
      {.method = Method::get,
       .path = "/api/people",
       .permission = "org.read",
       .summary = "List people (page, pinyin sort, search by name, initials or unit)",
       .tag = tag,
       .query = filters,
       .handler = list_people},
      {.method = Method::get,
       .path = "/api/people/export",
       .permission = "org.read",
       .summary = "Export the filtered people to .xlsx (the columns the import reads)",
       .tag = tag,
       .query = filters,
       .handler = export_people},
      {.method = Method::get,
       .path = "/api/people/{id}",
       .permission = "org.read",
       .summary = "A person with memberships, transfers and deputy roles",
       .tag = tag,
       .handler = get_person},
      {.method = Method::post,
       .path = "/api/people",
       .permission = "org.manage",
       .summary = "Register a person (ID card checked against GB 11643)",
       .tag = tag,
       .body = person_fields(true),
       .handler = create_person_route},
      {.method = Method::put,
       .path = "/api/people/{id}",
       .permission = "org.manage",
       .summary = "Edit a person (idCard / phone left out: kept as stored; phone \"\": removed)",
       .tag = tag,
       .body = person_fields(false),
       .handler = update_person_route},
      {.method = Method::post,
       .path = "/api/people/{id}/reveal",
       .permission = "personal.reveal",
       .summary = "Show a person's full ID card and phone (audited)",
       .tag = tag,
       .handler = reveal_person},
      {.method = Method::post,
       .path = "/api/people/import",
       .permission = "people.import",
       .summary = "Import people from an .xlsx roster (mode=all or valid), row-by-row report",
       .tag = tag,
       .query = {{"mode", "string", "all (default: nothing unless every row is valid) or valid"}},
       .raw_body = true,
       .handler = import_people},
      {.method = Method::get,
       .path = "/api/people/import/template",
       .permission = "people.import",
       .summary = "The roster import template (.xlsx with an example row and a Notes sheet)",
       .tag = tag,
       .handler = people_import_template},
      {.method = Method::post,
       .path = "/api/people/{id}/memberships",
       .permission = "org.manage",
       .summary = "Add a membership (primary branch or functional branch)",
       .tag = tag,
       .body = http::body({http::integer("orgUnitId").req().range(1, INT64_MAX),
                           http::str("role").req().options(membership_roles()),
                           http::boolean("isPrimary"), http::str("startedOn").req().len(0, 20)}),
       .handler = add_membership_route},
      {.method = Method::post,
       .path = "/api/memberships/{id}/end",
       .permission = "org.manage",
       .summary = "End a membership",
       .tag = tag,
       .body = http::body({http::str("endedOn").req().len(0, 20)}),
       .handler = end_membership_route},
      {.method = Method::post,
       .path = "/api/people/{id}/transfer",
       .permission = "org.manage",
       .summary = "Transfer a person's primary membership to another branch (组织关系转接)",
       .tag = tag,
       .body = http::body({http::integer("toUnitId").req().range(1, INT64_MAX),
                           http::str("transferredOn").req().len(0, 20),
                           http::str("reason").req().len(1, 200)}),
       .handler = transfer_person},
  };
}

}  // namespace md::org
