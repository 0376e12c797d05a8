#pragma once
// The OpenAPI 3 document, generated from the registered routes, so it lists exactly what
// the server dispatches (a test still checks every route is documented in full).
#include "platform/http/router.hpp"

namespace md::http {

/// Builds the document for all routes of the router.
Json openapi_document(const Router& router, std::string_view version);

}  // namespace md::http
