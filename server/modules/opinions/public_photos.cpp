// Photos from the public page (R9.2 "photos allowed"): the voter has no account, so the query
// code they were just given proves the opinion is theirs. Up to kPublicPhotoMax images within
// kPublicPhotoMinutes of submitting (rules.hpp), images only (content sniffed), at most
// opinions.photo_max_kb each, rate-limited per IP, audited. The code reaches only its own case.
#include "modules/opinions/intake.hpp"
#include "modules/opinions/routes.hpp"
#include "platform/auth/rate_limit.hpp"
#include "platform/core/errors.hpp"
#include "platform/files/attachments.hpp"

namespace md::opinions {
using http::Context;
using http::Response;

namespace {

Response add_public_photo(Context& ctx) {
  const auto& s = ctx.settings();
  // Three photos per submission at most: three times the submissions an IP may make.
  if (!auth::allow(ctx.db, "opinions.photo.ip:" + ctx.req.remote_ip,
                   s.get_int("opinions.public_per_ip_hour") * kPublicPhotoMax, 3600, ctx.now)) {
    throw ApiError(429, "opinions.too_many_submissions");
  }
  auto code = normalize_code(ctx.req.header("x-query-code"));
  auto id = code ? case_of_code(ctx.db, code_hash(*code)) : std::nullopt;
  if (!id) throw not_found("opinions.code_unknown");  // the same answer for every miss
  auto c = cases::load_case(ctx.db, "opinion", *id);
  auto o = load_opinion(ctx.db, c.id);
  auto photos = ctx.db.scalar(
      "SELECT COUNT(*) FROM attachments WHERE owner_type = 'opinion' AND owner_id = ?", {c.id});
  if (o.channel != "online" || !public_photo_allowed(c.created_at, ctx.now, photos)) {
    throw conflict("opinions.public_photo_closed",
                   {{"max", std::to_string(kPublicPhotoMax)},
                    {"minutes", std::to_string(kPublicPhotoMinutes)}});
  }
  auto max_kb = s.get_int("opinions.photo_max_kb");
  if (static_cast<std::int64_t>(ctx.req.body.size()) > max_kb * 1024) {
    throw ApiError(413, "opinions.photo_too_large", {{"max", std::to_string(max_kb / 1024)}});
  }
  std::string name = http::url_decode(ctx.req.header("x-filename"));
  if (name.empty()) name = "photo";
  auto type = files::sniff_content_type(ctx.req.body, name);
  if (!type || !type->starts_with("image/")) throw invalid_field("photo", "opinions.photo_type");
  auto stored = files::store_anonymous(ctx, "opinion", c.id, name, ctx.req.body, "voter");
  return Response::json({{"name", stored["name"]},
                         {"contentType", stored["contentType"]},
                         {"size", stored["size"]},
                         {"photos", photos + 1}},
                        201);
}

}  // namespace

std::vector<http::Route> public_photo_routes() {
  return {{.method = http::Method::post,
           .path = "/api/public/opinions/photos",
           .access = http::Access::public_,
           .summary = "The voter attaches a photo to their own new opinion: raw image body, "
                      "X-Query-Code (from the submission), X-Filename; at most 3, within 30 "
                      "minutes of submitting; images only (sniffed, 422), opinions.photo_max_kb "
                      "(413); rate-limited per IP",
           .tag = "opinions",
           .raw_body = true,
           .handler = add_public_photo}};
}

}  // namespace md::opinions
