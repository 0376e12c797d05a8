#include "platform/audit/audit.hpp"

#include <stdexcept>

#include "platform/crypto/hash.hpp"
#include "platform/crypto/mask.hpp"

namespace md::audit {
namespace {

void put(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

std::string dump(const nlohmann::json& j) {
  return j.is_null() ? std::string()
                     : j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

constexpr const char* kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";

Record read_record(const db::Row& row) {
  Record r;
  r.id = row.i64("id");
  r.ts = row.i64("ts");
  r.event.user_id = row.opt_i64("user_id");
  r.event.username = row.str("username");
  r.event.ip = row.str("ip");
  r.event.action = row.str("action");
  r.event.object_type = row.str("object_type");
  r.event.object_id = row.str("object_id");
  auto before = row.str("before_json"), after = row.str("after_json");
  r.event.before =
      before.empty() ? nlohmann::json() : nlohmann::json::parse(before, nullptr, false);
  r.event.after = after.empty() ? nlohmann::json() : nlohmann::json::parse(after, nullptr, false);
  r.event.ok = row.i64("ok") != 0;
  r.event.detail = row.str("detail");
  r.prev_hash = row.str("prev_hash");
  r.hash = row.str("hash");
  return r;
}

}  // namespace

std::string chain_hash(const Record& r) {
  std::string s;
  put(s, r.prev_hash);
  put(s, std::to_string(r.id));
  put(s, std::to_string(r.ts));
  put(s, r.event.user_id ? std::to_string(*r.event.user_id) : "");
  put(s, r.event.username);
  put(s, r.event.ip);
  put(s, r.event.action);
  put(s, r.event.object_type);
  put(s, r.event.object_id);
  put(s, dump(r.event.before));
  put(s, dump(r.event.after));
  put(s, r.event.ok ? "1" : "0");
  put(s, r.event.detail);
  return crypto::sm3_hex(s);
}

void append(db::Connection& conn, const Event& e, std::int64_t now) {
  // Outside a transaction the four statements below would commit one by one and two
  // writers could link to the same previous hash, forking the chain.
  if (!conn.in_transaction()) throw std::logic_error("audit::append needs an open transaction");
  // The single head row serialises writers across threads and instances (a row lock in
  // PostgreSQL, the write lock in SQLite), so ids and links never fork.
  conn.exec("UPDATE audit_head SET seq = seq + 1 WHERE id = 1");
  auto head = conn.query_one("SELECT seq, last_hash FROM audit_head WHERE id = 1");
  if (!head) throw db::DbError("audit_head row missing");
  Record r;
  r.id = head->i64("seq");
  r.ts = now;
  r.event = e;
  r.prev_hash = head->str("last_hash");
  r.hash = chain_hash(r);
  conn.exec(
      "INSERT INTO audit_log (id, ts, user_id, username, ip, action, object_type, object_id, "
      "before_json, after_json, ok, detail, prev_hash, hash) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {r.id, r.ts, e.user_id ? db::Value(*e.user_id) : db::Value(), e.username, e.ip, e.action,
       e.object_type, e.object_id, dump(e.before), dump(e.after),
       static_cast<std::int64_t>(e.ok ? 1 : 0), e.detail, r.prev_hash, r.hash});
  conn.exec("UPDATE audit_head SET last_hash = ? WHERE id = 1", {r.hash});
}

void append_alone(db::Connection& conn, const Event& e, std::int64_t now) {
  db::Transaction tx(conn);
  append(conn, e, now);
  tx.commit();
}

VerifyResult verify(db::Connection& conn) {
  VerifyResult result;
  std::string prev = kGenesis;
  std::int64_t after_id = 0;
  // Pages of 5,000 keep memory flat for a log kept for years.
  for (;;) {
    auto rows = conn.query(
        "SELECT id, ts, user_id, username, ip, action, object_type, object_id, before_json, "
        "after_json, ok, detail, prev_hash, hash FROM audit_log WHERE id > ? ORDER BY id LIMIT "
        "5000",
        {after_id});
    if (rows.empty()) break;
    for (const auto& row : rows) {
      Record r = read_record(row);
      ++result.checked;
      Record expected = r;
      expected.prev_hash = prev;
      if (r.prev_hash != prev || chain_hash(expected) != r.hash) {
        result.ok = false;
        result.first_broken_id = r.id;
        return result;
      }
      prev = r.hash;
      after_id = r.id;
    }
  }
  // A deleted tail leaves no broken link behind it; the head row remembers the true end.
  auto head = conn.query_one("SELECT seq, last_hash FROM audit_head WHERE id = 1");
  if (head && (head->i64("seq") != after_id || head->str("last_hash") != prev)) {
    result.ok = false;
    result.first_broken_id = after_id + 1;
  }
  return result;
}

nlohmann::json mask_personal(nlohmann::json j) {
  if (!j.is_object()) return j;
  for (auto& [key, value] : j.items()) {
    if (!value.is_string()) continue;
    const auto& s = value.get_ref<const std::string&>();
    if (key == "phone")
      value = crypto::mask_phone(s);
    else if (key == "idCard" || key == "idNumber")
      value = crypto::mask_id_card(s);
  }
  return j;
}

}  // namespace md::audit
