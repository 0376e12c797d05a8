#include "modules/publicity/store.hpp"

#include "modules/publicity/rules.hpp"

namespace md::publicity {

const char* const kArticleColumns =
    "a.id, a.case_id, a.state, a.title, a.summary, a.column_key, a.author, a.body_html, "
    "a.cover_id, a.wechat, a.publish_at, a.published_at, a.created_by, a.submitted_by, "
    "a.reviewed_by, a.created_at, a.updated_at, uc.display_name AS created_by_name, "
    "ur.display_name AS reviewed_by_name";

namespace {
const char* const kArticleFrom =
    " FROM articles a LEFT JOIN users uc ON uc.id = a.created_by LEFT JOIN users ur ON ur.id = "
    "a.reviewed_by";

Json opt_json(const std::optional<std::int64_t>& v) { return v ? Json(*v) : Json(); }
}  // namespace

std::optional<db::Row> find_article(db::Connection& conn, std::int64_t id) {
  return conn.query_one(std::string("SELECT ") + kArticleColumns + kArticleFrom + " WHERE a.id = ?",
                        {id});
}

std::string file_url(std::int64_t attachment_id) {
  return "/portal/files/" + std::to_string(attachment_id);
}

Json article_json(const db::Row& r, std::int64_t now, bool with_body) {
  const Column* col = find_column(r.str("column_key"));
  auto cover = r.opt_i64("cover_id");
  Json j = {{"id", r.i64("id")},
            {"state", r.str("state")},
            {"title", r.str("title")},
            {"summary", r.str("summary")},
            {"column", r.str("column_key")},
            {"columnName", col ? col->zh : r.str("column_key")},
            {"author", r.str("author")},
            {"coverId", opt_json(cover)},
            {"coverUrl", cover ? Json(file_url(*cover)) : Json()},
            {"wechat", r.i64("wechat") != 0},
            {"publishAt", opt_json(r.opt_i64("publish_at"))},
            {"publishedAt", opt_json(r.opt_i64("published_at"))},
            {"public", is_public(r.str("state"), r.opt_i64("published_at"), now)},
            {"createdBy", r.i64("created_by")},
            {"createdByName", r.is_null("created_by_name") ? "" : r.str("created_by_name")},
            {"submittedBy", opt_json(r.opt_i64("submitted_by"))},
            {"reviewedBy", opt_json(r.opt_i64("reviewed_by"))},
            {"reviewedByName", r.is_null("reviewed_by_name") ? "" : r.str("reviewed_by_name")},
            {"createdAt", r.i64("created_at")},
            {"updatedAt", r.i64("updated_at")}};
  if (with_body) j["bodyHtml"] = r.str("body_html");
  return j;
}

std::vector<db::Row> public_articles(db::Connection& conn, std::int64_t now,
                                     const std::string& column, std::int64_t limit) {
  std::string sql = std::string("SELECT ") + kArticleColumns + kArticleFrom +
                    " WHERE a.state = 'published' AND a.published_at <= ?";
  db::Params p{now};
  if (!column.empty()) {
    sql += " AND a.column_key = ?";
    p.push_back(column);
  }
  sql += " ORDER BY a.published_at DESC, a.id DESC LIMIT ?";
  p.push_back(limit);
  return conn.query(sql, p);
}

std::optional<std::int64_t> next_due(db::Connection& conn, std::int64_t now) {
  auto r = conn.query_one(
      "SELECT MIN(published_at) AS due FROM articles WHERE state = 'published' AND published_at > "
      "?",
      {now});
  if (!r || r->is_null("due")) return std::nullopt;
  return r->i64("due");
}

std::vector<std::string> sensitive_words(db::Connection& conn) {
  std::vector<std::string> out;
  for (const auto& r : conn.query("SELECT word FROM sensitive_words ORDER BY id")) {
    out.push_back(r.str("word"));
  }
  return out;
}

void replace_sensitive_words(db::Connection& conn, const std::vector<std::string>& words,
                             std::int64_t now) {
  conn.exec("DELETE FROM sensitive_words");
  for (const auto& w : words) {
    conn.exec("INSERT INTO sensitive_words (word, created_at) VALUES (?, ?)", {w, now});
  }
}

}  // namespace md::publicity
