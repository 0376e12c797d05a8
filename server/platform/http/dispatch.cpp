#include "platform/http/dispatch.hpp"

#include <spdlog/spdlog.h>

#include <chrono>

#include "platform/auth/sessions.hpp"
#include "platform/core/app.hpp"
#include "platform/core/tenancy.hpp"
#include "platform/crypto/base.hpp"
#include "platform/http/context.hpp"
#include "platform/http/schema.hpp"
#include "platform/observability/request_log.hpp"

namespace md::http {
namespace {

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Enforces what the route declares. Order matters: a stranger learns only "sign in"
// (401), and a half-set-up account can do nothing but finish its setup.
void check_access(const Route& route, const Context& ctx) {
  if (route.access == Access::public_) return;
  if (!ctx.user) throw ApiError(401, "auth.required");
  const auto& u = *ctx.user;
  if (route.method != Method::get &&
      !crypto::constant_time_equal(ctx.req.header("x-csrf-token"), u.csrf_token)) {
    throw forbidden("auth.csrf");
  }
  if (!route.allowed_before_setup) {
    if (u.must_change_password) throw forbidden("auth.password_change_required");
    if (u.totp_required && !u.totp_enabled) throw forbidden("auth.totp_enrollment_required");
  }
  if (route.access == Access::permission && !u.can(route.permission)) throw forbidden();
}

Response run(App& app, Request& req, const Route& route, i18n::Lang& lang) {
  std::size_t limit = route.raw_body ? app.config().max_upload : app.config().max_json_body;
  if (req.body.size() > limit) {
    throw ApiError(413, "request.too_large", {{"max", std::to_string(limit / 1024) + " KB"}});
  }
  // The Host picks the tenant's database; the session cookie is looked up there, so a
  // session of one tenant is unknown (401) on every other tenant's host.
  auto tenant = app.tenants().route(req.header("host"));
  if (!tenant.pool) throw ApiError(503, "tenant.suspended");
  tenancy::Scope scope(tenant.tenant);
  observability::PoolUse pool_use;  // the pool gauges of /metrics
  auto conn = tenant.pool->acquire();
  pool_use.acquired();
  std::int64_t now = unix_now();
  Context ctx(app, req, *conn, lang, now);
  std::string token = req.cookie("md_session");
  auth::SessionLookup lookup;
  {
    db::ReadBatch reads(*conn);  // settings + session + roles under one SQLite read lock
    auto policy = auth::load_policy(ctx.settings());
    if (!token.empty()) lookup = auth::find_session(*conn, token, policy, now);
  }
  ctx.user = auth::finish_lookup(*conn, std::move(lookup), now);
  if (ctx.user) observability::note_user(ctx.user->user_id);  // access log
  check_access(route, ctx);
  if (route.body.present) ctx.body = parse_and_validate(req.body, route.body);
  Response resp = route.handler(ctx);
  for (auto& h : ctx.extra_headers) resp.headers.push_back(std::move(h));
  lang = ctx.lang;
  return resp;
}

}  // namespace

Response error_response(const ApiError& e, i18n::Lang lang) {
  Json fields = Json::array();
  for (const auto& f : e.fields) {
    fields.push_back({{"field", f.field},
                      {"code", f.code},
                      {"message", i18n::translate(f.code, lang, f.params)}});
  }
  Response r = Response::json(
      {{"code", e.code}, {"message", i18n::translate(e.code, lang, e.params)}, {"fields", fields}},
      e.status);
  if (e.status == 429 || e.status == 503) r.headers.emplace_back("Retry-After", "60");
  return r;
}

void add_security_headers(Response& r) {
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  r.headers.emplace_back("X-Frame-Options", "DENY");
  r.headers.emplace_back("Referrer-Policy", "same-origin");
  r.headers.emplace_back(
      "Content-Security-Policy",
      "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
      "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      "form-action 'self'; frame-ancestors 'none'");
}

void finish_response(Response& resp, i18n::Lang lang) {
  resp.headers.emplace_back("Cache-Control", "no-store");
  resp.headers.emplace_back("Content-Language", std::string(i18n::lang_tag(lang)));
  add_security_headers(resp);
}

Response dispatch(App& app, Request& req) {
  i18n::Lang lang = i18n::parse_accept_language(req.header("accept-language"));
  observability::RequestScope trace(req);  // request id, metrics, access log
  Response resp;
  try {
    auto match = app.router().match(req.method, req.path);
    if (!match.route) {
      throw ApiError(match.path_known ? 405 : 404,
                     match.path_known ? "request.method_not_allowed" : "request.not_found");
    }
    trace.set_route(match.route);
    req.path_params = std::move(match.params);
    resp = run(app, req, *match.route, lang);
  } catch (const ApiError& e) {
    resp = error_response(e, lang);
  } catch (const db::DbError& e) {
    if (e.unique_violation) {
      resp = error_response(conflict("request.duplicate"), lang);
    } else if (e.unavailable) {
      spdlog::warn("database unavailable: {}", e.what());
      resp = error_response(ApiError(503, "server.unavailable"), lang);
    } else {
      spdlog::error("database error on {} {}: {}", method_name(req.method), req.path, e.what());
      resp = error_response(ApiError(500, "server.internal"), lang);
    }
  } catch (const std::exception& e) {
    spdlog::error("unhandled error on {} {}: {}", method_name(req.method), req.path, e.what());
    resp = error_response(ApiError(500, "server.internal"), lang);
  }
  finish_response(resp, lang);
  trace.finish(resp);
  return resp;
}

}  // namespace md::http
