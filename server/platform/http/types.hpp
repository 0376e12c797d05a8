#pragma once
// Transport-neutral request and response. Only server.cpp sees RESTinio; everything else
// (dispatch, modules, tests) works with these plain structs.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace md::http {

using Json = nlohmann::json;

/// HTTP methods the API uses.
enum class Method { get, post, put, del };

/// Parses "GET"… ; nullopt for methods the API does not serve.
std::optional<Method> parse_method(std::string_view m);
/// "GET", "POST", "PUT", "DELETE".
std::string_view method_name(Method m);

/// An incoming request after transport parsing.
struct Request {
  Method method = Method::get;
  std::string path;                            ///< decoded path without the query
  std::map<std::string, std::string> query;    ///< decoded query parameters
  std::map<std::string, std::string> headers;  ///< lower-case names
  std::string body;
  std::string remote_ip;
  std::map<std::string, std::string> path_params;  ///< filled by the router

  /// A header value or "".
  std::string header(const std::string& lower_name) const;
  /// A cookie value or "".
  std::string cookie(std::string_view name) const;
};

/// An outgoing response.
struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  /// A JSON response.
  static Response json(const Json& j, int status = 200);
  /// An empty 204.
  static Response no_content();
  /// A file download with a Content-Disposition filename (UTF-8, RFC 5987 encoded).
  static Response download(std::string body, std::string content_type, std::string_view filename);
};

/// The standard reason phrase of a status code ("Not Found").
std::string_view reason_phrase(int status);
/// Percent-decodes a URL component ('+' as space when `plus_is_space`).
std::string url_decode(std::string_view s, bool plus_is_space = false);
/// Percent-encodes for use in a header or URL component.
std::string url_encode(std::string_view s);
/// Splits "a=1&b=2" into a map.
std::map<std::string, std::string> parse_query(std::string_view qs);

}  // namespace md::http
