// Members sign in on their phone (R2.2): by scanning the QR code shown at the venue (a
// short-lived token MAC'd with the server's key and tied to the meeting's current nonce) or by
// typing the 6-digit code; only inside the meeting window, once per person, only for oneself.
#include <random>

#include "modules//orglife/routes.hpp"
#include "modules/org/people_api.hpp"
#include "modules/orglife/rules.hpp"
#include "modules/orglife/store.hpp"
#include "platform/audit/audit.hpp"
#include "platform/auth/rate_limit.hpp"
#include "platform/core/app.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"
#include "platform/crypto/base.hpp"
#include "platform/crypto/hash.hpp"

namespace md::orglife {
using http::Context;
using http::Response;
using http::Route;

namespace {

constexpr int kOpensMinutesBefore = 30;          // sign-in opens half an hour before the start
constexpr std::int64_t kTokenSeconds = 10 * 60;  // the QR page refreshes well within this
constexpr std::int64_t kCodeFailures = 10;       // wrong codes per member per ten minutes

std::string token_mac(const Context& ctx, std::int64_t meeting, std::int64_t expires,
                      const std::string& nonce) {
  return ctx.app.cipher().blind_index("orglife.signin|" + std::to_string(meeting) + "|" +
                                      std::to_string(expires) + "|" + nonce);
}

Response issue_code(Context& ctx) {
  db::Transaction tx(ctx.db);
  Meeting m = load_meeting(ctx.db, ctx.id());
  require_scope(ctx, m.org_unit_id);
  if (m.status != "planned") throw conflict("orglife.already_closed");
  if (!in_signin_window(ctx.now, m.starts_at, m.ends_at, kOpensMinutesBefore)) {
    throw conflict("orglife.outside_window");
  }
  std::string nonce = crypto::random_token(12);
  auto bytes = crypto::random_bytes(4);
  std::uint32_t n = 0;
  for (unsigned char c : bytes) n = (n << 8) | c;
  char code[8];
  std::snprintf(code, sizeof code, "%06u", n % 1000000u);
  auto expires = std::min(ctx.now + kTokenSeconds, m.ends_at);
  ctx.db.exec(
      "UPDATE meetings SET signin_nonce = ?, signin_code_hash = ?, signin_expires_at = ? "
      "WHERE id = ?",
      {nonce, signin_code_hash(m.id, code), m.ends_at, m.id});
  std::string token = std::to_string(m.id) + "." + std::to_string(expires) + "." + nonce + "." +
                      token_mac(ctx, m.id, expires, nonce);
  ctx.audit("meetings.signin_code", "meeting", std::to_string(m.id));
  tx.commit();
  return Response::json({{"meetingId", m.id},
                         {"code", code},
                         {"token", token},
                         {"expiresAt", expires},
                         {"url", "/signin?token=" + token}});
}

[[noreturn]] void refuse(Context& ctx, std::int64_t meeting, int status, const std::string& code) {
  auto e = ctx.audit_event("meetings.signin_refused", "meeting", std::to_string(meeting));
  e.ok = false;
  e.detail = code;
  audit::append_alone(ctx.db, e, ctx.now);
  throw ApiError(status, code);
}

/// The meeting a token names, if its MAC, nonce and expiry hold.
std::int64_t meeting_of_token(Context& ctx, const std::string& token) {
  auto parsed = parse_signin_token(token);
  if (!parsed) refuse(ctx, 0, 422, "orglife.bad_token");
  const auto [meeting, expires, nonce, mac] = *parsed;
  auto row = ctx.db.query_one("SELECT signin_nonce FROM meetings WHERE id = ?", {meeting});
  if (!row || !crypto::constant_time_equal(mac, token_mac(ctx, meeting, expires, nonce)) ||
      !crypto::constant_time_equal(row->str("signin_nonce"), nonce)) {
    refuse(ctx, meeting, 422, "orglife.bad_token");
  }
  if (ctx.now > expires) refuse(ctx, meeting, 422, "orglife.token_expired");
  return meeting;
}

Response sign_in(Context& ctx) {
  const auto& b = ctx.body;
  std::int64_t meeting = 0;
  std::string method;
  if (b.contains("token")) {
    meeting = meeting_of_token(ctx, b["token"].get<std::string>());
    method = "qr";
  } else if (b.contains("meetingId") && b.contains("code")) {
    meeting = b["meetingId"].get<std::int64_t>();
    // Six digits can be guessed: ten wrong codes in ten minutes lock a member out of codes
    // (only failures count, so an honest sign-in writes nothing extra).
    std::string key = "signin-code:" + std::to_string(ctx.me().user_id);
    if (!auth::under_limit(ctx.db, key, kCodeFailures, 600, ctx.now)) {
      refuse(ctx, meeting, 429, "orglife.too_many_codes");
    }
    auto row = ctx.db.query_one("SELECT signin_code_hash FROM meetings WHERE id = ?", {meeting});
    if (!row) throw not_found("orglife.meeting_not_found");
    if (!row->opt_str("signin_code_hash") ||
        !crypto::constant_time_equal(row->str("signin_code_hash"),
                                     signin_code_hash(meeting, b["code"].get<std::string>()))) {
      auth::allow(ctx.db, key, kCodeFailures, 600, ctx.now);
      refuse(ctx, meeting, 422, "orglife.bad_code");
    }
    method = "code";
  } else {
    throw invalid_field("token", "orglife.token_or_code");
  }
  Meeting m = load_meeting(ctx.db, meeting);
  if (m.status != "planned" ||
      !in_signin_window(ctx.now, m.starts_at, m.ends_at, kOpensMinutesBefore)) {
    refuse(ctx, meeting, 422, "orglife.outside_window");
  }
  auto person = org::person_of_user(ctx.db, ctx.me().user_id);
  std::string code;
  {
    db::Transaction tx(ctx.db);
    if (!person) {
      code = "orglife.not_expected";
    } else {
      auto row = ctx.db.query_one(
          "SELECT status, signed_in_at FROM meeting_attendance WHERE "
          "meeting_id = ? AND person_id = ?",
          {meeting, *person});
      if (!row) {
        code = "orglife.not_expected";
      } else if (ctx.db.exec("UPDATE meeting_attendance SET status = 'present', reason = '', "
                             "signed_in_at = ?, method = ? WHERE meeting_id = ? AND person_id = ? "
                             "AND signed_in_at IS NULL",
                             {ctx.now, method, meeting, *person}) != 1) {
        code = "orglife.already_signed_in";
      } else {
        ctx.audit("meetings.signin", "meeting", std::to_string(meeting), nullptr,
                  {{"personId", *person}, {"method", method}});
        tx.commit();
      }
    }
  }
  if (code == "orglife.not_expected") refuse(ctx, meeting, 403, code);
  if (!code.empty()) refuse(ctx, meeting, 409, code);
  return Response::json(
      {{"meetingId", meeting}, {"title", m.title}, {"signedInAt", ctx.now}, {"method", method}},
      201);
}

Response my_meetings(Context& ctx) {
  Json out = Json::array();
  auto person = org::person_of_user(ctx.db, ctx.me().user_id);
  if (!person) return Response::json(out);
  for (const auto& r : ctx.db.query(
           "SELECT a.meeting_id, a.status, a.reason, a.signed_in_at FROM meeting_attendance a "
           "JOIN meetings m ON m.id = a.meeting_id WHERE a.person_id = ? ORDER BY m.starts_at "
           "DESC LIMIT 100",
           {*person})) {
    Meeting m = load_meeting(ctx.db, r.i64("meeting_id"));
    out.push_back({{"id", m.id},
                   {"title", m.title},
                   {"type", m.type},
                   {"orgUnitName", m.org_unit_name},
                   {"startsAt", m.starts_at},
                   {"endsAt", m.ends_at},
                   {"place", m.place},
                   {"meetingStatus", m.status},
                   {"status", r.str("status")},
                   {"reason", r.str("reason")},
                   {"signedInAt", r.opt_i64("signed_in_at") ? Json(r.i64("signed_in_at")) : Json()},
                   {"canSignIn",
                    m.status == "planned" && !r.opt_i64("signed_in_at") &&
                        in_signin_window(ctx.now, m.starts_at, m.ends_at, kOpensMinutesBefore)}});
  }
  return Response::json(out);
}

Response my_missed(Context& ctx) {
  auto person = org::person_of_user(ctx.db, ctx.me().user_id);
  std::string today = china_date(ctx.now);
  Json months = Json::array();
  int streak = 0;
  if (person) {
    std::vector<std::string> attended;
    for (const auto& r : ctx.db.query(
             "SELECT DISTINCT SUBSTR(m.meeting_date, 1, 7) AS month FROM meeting_attendance a "
             "JOIN meetings m ON m.id = a.meeting_id WHERE a.person_id = ? AND a.status = "
             "'present' ORDER BY month",
             {*person})) {
      attended.push_back(r.str("month"));
    }
    auto since = ctx.db.query_one(
        "SELECT MIN(started_on) AS since FROM memberships WHERE "
        "person_id = ? AND ended_on IS NULL",
        {*person});
    std::string member_since = since && since->opt_str("since") ? since->str("since") : today;
    streak = consecutive_months_without(attended, member_since, today);
    for (const auto& r : ctx.db.query(
             "SELECT m.id, m.title, m.type, m.meeting_date, a.status, a.reason FROM "
             "meeting_attendance a JOIN meetings m ON m.id = a.meeting_id WHERE a.person_id = ? "
             "AND a.status = 'absent' ORDER BY m.meeting_date DESC LIMIT 50",
             {*person})) {
      months.push_back({{"meetingId", r.i64("id")},
                        {"title", r.str("title")},
                        {"type", r.str("type")},
                        {"date", r.str("meeting_date")},
                        {"reason", r.str("reason")}});
    }
  }
  return Response::json({{"monthsWithout", streak}, {"missed", months}});
}

}  // namespace

std::vector<Route> signin_routes() {
  using http::Method;
  const std::string tag = "orglife";
  return {
      {.method = Method::post,
       .path = "/api/meetings/{id}/signin-code",
       .permission = "orglife.manage",
       .summary = "Show the sign-in QR token and 6-digit code (during the meeting window)",
       .tag = tag,
       .handler = issue_code},
      {.method = Method::post,
       .path = "/api/signin",
       .permission = "orglife.attend",
       .summary = "Sign myself in to a meeting with the QR token or the 6-digit code",
       .tag = tag,
       .body = http::body({http::str("token").len(10, 300),
                           http::integer("meetingId").range(1, INT64_MAX),
                           http::str("code").len(6, 6)}),
       .handler = sign_in},
      {.method = Method::get,
       .path = "/api/my/meetings",
       .permission = "orglife.attend",
       .summary = "My meetings, upcoming and past, with my attendance",
       .tag = tag,
       .handler = my_meetings},
      {.method = Method::get,
       .path = "/api/my/missed",
       .permission = "orglife.attend",
       .summary = "The meetings I missed and my months without organizational life",
       .tag = tag,
       .handler = my_missed},
  };
}

}  // namespace md::orglife
