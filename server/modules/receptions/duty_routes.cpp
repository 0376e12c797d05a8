// Deputies' duty records (履职档案, R9.4): per deputy and year, assembled from the data —
// meetings attended, reception days on duty, liaison contacts, votes taken part in (never what
// was chosen), opinions received and suggestions submitted — plus entries added by hand (e.g.
// epidemic duty) with evidence (owner type duty_entry). The office reads every deputy's
// record; a deputy reads their own.
#include "modules/receptions/routes.hpp"
#include "modules/receptions/store.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::receptions {
using http::Context;
using http::Json;
using http::Response;
using http::Route;

namespace {

/// The person must be (or have been) a deputy (404), and a deputy reads only their own (403).
void require_readable(Context& ctx, std::int64_t person) {
  if (ctx.db.scalar("SELECT COUNT(*) FROM deputies WHERE person_id = ?", {person}) == 0) {
    throw not_found("duty.not_found");
  }
  if (!sees_all(ctx) && my_person(ctx) != person) throw forbidden("duty.not_yours");
}

/// The serving deputies of the filters (workstation, name) with their counts of the year: the
/// list and its export share it. Names sort by pinyin.
Json query_records(Context& ctx, int year, const http::ListParams& p, std::int64_t* total) {
  std::string where =
      " FROM people p WHERE p.id IN (SELECT person_id FROM deputies WHERE "
      "ended_on IS NULL";
  db::Params params;
  if (auto ws = int_query(ctx, "workstationId")) {
    where += " AND workstation_id = ?";
    params.push_back(*ws);
  }
  where += ")";
  if (!p.q.empty())
    where += " AND " + http::search_clause({"p.name", "p.name_initials"}, p.q, params);
  if (!sees_all(ctx)) {
    auto mine = my_person(ctx);
    where += " AND p.id = ?";
    params.push_back(mine ? *mine : 0);
  }
  auto page =
      http::query_page(ctx.db, "p.id, p.name", where, params, p, "p.id", [](const db::Row& r) {
        return Json{{"personId", r.i64("id")}, {"name", r.str("name")}};
      });
  std::vector<std::int64_t> ids;
  for (const auto& item : page.items) ids.push_back(item["personId"].get<std::int64_t>());
  auto counts = duty_counts(ctx.db, ids, year);
  for (std::size_t i = 0; i < counts.size(); ++i) page.items[i]["counts"] = counts[i].second;
  *total = page.total;
  return page.items;
}

http::ListParams record_list_params(Context& ctx, int max_rows) {
  std::string collate(ctx.db.pinyin_collation());
  return http::parse_list(ctx, {{"name", "p.name" + collate}}, "name", max_rows);
}

Response list_records(Context& ctx) {
  int year = year_query(ctx);
  auto p = record_list_params(ctx, 100);
  std::int64_t total = 0;
  Json items = query_records(ctx, year, p, &total);
  auto out = http::page_json(items, total, p);
  out["year"] = year;
  return Response::json(out);
}

/// The duty records list as .xlsx (same filters): one row per deputy, one column per count.
Response export_records(Context& ctx) {
  int year = year_query(ctx);
  auto p = record_list_params(ctx, 10000);
  p.page = 1;
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = query_records(ctx, year, p, &total);
  static const char* const keys[] = {"meetings", "receptions",  "contacts", "votes",
                                     "opinions", "suggestions", "entries"};
  for (auto& r : items) {
    for (const char* k : keys) r[k] = r["counts"].value(k, 0);
    r["year"] = year;
  }
  bool en = ctx.lang == i18n::Lang::en;
  std::vector<excel::Column> cols = {{en ? "Name" : "姓名", "name", 12},
                                     {en ? "Year" : "年度", "year", 8},
                                     {en ? "Meetings" : "参加会议", "meetings", 10},
                                     {en ? "Reception days" : "接待选民日", "receptions", 12},
                                     {en ? "Liaison contacts" : "联系代表", "contacts", 10},
                                     {en ? "Votes" : "参加票决", "votes", 10},
                                     {en ? "Opinions" : "收集意见", "opinions", 10},
                                     {en ? "Suggestions" : "提出建议", "suggestions", 10},
                                     {en ? "Other duties" : "其他履职", "entries", 10}};
  return http::audited_xlsx(ctx, "duty.export", "duty_record", en ? "duty-records" : "代表履职档案",
                            cols, items);
}

Response get_record(Context& ctx) {
  int year = year_query(ctx);
  require_readable(ctx, ctx.id());
  return Response::json(duty_record(ctx.db, ctx.id(), year));
}

Response my_record(Context& ctx) {
  int year = year_query(ctx);
  auto person = my_person(ctx);
  if (!person ||
      ctx.db.scalar("SELECT COUNT(*) FROM deputies WHERE person_id = ?", {*person}) == 0) {
    return Response::json({{"hasPerson", false}, {"year", year}});
  }
  Json out = duty_record(ctx.db, *person, year);
  out["hasPerson"] = true;
  return Response::json(out);
}

Response add_entry(Context& ctx) {
  std::string date = ctx.body["entryDate"].get<std::string>();
  std::string kind = ctx.body["kind"].get<std::string>();
  std::string description = ctx.body["description"].get<std::string>();
  db::Transaction tx(ctx.db);
  require_readable(ctx, ctx.id());
  auto errors = check_entry(kind, date, today(ctx));
  if (description.find_first_not_of(" \t\r\n") == std::string::npos) {
    errors.emplace_back("description", "duty.description_required");
  }
  throw_fields(errors);
  auto id = ctx.db
                .query(
                    "INSERT INTO duty_entries (person_id, entry_date, kind, description, "
                    "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                    {ctx.id(), date, kind, description, ctx.me().user_id, ctx.now})
                .at(0)
                .i64("id");
  Json after = {{"id", id},     {"personId", ctx.id()},       {"date", date},
                {"kind", kind}, {"description", description}, {"attachments", Json::array()}};
  ctx.audit("duty.entry_add", "duty_entry", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response delete_entry(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto row = ctx.db.query_one(
      "SELECT id, person_id, entry_date, kind, description FROM duty_entries WHERE id = ?",
      {ctx.id()});
  if (!row) throw not_found("duty.entry_not_found");
  Json before = {{"id", row->i64("id")},
                 {"personId", row->i64("person_id")},
                 {"date", row->str("entry_date")},
                 {"kind", row->str("kind")},
                 {"description", row->str("description")}};
  ctx.db.exec("DELETE FROM duty_entries WHERE id = ?", {ctx.id()});
  ctx.audit("duty.entry_delete", "duty_entry", std::to_string(ctx.id()), before, nullptr);
  tx.commit();
  return Response::json({{"id", ctx.id()}, {"deleted", true}});
}

}  // namespace

std::vector<Route> duty_routes() {
  using http::Method;
  const std::string tag = "receptions";
  http::QueryParam year = {"year", "integer", "default: this year"};
  return {
      {.method = Method::get,
       .path = "/api/duty-records",
       .permission = "duty.read",
       .summary = "Serving deputies with their yearly duty counts (a deputy: only their own)",
       .tag = tag,
       .query = http::list_query({year,
                                  {"workstationId", "integer", "a workstation"},
                                  {"q", "string", "part of the name or its initials"}}),
       .handler = list_records},
      {.method = Method::get,
       .path = "/api/duty-records/export",
       .permission = "duty.read",
       .summary = "The duty records list as .xlsx with the same filters (a deputy: their own)",
       .tag = tag,
       .query = http::list_query({year,
                                  {"workstationId", "integer", "a workstation"},
                                  {"q", "string", "part of the name or its initials"}}),
       .handler = export_records},
      {.method = Method::get,
       .path = "/api/duty-records/{id}",
       .permission = "duty.read",
       .summary = "A deputy's (person id) duty record of a year (a deputy: only their own)",
       .tag = tag,
       .query = {year},
       .handler = get_record},
      {.method = Method::get,
       .path = "/api/my/duty-record",
       .permission = "duty.read",
       .summary = "My duty record of a year as a deputy",
       .tag = tag,
       .query = {year},
       .handler = my_record},
      {.method = Method::post,
       .path = "/api/duty-records/{id}/entries",
       .permission = "duty.manage",
       .summary = "Add an entry by hand to a deputy's duty record (e.g. epidemic duty)",
       .tag = tag,
       .body = http::body({http::str("entryDate").req().len(1, 10).doc("YYYY-MM-DD"),
                           http::str("kind").req().len(1, 20).doc(
                               "epidemic | inspection | research | training | service | other"),
                           http::str("description").req().len(1, 2000)}),
       .handler = add_entry},
      {.method = Method::del,
       .path = "/api/duty-entries/{id}",
       .permission = "duty.manage",
       .summary = "Delete an entry added by hand",
       .tag = tag,
       .handler = delete_entry},
  };
}

}  // namespace md::receptions
