#pragma once
// The request pipeline, independent of the HTTP library: route → limits → session →
// access (sign-in, forced setup, CSRF, permission) → body validation → handler → errors.
#include "platform/core/errors.hpp"
#include "platform/http/types.hpp"
#include "platform/i18n/i18n.hpp"

namespace md {
class App;
}

namespace md::http {

/// Handles one API request completely (runs on a worker thread; may block on the database).
Response dispatch(App& app, Request& req);
/// The one JSON error shape {code, message, fields[]} in the given language.
Response error_response(const ApiError& e, i18n::Lang lang);
/// Adds the security headers every response carries (CSP, nosniff, frame-ancestors …).
void add_security_headers(Response& r);
/// The headers every API answer carries (no-store, Content-Language, security headers); the
/// server adds them to pages it answers from the public page cache, too.
void finish_response(Response& resp, i18n::Lang lang);

}  // namespace md::http
