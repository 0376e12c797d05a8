#pragma once
// A route is data: method, path pattern, who may call it, what it accepts, and its handler.
// The dispatcher enforces the declaration; the OpenAPI document is generated from it.
#include <functional>
#include <string>
#include <vector>

#include "platform/http/schema.hpp"
#include "platform/http/types.hpp"

namespace md::http {

class Context;

/// Who may call a route.
enum class Access {
  public_,    ///< anyone, signed in or not
  signed_in,  ///< any signed-in user
  permission  ///< a signed-in user whose roles grant `permission`
};

/// One endpoint.
struct Route {
  Method method = Method::get;
  std::string path;  ///< e.g. "/api/users/{id}"; {name} segments are integer ids
  Access access = Access::permission;
  std::string permission;  ///< with Access::permission
  std::string summary;     ///< one line for the OpenAPI document
  std::string tag;         ///< module name
  BodySchema body;
  std::vector<QueryParam> query;
  bool raw_body = false;              ///< body is a file, not JSON (uploads)
  bool allowed_before_setup = false;  ///< usable while a password change / TOTP setup is due
  std::function<Response(Context&)> handler;
};

}  // namespace md::http
