// Articles for the portal and the WeChat official account (R10.1): drafts written in the rich-
// text editor (HTML sanitized here, never trusted), cover and inline images, a review by a
// second person, scheduled publication, withdrawal; every step a case event (the history).
#include "modules/publicity/routes.hpp"
#include "modules/publicity/rules.hpp"
#include "modules/publicity/sanitize.hpp"
#include "modules/publicity/store.hpp"
#include "platform/cases/store.hpp"
#include "platform/core/errors.hpp"
#include "platform/files/attachments.hpp"
#include "platform/http/context.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"
#include "platform/jobs/jobs.hpp"

namespace md::publicity {
using http::Context;
using http::Response;
using http::Route;

namespace {

db::Row existing(Context& ctx, std::int64_t id) {
  auto r = find_article(ctx.db, id);
  if (!r) throw not_found("publicity.not_found");
  return *r;
}

Json full_json(Context& ctx, std::int64_t id) {
  db::Row r = existing(ctx, id);
  Json j = article_json(r, ctx.now, true);
  Json history = Json::array();
  if (auto case_id = r.opt_i64("case_id")) {
    for (const auto& e : cases::events_of(ctx.db, *case_id))
      history.push_back(cases::event_json(e));
  }
  j["history"] = history;
  Json actions = Json::array();
  for (const auto& a : article_workflow().actions_from(r.str("state"))) {
    if (a != "edit") actions.push_back(a);
  }
  j["actions"] = actions;
  return j;
}

// The editor's fields, sanitized; 422 with every field at fault, nothing written.
Draft draft_of(const Json& b, std::string* body_text) {
  Draft d;
  d.title = b.value("title", "");
  d.column = b.value("column", "");
  d.author = b.value("author", "");
  d.body_html = sanitize_html(b.value("bodyHtml", ""));
  d.wechat = b.value("wechat", false);
  if (b.contains("publishAt") && b["publishAt"].get<std::int64_t>() > 0) {
    d.publish_at = b["publishAt"].get<std::int64_t>();
  }
  *body_text = html_to_text(d.body_html);
  d.summary = b.value("summary", "");
  if (d.summary.find_first_not_of(" \t\r\n") == std::string::npos) {
    d.summary = html_to_text(d.body_html, 120);
  }
  throw_fields(check_draft(d, *body_text));
  return d;
}

http::ListParams list_params(const Context& ctx, std::int64_t max_rows) {
  return http::parse_list(ctx,
                          {{"updated", "a.updated_at"},
                           {"published", "a.published_at"},
                           {"title", "a.title" + std::string(ctx.db.pinyin_collation())},
                           {"state", "a.state"}},
                          "updated", max_rows);
}

http::Page query_articles(Context& ctx, const http::ListParams& p) {
  std::string where = " WHERE 1 = 1";
  db::Params params;
  if (auto s = ctx.query("state"); !s.empty()) {
    if (!article_workflow().has_state(s))
      throw bad_request("request.bad_query", {{"param", "state"}});
    where += " AND a.state = ?";
    params.push_back(s);
  }
  if (auto c = ctx.query("column"); !c.empty()) {
    if (!find_column(c)) throw bad_request("request.bad_query", {{"param", "column"}});
    where += " AND a.column_key = ?";
    params.push_back(c);
  }
  if (!p.q.empty()) {
    where += " AND " + http::search_clause({"a.title", "a.author", "a.summary"}, p.q, params);
  }
  auto now = ctx.now;
  return http::query_page(
      ctx.db, kArticleColumns,
      " FROM articles a LEFT JOIN users uc ON uc.id = a.created_by LEFT JOIN users ur ON ur.id = "
      "a.reviewed_by" +
          where,
      params, p, "a.id", [now](const db::Row& r) { return article_json(r, now, false); });
}

Response list_articles(Context& ctx) {
  auto p = list_params(ctx, 100);
  auto page = query_articles(ctx, p);
  return Response::json(http::page_json(page.items, page.total, p));
}

Response export_articles(Context& ctx) {
  auto p = list_params(ctx, 10000);
  p.page_size = 10000;
  auto page = query_articles(ctx, p);
  bool en = ctx.lang == i18n::Lang::en;
  for (auto& a : page.items) {
    a["stateText"] = ctx.t("publicity.state." + a["state"].get<std::string>());
    a["publishedText"] =
        a["publishedAt"].is_null() ? "" : http::china_time(a["publishedAt"].get<std::int64_t>());
  }
  std::vector<excel::Column> cols = {{en ? "Title" : "标题", "title", 40},
                                     {en ? "Column" : "栏目", "columnName", 12},
                                     {en ? "Author" : "作者", "author", 14},
                                     {en ? "State" : "状态", "stateText", 10},
                                     {en ? "Published" : "发布时间", "publishedText", 20},
                                     {en ? "Summary" : "摘要", "summary", 50}};
  return http::audited_xlsx(ctx, "publicity.export", "article", en ? "articles" : "宣传文章", cols,
                            page.items);
}

Response get_article(Context& ctx) { return Response::json(full_json(ctx, ctx.id())); }

cases::Case step(Context& ctx, const db::Row& r, const std::string& action,
                 const std::string& note = "") {
  auto c = cases::lock_case(ctx.db, "article", r.i64("case_id"));
  cases::Step s;
  s.action = action;
  s.actor_user_id = ctx.me().user_id;
  s.actor_name = ctx.me().display_name;
  s.note = note;
  return cases::apply_step(ctx.db, article_workflow(), c, s, ctx.now);
}

Response create_article(Context& ctx) {
  std::string text;
  Draft d = draft_of(ctx.body, &text);
  db::Transaction tx(ctx.db);
  auto id =
      ctx.db
          .query_one(
              "INSERT INTO articles (state, title, summary, column_key, author, body_html, "
              "wechat, publish_at, created_by, created_at, updated_at) VALUES ('draft', ?, "
              "?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
              {d.title, d.summary, d.column, d.author, d.body_html, std::int64_t{d.wechat ? 1 : 0},
               d.publish_at ? db::Value(*d.publish_at) : db::Value(), ctx.me().user_id, ctx.now,
               ctx.now})
          ->i64("id");
  cases::NewCase nc;
  nc.ref_no = "XC-" + std::to_string(id);
  nc.title = d.title;
  nc.actor_user_id = ctx.me().user_id;
  nc.actor_name = ctx.me().display_name;
  auto case_id = cases::open_case(ctx.db, article_workflow(), nc, ctx.now);
  ctx.db.exec("UPDATE articles SET case_id = ? WHERE id = ?", {case_id, id});
  Json after = full_json(ctx, id);
  ctx.audit("publicity.create", "article", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response update_article(Context& ctx) {
  std::string text;
  Draft d = draft_of(ctx.body, &text);
  db::Transaction tx(ctx.db);
  db::Row r = existing(ctx, ctx.id());
  Json before = article_json(r, ctx.now, true);
  step(ctx, r, "edit");  // 409 unless a draft
  ctx.db.exec(
      "UPDATE articles SET title = ?, summary = ?, column_key = ?, author = ?, body_html = ?, "
      "wechat = ?, publish_at = ?, updated_at = ? WHERE id = ?",
      {d.title, d.summary, d.column, d.author, d.body_html, std::int64_t{d.wechat ? 1 : 0},
       d.publish_at ? db::Value(*d.publish_at) : db::Value(), ctx.now, ctx.id()});
  Json after = full_json(ctx, ctx.id());
  ctx.audit("publicity.update", "article", std::to_string(ctx.id()), before, after);
  jobs::signal_change(ctx.db);  // every instance's runner then forgets its portal pages
  tx.commit();
  invalidate_portal();
  return Response::json(after);
}

// Sends a draft to review after the sensitive-word check (422 naming the words found).
Response submit_article(Context& ctx) {
  db::Transaction tx(ctx.db);
  db::Row r = existing(ctx, ctx.id());
  std::string text =
      r.str("title") + " " + r.str("summary") + " " + html_to_text(r.str("body_html"));
  auto found = find_sensitive(text, sensitive_words(ctx.db));
  if (!found.empty()) {
    std::string list;
    for (const auto& w : found) list += (list.empty() ? "" : "、") + w;
    ApiError e(422, "publicity.sensitive_words", {{"words", list}});
    e.fields.push_back({"bodyHtml", "publicity.sensitive_words", {{"words", list}}});
    throw e;
  }
  step(ctx, r, "submit");
  ctx.db.exec("UPDATE articles SET submitted_by = ?, updated_at = ? WHERE id = ?",
              {ctx.me().user_id, ctx.now, ctx.id()});
  Json after = full_json(ctx, ctx.id());
  ctx.audit("publicity.submit", "article", std::to_string(ctx.id()), nullptr, after);
  tx.commit();
  return Response::json(after);
}

Response approve_article(Context& ctx) {
  db::Transaction tx(ctx.db);
  db::Row r = existing(ctx, ctx.id());
  if (r.str("state") == "review") {
    if (auto code =
            refuse_reviewer(ctx.me().user_id, r.i64("created_by"), r.opt_i64("submitted_by"))) {
      throw conflict(*code);
    }
  }
  step(ctx, r, "approve", ctx.body.value("note", ""));
  // A scheduled article becomes visible at its time; otherwise now.
  auto at = r.opt_i64("publish_at");
  std::int64_t published = at && *at > ctx.now ? *at : ctx.now;
  ctx.db.exec("UPDATE articles SET reviewed_by = ?, published_at = ?, updated_at = ? WHERE id = ?",
              {ctx.me().user_id, published, ctx.now, ctx.id()});
  Json after = full_json(ctx, ctx.id());
  ctx.audit("publicity.approve", "article", std::to_string(ctx.id()), nullptr, after);
  jobs::signal_change(ctx.db);  // every instance's runner then forgets its portal pages
  tx.commit();
  invalidate_portal();
  return Response::json(after);
}

Response with_note(Context& ctx, const std::string& action, const std::string& audit_action) {
  // redraft declares no body: the validated body is then null.
  const Json& b = ctx.body.is_object() ? ctx.body : Json::object();
  std::string note = b.value("note", b.value("reason", ""));
  db::Transaction tx(ctx.db);
  db::Row r = existing(ctx, ctx.id());
  Json before = article_json(r, ctx.now, false);
  if ((action == "reject" || action == "withdraw") &&
      note.find_first_not_of(" \t\r\n") == std::string::npos) {
    // Checked after the state, so a wrong step answers 409 first.
    if (article_workflow().next(r.str("state"), action)) {
      throw invalid_field(action == "reject" ? "note" : "reason", "publicity.reason_required");
    }
  }
  step(ctx, r, action, note);
  ctx.db.exec("UPDATE articles SET updated_at = ? WHERE id = ?", {ctx.now, ctx.id()});
  Json after = full_json(ctx, ctx.id());
  ctx.audit(audit_action, "article", std::to_string(ctx.id()), before, after);
  jobs::signal_change(ctx.db);  // every instance's runner then forgets its portal pages
  tx.commit();
  invalidate_portal();
  return Response::json(after);
}

Response reject_article(Context& ctx) { return with_note(ctx, "reject", "publicity.reject"); }
Response withdraw_article(Context& ctx) { return with_note(ctx, "withdraw", "publicity.withdraw"); }
Response redraft_article(Context& ctx) { return with_note(ctx, "redraft", "publicity.redraft"); }

// A cover or an inline image: must really be an image (by its bytes), and the article a draft.
Response upload_image(Context& ctx) {
  std::string kind = ctx.query("kind", "image");
  if (kind != "cover" && kind != "image")
    throw bad_request("request.bad_query", {{"param", "kind"}});
  db::Row r = existing(ctx, ctx.id());
  if (r.str("state") != "draft") throw conflict("publicity.not_editable");
  std::string name = http::url_decode(ctx.req.header("x-filename"));
  if (name.empty()) name = kind + ".bin";
  if (ctx.req.body.empty()) throw invalid_field("file", "files.empty");
  auto type = files::sniff_content_type(ctx.req.body, name);
  if (!type || !type->starts_with("image/")) throw ApiError(415, "publicity.not_image");
  Json stored = files::store(ctx, "article", ctx.id(), name, ctx.req.body);
  auto att = stored["id"].get<std::int64_t>();
  if (kind == "cover") {
    db::Transaction tx(ctx.db);
    ctx.db.exec("UPDATE articles SET cover_id = ?, updated_at = ? WHERE id = ?",
                {att, ctx.now, ctx.id()});
    ctx.audit("publicity.cover", "article", std::to_string(ctx.id()), nullptr, {{"coverId", att}});
    tx.commit();
  }
  stored["url"] = file_url(att);
  stored["kind"] = kind;
  return Response::json(stored, 201);
}

Response get_words(Context& ctx) {
  Json words = sensitive_words(ctx.db);
  return Response::json({{"words", words}});
}

Response put_words(Context& ctx) {
  std::vector<std::string> raw;
  for (const auto& w : ctx.body["words"]) raw.push_back(w.get<std::string>());
  auto words = clean_word_list(raw);
  for (const auto& w : words) {
    if (http::utf8_length(w) > 30) throw invalid_field("words", "publicity.word_too_long");
  }
  db::Transaction tx(ctx.db);
  Json before = sensitive_words(ctx.db);
  replace_sensitive_words(ctx.db, words, ctx.now);
  Json after = words;
  ctx.audit("publicity.words", "sensitive_words", "", {{"words", before}}, {{"words", after}});
  tx.commit();
  return Response::json({{"words", after}});
}

Response get_columns(Context& ctx) {
  Json out = Json::array();
  bool en = ctx.lang == i18n::Lang::en;
  for (const auto& c : columns()) out.push_back({{"key", c.key}, {"name", en ? c.en : c.zh}});
  return Response::json({{"columns", out}, {"states", article_workflow().states}});
}

http::BodySchema article_body() {
  using http::str;
  return http::body(
      {str("title").req().len(1, 100), str("summary").len(0, 300),
       str("column").req().len(1, 30).doc("work | deputies | livelihood | notices | party"),
       str("author").req().len(1, 50),
       str("bodyHtml").req().len(1, 400000).doc("editor HTML; sanitized on save"),
       http::integer("publishAt").range(0, 4102444800).doc("unix seconds; 0 = on approval"),
       http::boolean("wechat").doc("also for the WeChat official account")});
}

}  // namespace

std::vector<Route> article_routes() {
  using http::Method;
  const std::string tag = "publicity";
  std::vector<http::QueryParam> filters = {
      {"state", "string", "draft | review | published | withdrawn"},
      {"column", "string", "work | deputies | livelihood | notices | party"},
      {"q", "string", "title, author or summary"}};
  auto note_body = [] { return http::body({http::str("note").len(0, 500)}); };
  return {
      {.method = Method::get,
       .path = "/api/articles",
       .permission = "publicity.read",
       .summary = "Articles (page, sort: updated | published | title | state)",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = list_articles},
      {.method = Method::get,
       .path = "/api/articles/export",
       .permission = "publicity.read",
       .summary = "Export the articles to .xlsx (the list's filters)",
       .tag = tag,
       .query = filters,
       .handler = export_articles},
      {.method = Method::get,
       .path = "/api/articles/{id}",
       .permission = "publicity.read",
       .summary = "An article with its body, history and the steps allowed now",
       .tag = tag,
       .handler = get_article},
      {.method = Method::post,
       .path = "/api/articles",
       .permission = "publicity.edit",
       .summary = "Write a draft (HTML sanitized with an allow-list)",
       .tag = tag,
       .body = article_body(),
       .handler = create_article},
      {.method = Method::put,
       .path = "/api/articles/{id}",
       .permission = "publicity.edit",
       .summary = "Change a draft (409 once sent to review)",
       .tag = tag,
       .body = article_body(),
       .handler = update_article},
      {.method = Method::post,
       .path = "/api/articles/{id}/submit",
       .permission = "publicity.edit",
       .summary = "Send a draft to review (422 naming sensitive words found)",
       .tag = tag,
       .handler = submit_article},
      {.method = Method::post,
       .path = "/api/articles/{id}/approve",
       .permission = "publicity.review",
       .summary = "Approve and publish (now or at publishAt); a second person, not the author "
                  "(409)",
       .tag = tag,
       .body = note_body(),
       .handler = approve_article},
      {.method = Method::post,
       .path = "/api/articles/{id}/reject",
       .permission = "publicity.review",
       .summary = "Send back to draft with a reason",
       .tag = tag,
       .body = note_body(),
       .handler = reject_article},
      {.method = Method::post,
       .path = "/api/articles/{id}/withdraw",
       .permission = "publicity.review",
       .summary = "Withdraw a published article from the portal with a reason",
       .tag = tag,
       .body = http::body({http::str("reason").len(0, 500)}),
       .handler = withdraw_article},
      {.method = Method::post,
       .path = "/api/articles/{id}/redraft",
       .permission = "publicity.edit",
       .summary = "Turn a withdrawn article back into a draft",
       .tag = tag,
       .handler = redraft_article},
      {.method = Method::post,
       .path = "/api/articles/{id}/images",
       .permission = "publicity.edit",
       .summary = "Upload a cover (kind=cover) or an inline image (raw body, X-Filename); 415 "
                  "unless an image",
       .tag = tag,
       .query = {{"kind", "string", "cover | image"}},
       .raw_body = true,
       .handler = upload_image},
      {.method = Method::get,
       .path = "/api/publicity/columns",
       .permission = "publicity.read",
       .summary = "The portal's columns and the article states",
       .tag = tag,
       .handler = get_columns},
      {.method = Method::get,
       .path = "/api/publicity/sensitive-words",
       .permission = "publicity.words",
       .summary = "The sensitive-word list",
       .tag = tag,
       .handler = get_words},
      {.method = Method::put,
       .path = "/api/publicity/sensitive-words",
       .permission = "publicity.words",
       .summary = "Replace the sensitive-word list (trimmed, duplicates removed)",
       .tag = tag,
       .body = http::body({http::str_array("words").req().len(0, 2000)}),
       .handler = put_words},
  };
}

}  // namespace md::publicity
