// Operations endpoints (health, readiness, the API document) and attachment transfer.
#include "modules/system/routes.hpp"
#include "platform/core/app.hpp"
#include "platform/core/errors.hpp"
#include "platform/files/attachments.hpp"
#include "platform/http/context.hpp"
#include "platform/http/openapi.hpp"

namespace md::system {
using http::Context;
using http::Json;
using http::Response;

namespace {

Response text(int status, std::string body) {
  Response r;
  r.status = status;
  r.content_type = "text/plain; charset=utf-8";
  r.body = std::move(body);
  return r;
}

Response healthz(Context&) { return text(200, "ok"); }

Response readyz(Context& ctx) {
  if (ctx.app.draining.load()) return text(503, "stopping");
  ctx.db.scalar("SELECT 1");
  return text(200, "ready");
}

Response openapi(Context& ctx) {
  return Response::json(http::openapi_document(ctx.app.router(), MINGDENG_VERSION));
}

Response upload(Context& ctx) {
  std::string type = ctx.query("ownerType");
  std::string owner = ctx.query("ownerId");
  if (owner.empty() || owner.size() > 18 ||
      owner.find_first_not_of("0123456789") != std::string::npos) {
    throw bad_request("request.bad_query", {{"param", "ownerId"}});
  }
  std::string name = http::url_decode(ctx.req.header("x-filename"));
  return Response::json(files::store(ctx, type, std::stoll(owner), name, ctx.req.body), 201);
}

Response download(Context& ctx) { return files::download(ctx, ctx.id()); }

}  // namespace

std::vector<http::Route> ops_routes() {
  using http::Access;
  using http::Method;
  const std::string tag = "system";
  return {
      {.method = Method::get,
       .path = "/healthz",
       .access = Access::public_,
       .summary = "Liveness: the process answers",
       .tag = tag,
       .handler = healthz},
      {.method = Method::get,
       .path = "/readyz",
       .access = Access::public_,
       .summary = "Readiness: the database answers and the server is not stopping",
       .tag = tag,
       .handler = readyz},
      {.method = Method::get,
       .path = "/api/openapi.json",
       .access = Access::public_,
       .summary = "This API's OpenAPI 3 document",
       .tag = tag,
       .handler = openapi},
      {.method = Method::post,
       .path = "/api/attachments",
       .access = Access::signed_in,
       .summary = "Upload a file (raw body, X-Filename header) to an owner object",
       .tag = tag,
       .query = {{"ownerType", "string", "e.g. message"},
                 {"ownerId", "integer", "owner object id"}},
       .raw_body = true,
       .handler = upload},
      {.method = Method::get,
       .path = "/api/attachments/{id}",
       .access = Access::signed_in,
       .summary = "Download a file (the owner's permission applies)",
       .tag = tag,
       .handler = download},
  };
}

}  // namespace md::system
