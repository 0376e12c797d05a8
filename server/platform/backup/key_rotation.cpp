#include "platform/backup/key_rotation.hpp"

#include <openssl/crypto.h>

#include <cctype>
#include <set>
#include <vector>

namespace md::backup {
namespace {

// Blind indexes (keyed HMAC of a plaintext) are hex strings, impossible to recognise by their
// content: each stored one is declared here with the encrypted column it is computed from.
// Transient MACs (e.g. orglife sign-in QR tokens, valid minutes) are not stored and need none.
struct BlindIndex {
  const char* table;
  const char* index_column;
  const char* cipher_column;  // holds FieldCipher(plaintext) of the same row
};
constexpr BlindIndex kBlindIndexes[] = {
    {"people", "id_card_index", "id_card_enc"},  // org: ID-card numbers (R1.2)
};

// Tables whose rows must never change: the audit log is hash-chained (audit verify).
const std::set<std::string> kUntouchable = {"audit_log", "audit_head"};

std::string quoted(const std::string& identifier) {
  // Identifiers come from the database's own catalog, never from input; quoted all the same.
  std::string out = "\"";
  for (char c : identifier) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

struct Column {
  std::string table, column;
};

std::vector<Column> text_columns(db::Connection& conn) {
  std::vector<Column> out;
  if (conn.dialect() == db::Dialect::postgres) {
    for (const auto& r :
         conn.query("SELECT c.table_name, c.column_name FROM information_schema.columns c "
                    "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND "
                    "t.table_name = c.table_name WHERE c.table_schema = current_schema() AND "
                    "t.table_type = 'BASE TABLE' AND c.data_type IN ('text', 'character varying') "
                    "ORDER BY 1, 2")) {
      out.push_back({r.str("table_name"), r.str("column_name")});
    }
    return out;
  }
  // SQLite: ordinary tables only; virtual (full-text) tables and their shadow tables are
  // maintained by SQLite itself and never hold tokens.
  auto virtuals = conn.query(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
      "'CREATE VIRTUAL%'");
  for (const auto& t :
       conn.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                  "'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")) {
    const std::string table = t.str("name");
    bool shadow = false;
    for (const auto& v : virtuals) shadow = shadow || table.starts_with(v.str("name") + "_");
    if (shadow) continue;
    for (const auto& c : conn.query("SELECT name, type FROM pragma_table_info(?)", {table})) {
      std::string type = c.str("type");
      for (auto& ch : type) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      if (type.find("TEXT") != std::string::npos || type.find("CHAR") != std::string::npos) {
        out.push_back({table, c.str("name")});
      }
    }
  }
  return out;
}

}  // namespace

bool same_key(const crypto::FieldCipher& a, const crypto::FieldCipher& b) {
  return a.blind_index("mingdeng key comparison") == b.blind_index("mingdeng key comparison");
}

RotationReport rotate_field_key(db::Connection& conn, const crypto::FieldCipher& old_key,
                                const crypto::FieldCipher& new_key) {
  RotationReport report;
  // Blind indexes first, while the source columns still hold tokens under the old key.
  for (const auto& bi : kBlindIndexes) {
    const std::string sel =
        "SELECT id, " + quoted(bi.cipher_column) + " AS c FROM " + quoted(bi.table);
    const std::string upd =
        "UPDATE " + quoted(bi.table) + " SET " + quoted(bi.index_column) + " = ? WHERE id = ?";
    for (const auto& r : conn.query(sel)) {
      auto plain = old_key.decrypt(r.str("c"));
      if (!plain) {
        ++report.unreadable[std::string(bi.table) + "." + bi.cipher_column];
        continue;
      }
      conn.exec(upd, {new_key.blind_index(*plain), r.i64("id")});
      OPENSSL_cleanse(plain->data(), plain->size());
      ++report.blind_indexes;
    }
  }
  // Rows are updated by their physical address (SQLite rowid, PostgreSQL ctid): the token
  // columns have no index, and matching by value would scan the table once per row.
  const bool pg = conn.dialect() == db::Dialect::postgres;
  for (const auto& col : text_columns(conn)) {
    if (kUntouchable.contains(col.table)) continue;
    const std::string c = quoted(col.column);
    const auto rows =
        conn.query(std::string("SELECT ") + (pg ? "ctid::text" : "rowid") + " AS rid, " + c +
                   " AS v FROM " + quoted(col.table) + " WHERE substr(" + c + ", 1, 3) = 'v1:'");
    const std::string upd = "UPDATE " + quoted(col.table) + " SET " + c + " = ? WHERE " +
                            (pg ? "ctid = CAST(? AS tid)" : "rowid = ?");
    for (const auto& r : rows) {
      const std::string token = r.str("v");
      auto plain = old_key.decrypt(token);
      if (!plain) {
        ++report.unreadable[col.table + "." + col.column];  // wrong key, or already rotated
        continue;
      }
      db::Value rid = pg ? db::Value(r.str("rid")) : db::Value(r.i64("rid"));
      conn.exec(upd, {new_key.encrypt(*plain), rid});
      OPENSSL_cleanse(plain->data(), plain->size());
      ++report.tokens[col.table + "." + col.column];
    }
  }
  return report;
}

}  // namespace md::backup
