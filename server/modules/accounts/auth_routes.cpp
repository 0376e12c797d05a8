// Sign-in and self-service. Every outcome of a sign-in, good or bad, is audited.
#include "modules/accounts/routes.hpp"
#include "modules/accounts/store.hpp"
#include "platform/audit/audit.hpp"
#include "platform/auth/rate_limit.hpp"
#include "platform/auth/sessions.hpp"
#include "platform/core/app.hpp"
#include "platform/crypto/password.hpp"
#include "platform/crypto/totp.hpp"
#include "platform/messages/messages.hpp"
#include "platform/settings/settings.hpp"

namespace md::accounts {
using http::Context;
using http::Json;
using http::Response;
using http::Route;

namespace {

// Verified when the username is unknown, so a wrong name costs as long as a wrong password.
const std::string& dummy_hash() {
  static const std::string h = crypto::hash_password("not-a-real-password-Aa1!");
  return h;
}

std::string cookie(const Context& ctx, const std::string& name, const std::string& value,
                   bool http_only) {
  std::string c = name + "=" + value + "; Path=/; SameSite=Strict";
  if (http_only) c += "; HttpOnly";
  if (ctx.app.config().secure_cookies) c += "; Secure";
  if (value.empty()) c += "; Max-Age=0";
  return c;
}

void audit_login(Context& ctx, const std::string& username, std::optional<std::int64_t> user_id,
                 bool ok, const std::string& detail) {
  auto e = ctx.audit_event(ok ? "auth.login" : "auth.login_failed", "user",
                           user_id ? std::to_string(*user_id) : "");
  e.user_id = user_id;
  e.username = username;
  e.ok = ok;
  e.detail = detail;
  audit::append_alone(ctx.db, e, ctx.now);
}

Response login(Context& ctx) {
  std::string username = ctx.body["username"].get<std::string>();
  for (auto& c : username) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string password = ctx.body["password"].get<std::string>();
  std::string code = ctx.body.value("totpCode", "");
  auto per_ip = ctx.settings().get_int("security.login_rate_per_ip");
  if (!auth::allow(ctx.db, "login:" + ctx.req.remote_ip, per_ip, 300, ctx.now)) {
    throw ApiError(429, "request.rate_limited");
  }
  auto policy = auth::load_policy(ctx.settings());
  auto u = ctx.db.query_one(
      "SELECT id, password_hash, status, failed_attempts, locked_until, totp_enabled, "
      "totp_secret_enc, totp_last_step FROM users WHERE username = ?",
      {username});
  if (!u) {
    crypto::verify_password(dummy_hash(), password);
    audit_login(ctx, username, std::nullopt, false, "unknown user");
    throw ApiError(401, "auth.invalid_credentials");
  }
  std::int64_t id = u->i64("id");
  auth::LoginState state{static_cast<int>(u->i64("failed_attempts")), u->i64("locked_until")};
  auto minutes = std::to_string(policy.lock_seconds / 60);
  if (auth::is_locked(state, ctx.now)) {
    audit_login(ctx, username, id, false, "locked");
    throw ApiError(429, "auth.locked", {{"minutes", minutes}});
  }
  auto fail = [&](const std::string& why, const std::string& code_on_fail) {
    state = auth::after_failure(state, policy, ctx.now);
    ctx.db.exec("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?",
                {static_cast<std::int64_t>(state.failed_attempts), state.locked_until, id});
    audit_login(ctx, username, id, false, why);
    if (auth::is_locked(state, ctx.now)) throw ApiError(429, "auth.locked", {{"minutes", minutes}});
    throw ApiError(401, code_on_fail);
  };
  if (!crypto::verify_password(u->str("password_hash"), password)) {
    fail("wrong password", "auth.invalid_credentials");
  }
  if (u->str("status") != "active") {
    audit_login(ctx, username, id, false, "disabled");
    throw forbidden("auth.disabled");
  }
  std::int64_t step = u->i64("totp_last_step");
  if (u->i64("totp_enabled")) {
    if (code.empty()) throw ApiError(401, "auth.totp_required");
    auto secret = ctx.app.cipher().decrypt(u->str("totp_secret_enc"));
    auto accepted = secret ? crypto::verify_totp(*secret, code, ctx.now) : std::nullopt;
    // A code is good once: a step not newer than the last accepted one is a replay.
    if (!accepted || *accepted <= step) fail("wrong one-time code", "auth.totp_invalid");
    step = *accepted;
  }
  db::Transaction tx(ctx.db);
  ctx.db.exec(
      "UPDATE users SET failed_attempts = 0, locked_until = 0, last_login_at = ?, "
      "totp_last_step = ? WHERE id = ?",
      {ctx.now, step, id});
  auto session = auth::create_session(ctx.db, id, ctx.req.remote_ip, ctx.now);
  tx.commit();
  audit_login(ctx, username, id, true, "");
  auto p = auth::load_principal(ctx.db, id, policy, ctx.now);
  p->session_key = auth::session_key(session.token);
  p->csrf_token = session.csrf;
  ctx.user = p;
  ctx.extra_headers.emplace_back("Set-Cookie", cookie(ctx, "md_session", session.token, true));
  ctx.extra_headers.emplace_back("Set-Cookie", cookie(ctx, "md_csrf", session.csrf, false));
  return Response::json(me_json(ctx, *p));
}

Response logout(Context& ctx) {
  db::Transaction tx(ctx.db);
  auth::end_session(ctx.db, ctx.me().session_key);
  ctx.audit("auth.logout", "user", std::to_string(ctx.me().user_id));
  tx.commit();
  ctx.extra_headers.emplace_back("Set-Cookie", cookie(ctx, "md_session", "", true));
  ctx.extra_headers.emplace_back("Set-Cookie", cookie(ctx, "md_csrf", "", false));
  return Response::no_content();
}

Response me(Context& ctx) { return Response::json(me_json(ctx, ctx.me())); }

Response reload_me(Context& ctx) {
  auto p =
      auth::load_principal(ctx.db, ctx.me().user_id, auth::load_policy(ctx.settings()), ctx.now);
  p->session_key = ctx.me().session_key;
  p->csrf_token = ctx.me().csrf_token;
  ctx.user = p;
  return Response::json(me_json(ctx, *p));
}

Response change_password(Context& ctx) {
  const auto& user = ctx.me();
  std::string old_pw = ctx.body["oldPassword"].get<std::string>();
  std::string new_pw = ctx.body["newPassword"].get<std::string>();
  auto hash = ctx.db.query_one(
      "SELECT password_hash, failed_attempts, locked_until FROM users WHERE id = ?",
      {user.user_id});
  if (!crypto::verify_password(hash->str("password_hash"), old_pw)) {
    // Wrong current passwords count towards the lock like wrong sign-ins, so a left-open
    // session cannot be used to guess the password; reaching the limit signs the user out.
    auto policy = auth::load_policy(ctx.settings());
    auto state = auth::after_failure(
        {static_cast<int>(hash->i64("failed_attempts")), hash->i64("locked_until")}, policy,
        ctx.now);
    db::Transaction tx(ctx.db);
    ctx.db.exec(
        "UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?",
        {static_cast<std::int64_t>(state.failed_attempts), state.locked_until, user.user_id});
    auto e = ctx.audit_event("auth.password_change_failed", "user", std::to_string(user.user_id));
    e.ok = false;
    e.detail = "wrong current password";
    audit::append(ctx.db, e, ctx.now);
    if (auth::is_locked(state, ctx.now)) auth::end_all_sessions(ctx.db, user.user_id);
    tx.commit();
    if (auth::is_locked(state, ctx.now)) {
      throw ApiError(429, "auth.locked", {{"minutes", std::to_string(policy.lock_seconds / 60)}});
    }
    throw invalid_field("oldPassword", "auth.wrong_old_password");
  }
  auto min_len = static_cast<int>(ctx.settings().get_int("security.password_min_length"));
  std::vector<FieldError> errors;
  for (const auto& c : crypto::password_policy_violations(new_pw, user.username, min_len)) {
    errors.push_back({"newPassword", c, {{"min", std::to_string(min_len)}}});
  }
  if (errors.empty() && new_pw == old_pw)
    errors.push_back({"newPassword", "auth.password_reused", {}});
  if (!errors.empty()) throw invalid(errors);
  db::Transaction tx(ctx.db);
  ctx.db.exec(
      "UPDATE users SET password_hash = ?, password_changed_at = ?, must_change_password = 0, "
      "failed_attempts = 0 WHERE id = ?",
      {crypto::hash_password(new_pw), ctx.now, user.user_id});
  // Other devices signed in with the old password are signed out.
  ctx.db.exec("DELETE FROM sessions WHERE user_id = ? AND key <> ?",
              {user.user_id, user.session_key});
  ctx.audit("auth.password_change", "user", std::to_string(user.user_id));
  tx.commit();
  return reload_me(ctx);
}

Response totp_setup(Context& ctx) {
  const auto& user = ctx.me();
  if (user.totp_enabled) throw conflict("auth.totp_already_enabled");
  std::string secret = crypto::generate_totp_secret();
  db::Transaction tx(ctx.db);
  ctx.db.exec("UPDATE users SET totp_secret_enc = ? WHERE id = ?",
              {ctx.app.cipher().encrypt(secret), user.user_id});
  ctx.audit("auth.totp_setup", "user", std::to_string(user.user_id));
  tx.commit();
  return Response::json(
      {{"secret", secret},
       {"otpauthUri", crypto::otpauth_uri("明灯 Mingdeng", user.username, secret)}});
}

Response totp_enable(Context& ctx) {
  const auto& user = ctx.me();
  if (user.totp_enabled) throw conflict("auth.totp_already_enabled");
  auto row = ctx.db.query_one("SELECT totp_secret_enc FROM users WHERE id = ?", {user.user_id});
  auto secret = ctx.app.cipher().decrypt(row->str("totp_secret_enc"));
  if (!secret) throw conflict("auth.totp_not_set_up");
  auto step = crypto::verify_totp(*secret, ctx.body["code"].get<std::string>(), ctx.now);
  if (!step) throw invalid_field("code", "auth.totp_invalid");
  db::Transaction tx(ctx.db);
  ctx.db.exec("UPDATE users SET totp_enabled = 1, totp_last_step = ? WHERE id = ?",
              {*step, user.user_id});
  ctx.audit("auth.totp_enable", "user", std::to_string(user.user_id));
  tx.commit();
  return reload_me(ctx);
}

Response preferences(Context& ctx) {
  std::string lang = ctx.body["lang"].get<std::string>();
  db::Transaction tx(ctx.db);
  ctx.db.exec("UPDATE users SET lang = ? WHERE id = ?", {lang, ctx.me().user_id});
  ctx.audit("auth.preferences", "user", std::to_string(ctx.me().user_id), {{"lang", ctx.me().lang}},
            {{"lang", lang}});
  tx.commit();
  return reload_me(ctx);
}

}  // namespace

Json me_json(Context& ctx, const auth::Principal& p) {
  Json org = nullptr;
  if (p.org_unit_id) org = {{"id", *p.org_unit_id}, {"name", p.org_unit_name}};
  auto idle = ctx.settings().get_int("security.idle_minutes") * 60;
  return {{"id", p.user_id},
          {"username", p.username},
          {"displayName", p.display_name},
          {"roles", p.roles},
          {"permissions", p.permissions},
          {"orgUnit", org},
          {"organizationName", ctx.settings().get_text("general.organization_name")},
          {"mustChangePassword", p.must_change_password},
          {"totpEnabled", p.totp_enabled},
          {"totpRequired", p.totp_required},
          {"lang", p.lang},
          {"unreadMessages", messages::unread_count(ctx.db, p.user_id)},
          {"idleTimeoutSeconds", idle}};
}

std::vector<Route> auth_routes() {
  using http::Access;
  using http::Method;
  const std::string tag = "accounts";
  return {
      {.method = Method::post,
       .path = "/api/auth/login",
       .access = Access::public_,
       .summary = "Sign in with username, password and (for admins) a one-time code",
       .tag = tag,
       .body =
           http::body({http::str("username").req().len(1, 64),
                       http::str("password").req().len(1, 128), http::str("totpCode").len(0, 6)}),
       .handler = login},
      {.method = Method::post,
       .path = "/api/auth/logout",
       .access = Access::signed_in,
       .summary = "Sign out",
       .tag = tag,
       .allowed_before_setup = true,
       .handler = logout},
      {.method = Method::get,
       .path = "/api/auth/me",
       .access = Access::signed_in,
       .summary = "The signed-in user with roles and permissions",
       .tag = tag,
       .allowed_before_setup = true,
       .handler = me},
      {.method = Method::post,
       .path = "/api/auth/password",
       .access = Access::signed_in,
       .summary = "Change the own password",
       .tag = tag,
       .body = http::body({http::str("oldPassword").req().len(1, 128),
                           http::str("newPassword").req().len(1, 128)}),
       .allowed_before_setup = true,
       .handler = change_password},
      {.method = Method::post,
       .path = "/api/auth/totp/setup",
       .access = Access::signed_in,
       .summary = "Start setting up an authenticator (returns the secret)",
       .tag = tag,
       .allowed_before_setup = true,
       .handler = totp_setup},
      {.method = Method::post,
       .path = "/api/auth/totp/enable",
       .access = Access::signed_in,
       .summary = "Finish authenticator setup with a code",
       .tag = tag,
       .body = http::body({http::str("code").req().len(6, 6)}),
       .allowed_before_setup = true,
       .handler = totp_enable},
      {.method = Method::put,
       .path = "/api/auth/preferences",
       .access = Access::signed_in,
       .summary = "Set the own language",
       .tag = tag,
       .body = http::body({http::str("lang").req().options({"zh-CN", "en"})}),
       .allowed_before_setup = true,
       .handler = preferences},
  };
}

}  // namespace md::accounts
