// The audit admin's window on the log: search, export, verify. There is deliberately no
// route that edits or deletes a record.
#include "modules/system/routes.hpp"
#include "platform/audit/audit.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/context.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::system {
using http::Context;
using http::Json;
using http::Response;

namespace {

struct AuditFilter {
  std::string where = " WHERE 1 = 1";
  db::Params params;
};

AuditFilter audit_filter(const Context& ctx, const std::string& q) {
  AuditFilter f;
  if (!q.empty()) {
    f.where +=
        " AND " + http::search_clause({"action", "object_id", "detail", "username"}, q, f.params);
  }
  if (auto a = ctx.query("action"); !a.empty()) {
    f.where += " AND action = ?";
    f.params.push_back(a);
  }
  if (auto u = ctx.query("username"); !u.empty()) {
    f.where += " AND username = ?";
    f.params.push_back(u);
  }
  if (auto r = ctx.query("result"); !r.empty()) {
    if (r != "ok" && r != "fail") throw bad_request("request.bad_query", {{"param", "result"}});
    f.where += " AND ok = ?";
    f.params.push_back(static_cast<std::int64_t>(r == "ok" ? 1 : 0));
  }
  for (const auto* name : {"from", "to"}) {
    std::string v = ctx.query(name);
    if (v.empty()) continue;
    auto t = md::china_day_start(v);
    if (!t) throw bad_request("request.bad_query", {{"param", name}});
    bool from = std::string(name) == "from";
    f.where += from ? " AND ts >= ?" : " AND ts < ?";
    f.params.push_back(from ? *t : *t + 86400);
  }
  return f;
}

Json audit_row_json(const db::Row& r) {
  auto parse = [](const std::string& s) {
    return s.empty() ? Json() : Json::parse(s, nullptr, false);
  };
  return Json({{"id", r.i64("id")},
               {"ts", r.i64("ts")},
               {"username", r.str("username")},
               {"ip", r.str("ip")},
               {"action", r.str("action")},
               {"objectType", r.str("object_type")},
               {"objectId", r.str("object_id")},
               {"before", parse(r.str("before_json"))},
               {"after", parse(r.str("after_json"))},
               {"result", r.i64("ok") ? "ok" : "fail"},
               {"detail", r.str("detail")},
               {"hash", r.str("hash")}});
}

Json query_audit(Context& ctx, const http::ListParams& p, std::int64_t* total) {
  AuditFilter f = audit_filter(ctx, p.q);
  auto page = http::query_page(ctx.db,
                               "id, ts, username, ip, action, object_type, object_id, before_json, "
                               "after_json, ok, detail, hash",
                               " FROM audit_log" + f.where, f.params, p, "id", audit_row_json);
  *total = page.total;
  return page.items;
}

const std::map<std::string, std::string>& audit_sorts() {
  static const std::map<std::string, std::string> s = {
      {"id", "id"}, {"ts", "ts"}, {"username", "username"}, {"action", "action"}};
  return s;
}

Response list_audit(Context& ctx) {
  auto p = http::parse_list(ctx, audit_sorts(), "id");
  if (ctx.query("sort").empty()) p.order_by = "id DESC";
  std::int64_t total = 0;
  Json items = query_audit(ctx, p, &total);
  return Response::json(http::page_json(items, total, p));
}

Response export_audit(Context& ctx) {
  auto p = http::parse_list(ctx, audit_sorts(), "id", 50000);
  if (ctx.query("sort").empty()) p.order_by = "id DESC";
  p.page_size = 50000;
  std::int64_t total = 0;
  Json items = query_audit(ctx, p, &total);
  for (auto& i : items) {
    i["time"] = http::china_time(i["ts"].get<std::int64_t>());
    i["beforeText"] = i["before"].is_null() ? "" : i["before"].dump();
    i["afterText"] = i["after"].is_null() ? "" : i["after"].dump();
  }
  bool en = ctx.lang == i18n::Lang::en;
  std::vector<excel::Column> cols = {{"ID", "id", 8},
                                     {en ? "Time" : "时间", "time", 20},
                                     {en ? "User" : "用户", "username", 14},
                                     {"IP", "ip", 16},
                                     {en ? "Action" : "操作", "action", 24},
                                     {en ? "Object" : "对象", "objectType", 12},
                                     {en ? "Object id" : "对象编号", "objectId", 10},
                                     {en ? "Result" : "结果", "result", 8},
                                     {en ? "Detail" : "说明", "detail", 20},
                                     {en ? "Before" : "变更前", "beforeText", 30},
                                     {en ? "After" : "变更后", "afterText", 30},
                                     {"SM3", "hash", 66}};
  return http::audited_xlsx(ctx, "audit.export", "audit_log", en ? "audit-log" : "审计日志", cols,
                            items);
}

Response verify_audit(Context& ctx) {
  auto r = audit::verify(ctx.db);
  Json out = {{"ok", r.ok},
              {"checked", r.checked},
              {"firstBrokenId", r.first_broken_id ? Json(*r.first_broken_id) : Json()}};
  return Response::json(out);
}

}  // namespace

std::vector<http::Route> audit_routes() {
  using http::Method;
  auto filters = http::list_query({{"action", "string", "action code"},
                                   {"username", "string", "user name"},
                                   {"result", "string", "ok or fail"},
                                   {"from", "string", "YYYY-MM-DD"},
                                   {"to", "string", "YYYY-MM-DD"}});
  return {
      {.method = Method::get,
       .path = "/api/audit",
       .permission = "audit.read",
       .summary = "Search the audit log",
       .tag = "system",
       .query = filters,
       .handler = list_audit},
      {.method = Method::get,
       .path = "/api/audit/export",
       .permission = "audit.read",
       .summary = "Export the filtered audit log to .xlsx",
       .tag = "system",
       .query = filters,
       .handler = export_audit},
      {.method = Method::get,
       .path = "/api/audit/verify",
       .permission = "audit.read",
       .summary = "Verify the SM3 hash chain of the whole log",
       .tag = "system",
       .handler = verify_audit},
  };
}

}  // namespace md::system
