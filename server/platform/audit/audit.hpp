#pragma once
// The tamper-evident audit log. Each record's SM3 hash covers its fields and the previous
// record's hash, so editing or deleting any record breaks every later link.
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "platform/db/db.hpp"

namespace md::audit {

/// One audited event. before/after hold personal data already masked.
struct Event {
  std::optional<std::int64_t> user_id;
  std::string username;
  std::string ip;
  std::string action;  ///< stable code, e.g. "users.create", "auth.login"
  std::string object_type;
  std::string object_id;
  nlohmann::json before = nullptr;
  nlohmann::json after = nullptr;
  bool ok = true;
  std::string detail;
};

/// The stored form of an event, as hashed.
struct Record {
  std::int64_t id = 0;
  std::int64_t ts = 0;
  Event event;
  std::string prev_hash;
  std::string hash;
};

/// The SM3 chain hash of a record: length-prefixed fields, so no two records collide by
/// moving text between fields. Pure; used when writing and when verifying.
std::string chain_hash(const Record& r);

/// Appends inside the caller's open transaction (so the change and its record commit
/// together); throws std::logic_error when no transaction is open.
void append(db::Connection& conn, const Event& e, std::int64_t now);
/// Appends in a transaction of its own (sign-in failures and other events without a change).
void append_alone(db::Connection& conn, const Event& e, std::int64_t now);

/// Result of walking the chain.
struct VerifyResult {
  bool ok = true;
  std::int64_t checked = 0;
  std::optional<std::int64_t> first_broken_id;
};
/// Recomputes every hash in id order and reports the first record that does not match.
VerifyResult verify(db::Connection& conn);

/// Replaces personal fields (phone, idCard) in a JSON object with their masked forms.
nlohmann::json mask_personal(nlohmann::json j);

}  // namespace md::audit
