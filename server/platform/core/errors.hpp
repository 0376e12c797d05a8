#pragma once
// Expected failures travel as ApiError: a stable code (also the translation key), an HTTP
// status and optional field errors. The dispatcher turns them into the one JSON error shape.
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace md {

/// Named values substituted into a translated message, e.g. {"max", "32"}.
using MessageParams = std::map<std::string, std::string>;

/// One problem with one input field.
struct FieldError {
  std::string field;
  std::string code;
  MessageParams params;
};

/// An error the client caused or must know about.
class ApiError : public std::runtime_error {
 public:
  ApiError(int status_, std::string code_, MessageParams params_ = {},
           std::vector<FieldError> fields_ = {})
      : std::runtime_error(code_),
        status(status_),
        code(std::move(code_)),
        params(std::move(params_)),
        fields(std::move(fields_)) {}
  int status;
  std::string code;
  MessageParams params;
  std::vector<FieldError> fields;
};

/// 400: the request itself is malformed.
inline ApiError bad_request(std::string code, MessageParams p = {}) {
  return ApiError(400, std::move(code), std::move(p));
}
/// 404 for the named kind of object.
inline ApiError not_found(std::string code = "request.not_found") {
  return ApiError(404, std::move(code));
}
/// 403: signed in but not allowed.
inline ApiError forbidden(std::string code = "auth.forbidden") {
  return ApiError(403, std::move(code));
}
/// 409: the state of the data forbids it (duplicate, already done).
inline ApiError conflict(std::string code, MessageParams p = {}) {
  return ApiError(409, std::move(code), std::move(p));
}
/// 422 with per-field problems.
inline ApiError invalid(std::vector<FieldError> fields) {
  return ApiError(422, "validation.failed", {}, std::move(fields));
}
/// 422 for a single field.
inline ApiError invalid_field(std::string field, std::string code, MessageParams p = {}) {
  return invalid({FieldError{std::move(field), std::move(code), std::move(p)}});
}
/// Forms checked field by field collect (field, code) pairs, then call this once: 422 with
/// every problem, or nothing when there are none.
inline void throw_fields(const std::vector<std::pair<std::string, std::string>>& errors) {
  if (errors.empty()) return;
  std::vector<FieldError> fields;
  for (const auto& [f, c] : errors) fields.push_back({f, c, {}});
  throw invalid(std::move(fields));
}

}  // namespace md
