// The donations ledger: list (filters, paging, sorting), export, one entry, record, change and
// delete — each change audited with the entry before and after, in one transaction.
#include "modules/donations/store.hpp"
#include "modules/org/people_api.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/context.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"
#include "platform/http/route.hpp"

namespace md::donations {
using http::Context;
using http::Response;
using http::Route;

std::vector<Route> donation_routes();
std::vector<Route> totals_routes();
int year_query(const Context& ctx);

int year_query(const Context& ctx) {
  std::string v = ctx.query("year");
  if (v.empty()) return 0;
  if (v.size() != 4 || v.find_first_not_of("0123456789") != std::string::npos) {
    throw bad_request("request.bad_query", {{"param", "year"}});
  }
  int y = std::stoi(v);
  if (y < 2000 || y > 2100) throw bad_request("request.bad_query", {{"param", "year"}});
  return y;
}

namespace {

struct Filter {
  std::string where = " WHERE 1 = 1";
  db::Params params;
};

Filter donation_filter(const Context& ctx, const std::string& q) {
  Filter f;
  if (int year = year_query(ctx); year > 0) {
    f.where += " AND d.donated_on >= ? AND d.donated_on <= ?";
    f.params.push_back(std::to_string(year) + "-01-01");
    f.params.push_back(std::to_string(year) + "-12-31");
  }
  std::string kind = ctx.query("kind");
  if (!kind.empty()) {
    if (kind != "money" && kind != "goods") {
      throw bad_request("request.bad_query", {{"param", "kind"}});
    }
    f.where += " AND d.kind = ?";
    f.params.push_back(kind);
  }
  std::string donor_kind = ctx.query("donorKind");
  if (!donor_kind.empty()) {
    if (donor_kind != "person" && donor_kind != "unit") {
      throw bad_request("request.bad_query", {{"param", "donorKind"}});
    }
    f.where += " AND d.donor_kind = ?";
    f.params.push_back(donor_kind);
  }
  std::string campaign = ctx.query("campaign");
  if (!campaign.empty()) {
    f.where += " AND d.campaign = ?";
    f.params.push_back(campaign);
  }
  if (!q.empty()) {
    f.where += " AND " + http::search_clause({"d.donor_name", "d.recipient", "d.receipt_no",
                                              "d.item", "d.campaign", "d.note"},
                                             q, f.params);
  }
  return f;
}

http::ListParams list_params(const Context& ctx, std::int64_t max_rows) {
  std::string pinyin(ctx.db.pinyin_collation());
  return http::parse_list(ctx,
                          {{"donatedOn", "d.donated_on"},
                           {"donorName", "d.donor_name" + pinyin},
                           {"campaign", "d.campaign" + pinyin},
                           {"worth",
                            "(CASE WHEN d.kind = 'money' THEN d.amount_fen ELSE "
                            "d.value_fen END)"},
                           {"receiptNo", "d.receipt_no"}},
                          "donatedOn", max_rows);
}

Json query_donations(Context& ctx, const http::ListParams& p, std::int64_t* total) {
  Filter f = donation_filter(ctx, p.q);
  auto page = http::query_page(ctx.db, kColumns, " FROM donations d" + f.where, f.params, p, "d.id",
                               donation_json);
  *total = page.total;
  return page.items;
}

Response list_donations(Context& ctx) {
  auto p = list_params(ctx, 100);
  std::int64_t total = 0;
  Json items = query_donations(ctx, p, &total);
  return Response::json(http::page_json(items, total, p));
}

Response export_donations(Context& ctx) {
  auto p = list_params(ctx, 10000);
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = query_donations(ctx, p, &total);
  bool en = ctx.lang == i18n::Lang::en;
  for (auto& d : items) {
    d["kindText"] = ctx.t("donations.kind." + d["kind"].get<std::string>());
    d["donorKindText"] = ctx.t("donations.donor_kind." + d["donorKind"].get<std::string>());
    d["worthYuan"] = yuan_text(d["worthFen"].get<std::int64_t>());
    d["goods"] = d["kind"] == "goods" ? d["item"].get<std::string>() + " " +
                                            std::to_string(d["quantity"].get<std::int64_t>()) +
                                            d["unitLabel"].get<std::string>()
                                      : std::string();
  }
  std::vector<excel::Column> cols = {{en ? "Date" : "日期", "donatedOn", 12},
                                     {en ? "Donor" : "捐赠人", "donorName", 20},
                                     {en ? "Donor kind" : "捐赠人类别", "donorKindText", 10},
                                     {en ? "Kind" : "类别", "kindText", 8},
                                     {en ? "Goods" : "物品", "goods", 20},
                                     {en ? "Yuan" : "金额/估价（元）", "worthYuan", 14},
                                     {en ? "Recipient" : "受赠方", "recipient", 24},
                                     {en ? "Receipt" : "收据号", "receiptNo", 14},
                                     {en ? "Campaign" : "捐赠活动", "campaign", 24},
                                     {en ? "Note" : "备注", "note", 30}};
  return http::audited_xlsx(ctx, "donations.export", "donation", en ? "donations" : "捐赠台账",
                            cols, items);
}

Json existing(Context& ctx, std::int64_t id) {
  auto d = find_donation(ctx.db, id);
  if (!d) throw not_found("donations.not_found");
  return *d;
}

Response get_donation(Context& ctx) { return Response::json(existing(ctx, ctx.id())); }

std::string text(const Json& b, const char* key) {
  return b.contains(key) && b[key].is_string() ? b[key].get<std::string>() : std::string();
}
std::int64_t number(const Json& b, const char* key) {
  return b.contains(key) && b[key].is_number_integer() ? b[key].get<std::int64_t>() : 0;
}

// The entry as entered, checked (422 with every field problem), the person's name looked up;
// inside the caller's transaction.
struct Checked {
  Entry e;
  std::optional<std::int64_t> person;
  std::string receipt_no, unit_label, note;
};

Checked checked_input(Context& ctx, std::optional<std::int64_t> self) {
  const Json& b = ctx.body;
  Checked c;
  c.e.kind = text(b, "kind");
  c.e.donor_kind = text(b, "donorKind");
  c.e.donor_name = text(b, "donorName");
  if (b.contains("donorPersonId") && b["donorPersonId"].is_number_integer()) {
    c.person = b["donorPersonId"].get<std::int64_t>();
  }
  c.e.has_person = c.person.has_value();
  c.e.donated_on = text(b, "donatedOn");
  c.e.recipient = text(b, "recipient");
  c.e.campaign = text(b, "campaign");
  c.e.amount_fen = number(b, "amountFen");
  c.e.item = text(b, "item");
  c.e.quantity = number(b, "quantity");
  c.e.value_fen = number(b, "valueFen");
  c.receipt_no = text(b, "receiptNo");
  c.unit_label = text(b, "unitLabel");
  c.note = text(b, "note");
  auto errors = check_entry(c.e, org::china_today(ctx.now));
  if (c.e.donor_kind == "person" && c.person) {
    auto p = ctx.db.query_one("SELECT name FROM people WHERE id = ?", {*c.person});
    if (!p) {
      errors.emplace_back("donorPersonId", "donations.person_unknown");
    } else {
      c.e.donor_name = p->str("name");
    }
  }
  if (c.e.donor_kind != "person") c.person.reset();
  if (!errors.empty()) {
    std::vector<FieldError> fields;
    for (const auto& [f, code] : errors) fields.push_back({f, code, {}});
    throw invalid(fields);
  }
  // Money has no goods fields and goods no amount: what is stored is what the kind means.
  if (c.e.kind == "money") {
    c.e.item.clear();
    c.e.quantity = 0;
    c.e.value_fen = 0;
    c.unit_label.clear();
  } else {
    c.e.amount_fen = 0;
  }
  if (!c.receipt_no.empty()) {
    auto other = ctx.db.query_one("SELECT id FROM donations WHERE receipt_no = ? AND id <> ?",
                                  {c.receipt_no, self.value_or(0)});
    if (other) throw conflict("donations.receipt_taken", {{"receipt", c.receipt_no}});
  }
  return c;
}

db::Value nullable(const std::optional<std::int64_t>& v) { return v ? db::Value(*v) : db::Value(); }

Response create_donation(Context& ctx) {
  db::Transaction tx(ctx.db);
  Checked c = checked_input(ctx, std::nullopt);
  auto id =
      ctx.db
          .query(
              "INSERT INTO donations (kind, donor_kind, donor_person_id, donor_name, "
              "donated_on, recipient, receipt_no, campaign, amount_fen, item, quantity, "
              "unit_label, value_fen, note, created_by, created_at, updated_at) VALUES (?, "
              "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
              {c.e.kind, c.e.donor_kind, nullable(c.person), c.e.donor_name, c.e.donated_on,
               c.e.recipient, c.receipt_no, c.e.campaign, c.e.amount_fen, c.e.item, c.e.quantity,
               c.unit_label, c.e.value_fen, c.note, ctx.me().user_id, ctx.now, ctx.now})
          .at(0)
          .i64("id");
  Json after = existing(ctx, id);
  ctx.audit("donations.create", "donation", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response update_donation(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  Checked c = checked_input(ctx, ctx.id());
  ctx.db.exec(
      "UPDATE donations SET kind = ?, donor_kind = ?, donor_person_id = ?, donor_name = ?, "
      "donated_on = ?, recipient = ?, receipt_no = ?, campaign = ?, amount_fen = ?, item = ?, "
      "quantity = ?, unit_label = ?, value_fen = ?, note = ?, updated_at = ? WHERE id = ?",
      {c.e.kind, c.e.donor_kind, nullable(c.person), c.e.donor_name, c.e.donated_on, c.e.recipient,
       c.receipt_no, c.e.campaign, c.e.amount_fen, c.e.item, c.e.quantity, c.unit_label,
       c.e.value_fen, c.note, ctx.now, ctx.id()});
  Json after = existing(ctx, ctx.id());
  ctx.audit("donations.update", "donation", std::to_string(ctx.id()), before, after);
  tx.commit();
  return Response::json(after);
}

Response delete_donation(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  ctx.db.exec("DELETE FROM donations WHERE id = ?", {ctx.id()});
  ctx.audit("donations.delete", "donation", std::to_string(ctx.id()), before, nullptr);
  tx.commit();
  return Response::json({{"id", ctx.id()}, {"deleted", true}});
}

http::BodySchema donation_body() {
  return http::body({
      http::str("kind").req().len(1, 10).doc("money | goods"),
      http::str("donorKind").req().len(1, 10).doc("person | unit"),
      http::integer("donorPersonId")
          .null_ok()
          .range(1, INT64_MAX)
          .doc("a person (donorKind person)"),
      http::str("donorName").len(0, 100).doc("the unit's name (donorKind unit)"),
      http::str("donatedOn").req().len(1, 10).doc("YYYY-MM-DD, not in the future"),
      http::str("recipient").req().len(1, 100),
      http::str("receiptNo").len(0, 40).doc("unique when given"),
      http::str("campaign").req().len(1, 100),
      http::integer("amountFen").range(INT64_MIN, INT64_MAX).doc("money: fen, > 0"),
      http::str("item").len(0, 100).doc("goods"),
      http::integer("quantity").range(INT64_MIN, INT64_MAX).doc("goods: > 0"),
      http::str("unitLabel").len(0, 10).doc("goods: 只, 箱, 件 …"),
      http::integer("valueFen")
          .range(INT64_MIN, INT64_MAX)
          .doc("goods: estimated value in fen, > 0"),
      http::str("note").len(0, 500),
  });
}

}  // namespace

std::vector<Route> donation_routes() {
  using http::Method;
  const std::string tag = "donations";
  std::vector<http::QueryParam> filters = {{"year", "integer", "a year"},
                                           {"kind", "string", "money | goods"},
                                           {"donorKind", "string", "person | unit"},
                                           {"campaign", "string", "a campaign"},
                                           {"q", "string", "donor, recipient, receipt, item …"}};
  std::vector<Route> routes = {
      {.method = Method::get,
       .path = "/api/donations",
       .permission = "donations.read",
       .summary = "The donations ledger (page, sort: donatedOn | donorName | campaign | worth | "
                  "receiptNo)",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = list_donations},
      {.method = Method::get,
       .path = "/api/donations/export",
       .permission = "donations.read",
       .summary = "Export the donations ledger to .xlsx (the list's filters)",
       .tag = tag,
       .query = filters,
       .handler = export_donations},
      {.method = Method::get,
       .path = "/api/donations/{id}",
       .permission = "donations.read",
       .summary = "One donation",
       .tag = tag,
       .handler = get_donation},
      {.method = Method::post,
       .path = "/api/donations",
       .permission = "donations.manage",
       .summary = "Record a donation of money (fen > 0) or goods (item, quantity, value)",
       .tag = tag,
       .body = donation_body(),
       .handler = create_donation},
      {.method = Method::put,
       .path = "/api/donations/{id}",
       .permission = "donations.manage",
       .summary = "Change a donation",
       .tag = tag,
       .body = donation_body(),
       .handler = update_donation},
      {.method = Method::del,
       .path = "/api/donations/{id}",
       .permission = "donations.manage",
       .summary = "Delete a donation",
       .tag = tag,
       .handler = delete_donation},
  };
  for (auto& r : totals_routes()) routes.push_back(std::move(r));
  return routes;
}

}  // namespace md::donations
