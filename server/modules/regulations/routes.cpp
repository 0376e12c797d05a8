// The rules library's routes (R6.1): the list with full-text search and highlighted snippets,
// a regulation with its versions, new regulations, metadata changes ("replaced by" links),
// new versions, and the diff between two versions.
#include "modules/regulations/routes.hpp"

#include "modules/regulations/rules.hpp"
#include "modules/regulations/store.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/context.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::regulations {
using http::Context;
using http::Method;
using http::Response;
using http::Route;

namespace {

// Rows a short (one- or two-character) query scans with LIKE: the newest ones.
constexpr std::int64_t kShortQueryScan = 1000;
// Search hits counted at most; more are reported as totalCapped.
constexpr std::int64_t kCountCap = 100;
constexpr std::size_t kSnippetRadius = 40;

std::int64_t int_param(const Context& ctx, const std::string& name, std::int64_t fallback,
                       std::int64_t lo, std::int64_t hi) {
  std::string v = ctx.query(name);
  if (v.empty()) return fallback;
  if (v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos)
    throw bad_request("request.bad_query", {{"param", name}});
  std::int64_t n = std::stoll(v);
  if (n < lo || n > hi) throw bad_request("request.bad_query", {{"param", name}});
  return n;
}

Json snippet_json(const std::vector<Segment>& segs) {
  Json out = Json::array();
  for (const auto& s : segs) out.push_back({{"text", s.text}, {"hit", s.hit}});
  return out;
}

struct SearchInput {
  std::string q, status, category;
  std::int64_t page = 1, page_size = 20;
};

Response search(Context& ctx, const SearchInput& in) {
  const std::string& raw = in.q;
  std::optional<NormalizedQuery> q;
  if (!raw.empty()) {
    q = normalize_query(raw);
    if (q->error == "regulations.query_too_long") {
      throw bad_request(*q->error, {{"max", std::to_string(kMaxQueryChars)}});
    }
    if (q->error) q.reset();  // only spaces: the plain list
  }
  std::int64_t page = in.page, page_size = in.page_size;
  std::string filters;
  db::Params filter_params;
  const std::string& status = in.status;
  if (!status.empty()) {
    if (!is_status(status)) throw bad_request("request.bad_query", {{"param", "status"}});
    filters += " AND r.status = ?";
    filter_params.push_back(status);
  }
  if (const std::string& cat = in.category; !cat.empty()) {
    filters += " AND r.category = ?";
    filter_params.push_back(cat);
  }
  std::string from = " FROM regulations r WHERE 1 = 1" + filters;
  db::Params params = filter_params;
  bool bounded = false;
  std::string order = q ? " ORDER BY r.id DESC" : " ORDER BY r.issued_on DESC, r.id DESC";
  if (q) {
    ensure_search_index(ctx.db);
    bool indexed = q->chars >= kTrigramMinChars;
    if (indexed && ctx.db.dialect() == db::Dialect::sqlite) {
      // Driven from the FTS table in rowid order, so a page and the capped count stop after
      // the hits they need instead of evaluating the phrase in every regulation.
      from =
          " FROM regulation_fts f JOIN regulations r ON r.id = f.rowid WHERE "
          "f.regulation_fts MATCH ?" +
          filters;
      params = {fts5_phrase(q->text)};
      // By the FTS rowid, not r.id: only then does the planner walk the index in order.
      order = " ORDER BY f.rowid DESC";
      params.insert(params.end(), filter_params.begin(), filter_params.end());
    } else {
      from += " AND " + match_clause(ctx.db, q->text, indexed, params);
    }
    if (!indexed) {
      from += " AND r.id IN (SELECT id FROM regulations ORDER BY id DESC LIMIT ?)";
      params.push_back(kShortQueryScan);
      bounded = ctx.db.scalar("SELECT COUNT(*) FROM regulations") > kShortQueryScan;
    }
  }
  db::ReadBatch batch(ctx.db);
  // Searches count up to kCountCap hits ("100+": totalCapped): an exact count of a phrase
  // found in nearly every regulation would cost as much as reading them all.
  std::int64_t total = q ? ctx.db.scalar("SELECT COUNT(*) FROM (SELECT r.id" + from + " LIMIT " +
                                             std::to_string(kCountCap + 1) + ") x",
                                         params)
                         : ctx.db.scalar("SELECT COUNT(*)" + from, params);
  db::Params paged = params;
  paged.push_back(page_size);
  paged.push_back((page - 1) * page_size);
  Json items = Json::array();
  for (const auto& row : ctx.db.query(
           std::string("SELECT ") + kListColumns + from + order + " LIMIT ? OFFSET ?", paged)) {
    items.push_back(row_json(row));
  }
  if (q) {
    // Snippets from the page's rows only: the text is read for at most pageSize regulations.
    for (auto& item : items) {
      auto r = ctx.db.query_one("SELECT title, body FROM regulations WHERE id = ?",
                                {item["id"].get<std::int64_t>()});
      item["titleHighlight"] = snippet_json(snippet(r->str("title"), q->text, 200));
      item["snippet"] = snippet_json(snippet(r->str("body"), q->text, kSnippetRadius));
    }
  }
  bool capped = q && total > kCountCap;
  if (capped) total = kCountCap;
  Json out = {{"items", items}, {"total", total}, {"page", page}, {"pageSize", page_size}};
  if (q) out["totalCapped"] = capped;
  if (q) out["query"] = q->text;
  if (bounded) out["searchedNewest"] = kShortQueryScan;
  return Response::json(out);
}

const char* status_text(const std::string& status, bool en) {
  if (status == "current") return en ? "In force" : "现行";
  if (status == "revised") return en ? "Revised" : "修订";
  if (status == "repealed") return en ? "Repealed" : "废止";
  return "";
}

// The catalogue as .xlsx with the list's status and category filters; a keyword narrows by
// title or document number (the full text stays in the library, not in a spreadsheet).
Response export_regulations(Context& ctx) {
  std::string where = std::string(kListFrom) + " WHERE 1 = 1";
  db::Params params;
  if (auto status = ctx.query("status"); !status.empty()) {
    if (!is_status(status)) throw bad_request("request.bad_query", {{"param", "status"}});
    where += " AND r.status = ?";
    params.push_back(status);
  }
  if (auto cat = ctx.query("category"); !cat.empty()) {
    where += " AND r.category = ?";
    params.push_back(cat);
  }
  if (auto q = ctx.query("q"); !q.empty()) {
    if (q.size() > 300) throw bad_request("request.bad_query", {{"param", "q"}});
    where += " AND " + http::search_clause({"r.title", "r.doc_no"}, q, params);
  }
  const bool en = ctx.lang == i18n::Lang::en;
  Json rows = Json::array();
  for (const auto& r : ctx.db.query(std::string("SELECT ") + kListColumns + where +
                                        " ORDER BY r.issued_on DESC, r.id DESC LIMIT 100000",
                                    params)) {
    Json j = row_json(r);
    j["statusText"] = status_text(r.str("status"), en);
    rows.push_back(std::move(j));
  }
  const std::vector<excel::Column> cols = {{en ? "Document no." : "文号", "docNo", 22},
                                           {en ? "Title" : "名称", "title", 40},
                                           {en ? "Issuer" : "制发机关", "issuer", 22},
                                           {en ? "Category" : "类别", "category", 14},
                                           {en ? "Status" : "状态", "statusText", 8},
                                           {en ? "Issued" : "发布日期", "issuedOn", 12},
                                           {en ? "Effective" : "施行日期", "effectiveOn", 12},
                                           {en ? "Version" : "版本", "version", 8}};
  return http::audited_xlsx(ctx, "regulations.export", "regulation", en ? "regulations" : "制度库",
                            cols, rows);
}

Response list_regulations(Context& ctx) {
  SearchInput in{ctx.query("q"), ctx.query("status"), ctx.query("category")};
  in.page = int_param(ctx, "page", 1, 1, 1000000);
  in.page_size = int_param(ctx, "pageSize", 20, 1, 100);
  return search(ctx, in);
}

// The same search with the query in the body: URLs are capped (8 KB) by the HTTP layer, so a
// long pasted query gets its clear 400 here instead of a dropped connection.
Response search_regulations(Context& ctx) {
  const auto& b = ctx.body;
  SearchInput in{b.value("q", ""), b.value("status", ""), b.value("category", "")};
  in.page = b.value("page", std::int64_t{1});
  in.page_size = b.value("pageSize", std::int64_t{20});
  return search(ctx, in);
}

Json existing(Context& ctx, std::int64_t id) {
  auto r = regulation_json(ctx.db, id);
  if (!r) throw not_found("regulations.not_found");
  return *r;
}

Response get_regulation(Context& ctx) { return Response::json(existing(ctx, ctx.id())); }

std::string str_of(const Json& b, const char* key) { return b.value(key, std::string()); }

std::string trimmed(std::string s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

Fields fields_of(const Json& b, const Json& before) {
  auto pick = [&](const char* key, const char* fallback_key) {
    if (b.contains(key)) return trimmed(str_of(b, key));
    return before.is_object() ? before.value(fallback_key, std::string()) : std::string();
  };
  Fields f;
  f.doc_no = pick("docNo", "docNo");
  f.title = pick("title", "title");
  f.issuer = pick("issuer", "issuer");
  f.category = pick("category", "category");
  f.status = b.contains("status") ? str_of(b, "status")
                                  : (before.is_object() ? before.value("status", "") : "current");
  f.issued_on = pick("issuedOn", "issuedOn");
  f.effective_on = pick("effectiveOn", "effectiveOn");
  if (b.contains("replacedById")) {
    if (!b["replacedById"].is_null()) f.replaced_by = b["replacedById"].get<std::int64_t>();
  } else if (before.is_object() && !before["replacedById"].is_null()) {
    f.replaced_by = before["replacedById"].get<std::int64_t>();
  }
  return f;
}

void check_all(Context& ctx, const Fields& f, std::optional<std::int64_t> self) {
  auto errors = check_meta({f.title, f.issuer, f.status, f.issued_on, f.effective_on});
  if (f.replaced_by) {
    if (self && *f.replaced_by == *self)
      errors.emplace_back("replacedById", "regulations.replaced_by_self");
    else if (!ctx.db.query_one("SELECT id FROM regulations WHERE id = ?", {*f.replaced_by}))
      errors.emplace_back("replacedById", "regulations.replaced_by_unknown");
  }
  throw_fields(errors);
}

Response create_regulation(Context& ctx) {
  ensure_search_index(ctx.db);
  Fields f = fields_of(ctx.body, nullptr);
  std::string body = ctx.body.value("body", "");
  auto errors = check_meta({f.title, f.issuer, f.status, f.issued_on, f.effective_on});
  if (trimmed(body).empty()) errors.emplace_back("body", "regulations.body_required");
  throw_fields(errors);
  db::Transaction tx(ctx.db);
  check_all(ctx, f, std::nullopt);
  auto id = insert_regulation(ctx.db, f, body, str_of(ctx.body, "note"), ctx.me().user_id,
                              ctx.me().display_name, ctx.now);
  Json after = existing(ctx, id);
  after.erase("body");
  ctx.audit("regulations.create", "regulation", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(existing(ctx, id), 201);
}

Response update_regulation(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  before.erase("body");
  if (ctx.body.contains("title") && trimmed(str_of(ctx.body, "title")) != before["title"]) {
    throw invalid_field("title", "regulations.title_by_version");
  }
  Fields f = fields_of(ctx.body, before);
  check_all(ctx, f, ctx.id());
  update_meta(ctx.db, ctx.id(), f, ctx.now);
  Json after = existing(ctx, ctx.id());
  after.erase("body");
  ctx.audit("regulations.update", "regulation", std::to_string(ctx.id()), before, after);
  tx.commit();
  return Response::json(existing(ctx, ctx.id()));
}

Response new_version(Context& ctx) {
  ensure_search_index(ctx.db);
  db::Transaction tx(ctx.db);
  Json before = existing(ctx, ctx.id());
  std::string title = ctx.body.contains("title") ? trimmed(str_of(ctx.body, "title"))
                                                 : before["title"].get<std::string>();
  std::string body = ctx.body.value("body", "");
  std::vector<std::pair<std::string, std::string>> errors;
  if (title.empty()) errors.emplace_back("title", "regulations.title_required");
  if (trimmed(body).empty()) errors.emplace_back("body", "regulations.body_required");
  throw_fields(errors);
  if (same_text(before["title"].get<std::string>(), before["body"].get<std::string>(), title,
                body)) {
    throw conflict("regulations.version_unchanged");
  }
  auto version = add_version(ctx.db, ctx.id(), title, body, str_of(ctx.body, "note"),
                             ctx.me().user_id, ctx.me().display_name, ctx.now);
  ctx.audit("regulations.version", "regulation", std::to_string(ctx.id()),
            {{"version", before["version"]}, {"title", before["title"]}},
            {{"version", version}, {"title", title}, {"note", str_of(ctx.body, "note")}});
  tx.commit();
  return Response::json(existing(ctx, ctx.id()), 201);
}

Json diff_json(const std::vector<DiffLine>& lines) {
  Json out = Json::array();
  for (const auto& l : lines) {
    static const char* kinds[] = {"same", "added", "removed"};
    Json j = {{"kind", kinds[l.kind]}, {"text", l.text}};
    if (!l.chars.empty()) {
      j["chars"] = Json::array();
      for (const auto& c : l.chars)
        j["chars"].push_back({{"kind", kinds[c.kind]}, {"text", c.text}});
    }
    out.push_back(j);
  }
  return out;
}

Response diff_versions(Context& ctx) {
  db::ReadBatch batch(ctx.db);
  Json reg = existing(ctx, ctx.id());
  std::int64_t current = reg["version"].get<std::int64_t>();
  std::int64_t to = int_param(ctx, "to", current, 1, 1000000);
  std::int64_t from = int_param(ctx, "from", to > 1 ? to - 1 : 1, 1, 1000000);
  auto a = version_text(ctx.db, ctx.id(), from);
  auto b = version_text(ctx.db, ctx.id(), to);
  if (!a || !b) throw not_found("regulations.version_not_found");
  Json out = {{"id", ctx.id()}, {"from", from}, {"to", to}};
  out["title"] = {{"from", a->first}, {"to", b->first}};
  out["lines"] = diff_json(diff_texts(a->second, b->second));
  std::int64_t added = 0, removed = 0;
  for (const auto& l : out["lines"]) {
    if (l["kind"] == "added") ++added;
    if (l["kind"] == "removed") ++removed;
  }
  out["added"] = added;
  out["removed"] = removed;
  return Response::json(out);
}

http::BodySchema meta_body(bool create) {
  auto title = http::str("title").len(0, 200);
  auto issuer = http::str("issuer").len(0, 100);
  if (create) {
    title.req();
    issuer.req();
  }
  std::vector<http::FieldSpec> f = {
      http::str("docNo").len(0, 100).doc("文号, e.g. 云人常发〔2020〕5号"),
      title,
      issuer,
      http::str("category").len(0, 50),
      http::str("status").len(0, 20).doc("current | revised | repealed"),
      http::str("issuedOn").len(0, 10).doc("YYYY-MM-DD"),
      http::str("effectiveOn").len(0, 10).doc("YYYY-MM-DD"),
      http::integer("replacedById").null_ok().range(1, 1'000'000'000'000)};
  if (create) {
    f.push_back(http::str("body").req().len(0, 200000));
    f.push_back(http::str("note").len(0, 500));
  }
  return http::body(f);
}

}  // namespace

std::vector<Route> regulation_routes() {
  const std::string tag = "regulations";
  return {
      {.method = Method::get,
       .path = "/api/regulations",
       .permission = "regulations.read",
       .summary = "Regulations, newest first; q: full-text search (Chinese substrings, 1–100 "
                  "characters, taken literally) with highlighted snippets",
       .tag = tag,
       .query = {{"q", "string", "full-text query"},
                 {"status", "string", "current | revised | repealed"},
                 {"category", "string", "a category"},
                 {"page", "integer", ""},
                 {"pageSize", "integer", "1–100"}},
       .handler = list_regulations},
      {.method = Method::post,
       .path = "/api/regulations/search",
       .permission = "regulations.read",
       .summary = "The list's full-text search with the query in the body (for long queries; "
                  "400 regulations.query_too_long over 100 characters)",
       .tag = tag,
       .body =
           http::body({http::str("q").len(0, 20000), http::str("status").len(0, 20),
                       http::str("category").len(0, 50), http::integer("page").range(1, 1000000),
                       http::integer("pageSize").range(1, 100)}),
       .handler = search_regulations},
      {.method = Method::get,
       .path = "/api/regulations/export",
       .permission = "regulations.read",
       .summary = "The catalogue as .xlsx (status, category; q narrows by title or 文号)",
       .tag = tag,
       .query = http::list_query({{"status", "string", "current | revised | repealed"},
                                  {"category", "string", "category"}}),
       .handler = export_regulations},
      {.method = Method::get,
       .path = "/api/regulations/{id}",
       .permission = "regulations.read",
       .summary = "A regulation with its text, versions and replaced-by links",
       .tag = tag,
       .handler = get_regulation},
      {.method = Method::get,
       .path = "/api/regulations/{id}/diff",
       .permission = "regulations.read",
       .summary = "The line and character diff between two versions (default: previous → current)",
       .tag = tag,
       .query = {{"from", "integer", "older version"}, {"to", "integer", "newer version"}},
       .handler = diff_versions},
      {.method = Method::post,
       .path = "/api/regulations",
       .permission = "regulations.manage",
       .summary = "Add a regulation with its first version",
       .tag = tag,
       .body = meta_body(true),
       .handler = create_regulation},
      {.method = Method::put,
       .path = "/api/regulations/{id}",
       .permission = "regulations.manage",
       .summary = "Change a regulation's metadata, status or replaced-by link (the title and "
                  "text change by a new version)",
       .tag = tag,
       .body = meta_body(false),
       .handler = update_regulation},
      {.method = Method::post,
       .path = "/api/regulations/{id}/versions",
       .permission = "regulations.manage",
       .summary = "Add a new version of the text (409 when nothing changes)",
       .tag = tag,
       .body = http::body({http::str("title").len(0, 200), http::str("body").req().len(0, 200000),
                           http::str("note").len(0, 500)}),
       .handler = new_version},
  };
}

}  // namespace md::regulations
