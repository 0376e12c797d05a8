// Party dues (R4.3): the monthly list of a branch's members (due, paid, arrears) and its
// export, one member's bases, payments and months, recording a base change or a payment, the
// yearly notice (公示) of a branch, and my own dues. Branch officers see and record only within
// their own branch subtree; leaders and clerks everywhere.
#include <algorithm>
#include <map>

#include "modules/dues/routes.hpp"
#include "modules/dues/store.hpp"
#include "modules/org/people_api.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/branch_scope.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::dues {
using http::Context;
using http::Response;
using http::Route;

namespace {

const http::ScopeCodes kScope{"dues.unit_unknown", "dues.person_unknown", "dues.out_of_scope"};

void require_person(Context& ctx, std::int64_t person) {
  http::require_person_in_scope(ctx, person, kScope);
}
std::set<std::int64_t> unit_subtree(Context& ctx, std::int64_t unit) {
  return http::unit_subtree_in_scope(ctx, unit, kScope);
}
std::optional<std::set<std::int64_t>> visible_units(Context& ctx) {
  return http::visible_units(ctx, kScope);
}

std::string current_month(const Context& ctx) { return china_date(ctx.now).substr(0, 7); }

struct UnitInfo {
  std::optional<std::int64_t> parent;
  std::string kind, name;
};

std::map<std::int64_t, UnitInfo> load_units(db::Connection& conn) {
  std::map<std::int64_t, UnitInfo> units;
  for (const auto& r : conn.query("SELECT id, parent_id, kind, name FROM org_units")) {
    units[r.i64("id")] = {r.opt_i64("parent_id"), r.str("kind"), r.str("name")};
  }
  return units;
}

std::optional<std::int64_t> branch_of(const std::map<std::int64_t, UnitInfo>& units,
                                      std::int64_t id) {
  for (int depth = 0; depth < 64; ++depth) {
    auto it = units.find(id);
    if (it == units.end()) return std::nullopt;
    if (it->second.kind == "branch" || it->second.kind == "functional_branch") return id;
    if (!it->second.parent) return std::nullopt;
    id = *it->second.parent;
  }
  return std::nullopt;
}

/// A member of the list: current memberships in the visible units, pinyin order, once each.
struct Member {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::int64_t> branch;
};

std::vector<Member> members_of(Context& ctx, const std::optional<std::set<std::int64_t>>& units,
                               const std::map<std::int64_t, UnitInfo>& info) {
  std::string where = "ms.ended_on IS NULL";
  if (units) where += " AND ms.org_unit_id IN " + id_list(*units);
  std::vector<Member> out;
  std::map<std::int64_t, std::size_t> at;
  for (const auto& r : ctx.db.query(
           "SELECT ms.person_id, p.name, ms.org_unit_id, ms.is_primary FROM memberships ms "
           "JOIN people p ON p.id = ms.person_id WHERE " +
           where + " ORDER BY p.name" + std::string(ctx.db.pinyin_collation()) +
           ", ms.person_id, ms.is_primary DESC, ms.id")) {
    auto person = r.i64("person_id");
    auto b = branch_of(info, r.i64("org_unit_id"));
    auto it = at.find(person);
    if (it == at.end()) {
      at[person] = out.size();
      out.push_back({person, r.str("name"), b});
    } else if (!out[it->second].branch) {
      out[it->second].branch = b;
    }
  }
  return out;
}

std::string month_param(const Context& ctx) {
  std::string m = ctx.query("month", current_month(ctx));
  if (!is_month(m)) throw bad_request("request.bad_query", {{"param", "month"}});
  return m;
}

Json months_json(const std::vector<std::string>& months) {
  Json a = Json::array();
  for (const auto& m : months) a.push_back(m);
  return a;
}

/// The rows of the monthly list, filtered by q and status, not yet sorted or paged.
Json dues_rows(Context& ctx) {
  std::string month = month_param(ctx), now_month = current_month(ctx);
  std::string upto = std::min(month, now_month);
  std::string status = ctx.query("status");
  if (!status.empty() && status != "paid" && status != "arrears" && status != "unpaid") {
    throw bad_request("request.bad_query", {{"param", "status"}});
  }
  std::string q = ctx.query("q");
  auto units = visible_units(ctx);
  auto info = load_units(ctx.db);
  auto members = members_of(ctx, units, info);
  std::set<std::int64_t> ids;
  for (const auto& m : members) ids.insert(m.id);
  auto dues = load_dues(ctx.db, ids, Detail::rules_only, !units.has_value());
  Json rows = Json::array();
  for (const auto& m : members) {
    if (!q.empty() && m.name.find(q) == std::string::npos) continue;
    const auto& d = dues[m.id];
    auto base = base_for(d.bases, month);
    bool paid = d.paid.count(month) > 0;
    auto a = arrears(d.bases, d.paid, upto);
    if (status == "paid" && !paid) continue;
    if (status == "unpaid" && (paid || !base)) continue;
    if (status == "arrears" && a.months.empty()) continue;
    rows.push_back(
        {{"personId", m.id},
         {"name", m.name},
         {"branchId", m.branch ? Json(*m.branch) : Json()},
         {"branch", m.branch ? info[*m.branch].name : std::string()},
         {"category", base ? Json(category_name(base->category)) : Json()},
         {"baseFen", base ? Json(base->base_fen) : Json()},
         {"dueFen",
          base ? Json(monthly_due_fen(base->category, base->base_fen, base->fixed_fen)) : Json()},
         {"paid", paid},
         {"arrearsMonths", static_cast<std::int64_t>(a.months.size())},
         {"arrearsFen", a.amount_fen}});
  }
  return rows;
}

void sort_rows(Json& rows, const std::string& sort, bool desc) {
  auto key = [&](const Json& r) -> Json {
    if (sort == "branch") return r["branch"];
    if (sort == "due") return r["dueFen"].is_null() ? Json(-1) : r["dueFen"];
    if (sort == "arrearsMonths") return r["arrearsMonths"];
    if (sort == "arrearsFen") return r["arrearsFen"];
    return Json();
  };
  if (sort == "name") {
    if (desc) std::reverse(rows.begin(), rows.end());
    return;
  }
  std::stable_sort(rows.begin(), rows.end(), [&](const Json& a, const Json& b) {
    return desc ? key(b) < key(a) : key(a) < key(b);
  });
}

Response list_dues(Context& ctx) {
  std::map<std::string, std::string> sorts = {{"name", "name"},
                                              {"branch", "branch"},
                                              {"due", "due"},
                                              {"arrearsMonths", "arrearsMonths"},
                                              {"arrearsFen", "arrearsFen"}};
  auto p = http::parse_list(ctx, sorts, "name", 200);
  auto rows = dues_rows(ctx);
  auto space = p.order_by.find(' ');
  sort_rows(rows, p.order_by.substr(0, space), p.order_by.ends_with("DESC"));
  Json items = Json::array();
  auto total = static_cast<std::int64_t>(rows.size());
  for (auto i = p.offset(); i < total && i < p.offset() + p.page_size; ++i) {
    items.push_back(rows[static_cast<std::size_t>(i)]);
  }
  std::int64_t due = 0, arrears_fen = 0, paid = 0;
  for (const auto& r : rows) {
    if (r["dueFen"].is_number()) due += r["dueFen"].get<std::int64_t>();
    arrears_fen += r["arrearsFen"].get<std::int64_t>();
    if (r["paid"].get<bool>()) ++paid;
  }
  auto out = http::page_json(items, total, p);
  out["month"] = month_param(ctx);
  out["totals"] = {{"people", total}, {"paid", paid}, {"dueFen", due}, {"arrearsFen", arrears_fen}};
  return Response::json(out);
}

std::string yuan(std::int64_t fen) {
  std::string sign = fen < 0 ? "-" : "";
  if (fen < 0) fen = -fen;
  auto cents = fen % 100;
  return sign + std::to_string(fen / 100) + (cents < 10 ? ".0" : ".") + std::to_string(cents);
}

Response export_dues(Context& ctx) {
  auto rows = dues_rows(ctx);
  std::string month = month_param(ctx);
  bool en = ctx.lang == i18n::Lang::en;
  for (auto& r : rows) {
    r["base"] = r["baseFen"].is_null() ? "" : yuan(r["baseFen"].get<std::int64_t>());
    r["due"] = r["dueFen"].is_null() ? "" : yuan(r["dueFen"].get<std::int64_t>());
    r["paidText"] = r["paid"].get<bool>() ? (en ? "paid" : "已缴") : (en ? "unpaid" : "未缴");
    r["arrears"] = yuan(r["arrearsFen"].get<std::int64_t>());
  }
  std::vector<excel::Column> cols = {{en ? "Name" : "姓名", "name", 12},
                                     {en ? "Branch" : "所在支部", "branch", 30},
                                     {en ? "Category" : "类别", "category", 10},
                                     {en ? "Base (yuan)" : "缴费基数（元）", "base", 16},
                                     {en ? "Due (yuan)" : "应缴（元）", "due", 12},
                                     {en ? "This month" : "本月", "paidText", 10},
                                     {en ? "Months in arrears" : "欠缴月数", "arrearsMonths", 12},
                                     {en ? "Arrears (yuan)" : "欠缴金额（元）", "arrears", 14}};
  db::Transaction tx(ctx.db);
  ctx.audit("dues.export", "dues", month, nullptr, {{"month", month}, {"rows", rows.size()}});
  tx.commit();
  return http::xlsx_response(en ? "party-dues-" + month : month + "党费交纳情况", cols, rows,
                             ctx.now);
}

/// A person's dues: bases, payments, each month from the first base month to the later of
/// this month and the last paid month with due and paid, and the arrears.
Json person_json(Context& ctx, std::int64_t person) {
  auto dues = load_dues(ctx.db, {person});
  const auto& d = dues[person];
  std::string now_month = current_month(ctx);
  Json months = Json::array();
  if (!d.bases.empty()) {
    std::string first = d.bases.front().effective_month, last = now_month;
    if (!d.paid.empty()) last = std::max(last, *d.paid.rbegin());
    if (first <= last) {
      for (int i = month_index(first); i <= month_index(last); ++i) {
        auto m = month_name(i);
        months.push_back({{"month", m},
                          {"dueFen", due_for(d.bases, m).value_or(0)},
                          {"paid", d.paid.count(m) > 0}});
      }
    }
  }
  auto base = base_for(d.bases, now_month);
  if (!base && !d.bases.empty()) base = d.bases.front();  // only a future base so far
  auto a = arrears(d.bases, d.paid, now_month);
  auto name = ctx.db.query_one("SELECT name FROM people WHERE id = ?", {person});
  return {{"personId", person},
          {"name", name ? name->str("name") : std::string()},
          {"currentMonth", now_month},
          {"category", base ? Json(category_name(base->category)) : Json()},
          {"baseFen", base ? Json(base->base_fen) : Json()},
          {"monthlyDueFen",
           base ? Json(monthly_due_fen(base->category, base->base_fen, base->fixed_fen)) : Json()},
          {"bases", d.bases_json},
          {"payments", d.payments_json},
          {"months", months},
          {"arrears",
           {{"months", months_json(a.months)},
            {"count", static_cast<std::int64_t>(a.months.size())},
            {"amountFen", a.amount_fen}}}};
}

Response person_dues(Context& ctx) {
  require_person(ctx, ctx.id());
  return Response::json(person_json(ctx, ctx.id()));
}

Response add_base(Context& ctx) {
  const auto& b = ctx.body;
  auto category = parse_category(b["category"].get<std::string>());
  if (!category) throw invalid_field("category", "dues.category");
  auto base_fen = b["baseFen"].get<std::int64_t>();
  std::optional<std::int64_t> fixed;
  if (b.contains("fixedFen") && !b["fixedFen"].is_null()) fixed = b["fixedFen"].get<std::int64_t>();
  auto month = b["effectiveMonth"].get<std::string>();
  db::Transaction tx(ctx.db);
  require_person(ctx, ctx.id());
  throw_fields(check_base(*category, base_fen, fixed, month));
  auto id = ctx.db
                .query(
                    "INSERT INTO dues_bases (person_id, category, base_fen, fixed_fen, "
                    "effective_month, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                    "?) RETURNING id",
                    {ctx.id(), category_name(*category), base_fen,
                     fixed ? db::Value(*fixed) : db::Value(), month, b.value("note", ""),
                     ctx.me().user_id, ctx.now})
                .at(0)
                .i64("id");
  Json after = {{"id", id},
                {"personId", ctx.id()},
                {"category", category_name(*category)},
                {"baseFen", base_fen},
                {"fixedFen", fixed ? Json(*fixed) : Json()},
                {"effectiveMonth", month},
                {"note", b.value("note", "")},
                {"monthlyDueFen", monthly_due_fen(*category, base_fen, fixed)}};
  ctx.audit("dues.base_set", "dues_base", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response add_payment(Context& ctx) {
  const auto& b = ctx.body;
  auto paid_on = b["paidOn"].get<std::string>();
  auto from = b["fromMonth"].get<std::string>(), to = b["toMonth"].get<std::string>();
  auto amount = b["amountFen"].get<std::int64_t>();
  auto channel = b["channel"].get<std::string>();
  auto receipt = b["receiptNo"].get<std::string>();
  std::string now_month = current_month(ctx);
  db::Transaction tx(ctx.db);
  require_person(ctx, ctx.id());
  auto errors = check_payment_months(from, to, now_month);
  if (!is_date(paid_on)) {
    errors.emplace_back("paidOn", "dues.date_format");
  } else if (paid_on > china_date(ctx.now)) {
    errors.emplace_back("paidOn", "dues.paid_future");
  }
  if (channel != "cash" && channel != "transfer" && channel != "wechat" && channel != "other") {
    errors.emplace_back("channel", "dues.channel");
  }
  throw_fields(errors);
  if (ctx.db.query_one("SELECT id FROM dues_payments WHERE receipt_no = ?", {receipt})) {
    throw conflict("dues.receipt_taken", {{"receiptNo", receipt}});
  }
  auto dues = load_dues(ctx.db, {ctx.id()});
  const auto& d = dues[ctx.id()];
  if (d.bases.empty()) throw invalid_field("fromMonth", "dues.no_base");
  auto due = due_sum(d.bases, from, to);
  std::vector<std::string> already;
  for (int i = month_index(from); i <= month_index(to); ++i) {
    if (d.paid.count(month_name(i))) already.push_back(month_name(i));
  }
  auto id =
      ctx.db
          .query(
              "INSERT INTO dues_payments (person_id, paid_on, from_month, to_month, "
              "amount_fen, channel, receipt_no, recorded_by, recorded_at) VALUES (?, ?, ?, "
              "?, ?, ?, ?, ?, ?) RETURNING id",
              {ctx.id(), paid_on, from, to, amount, channel, receipt, ctx.me().user_id, ctx.now})
          .at(0)
          .i64("id");
  Json after = {{"id", id},           {"personId", ctx.id()}, {"paidOn", paid_on},
                {"fromMonth", from},  {"toMonth", to},        {"amountFen", amount},
                {"channel", channel}, {"receiptNo", receipt}};
  ctx.audit("dues.payment_record", "dues_payment", std::to_string(id), nullptr, after);
  tx.commit();
  after["months"] = months_between(from, to);
  after["dueFen"] = due;
  after["differenceFen"] = amount - due;
  after["backPaymentWarning"] = back_payment_warning(from, now_month);
  after["alreadyPaidMonths"] = months_json(already);
  return Response::json(after, 201);
}

Response branch_notice(Context& ctx) {
  auto units = unit_subtree(ctx, ctx.id());
  std::string y = ctx.query("year", china_date(ctx.now).substr(0, 4));
  if (y.size() != 4 || y.find_first_not_of("0123456789") != std::string::npos ||
      std::stoi(y) < 2000 || std::stoi(y) > 2100) {
    throw bad_request("request.bad_query", {{"param", "year"}});
  }
  auto info = load_units(ctx.db);
  auto members = members_of(ctx, units, info);
  std::set<std::int64_t> ids;
  for (const auto& m : members) ids.insert(m.id);
  auto dues = load_dues(ctx.db, ids);
  Json people = Json::array();
  std::int64_t total_fen = 0, total_months = 0;
  for (const auto& m : members) {
    const auto& d = dues[m.id];
    std::int64_t months = 0, fen = 0;
    for (const auto& p : d.payments_json) {
      if (p["paidOn"].get<std::string>().substr(0, 4) != y) continue;
      fen += p["amountFen"].get<std::int64_t>();
    }
    for (const auto& pm : d.paid) {
      if (pm.substr(0, 4) == y) ++months;
    }
    total_fen += fen;
    total_months += months;
    people.push_back({{"personId", m.id},
                      {"name", m.name},
                      {"monthsPaid", months},
                      {"amountFen", fen},
                      {"amount", yuan(fen)}});
  }
  return Response::json({{"orgUnitId", ctx.id()},
                         {"name", info[ctx.id()].name},
                         {"year", std::stoi(y)},
                         {"people", people},
                         {"totals",
                          {{"people", static_cast<std::int64_t>(people.size())},
                           {"monthsPaid", total_months},
                           {"amountFen", total_fen},
                           {"amount", yuan(total_fen)}}}});
}

Response my_dues(Context& ctx) {
  auto person = org::person_of_user(ctx.db, ctx.me().user_id);
  if (!person) {
    return Response::json({{"hasPerson", false}, {"currentMonth", current_month(ctx)}});
  }
  auto out = person_json(ctx, *person);
  out["hasPerson"] = true;
  return Response::json(out);
}

}  // namespace

std::vector<Route> routes() {
  using http::Method;
  const std::string tag = "dues";
  std::vector<http::QueryParam> filters = {{"month", "string", "YYYY-MM, default: this month"},
                                           {"orgUnitId", "integer", "a branch (and its groups)"},
                                           {"status", "string", "paid | unpaid | arrears"},
                                           {"q", "string", "part of the name"}};
  return {
      {.method = Method::get,
       .path = "/api/dues",
       .permission = "dues.read",
       .summary = "Members' dues of a month: base, due, paid, arrears (within my data scope)",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = list_dues},
      {.method = Method::get,
       .path = "/api/dues/export",
       .permission = "dues.read",
       .summary = "Export the members' dues of a month to .xlsx",
       .tag = tag,
       .query = filters,
       .handler = export_dues},
      {.method = Method::get,
       .path = "/api/dues/people/{id}",
       .permission = "dues.read",
       .summary = "A member's dues: bases history, payments, months with due and paid, arrears",
       .tag = tag,
       .handler = person_dues},
      {.method = Method::post,
       .path = "/api/dues/people/{id}/bases",
       .permission = "dues.manage",
       .summary = "Set a member's dues base (or fixed amount) from a month on",
       .tag = tag,
       .body = http::body({http::str("category")
                               .req()
                               .len(1, 20)
                               .doc("office | retiree | student | farmer | "
                                    "hardship"),
                           http::integer("baseFen").req().range(-1000000000000, 1000000000000),
                           http::integer("fixedFen").null_ok().range(-1000000000000, 1000000000000),
                           http::str("effectiveMonth").req().len(1, 7).doc("YYYY-MM"),
                           http::str("note").len(0, 500)}),
       .handler = add_base},
      {.method = Method::post,
       .path = "/api/dues/people/{id}/payments",
       .permission = "dues.manage",
       .summary = "Record a member's dues payment for a range of months (partial or extra "
                  "amounts allowed; the answer gives the sum due and the difference)",
       .tag = tag,
       .body = http::body(
           {http::str("paidOn").req().len(1, 10).doc("YYYY-MM-DD"),
            http::str("fromMonth").req().len(1, 7).doc("YYYY-MM"),
            http::str("toMonth").req().len(1, 7).doc("YYYY-MM"),
            http::integer("amountFen").req().range(1, 100000000),
            http::str("channel").req().len(1, 20).doc("cash | transfer | wechat | other"),
            http::str("receiptNo").req().len(1, 40)}),
       .handler = add_payment},
      {.method = Method::get,
       .path = "/api/dues/branches/{id}/notice",
       .permission = "dues.read",
       .summary = "The yearly notice (公示) of a branch: months paid and amount per member",
       .tag = tag,
       .query = {{"year", "integer", "default: this year"}},
       .handler = branch_notice},
      {.method = Method::get,
       .path = "/api/my/dues",
       .permission = "dues.own",
       .summary = "My dues: base, monthly due, payments, months and arrears",
       .tag = tag,
       .handler = my_dues},
  };
}

}  // namespace md::dues
