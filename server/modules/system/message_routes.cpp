// The message centre: each user reads their own notices; officers and staff send notices,
// a branch officer only to people in their own branch subtree (data scope).
#include <set>

#include "modules/system/permissions.hpp"
#include "modules/system/routes.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/auth/scope.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/context.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"
#include "platform/messages/messages.hpp"

namespace md::system {
using http::Context;
using http::Json;
using http::Response;

namespace {

// Filters shared by the list and its export.
struct MessageQuery {
  std::string from_where;
  db::Params params;
};

MessageQuery message_query(Context& ctx, const http::ListParams& p) {
  MessageQuery m;
  m.from_where =
      " FROM message_recipients r JOIN messages m ON m.id = r.message_id"
      " LEFT JOIN users s ON s.id = m.sender_id WHERE r.user_id = ?";
  m.params = {ctx.me().user_id};
  if (ctx.query("unread") == "1") m.from_where += " AND r.read_at IS NULL";
  if (!p.q.empty()) {
    m.from_where += " AND " + http::search_clause({"m.title", "m.body"}, p.q, m.params);
  }
  return m;
}

http::ListParams message_list_params(Context& ctx, std::int64_t max_rows) {
  auto p = http::parse_list(ctx, {{"createdAt", "m.created_at"}, {"title", "m.title"}}, "createdAt",
                            max_rows);
  if (ctx.query("sort").empty()) p.order_by = "m.created_at DESC";
  return p;
}

Json message_row_json(const db::Row& r) {
  auto read_at = r.opt_i64("read_at");
  return {{"id", r.i64("id")},
          {"kind", r.str("kind")},
          {"title", r.str("title")},
          {"body", r.str("body")},
          {"link", r.str("link")},
          {"sender", r.str("sender")},
          {"createdAt", r.i64("created_at")},
          {"readAt", read_at ? Json(*read_at) : Json()}};
}

Json query_messages(Context& ctx, const http::ListParams& p, std::int64_t* total) {
  MessageQuery m = message_query(ctx, p);
  auto page = http::query_page(
      ctx.db,
      "m.id, m.kind, m.title, m.body, m.link, m.created_at, r.read_at, s.display_name AS sender",
      m.from_where, m.params, p, "m.id DESC", message_row_json);
  *total = page.total;
  return page.items;
}

Response list_messages(Context& ctx) {
  auto p = message_list_params(ctx, 100);
  std::int64_t total = 0;
  Json items = query_messages(ctx, p, &total);
  return Response::json(http::page_json(items, total, p));
}

Response export_messages(Context& ctx) {
  auto p = message_list_params(ctx, 10000);
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = query_messages(ctx, p, &total);
  bool en = ctx.lang == i18n::Lang::en;
  for (auto& i : items) {
    i["time"] = http::china_time(i["createdAt"].get<std::int64_t>());
    i["readText"] = i["readAt"].is_null() ? (en ? "unread" : "未读") : (en ? "read" : "已读");
  }
  std::vector<excel::Column> cols = {{en ? "Time" : "时间", "time", 18},
                                     {en ? "Title" : "标题", "title", 30},
                                     {en ? "Content" : "内容", "body", 60},
                                     {en ? "Sender" : "发送人", "sender", 12},
                                     {en ? "Status" : "状态", "readText", 8}};
  return http::xlsx_response(en ? "messages" : "消息列表", cols, items, ctx.now);
}

Response unread(Context& ctx) {
  return Response::json({{"count", messages::unread_count(ctx.db, ctx.me().user_id)}});
}

Response mark_read(Context& ctx) {
  if (ctx.db.exec("UPDATE message_recipients SET read_at = ? WHERE message_id = ? AND user_id = ? "
                  "AND read_at IS NULL",
                  {ctx.now, ctx.id(), ctx.me().user_id}) == 0 &&
      ctx.db.scalar("SELECT COUNT(*) FROM message_recipients WHERE message_id = ? AND user_id = ?",
                    {ctx.id(), ctx.me().user_id}) == 0) {
    throw not_found("messages.not_found");
  }
  return Response::no_content();
}

Response mark_all_read(Context& ctx) {
  ctx.db.exec("UPDATE message_recipients SET read_at = ? WHERE user_id = ? AND read_at IS NULL",
              {ctx.now, ctx.me().user_id});
  return Response::no_content();
}

// Resolves the recipients and drops nobody silently: a recipient outside the sender's scope
// refuses the whole send.
std::vector<std::int64_t> recipients(Context& ctx) {
  std::set<std::int64_t> ids;
  for (const auto& role : ctx.body.value("roles", Json::array())) {
    if (!auth::is_role(role.get<std::string>()))
      throw invalid_field("roles", "accounts.role_unknown");
    for (const auto& r :
         ctx.db.query("SELECT u.id FROM users u JOIN user_roles ur ON ur.user_id = u.id "
                      "WHERE ur.role = ? AND u.status = 'active'",
                      {role.get<std::string>()})) {
      ids.insert(r.i64("id"));
    }
  }
  for (const auto& id : ctx.body.value("userIds", Json::array())) {
    if (ctx.db.scalar("SELECT COUNT(*) FROM users WHERE id = ?", {id.get<std::int64_t>()}) == 0) {
      throw invalid_field("userIds", "accounts.user_not_found");
    }
    ids.insert(id.get<std::int64_t>());
  }
  if (ids.empty()) throw invalid_field("roles", "messages.no_recipients");
  std::vector<std::int64_t> out;
  for (auto id : ids) {
    auto org = ctx.db.query_one("SELECT org_unit_id FROM users WHERE id = ?", {id})
                   ->opt_i64("org_unit_id");
    if (!auth::scope_covers(ctx.db, ctx.me(), org, whole_scope_roles())) {
      if (ctx.body.contains("userIds")) throw forbidden("messages.outside_scope");
      continue;  // a role-wide send from an officer reaches that role within their branch
    }
    out.push_back(id);
  }
  if (out.empty()) throw invalid_field("roles", "messages.no_recipients");
  return out;
}

Response send(Context& ctx) {
  auto to = recipients(ctx);
  messages::Notice n;
  n.title = ctx.body["title"].get<std::string>();
  n.body = ctx.body["body"].get<std::string>();
  n.sender_id = ctx.me().user_id;
  db::Transaction tx(ctx.db);
  auto id = messages::post(ctx.db, n, to, ctx.now);
  ctx.audit("messages.send", "message", std::to_string(id), nullptr,
            {{"title", n.title}, {"recipients", to.size()}});
  tx.commit();
  return Response::json({{"id", id}, {"sent", to.size()}}, 201);
}

}  // namespace

std::vector<http::Route> message_routes() {
  using http::Access;
  using http::Method;
  const std::string tag = "system";
  return {
      {.method = Method::get,
       .path = "/api/messages",
       .access = Access::signed_in,
       .summary = "The own messages (filter unread=1)",
       .tag = tag,
       .query = http::list_query({{"unread", "integer", "1 for unread only"}}),
       .handler = list_messages},
      {.method = Method::get,
       .path = "/api/messages/export",
       .access = Access::signed_in,
       .summary = "Export the own filtered messages to .xlsx",
       .tag = tag,
       .query = http::list_query({{"unread", "integer", "1 for unread only"}}),
       .handler = export_messages},
      {.method = Method::get,
       .path = "/api/messages/unread-count",
       .access = Access::signed_in,
       .summary = "Number of unread messages",
       .tag = tag,
       .handler = unread},
      {.method = Method::post,
       .path = "/api/messages/{id}/read",
       .access = Access::signed_in,
       .summary = "Mark one message read",
       .tag = tag,
       .handler = mark_read},
      {.method = Method::post,
       .path = "/api/messages/read-all",
       .access = Access::signed_in,
       .summary = "Mark all own messages read",
       .tag = tag,
       .handler = mark_all_read},
      {.method = Method::post,
       .path = "/api/messages",
       .permission = "messages.send",
       .summary = "Send a notice to roles and/or users within the sender's scope",
       .tag = tag,
       .body = http::body({http::str("title").req().len(1, 100),
                           http::str("body").req().len(1, 5000), http::str_array("roles").len(0, 9),
                           http::int_array("userIds").len(0, 1000)}),
       .handler = send},
  };
}

}  // namespace md::system
