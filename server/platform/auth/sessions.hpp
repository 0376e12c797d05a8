#pragma once
// Sessions live in the database (keyed by the SM3 of the cookie token), so any instance can
// serve any request and a restart signs nobody out.
#include <optional>
#include <string>

#include "platform/auth/principal.hpp"
#include "platform/auth/rules.hpp"
#include "platform/db/db.hpp"
#include "platform/settings/settings.hpp"

namespace md::auth {

/// The security settings as one struct.
SecurityPolicy load_policy(const settings::Snapshot& settings);

/// A freshly created session's secrets (sent to the browser once).
struct NewSession {
  std::string token;
  std::string csrf;
};

/// Creates a session for a user who just signed in.
NewSession create_session(db::Connection& conn, std::int64_t user_id, const std::string& ip,
                          std::int64_t now);
/// What a session lookup found, before any write it calls for.
struct SessionLookup {
  std::optional<Principal> principal;
  std::string key;
  bool idle = false;   ///< the session exists but idled out: delete it
  bool touch = false;  ///< last-seen is over a minute old: refresh it
};
/// Reads only (safe inside a db::ReadBatch); apply the outcome with finish_lookup().
SessionLookup find_session(db::Connection& conn, std::string_view token,
                           const SecurityPolicy& policy, std::int64_t now);
/// Performs the writes a lookup called for and returns its principal.
std::optional<Principal> finish_lookup(db::Connection& conn, SessionLookup lookup,
                                       std::int64_t now);
/// Resolves a cookie token to a principal, or nullopt if unknown, expired or idle too long
/// (an idle session is deleted). Refreshes last-seen at most once a minute.
std::optional<Principal> load_session(db::Connection& conn, std::string_view token,
                                      const SecurityPolicy& policy, std::int64_t now);
/// Loads a user's principal fields (roles, permissions, org) without a session.
std::optional<Principal> load_principal(db::Connection& conn, std::int64_t user_id,
                                        const SecurityPolicy& policy, std::int64_t now);
/// Deletes one session.
void end_session(db::Connection& conn, std::string_view session_key);
/// Deletes every session of a user (password reset, lock, role change).
void end_all_sessions(db::Connection& conn, std::int64_t user_id);
/// The sessions-table key of a cookie token.
std::string session_key(std::string_view token);

}  // namespace md::auth
