#include "platform/http/openapi.hpp"

namespace md::http {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Json error_response_ref(const char* description) {
  return {
      {"description", description},
      {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}};
}

Json operation(const Route& r) {
  Json op = {{"summary", r.summary},
             {"tags", {r.tag}},
             {"operationId", lower(method_name(r.method)) + r.path}};
  Json params = Json::array();
  for (auto seg : split_path(r.path)) {
    if (seg.size() > 2 && seg.front() == '{') {
      auto name = seg.substr(1, seg.size() - 2);
      Json schema = is_integer_param(name)
                        ? Json{{"type", "integer"}, {"minimum", 1}}
                        : Json{{"type", "string"}, {"pattern", "^[a-z0-9._-]{1,64}$"}};
      params.push_back(
          {{"name", std::string(name)}, {"in", "path"}, {"required", true}, {"schema", schema}});
    }
  }
  for (const auto& q : r.query) {
    params.push_back({{"name", q.name},
                      {"in", "query"},
                      {"required", false},
                      {"description", q.description},
                      {"schema", {{"type", q.type}}}});
  }
  if (!params.empty()) op["parameters"] = params;
  if (r.body.present) {
    op["requestBody"] = {{"required", true},
                         {"content", {{"application/json", {{"schema", to_openapi(r.body)}}}}}};
  } else if (r.raw_body) {
    op["requestBody"] = {
        {"required", true},
        {"content",
         {{"application/octet-stream", {{"schema", {{"type", "string"}, {"format", "binary"}}}}}}}};
  }
  Json responses = {{"200", {{"description", "OK"}}},
                    {"400", error_response_ref("malformed request")}};
  if (r.access != Access::public_) {
    responses["401"] = error_response_ref("not signed in");
    responses["403"] = error_response_ref("not permitted, or CSRF token missing");
    op["security"] = Json::array({{{"session", Json::array()}}});
  } else {
    op["security"] = Json::array();
  }
  if (r.body.present) responses["422"] = error_response_ref("values refused by a rule");
  op["responses"] = responses;
  op["x-access"] = r.access == Access::public_     ? "public"
                   : r.access == Access::signed_in ? "signed_in"
                                                   : "permission";
  if (r.access == Access::permission) op["x-permission"] = r.permission;
  return op;
}

}  // namespace

Json openapi_document(const Router& router, std::string_view version) {
  Json paths = Json::object();
  for (const auto& r : router.routes()) paths[r.path][lower(method_name(r.method))] = operation(r);
  Json error_schema = {{"type", "object"},
                       {"required", {"code", "message", "fields"}},
                       {"properties",
                        {{"code", {{"type", "string"}}},
                         {"message", {{"type", "string"}}},
                         {"fields",
                          {{"type", "array"},
                           {"items",
                            {{"type", "object"},
                             {"properties",
                              {{"field", {{"type", "string"}}},
                               {"code", {{"type", "string"}}},
                               {"message", {{"type", "string"}}}}}}}}}}}};
  return {{"openapi", "3.0.3"},
          {"info", {{"title", "Mingdeng API"}, {"version", std::string(version)}}},
          {"paths", paths},
          {"components",
           {{"schemas", {{"Error", error_schema}}},
            {"securitySchemes",
             {{"session", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "md_session"}}}}}}}};
}

}  // namespace md::http
