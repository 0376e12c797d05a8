// Accountability records (R5.2): list and details for leaders and the audit administrator,
// recording and correcting by leaders, and a person's own records. Every change is audited.
#include <algorithm>

#include "modules/accountability/rules.hpp"
#include "modules/org/people_api.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/context.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"
#include "platform/http/route.hpp"

namespace md::accountability {
using http::Context;
using http::Json;
using http::Response;
using http::Route;

std::vector<Route> record_routes();

namespace {

const char* const kColumns =
    "a.id, a.person_id, p.name AS person_name, p.unit AS person_unit, a.form, a.reason, "
    "a.decided_on, a.decided_by, a.created_at, a.updated_at";
const char* const kFrom = " FROM accountability_records a JOIN people p ON p.id = a.person_id";

Json items_of(db::Connection& conn, std::int64_t id) {
  Json out = Json::array();
  for (const auto& r : conn.query(
           "SELECT c.id, c.ref_no, c.title FROM accountability_links l JOIN cases c ON c.id = "
           "l.item_id WHERE l.record_id = ? ORDER BY c.id",
           {id})) {
    out.push_back({{"id", r.i64("id")}, {"refNo", r.str("ref_no")}, {"title", r.str("title")}});
  }
  return out;
}

Json row_json(Context& ctx, const db::Row& r) {
  return {{"id", r.i64("id")},
          {"personId", r.i64("person_id")},
          {"personName", r.str("person_name")},
          {"personUnit", r.str("person_unit")},
          {"form", r.str("form")},
          {"formText", ctx.t("accountability.form." + r.str("form"))},
          {"reason", r.str("reason")},
          {"decidedOn", r.str("decided_on")},
          {"decidedBy", r.str("decided_by")}};
}

Json load(Context& ctx, std::int64_t id) {
  auto r = ctx.db.query_one(std::string("SELECT ") + kColumns + kFrom + " WHERE a.id = ?", {id});
  if (!r) throw not_found("accountability.not_found");
  auto j = row_json(ctx, *r);
  j["items"] = items_of(ctx.db, id);
  return j;
}

struct Filter {
  std::string where = std::string(kFrom) + " WHERE 1 = 1";
  db::Params params;
};

/// The list's filters (form, year, keyword), shared by the page and the export.
Filter filter_of(const Context& ctx, const std::string& q) {
  Filter f;
  if (auto form = ctx.query("form"); !form.empty()) {
    if (!is_form(form)) throw bad_request("request.bad_query", {{"param", "form"}});
    f.where += " AND a.form = ?";
    f.params.emplace_back(form);
  }
  if (auto year = ctx.query("year"); !year.empty()) {
    if (year.size() != 4 || year.find_first_not_of("0123456789") != std::string::npos) {
      throw bad_request("request.bad_query", {{"param", "year"}});
    }
    f.where += " AND a.decided_on LIKE ?";
    f.params.emplace_back(year + "-%");
  }
  if (!q.empty()) f.where += " AND " + http::search_clause({"p.name", "a.reason"}, q, f.params);
  return f;
}

Response list(Context& ctx) {
  auto p = http::parse_list(ctx, {{"decidedOn", "a.decided_on"}}, "decidedOn");
  if (ctx.query("sort").empty()) p.order_by = "a.decided_on DESC";
  auto f = filter_of(ctx, p.q);
  auto page = http::query_page(ctx.db, kColumns, f.where, f.params, p, "a.id",
                               [&](const db::Row& r) { return row_json(ctx, r); });
  return Response::json(http::page_json(page.items, page.total, p));
}

Response export_list(Context& ctx) {
  auto f = filter_of(ctx, ctx.query("q"));
  const bool en = ctx.lang == i18n::Lang::en;
  Json rows = Json::array();
  for (const auto& r : ctx.db.query(std::string("SELECT ") + kColumns + f.where +
                                        " ORDER BY a.decided_on DESC, a.id LIMIT 100000",
                                    f.params)) {
    rows.push_back(row_json(ctx, r));
  }
  const std::vector<excel::Column> cols = {{en ? "Decided on" : "处理日期", "decidedOn", 12},
                                           {en ? "Person" : "姓名", "personName", 12},
                                           {en ? "Unit" : "单位", "personUnit", 20},
                                           {en ? "Form" : "处理方式", "formText", 14},
                                           {en ? "Reason" : "事由", "reason", 50},
                                           {en ? "Decided by" : "决定机关", "decidedBy", 18}};
  return http::audited_xlsx(ctx, "accountability.export", "accountability_record",
                            en ? "accountability" : "问责处理记录", cols, rows);
}

Response details(Context& ctx) { return Response::json(load(ctx, ctx.id())); }

struct Fields {
  std::int64_t person = 0;
  std::string form, reason, decided_on, decided_by;
  std::vector<std::int64_t> items;
};

Fields read_fields(Context& ctx) {
  const auto& b = ctx.body;
  Fields f{b["personId"].get<std::int64_t>(), b["form"].get<std::string>(),
           b["reason"].get<std::string>(),    b["decidedOn"].get<std::string>(),
           b["decidedBy"].get<std::string>(), {}};
  if (b.contains("itemIds")) f.items = b["itemIds"].get<std::vector<std::int64_t>>();
  std::vector<FieldError> errors;
  for (auto& [field, code] :
       check_record(f.form, f.reason, f.decided_on, f.decided_by, china_date(ctx.now))) {
    errors.push_back({field, code, {}});
  }
  if (!ctx.db.query_one("SELECT id FROM people WHERE id = ?", {f.person})) {
    errors.push_back({"personId", "accountability.person_unknown", {}});
  }
  for (auto item : f.items) {
    if (!ctx.db.query_one("SELECT id FROM cases WHERE id = ? AND kind = 'rectification'", {item})) {
      errors.push_back({"itemIds", "accountability.item_unknown", {}});
      break;
    }
  }
  if (!errors.empty()) throw invalid(errors);
  return f;
}

void write_links(Context& ctx, std::int64_t id, std::vector<std::int64_t> items) {
  std::sort(items.begin(), items.end());
  items.erase(std::unique(items.begin(), items.end()), items.end());
  ctx.db.exec("DELETE FROM accountability_links WHERE record_id = ?", {id});
  for (auto item : items) {
    ctx.db.exec("INSERT INTO accountability_links (record_id, item_id) VALUES (?, ?)", {id, item});
  }
}

Response create(Context& ctx) {
  auto f = read_fields(ctx);
  db::Transaction tx(ctx.db);
  auto id = ctx.db
                .query_one(
                    "INSERT INTO accountability_records (person_id, form, reason, decided_on, "
                    "decided_by, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                    "?) RETURNING id",
                    {f.person, f.form, f.reason, f.decided_on, f.decided_by, ctx.me().user_id,
                     ctx.now, ctx.now})
                ->i64("id");
  write_links(ctx, id, f.items);
  auto after = load(ctx, id);
  ctx.audit("accountability.create", "accountability", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response update(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto before = load(ctx, ctx.id());
  auto f = read_fields(ctx);
  ctx.db.exec(
      "UPDATE accountability_records SET person_id = ?, form = ?, reason = ?, decided_on = ?, "
      "decided_by = ?, updated_at = ? WHERE id = ?",
      {f.person, f.form, f.reason, f.decided_on, f.decided_by, ctx.now, ctx.id()});
  write_links(ctx, ctx.id(), f.items);
  auto after = load(ctx, ctx.id());
  ctx.audit("accountability.update", "accountability", std::to_string(ctx.id()), before, after);
  tx.commit();
  return Response::json(after);
}

Response mine(Context& ctx) {
  Json items = Json::array();
  if (auto person = org::person_of_user(ctx.db, ctx.me().user_id)) {
    for (const auto& r : ctx.db.query(std::string("SELECT ") + kColumns + kFrom +
                                          " WHERE a.person_id = ? ORDER BY a.decided_on DESC, a.id",
                                      {*person})) {
      items.push_back(row_json(ctx, r));
    }
  }
  return Response::json({{"items", items}});
}

}  // namespace

std::vector<Route> record_routes() {
  using http::integer;
  using http::Method;
  using http::str;
  const std::string tag = "accountability";
  auto fields = http::body(
      {integer("personId").req().range(1, 1000000000000),
       str("form").req().len(1, 30).doc("criticism (批评教育) | admonition (诫勉谈话) | "
                                        "self_examination (责令检查) | circulated (通报批评) | "
                                        "organizational (组织处理) | disciplinary (纪律处分)"),
       str("reason").req().len(1, 2000), str("decidedOn").req().len(1, 10).doc("YYYY-MM-DD"),
       str("decidedBy").req().len(1, 100),
       http::int_array("itemIds").len(0, 50).doc("linked rectification items")});
  return {
      {.method = Method::get,
       .path = "/api/accountability",
       .permission = "accountability.read",
       .summary = "Accountability records (leaders and the audit administrator)",
       .tag = tag,
       .query = http::list_query({{"form", "string", "one form of handling"},
                                  {"year", "string", "YYYY of the decision"}}),
       .handler = list},
      {.method = Method::get,
       .path = "/api/accountability/export",
       .permission = "accountability.read",
       .summary = "Accountability records as .xlsx (the list's filters)",
       .tag = tag,
       .query = http::list_query({{"form", "string", "one form of handling"},
                                  {"year", "string", "YYYY of the decision"}}),
       .handler = export_list},
      {.method = Method::get,
       .path = "/api/accountability/{id}",
       .permission = "accountability.read",
       .summary = "An accountability record with its linked rectification items",
       .tag = tag,
       .handler = details},
      {.method = Method::post,
       .path = "/api/accountability",
       .permission = "accountability.manage",
       .summary = "Record the internal handling of a person",
       .tag = tag,
       .body = fields,
       .handler = create},
      {.method = Method::put,
       .path = "/api/accountability/{id}",
       .permission = "accountability.manage",
       .summary = "Correct an accountability record",
       .tag = tag,
       .body = fields,
       .handler = update},
      {.method = Method::get,
       .path = "/api/my/accountability",
       .access = http::Access::signed_in,
       .summary = "The accountability records about me (no one else's)",
       .tag = tag,
       .handler = mine},
  };
}

}  // namespace md::accountability
