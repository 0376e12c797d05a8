// Meetings with minutes (R2.1) and their attendance (R2.2, R2.4): the expected list is taken
// from the branch roster when the meeting is created; officers correct it with a reason.
#include "modules/orglife/permissions.hpp"
#include "modules/orglife/routes.hpp"
#include "modules/orglife/store.hpp"
#include "platform/auth/scope.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"
#include "platform/files/attachments.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::orglife {
using http::Context;
using http::Response;
using http::Route;

void require_scope(Context& ctx, std::int64_t org_unit_id) {
  if (!auth::scope_covers(ctx.db, ctx.me(), org_unit_id, whole_scope_roles())) {
    throw forbidden("orglife.out_of_scope");
  }
}

namespace {

const std::vector<std::string> kAttendance = {"present", "absent", "excused"};

struct Filter {
  std::string where = " FROM meetings m JOIN org_units u ON u.id = m.org_unit_id WHERE 1 = 1";
  db::Params params;
};

Filter meeting_filter(Context& ctx, const std::string& q) {
  Filter f;
  std::string unit = ctx.query("orgUnitId");
  if (!unit.empty()) {
    if (unit.size() > 15 || unit.find_first_not_of("0123456789") != std::string::npos) {
      throw bad_request("request.bad_query", {{"param", "orgUnitId"}});
    }
    auto id = std::stoll(unit);
    require_scope(ctx, id);
    f.where += " AND m.org_unit_id IN " + subtree_sql_list(ctx.db, id);
  } else if (!auth::scope_covers(ctx.db, ctx.me(), std::nullopt, whole_scope_roles())) {
    // Without a unit, a branch officer lists their own subtree.
    f.where += " AND m.org_unit_id IN " + subtree_sql_list(ctx.db, ctx.me().org_unit_id);
  }
  std::string type = ctx.query("type");
  if (!type.empty()) {
    if (!is_meeting_type(type)) throw bad_request("request.bad_query", {{"param", "type"}});
    f.where += " AND m.type = ?";
    f.params.push_back(type);
  }
  for (auto [name, op] : {std::pair{"from", ">="}, std::pair{"to", "<="}}) {
    std::string d = ctx.query(name);
    if (d.empty()) continue;
    if (!china_day_start(d)) throw bad_request("request.bad_query", {{"param", name}});
    f.where += std::string(" AND m.meeting_date ") + op + " ?";
    f.params.push_back(d);
  }
  std::string status = ctx.query("status");
  if (!status.empty()) {
    if (status != "planned" && status != "closed") {
      throw bad_request("request.bad_query", {{"param", "status"}});
    }
    f.where += " AND m.status = ?";
    f.params.push_back(status);
  }
  if (!q.empty()) {
    f.where +=
        " AND " + http::search_clause({"m.title", "m.place", "m.host", "u.name"}, q, f.params);
  }
  return f;
}

http::ListParams list_params(const Context& ctx, std::int64_t max_rows) {
  return http::parse_list(ctx,
                          {{"startsAt", "m.starts_at"},
                           {"type", "m.type"},
                           {"orgUnit", "u.name" + std::string(ctx.db.pinyin_collation())}},
                          "startsAt", max_rows);
}

http::Page query_meetings(Context& ctx, const http::ListParams& p) {
  auto f = meeting_filter(ctx, p.q);
  return http::query_page(ctx.db, "m.id", f.where, f.params, p, "m.id", [&](const db::Row& r) {
    return meeting_json(ctx.db, load_meeting(ctx.db, r.i64("id")));
  });
}

Response list_meetings(Context& ctx) {
  auto p = list_params(ctx, 100);
  auto page = query_meetings(ctx, p);
  return Response::json(http::page_json(page.items, page.total, p));
}

Response export_meetings(Context& ctx) {
  auto p = list_params(ctx, 10000);
  p.page_size = 10000;
  auto page = query_meetings(ctx, p);
  bool en = ctx.lang == i18n::Lang::en;
  for (auto& m : page.items) {
    m["typeText"] = ctx.t("orglife.type." + m["type"].get<std::string>());
    m["time"] = http::china_time(m["startsAt"].get<std::int64_t>());
  }
  std::vector<excel::Column> cols = {
      {en ? "Branch" : "支部", "orgUnitName", 24}, {en ? "Type" : "类型", "typeText", 14},
      {en ? "Title" : "主题", "title", 32},        {en ? "Time" : "时间", "time", 18},
      {en ? "Place" : "地点", "place", 18},        {en ? "Host" : "主持人", "host", 10},
      {en ? "Expected" : "应到", "expected", 8},   {en ? "Present" : "实到", "present", 8},
      {en ? "Absent" : "缺席", "absent", 8}};
  return http::audited_xlsx(ctx, "meetings.export", "meeting", en ? "meetings" : "组织生活", cols,
                            page.items);
}

Json attendance_json(db::Connection& conn, std::int64_t meeting_id) {
  Json out = Json::array();
  for (const auto& r : conn.query(
           "SELECT a.person_id, p.name, a.status, a.reason, a.voting, a.signed_in_at, a.method, "
           "u.display_name AS corrected_by, a.correction_reason FROM meeting_attendance a JOIN "
           "people p ON p.id = a.person_id LEFT JOIN users u ON u.id = a.corrected_by WHERE "
           "a.meeting_id = ? ORDER BY p.name" +
               std::string(conn.pinyin_collation()) + ", a.person_id",
           {meeting_id})) {
    out.push_back(
        {{"personId", r.i64("person_id")},
         {"name", r.str("name")},
         {"status", r.str("status")},
         {"reason", r.str("reason")},
         {"voting", r.i64("voting") != 0},
         {"signedInAt", r.opt_i64("signed_in_at") ? Json(r.i64("signed_in_at")) : Json()},
         {"method", r.opt_str("method") ? Json(r.str("method")) : Json()},
         {"correctedBy", r.opt_str("corrected_by") ? Json(r.str("corrected_by")) : Json()},
         {"correctionReason", r.str("correction_reason")}});
  }
  return out;
}

Json detail_json(db::Connection& conn, const Meeting& m) {
  Json out = meeting_json(conn, m);
  auto [present, expected] = voting_present_expected(conn, m.id);
  bool voted = m.yes.has_value();
  out["minutes"] = {
      {"topics", m.topics},
      {"speeches", m.speeches},
      {"resolutions", m.resolutions},
      {"yes", m.yes ? Json(*m.yes) : Json()},
      {"no", m.no ? Json(*m.no) : Json()},
      {"abstain", m.abstain ? Json(*m.abstain) : Json()},
      {"votingExpected", expected},
      {"votingPresent", present},
      {"quorum", votes_resolutions(m.type) ? Json(quorum_met(present, expected)) : Json()},
      {"passed", voted ? Json(resolution_passes(static_cast<int>(*m.yes), expected)) : Json()}};
  out["attendance"] = attendance_json(conn, m.id);
  out["attachments"] = files::list_for_owner(conn, "meeting", m.id);
  return out;
}

void check_times(const Json& b) {
  if (b["endsAt"].get<std::int64_t>() <= b["startsAt"].get<std::int64_t>()) {
    throw invalid_field("endsAt", "orglife.ends_before_start");
  }
  if (b["endsAt"].get<std::int64_t>() - b["startsAt"].get<std::int64_t>() > 24 * 3600) {
    throw invalid_field("endsAt", "orglife.too_long");
  }
}

void check_votes(db::Connection& conn, const Meeting& m, const Json& b) {
  if (!b.contains("yes") || b["yes"].is_null()) return;
  if (!votes_resolutions(m.type)) throw invalid_field("yes", "orglife.no_votes_for_type");
  auto [present, expected] = voting_present_expected(conn, m.id);
  (void)expected;
  if (auto bad =
          check_vote_counts(static_cast<int>(b["yes"].get<std::int64_t>()),
                            static_cast<int>(b.value("no", std::int64_t{0})),
                            static_cast<int>(b.value("abstain", std::int64_t{0})), present)) {
    throw invalid_field("yes", *bad);
  }
}

Response create_meeting(Context& ctx) {
  const auto& b = ctx.body;
  check_times(b);
  auto unit = b["orgUnitId"].get<std::int64_t>();
  std::string type = b["type"];
  auto starts = b["startsAt"].get<std::int64_t>(), ends = b["endsAt"].get<std::int64_t>();
  db::Transaction tx(ctx.db);
  if (!ctx.db.query_one("SELECT id FROM org_units WHERE id = ?", {unit})) {
    throw invalid_field("orgUnitId", "orglife.unit_unknown");
  }
  require_scope(ctx, unit);
  if (ctx.db.scalar("SELECT COUNT(*) FROM meetings WHERE org_unit_id = ? AND type = ? AND "
                    "starts_at < ? AND ends_at > ?",
                    {unit, type, ends, starts}) > 0) {
    throw conflict("orglife.duplicate_meeting");
  }
  auto id = insert_meeting(
      ctx.db,
      {unit, type, b["title"].get<std::string>(), starts, ends, b["place"].get<std::string>(),
       b["host"].get<std::string>(), b["recorder"].get<std::string>(), b.value("village", ""),
       b.value("topics", ""), ctx.me().user_id},
      ctx.now);
  if (id == 0) throw invalid_field("orgUnitId", "orglife.no_members");
  Json after = meeting_json(ctx.db, load_meeting(ctx.db, id));
  ctx.audit("meetings.create", "meeting", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response meeting_detail(Context& ctx) {
  Meeting m = load_meeting(ctx.db, ctx.id());
  require_scope(ctx, m.org_unit_id);
  return Response::json(detail_json(ctx.db, m));
}

Response update_meeting(Context& ctx) {
  const auto& b = ctx.body;
  check_times(b);
  db::Transaction tx(ctx.db);
  Meeting m = load_meeting(ctx.db, ctx.id());
  require_scope(ctx, m.org_unit_id);
  check_votes(ctx.db, m, b);
  Json before = detail_json(ctx.db, m);
  auto opt_int = [&](const char* k) {
    return b.contains(k) && !b[k].is_null() ? db::Value(b[k].get<std::int64_t>()) : db::Value();
  };
  ctx.db.exec(
      "UPDATE meetings SET title = ?, starts_at = ?, ends_at = ?, meeting_date = ?, place = ?, "
      "host = ?, recorder = ?, village = ?, topics = ?, speeches = ?, resolutions = ?, "
      "votes_yes = ?, votes_no = ?, votes_abstain = ? WHERE id = ?",
      {b["title"].get<std::string>(), b["startsAt"].get<std::int64_t>(),
       b["endsAt"].get<std::int64_t>(), china_date(b["startsAt"].get<std::int64_t>()),
       b["place"].get<std::string>(), b["host"].get<std::string>(),
       b["recorder"].get<std::string>(), b.value("village", ""), b.value("topics", ""),
       b.value("speeches", ""), b.value("resolutions", ""), opt_int("yes"), opt_int("no"),
       opt_int("abstain"), m.id});
  Json after = detail_json(ctx.db, load_meeting(ctx.db, m.id));
  ctx.audit("meetings.update", "meeting", std::to_string(m.id), before, after);
  tx.commit();
  return Response::json(after);
}

Response close_meeting(Context& ctx) {
  db::Transaction tx(ctx.db);
  Meeting m = load_meeting(ctx.db, ctx.id());
  require_scope(ctx, m.org_unit_id);
  if (m.status == "closed") throw conflict("orglife.already_closed");
  // Whoever neither signed in nor was excused was absent without a recorded reason.
  ctx.db.exec(
      "UPDATE meeting_attendance SET status = 'absent', reason = 'unexcused' WHERE "
      "meeting_id = ? AND status = 'pending'",
      {m.id});
  ctx.db.exec(
      "UPDATE meetings SET status = 'closed', closed_at = ?, signin_nonce = NULL, "
      "signin_code_hash = NULL WHERE id = ?",
      {ctx.now, m.id});
  Json after = detail_json(ctx.db, load_meeting(ctx.db, m.id));
  ctx.audit("meetings.close", "meeting", std::to_string(m.id), {{"status", "planned"}},
            {{"status", "closed"}, {"present", after["present"]}, {"absent", after["absent"]}});
  tx.commit();
  return Response::json(after);
}

Response delete_meeting(Context& ctx) {
  db::Transaction tx(ctx.db);
  Meeting m = load_meeting(ctx.db, ctx.id());
  require_scope(ctx, m.org_unit_id);
  if (m.status != "planned" ||
      ctx.db.scalar("SELECT COUNT(*) FROM meeting_attendance WHERE meeting_id = ? AND "
                    "signed_in_at IS NOT NULL",
                    {m.id}) > 0) {
    throw conflict("orglife.delete_after_signin");
  }
  Json before = meeting_json(ctx.db, m);
  ctx.db.exec("DELETE FROM meeting_attendance WHERE meeting_id = ?", {m.id});
  ctx.db.exec("DELETE FROM meetings WHERE id = ?", {m.id});
  ctx.audit("meetings.delete", "meeting", std::to_string(m.id), before, nullptr);
  tx.commit();
  return Response::no_content();
}

Response correct_attendance(Context& ctx) {
  const auto& b = ctx.body;
  std::string status = b["status"], reason = b.value("reason", "");
  if (status == "absent" && !is_absence_reason(reason)) {
    throw invalid_field("reason", "orglife.absence_reason");
  }
  if (status == "excused" && !is_excuse_reason(reason)) {
    throw invalid_field("reason", "orglife.excuse_reason");
  }
  if (status == "present") reason.clear();
  db::Transaction tx(ctx.db);
  Meeting m = load_meeting(ctx.db, ctx.id());
  require_scope(ctx, m.org_unit_id);
  auto person = ctx.id("personId");
  auto row = ctx.db.query_one(
      "SELECT status, reason, signed_in_at, method FROM "
      "meeting_attendance WHERE meeting_id = ? AND person_id = ?",
      {m.id, person});
  if (!row) throw not_found("orglife.not_expected");
  std::string why = b.value("correctionReason", "");
  // Overriding what a member recorded themselves needs a stated reason.
  if (row->opt_i64("signed_in_at") && row->str("method") != "officer" && why.empty()) {
    throw invalid_field("correctionReason", "orglife.correction_reason_required");
  }
  Json before = {{"status", row->str("status")}, {"reason", row->str("reason")}};
  ctx.db.exec(
      "UPDATE meeting_attendance SET status = ?, reason = ?, corrected_by = ?, "
      "correction_reason = ?, signed_in_at = CASE WHEN ? = 'present' THEN COALESCE(signed_in_at, "
      "?) ELSE signed_in_at END, method = CASE WHEN ? = 'present' AND signed_in_at IS NULL THEN "
      "'officer' ELSE method END WHERE meeting_id = ? AND person_id = ?",
      {status, reason, ctx.me().user_id, why, status, ctx.now, status, m.id, person});
  Json after = {{"status", status}, {"reason", reason}, {"correctionReason", why}};
  ctx.audit("meetings.attendance", "meeting", std::to_string(m.id), before,
            {{"personId", person}, {"attendance", after}});
  tx.commit();
  return Response::json(detail_json(ctx.db, load_meeting(ctx.db, m.id)));
}

}  // namespace

std::vector<Route> meeting_routes() {
  using http::Method;
  const std::string tag = "orglife";
  auto filters = http::list_query({{"orgUnitId", "integer", "branch (and its groups)"},
                                   {"type", "string", "meeting type"},
                                   {"from", "string", "first day, YYYY-MM-DD"},
                                   {"to", "string", "last day, YYYY-MM-DD"},
                                   {"status", "string", "planned or closed"}});
  auto fields = [](bool create) {
    std::vector<http::FieldSpec> f = {http::str("title").req().len(1, 100),
                                      http::integer("startsAt").req().range(946684800, 4102444800),
                                      http::integer("endsAt").req().range(946684800, 4102444800),
                                      http::str("place").req().len(1, 100),
                                      http::str("host").req().len(1, 32),
                                      http::str("recorder").req().len(1, 32),
                                      http::str("village").len(0, 60),
                                      http::str("topics").len(0, 4000)};
    if (create) {
      f.push_back(http::integer("orgUnitId").req().range(1, INT64_MAX));
      f.push_back(http::str("type").req().options(meeting_types()));
    } else {
      f.push_back(http::str("speeches").len(0, 20000));
      f.push_back(http::str("resolutions").len(0, 4000));
      f.push_back(http::integer("yes").null_ok().range(0, 100000));
      f.push_back(http::integer("no").null_ok().range(0, 100000));
      f.push_back(http::integer("abstain").null_ok().range(0, 100000));
    }
    return http::body(f);
  };
  return {
      {.method = Method::get,
       .path = "/api/meetings",
       .permission = "orglife.read",
       .summary = "List meetings (page, sort, filter by branch, type, dates, status)",
       .tag = tag,
       .query = filters,
       .handler = list_meetings},
      {.method = Method::get,
       .path = "/api/meetings/export",
       .permission = "orglife.read",
       .summary = "Export the filtered meetings to .xlsx",
       .tag = tag,
       .query = filters,
       .handler = export_meetings},
      {.method = Method::post,
       .path = "/api/meetings",
       .permission = "orglife.manage",
       .summary = "Plan or record a meeting; the expected list comes from the branch roster",
       .tag = tag,
       .body = fields(true),
       .handler = create_meeting},
      {.method = Method::get,
       .path = "/api/meetings/{id}",
       .permission = "orglife.read",
       .summary = "A meeting with its minutes, votes and attendance",
       .tag = tag,
       .handler = meeting_detail},
      {.method = Method::put,
       .path = "/api/meetings/{id}",
       .permission = "orglife.manage",
       .summary = "Edit a meeting's details and minutes (votes checked against those present)",
       .tag = tag,
       .body = fields(false),
       .handler = update_meeting},
      {.method = Method::post,
       .path = "/api/meetings/{id}/close",
       .permission = "orglife.manage",
       .summary = "Close a meeting: whoever did not sign in and was not excused is absent",
       .tag = tag,
       .handler = close_meeting},
      {.method = Method::del,
       .path = "/api/meetings/{id}",
       .permission = "orglife.manage",
       .summary = "Delete a planned meeting nobody has signed in to",
       .tag = tag,
       .handler = delete_meeting},
      {.method = Method::put,
       .path = "/api/meetings/{id}/attendance/{personId}",
       .permission = "orglife.manage",
       .summary = "Correct one person's attendance (present / absent with reason / excused)",
       .tag = tag,
       .body =
           http::body({http::str("status").req().options(kAttendance),
                       http::str("reason").len(0, 20), http::str("correctionReason").len(0, 200)}),
       .handler = correct_attendance},
  };
}

}  // namespace md::orglife
