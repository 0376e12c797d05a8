// The rules library's SQL.
#include "modules/regulations/store.hpp"

#include <mutex>
#include <set>

#include "modules/regulations/rules.hpp"
#include "platform/core/tenancy.hpp"
#include "platform/files/attachments.hpp"
#include "platform/http/listing.hpp"

namespace md::regulations {

const char* const kListColumns =
    "r.id, r.doc_no, r.title, r.issuer, r.category, r.status, r.issued_on, r.effective_on, "
    "r.replaced_by, r.version, r.created_at, r.updated_at";
const char* const kListFrom = " FROM regulations r";

namespace {

std::mutex index_mutex;
std::set<std::string> index_ready;  // tenant keys (platform/core/tenancy.hpp) already checked

Json opt_id(const db::Row& r, std::string_view col) {
  auto v = r.opt_i64(col);
  return v ? Json(*v) : Json();
}

void index_text(db::Connection& conn, std::int64_t id, const std::string& title,
                const std::string& body) {
  if (conn.dialect() != db::Dialect::sqlite) return;  // PostgreSQL indexes the table itself
  conn.exec("DELETE FROM regulation_fts WHERE rowid = ?", {id});
  conn.exec("INSERT INTO regulation_fts (rowid, title, body) VALUES (?, ?, ?)", {id, title, body});
}

void insert_version(db::Connection& conn, std::int64_t id, std::int64_t version,
                    const std::string& title, const std::string& body, const std::string& note,
                    std::int64_t user, const std::string& user_name, std::int64_t now) {
  conn.exec(
      "INSERT INTO regulation_versions (regulation_id, version, title, body, note, created_by, "
      "created_by_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {id, version, title, body, note, user ? db::Value(user) : db::Value(), user_name, now});
}

db::Value opt_value(const std::optional<std::int64_t>& v) {
  return v ? db::Value(*v) : db::Value();
}

}  // namespace

void ensure_search_index(db::Connection& conn) {
  bool pg = conn.dialect() == db::Dialect::postgres;
  std::lock_guard lock(index_mutex);
  std::string key = tenancy::current_key() + (pg ? "/pg" : "/sqlite");
  if (index_ready.count(key)) return;
  if (pg) {
    // pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
    conn.exec_script(
        "CREATE EXTENSION IF NOT EXISTS pg_trgm;"
        "CREATE INDEX IF NOT EXISTS regulations_title_trgm ON regulations USING gin "
        "(title gin_trgm_ops);"
        "CREATE INDEX IF NOT EXISTS regulations_body_trgm ON regulations USING gin "
        "(body gin_trgm_ops);");
  } else {
    // The trigram tokenizer (SQLite 3.34+) indexes every three characters, so Chinese text
    // without word spaces is searchable by any substring of three or more characters.
    bool fresh = !conn.query_one(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'regulation_fts'");
    conn.exec_script(
        "CREATE VIRTUAL TABLE IF NOT EXISTS regulation_fts USING fts5(title, body, "
        "tokenize = 'trigram')");
    if (fresh) {
      conn.exec(
          "INSERT INTO regulation_fts (rowid, title, body) SELECT id, title, body FROM "
          "regulations");
    }
  }
  index_ready.insert(key);
}

std::int64_t insert_regulation(db::Connection& conn, const Fields& f, const std::string& body,
                               const std::string& note, std::int64_t user,
                               const std::string& user_name, std::int64_t now) {
  auto id =
      conn.query_one(
              "INSERT INTO regulations (doc_no, title, issuer, category, status, issued_on, "
              "effective_on, replaced_by, version, body, created_by, created_at, "
              "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id",
              {f.doc_no, f.title, f.issuer, f.category, f.status, f.issued_on, f.effective_on,
               opt_value(f.replaced_by), body, user ? db::Value(user) : db::Value(), now, now})
          ->i64("id");
  insert_version(conn, id, 1, f.title, body, note, user, user_name, now);
  index_text(conn, id, f.title, body);
  return id;
}

void update_meta(db::Connection& conn, std::int64_t id, const Fields& f, std::int64_t now) {
  conn.exec(
      "UPDATE regulations SET doc_no = ?, issuer = ?, category = ?, status = ?, issued_on = ?, "
      "effective_on = ?, replaced_by = ?, updated_at = ? WHERE id = ?",
      {f.doc_no, f.issuer, f.category, f.status, f.issued_on, f.effective_on,
       opt_value(f.replaced_by), now, id});
}

std::int64_t add_version(db::Connection& conn, std::int64_t id, const std::string& title,
                         const std::string& body, const std::string& note, std::int64_t user,
                         const std::string& user_name, std::int64_t now) {
  std::int64_t next =
      conn.scalar("SELECT MAX(version) FROM regulation_versions WHERE regulation_id = ?", {id}) + 1;
  insert_version(conn, id, next, title, body, note, user, user_name, now);
  conn.exec("UPDATE regulations SET title = ?, body = ?, version = ?, updated_at = ? WHERE id = ?",
            {title, body, next, now, id});
  index_text(conn, id, title, body);
  return next;
}

Json row_json(const db::Row& r) {
  return {{"id", r.i64("id")},
          {"docNo", r.str("doc_no")},
          {"title", r.str("title")},
          {"issuer", r.str("issuer")},
          {"category", r.str("category")},
          {"status", r.str("status")},
          {"issuedOn", r.str("issued_on")},
          {"effectiveOn", r.str("effective_on")},
          {"replacedById", opt_id(r, "replaced_by")},
          {"version", r.i64("version")},
          {"createdAt", r.i64("created_at")},
          {"updatedAt", r.i64("updated_at")}};
}

std::optional<Json> regulation_json(db::Connection& conn, std::int64_t id) {
  auto row = conn.query_one(
      std::string("SELECT ") + kListColumns + ", r.body" + kListFrom + " WHERE r.id = ?", {id});
  if (!row) return std::nullopt;
  Json j = row_json(*row);
  j["body"] = row->str("body");
  j["replacedBy"] = nullptr;
  if (auto by = row->opt_i64("replaced_by")) {
    if (auto r = conn.query_one("SELECT id, title, doc_no FROM regulations WHERE id = ?", {*by}))
      j["replacedBy"] = {
          {"id", r->i64("id")}, {"title", r->str("title")}, {"docNo", r->str("doc_no")}};
  }
  j["replaces"] = Json::array();
  for (const auto& r : conn.query(
           "SELECT id, title, doc_no FROM regulations WHERE replaced_by = ? ORDER BY id", {id}))
    j["replaces"].push_back(
        {{"id", r.i64("id")}, {"title", r.str("title")}, {"docNo", r.str("doc_no")}});
  j["attachments"] = files::list_for_owner(conn, "regulation", id);
  j["versions"] = Json::array();
  for (const auto& v : conn.query(
           "SELECT version, title, note, created_by_name, created_at FROM regulation_versions "
           "WHERE regulation_id = ? ORDER BY version DESC",
           {id}))
    j["versions"].push_back({{"version", v.i64("version")},
                             {"title", v.str("title")},
                             {"note", v.str("note")},
                             {"createdBy", v.str("created_by_name")},
                             {"createdAt", v.i64("created_at")}});
  return j;
}

std::optional<std::pair<std::string, std::string>> version_text(db::Connection& conn,
                                                                std::int64_t id,
                                                                std::int64_t version) {
  auto r = conn.query_one(
      "SELECT title, body FROM regulation_versions WHERE regulation_id = ? AND version = ?",
      {id, version});
  if (!r) return std::nullopt;
  return std::make_pair(r->str("title"), r->str("body"));
}

std::string match_clause(db::Connection& conn, const std::string& query, bool indexed,
                         db::Params& params) {
  if (indexed && conn.dialect() == db::Dialect::sqlite) {
    params.push_back(fts5_phrase(query));
    return "r.id IN (SELECT rowid FROM regulation_fts WHERE regulation_fts MATCH ?)";
  }
  // PostgreSQL: ILIKE uses the pg_trgm GIN indexes for 3+ characters. Shorter queries (both
  // dialects) scan with LIKE; the caller bounds the rows looked at.
  std::string op = conn.dialect() == db::Dialect::postgres ? " ILIKE " : " LIKE ";
  params.push_back(http::like_pattern(query));
  params.push_back(http::like_pattern(query));
  return "(r.title" + op + "? ESCAPE '\\' OR r.body" + op + "? ESCAPE '\\')";
}

}  // namespace md::regulations
