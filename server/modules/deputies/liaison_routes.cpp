// 党员代表联系党外代表 (R1.7): liaisons, their contact logs and overdue reminders.
#include <algorithm>

#include "modules/deputies/routes.hpp"
#include "modules/deputies/rules.hpp"
#include "modules/deputies/store.hpp"
#include "modules/org/people_api.hpp"
#include "platform/core/errors.hpp"

namespace md::deputies {
using http::Context;
using http::Json;
using http::Response;
using http::Route;

namespace {

Json existing_liaison(Context& ctx, std::int64_t id, const std::string& period) {
  auto l = liaison_json(ctx.db, id, period);
  if (!l) throw not_found("liaison.not_found");
  return *l;
}

bool is_mine(Context& ctx, const Json& liaison) {
  auto mine = my_people(ctx);
  auto has = [&](const char* side) {
    auto id = liaison[side]["personId"].get<std::int64_t>();
    return std::find(mine.begin(), mine.end(), id) != mine.end();
  };
  return has("partyDeputy") || has("nonPartyDeputy");
}

Response list_liaisons(Context& ctx) {
  std::string where = " WHERE 1 = 1";
  db::Params params;
  std::string status = ctx.query("status", "current");
  if (status == "current") {
    where += " AND l.ended_on IS NULL";
  } else if (status == "ended") {
    where += " AND l.ended_on IS NOT NULL";
  } else if (status != "all") {
    throw bad_request("request.bad_query", {{"param", "status"}});
  }
  bool mine = flag_query(ctx, "mine").value_or(false) || !sees_all(ctx);
  if (mine) {
    std::string ids = id_list(my_people(ctx));
    where += " AND (l.party_person_id IN " + ids + " OR l.nonparty_person_id IN " + ids + ")";
  }
  if (auto person = int_query(ctx, "personId")) {
    where += " AND (l.party_person_id = ? OR l.nonparty_person_id = ?)";
    params.push_back(*person);
    params.push_back(*person);
  }
  auto overdue = flag_query(ctx, "overdue");
  std::string period = current_period_start(ctx);
  std::string collate(ctx.db.pinyin_collation());
  Json out = Json::array();
  for (const auto& r :
       ctx.db.query(std::string("SELECT ") + kLiaisonColumns + where + " ORDER BY np.name" +
                        collate + ", pp.name" + collate + ", l.id",
                    params)) {
    Json l = liaison_row_json(r, period);
    if (overdue && l["overdue"].get<bool>() != *overdue) continue;
    out.push_back(std::move(l));
  }
  return Response::json(out);
}

// The two people must be serving deputies on the right sides of the party line.
void check_pair(Context& ctx, std::int64_t party, std::int64_t nonparty) {
  std::vector<FieldError> errors;
  auto party_status = serving_deputy_status(ctx.db, party);
  if (!party_status)
    errors.push_back({"partyPersonId", "liaison.not_a_deputy", {}});
  else if (!org::is_party_member(*party_status))
    errors.push_back({"partyPersonId", "liaison.not_party_member", {}});
  auto other_status = serving_deputy_status(ctx.db, nonparty);
  if (!other_status)
    errors.push_back({"nonPartyPersonId", "liaison.not_a_deputy", {}});
  else if (org::is_party_member(*other_status))
    errors.push_back({"nonPartyPersonId", "liaison.not_non_party", {}});
  if (!errors.empty()) {
    std::string code = errors.front().code;
    throw ApiError(422, code, {}, errors);
  }
  if (ctx.db.scalar("SELECT COUNT(*) FROM liaisons WHERE party_person_id = ? AND "
                    "nonparty_person_id = ? AND ended_on IS NULL",
                    {party, nonparty}) > 0) {
    throw ApiError(422, "liaison.duplicate", {},
                   {FieldError{"nonPartyPersonId", "liaison.duplicate", {}}});
  }
}

Response create_liaison(Context& ctx) {
  std::int64_t party = ctx.body["partyPersonId"].get<std::int64_t>();
  std::int64_t nonparty = ctx.body["nonPartyPersonId"].get<std::int64_t>();
  std::string assigned = ctx.body["assignedOn"].get<std::string>();
  if (auto e = check_past_date(assigned, today(ctx))) throw invalid_field("assignedOn", *e);
  check_pair(ctx, party, nonparty);
  db::Transaction tx(ctx.db);
  std::int64_t id = ctx.db
                        .query_one(
                            "INSERT INTO liaisons (party_person_id, nonparty_person_id, "
                            "assigned_on) VALUES (?, ?, ?) RETURNING id",
                            {party, nonparty, assigned})
                        ->i64("id");
  Json after = existing_liaison(ctx, id, current_period_start(ctx));
  ctx.audit("liaisons.create", "liaison", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response end_liaison(Context& ctx) {
  std::int64_t id = ctx.id();
  std::string period = current_period_start(ctx);
  Json before = existing_liaison(ctx, id, period);
  if (!before["endedOn"].is_null()) throw conflict("liaison.ended");
  std::string ended = ctx.body["endedOn"].get<std::string>();
  if (auto e = check_past_date(ended, today(ctx))) throw invalid_field("endedOn", *e);
  if (auto e = check_end_after_start(before["assignedOn"].get<std::string>(), ended))
    throw invalid_field("endedOn", *e);
  db::Transaction tx(ctx.db);
  ctx.db.exec("UPDATE liaisons SET ended_on = ? WHERE id = ?", {ended, id});
  Json after = existing_liaison(ctx, id, period);
  ctx.audit("liaisons.end", "liaison", std::to_string(id), before, after);
  tx.commit();
  return Response::json(after);
}

Json with_way_names(Context& ctx, Json logs) {
  for (auto& c : logs) c["wayName"] = ctx.t("liaison.way." + c["way"].get<std::string>());
  return logs;
}

Response list_contacts(Context& ctx) {
  std::int64_t id = ctx.id();
  Json liaison = existing_liaison(ctx, id, current_period_start(ctx));
  if (!sees_all(ctx) && !is_mine(ctx, liaison)) throw forbidden("liaison.not_yours");
  return Response::json(with_way_names(ctx, contacts_json(ctx.db, id)));
}

Response log_contact(Context& ctx) {
  std::int64_t id = ctx.id();
  std::string period = current_period_start(ctx);
  Json before = existing_liaison(ctx, id, period);
  // Leaders and clerks log on any liaison; a deputy only on their own.
  if (!ctx.me().can("liaison.manage") && !is_mine(ctx, before))
    throw forbidden("liaison.not_yours");
  if (!before["endedOn"].is_null()) throw conflict("liaison.ended");
  std::string on = ctx.body["contactedOn"].get<std::string>();
  if (auto e = check_past_date(on, today(ctx))) throw invalid_field("contactedOn", *e);
  if (on < before["assignedOn"].get<std::string>())
    throw invalid_field("contactedOn", "liaison.contact_before_assignment");
  db::Transaction tx(ctx.db);
  std::int64_t cid =
      ctx.db
          .query_one(
              "INSERT INTO contact_logs (liaison_id, contacted_on, way, content, follow_up, "
              "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
              {id, on, ctx.body["way"].get<std::string>(), ctx.body["content"].get<std::string>(),
               ctx.body.value("followUp", ""), ctx.me().user_id, ctx.now})
          ->i64("id");
  Json log;
  for (const auto& c : with_way_names(ctx, contacts_json(ctx.db, id))) {
    if (c["id"].get<std::int64_t>() == cid) log = c;
  }
  Json after = existing_liaison(ctx, id, period);
  ctx.audit("liaisons.contact", "contact_log", std::to_string(cid), nullptr, log);
  tx.commit();
  log["liaison"] = after;
  return Response::json(log, 201);
}

}  // namespace

std::vector<Route> liaison_routes() {
  using http::Method;
  const std::string tag = "deputies";
  return {
      {.method = Method::get,
       .path = "/api/liaisons",
       .permission = "deputies.read",
       .summary = "Liaisons between party and non-party deputies (a deputy sees their own)",
       .tag = tag,
       .query = {{"mine", "integer", "1: only the signed-in deputy's own"},
                 {"overdue", "integer", "1: only overdue, 0: only up to date"},
                 {"personId", "integer", "one deputy's liaisons"},
                 {"status", "string", "current (default), ended or all"}},
       .handler = list_liaisons},
      {.method = Method::post,
       .path = "/api/liaisons",
       .permission = "liaison.manage",
       .summary = "Assign a party-member deputy to a non-party deputy",
       .tag = tag,
       .body = http::body({http::integer("partyPersonId").req().range(1, INT64_MAX),
                           http::integer("nonPartyPersonId").req().range(1, INT64_MAX),
                           http::str("assignedOn").req().len(10, 10)}),
       .handler = create_liaison},
      {.method = Method::post,
       .path = "/api/liaisons/{id}/end",
       .permission = "liaison.manage",
       .summary = "End a liaison",
       .tag = tag,
       .body = http::body({http::str("endedOn").req().len(10, 10)}),
       .handler = end_liaison},
      {.method = Method::get,
       .path = "/api/liaisons/{id}/contacts",
       .permission = "deputies.read",
       .summary = "The contact logs of a liaison, newest first",
       .tag = tag,
       .handler = list_contacts},
      {.method = Method::post,
       .path = "/api/liaisons/{id}/contacts",
       .permission = "liaison.log",
       .summary = "Log a contact on a liaison (a deputy: only their own)",
       .tag = tag,
       .body = http::body(
           {http::str("contactedOn").req().len(10, 10),
            http::str("way").req().options({"visit", "phone", "meeting", "wechat", "other"}),
            http::str("content").req().len(1, 1000), http::str("followUp").len(0, 1000)}),
       .handler = log_contact},
  };
}

}  // namespace md::deputies
