// Guidance of town and street congresses (R9.3): the twice-yearly exchange meetings
// (上半年/下半年), guidance documents and each town's yearly work record, with attachments
// (owner type guidance_record). The office lists, exports, records, edits and deletes.
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

struct Filter {
  std::string where = " WHERE 1 = 1";
  db::Params params;
};

Filter guidance_filter(const Context& ctx, const std::string& q) {
  Filter f;
  if (!ctx.query("year").empty()) {
    f.where += " AND g.year = ?";
    f.params.push_back(static_cast<std::int64_t>(year_query(ctx)));
  }
  std::string kind = ctx.query("kind");
  if (!kind.empty()) {
    if (!is_guidance_kind(kind)) throw bad_request("request.bad_query", {{"param", "kind"}});
    f.where += " AND g.kind = ?";
    f.params.push_back(kind);
  }
  std::string town = ctx.query("town");
  if (!town.empty()) {
    f.where += " AND g.town = ?";
    f.params.push_back(town);
  }
  if (!q.empty()) {
    f.where += " AND " + http::search_clause({"g.title", "g.town", "g.content"}, q, f.params);
  }
  return f;
}

http::ListParams list_params(const Context& ctx, std::int64_t max_rows) {
  return http::parse_list(ctx,
                          {{"year", "g.year"},
                           {"town", "g.town" + std::string(ctx.db.pinyin_collation())},
                           {"kind", "g.kind"},
                           {"heldOn", "g.held_on"}},
                          "year", max_rows);
}

Json query_guidance(Context& ctx, const http::ListParams& p, std::int64_t* total) {
  Filter f = guidance_filter(ctx, p.q);
  auto page =
      http::query_page(ctx.db, kGuidanceColumns, std::string(" FROM guidance_records g") + f.where,
                       f.params, p, "g.id", guidance_row_json);
  *total = page.total;
  return page.items;
}

Response list_guidance(Context& ctx) {
  auto p = list_params(ctx, 100);
  std::int64_t total = 0;
  Json items = query_guidance(ctx, p, &total);
  return Response::json(http::page_json(items, total, p));
}

Response export_guidance(Context& ctx) {
  auto p = list_params(ctx, 10000);
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = query_guidance(ctx, p, &total);
  for (auto& g : items) {
    g["kindText"] = ctx.t("guidance.kind." + g["kind"].get<std::string>());
    g["halfText"] =
        g["half"].is_null() ? "" : ctx.t("guidance.half." + g["half"].get<std::string>());
    if (g["heldOn"].is_null()) g["heldOn"] = "";
  }
  bool en = ctx.lang == i18n::Lang::en;
  std::vector<excel::Column> cols = {
      {en ? "Year" : "年度", "year", 8},       {en ? "Town / street" : "镇（街道）", "town", 14},
      {en ? "Kind" : "类别", "kindText", 16},  {en ? "Half" : "半年", "halfText", 10},
      {en ? "Title" : "标题", "title", 40},    {en ? "Date" : "日期", "heldOn", 12},
      {en ? "Content" : "内容", "content", 60}};
  return http::audited_xlsx(ctx, "guidance.export", "guidance_record",
                            en ? "town-guidance" : "镇街人大指导工作", cols, items);
}

Json existing(Context& ctx, std::int64_t id) {
  auto g = guidance_json(ctx.db, id);
  if (!g) throw not_found("guidance.not_found");
  return *g;
}

Response get_guidance(Context& ctx) { return Response::json(existing(ctx, ctx.id())); }

struct Input {
  std::string town, kind, title, content;
  std::int64_t year = 0;
  std::optional<std::string> half, held_on;
};

std::optional<std::string> optional_text(const Json& b, const char* key) {
  if (b.contains(key) && b[key].is_string() && !b[key].get<std::string>().empty()) {
    return b[key].get<std::string>();
  }
  return std::nullopt;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

Input checked_input(const Json& b) {
  Input in{b["town"].get<std::string>(),  b["kind"].get<std::string>(),
           b["title"].get<std::string>(), b.value("content", ""),
           b["year"].get<std::int64_t>(), optional_text(b, "half"),
           optional_text(b, "heldOn")};
  auto errors = check_guidance(in.kind, in.year, in.half, in.held_on);
  if (blank(in.town)) errors.emplace_back("town", "guidance.town_required");
  if (blank(in.title)) errors.emplace_back("title", "guidance.title_required");
  throw_fields(errors);
  return in;
}

db::Value nullable(const std::optional<std::string>& v) { return v ? db::Value(*v) : db::Value(); }

Response create_guidance(Context& ctx) {
  Input in = checked_input(ctx.body);
  db::Transaction tx(ctx.db);
  auto id = ctx.db
                .query(
                    "INSERT INTO guidance_records (town, year, kind, half, title, held_on, "
                    "content, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?) RETURNING id",
                    {in.town, in.year, in.kind, nullable(in.half), in.title, nullable(in.held_on),
                     in.content, ctx.me().user_id, ctx.now, ctx.now})
                .at(0)
                .i64("id");
  Json after = existing(ctx, id);
  ctx.audit("guidance.create", "guidance_record", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response update_guidance(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  Input in = checked_input(ctx.body);
  ctx.db.exec(
      "UPDATE guidance_records SET town = ?, year = ?, kind = ?, half = ?, title = ?, held_on = "
      "?, content = ?, updated_at = ? WHERE id = ?",
      {in.town, in.year, in.kind, nullable(in.half), in.title, nullable(in.held_on), in.content,
       ctx.now, ctx.id()});
  Json after = existing(ctx, ctx.id());
  ctx.audit("guidance.update", "guidance_record", std::to_string(ctx.id()), before, after);
  tx.commit();
  return Response::json(after);
}

// The attachments stay in the file store (content-addressed, maybe shared); their rows keep
// pointing at the deleted record's id, which nobody can open any more.
Response delete_guidance(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  ctx.db.exec("DELETE FROM guidance_records WHERE id = ?", {ctx.id()});
  ctx.audit("guidance.delete", "guidance_record", std::to_string(ctx.id()), before, nullptr);
  tx.commit();
  return Response::json({{"id", ctx.id()}, {"deleted", true}});
}

http::BodySchema guidance_body() {
  return http::body({http::str("town").req().len(1, 50),
                     http::integer("year").req().range(-1000000, 1000000),
                     http::str("kind").req().len(1, 20).doc("exchange | document | work_record"),
                     http::str("half").null_ok().len(0, 10).doc("first | second (exchange only)"),
                     http::str("title").req().len(1, 200),
                     http::str("heldOn").null_ok().len(0, 10).doc("YYYY-MM-DD"),
                     http::str("content").len(0, 20000)});
}

}  // namespace

std::vector<Route> guidance_routes() {
  using http::Method;
  const std::string tag = "receptions";
  std::vector<http::QueryParam> filters = {{"year", "integer", "a year"},
                                           {"kind", "string", "exchange | document | work_record"},
                                           {"town", "string", "a town or street"},
                                           {"q", "string", "title, town or content"}};
  return {
      {.method = Method::get,
       .path = "/api/guidance",
       .permission = "guidance.read",
       .summary = "Guidance records of town and street congresses (page, sort: year | town | "
                  "kind | heldOn)",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = list_guidance},
      {.method = Method::get,
       .path = "/api/guidance/export",
       .permission = "guidance.read",
       .summary = "Export the guidance records to .xlsx (the list's filters)",
       .tag = tag,
       .query = filters,
       .handler = export_guidance},
      {.method = Method::get,
       .path = "/api/guidance/{id}",
       .permission = "guidance.read",
       .summary = "A guidance record with its attachments",
       .tag = tag,
       .handler = get_guidance},
      {.method = Method::post,
       .path = "/api/guidance",
       .permission = "guidance.manage",
       .summary = "Record an exchange meeting, a guidance document or a town's yearly work record",
       .tag = tag,
       .body = guidance_body(),
       .handler = create_guidance},
      {.method = Method::put,
       .path = "/api/guidance/{id}",
       .permission = "guidance.manage",
       .summary = "Change a guidance record",
       .tag = tag,
       .body = guidance_body(),
       .handler = update_guidance},
      {.method = Method::del,
       .path = "/api/guidance/{id}",
       .permission = "guidance.manage",
       .summary = "Delete a guidance record",
       .tag = tag,
       .handler = delete_guidance},
  };
}

}  // namespace md::receptions
