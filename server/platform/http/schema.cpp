#include "platform/http/schema.hpp"

#include <algorithm>

#include "platform/core/errors.hpp"

namespace md::http {

FieldSpec str(std::string name) { return FieldSpec{.name = std::move(name)}; }
FieldSpec integer(std::string name) {
  return FieldSpec{.name = std::move(name), .type = FieldType::integer};
}
FieldSpec boolean(std::string name) {
  return FieldSpec{.name = std::move(name), .type = FieldType::boolean};
}
FieldSpec str_array(std::string name) {
  return FieldSpec{.name = std::move(name), .type = FieldType::string_array, .max_length = 50};
}
FieldSpec int_array(std::string name) {
  return FieldSpec{.name = std::move(name), .type = FieldType::integer_array, .max_length = 1000};
}

FieldSpec any_value(std::string name) {
  return FieldSpec{.name = std::move(name), .type = FieldType::any};
}

BodySchema body(std::vector<FieldSpec> fields) { return BodySchema{true, std::move(fields)}; }

std::vector<QueryParam> list_query(std::vector<QueryParam> filters) {
  std::vector<QueryParam> q = {
      {"page", "integer", "page number, from 1"},
      {"pageSize", "integer", "rows per page, 1–100"},
      {"sort", "string", "column to sort by"},
      {"order", "string", "asc or desc"},
      {"q", "string", "search text"},
  };
  q.insert(q.end(), filters.begin(), filters.end());
  return q;
}

std::size_t utf8_length(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool is_clean_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') return false;
    if (c == 0x7f) return false;
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

namespace {

std::string_view type_name(FieldType t) {
  switch (t) {
    case FieldType::string:
      return "string";
    case FieldType::integer:
      return "integer";
    case FieldType::boolean:
      return "boolean";
    case FieldType::string_array:
      return "array of strings";
    case FieldType::integer_array:
      return "array of integers";
    case FieldType::object:
      return "object";
    case FieldType::any:
      return "any";
  }
  return "string";
}

bool has_type(const Json& v, FieldType t) {
  switch (t) {
    case FieldType::string:
      return v.is_string();
    case FieldType::integer:
      return v.is_number_integer();
    case FieldType::boolean:
      return v.is_boolean();
    case FieldType::object:
      return v.is_object();
    case FieldType::any:
      return true;
    case FieldType::string_array:
      return v.is_array() &&
             std::all_of(v.begin(), v.end(), [](const Json& e) { return e.is_string(); });
    case FieldType::integer_array:
      return v.is_array() &&
             std::all_of(v.begin(), v.end(), [](const Json& e) { return e.is_number_integer(); });
  }
  return false;
}

void check_string(const FieldSpec& f, const std::string& s, std::vector<FieldError>& errors) {
  if (!is_clean_utf8(s)) {
    errors.push_back({f.name, "validation.bad_characters", {}});
    return;
  }
  std::size_t n = utf8_length(s);
  if (f.required && n == 0) {
    errors.push_back({f.name, "validation.required", {}});
  } else if (n > f.max_length) {
    errors.push_back({f.name, "validation.too_long", {{"max", std::to_string(f.max_length)}}});
  } else if (n < f.min_length) {
    errors.push_back({f.name, "validation.too_short", {{"min", std::to_string(f.min_length)}}});
  } else if (!f.one_of.empty() &&
             std::find(f.one_of.begin(), f.one_of.end(), s) == f.one_of.end()) {
    errors.push_back({f.name, "validation.not_an_option", {}});
  }
}

void check_value(const FieldSpec& f, const Json& v, std::vector<FieldError>& errors) {
  switch (f.type) {
    case FieldType::string:
      check_string(f, v.get_ref<const std::string&>(), errors);
      break;
    case FieldType::integer: {
      auto n = v.get<std::int64_t>();
      if ((f.min && n < *f.min) || (f.max && n > *f.max)) {
        errors.push_back({f.name,
                          "validation.out_of_range",
                          {{"min", f.min ? std::to_string(*f.min) : ""},
                           {"max", f.max ? std::to_string(*f.max) : ""}}});
      }
      break;
    }
    case FieldType::string_array:
    case FieldType::integer_array:
      if (v.size() > f.max_length) {
        errors.push_back({f.name, "validation.too_many", {{"max", std::to_string(f.max_length)}}});
      } else if (f.required && v.size() < std::max<std::size_t>(f.min_length, 1)) {
        errors.push_back({f.name, "validation.required", {}});
      } else if (f.type == FieldType::string_array) {
        for (const auto& e : v) {
          FieldSpec item = f;
          item.max_length = 200;
          item.required = false;
          check_string(item, e.get_ref<const std::string&>(), errors);
        }
      }
      break;
    default:
      break;
  }
}

}  // namespace

Json parse_and_validate(std::string_view body_text, const BodySchema& schema) {
  Json j = Json::parse(body_text.empty() ? std::string_view("{}") : body_text, nullptr, false);
  if (j.is_discarded()) throw bad_request("request.malformed_json");
  if (!j.is_object()) throw bad_request("request.body_not_object");
  for (const auto& [key, value] : j.items()) {
    auto it = std::find_if(schema.fields.begin(), schema.fields.end(),
                           [&](const FieldSpec& f) { return f.name == key; });
    if (it == schema.fields.end()) {
      throw ApiError(400, "request.unknown_field", {{"field", key}},
                     {FieldError{key, "request.unknown_field", {{"field", key}}}});
    }
    if (value.is_null() ? !it->nullable : !has_type(value, it->type)) {
      std::string expected(type_name(it->type));
      throw ApiError(
          400, "request.wrong_type", {{"field", key}, {"expected", expected}},
          {FieldError{key, "request.wrong_type", {{"field", key}, {"expected", expected}}}});
    }
  }
  std::vector<FieldError> errors;
  for (const auto& f : schema.fields) {
    if (!j.contains(f.name) || j[f.name].is_null()) {
      if (f.required) errors.push_back({f.name, "validation.required", {}});
      continue;
    }
    check_value(f, j[f.name], errors);
  }
  if (!errors.empty()) throw invalid(std::move(errors));
  return j;
}

Json to_openapi(const BodySchema& schema) {
  Json props = Json::object();
  Json required = Json::array();
  for (const auto& f : schema.fields) {
    Json p;
    switch (f.type) {
      case FieldType::string:
        p = {{"type", "string"}, {"maxLength", f.max_length}};
        if (f.min_length) p["minLength"] = f.min_length;
        if (!f.one_of.empty()) p["enum"] = f.one_of;
        break;
      case FieldType::integer:
        p = {{"type", "integer"}, {"format", "int64"}};
        if (f.min) p["minimum"] = *f.min;
        if (f.max) p["maximum"] = *f.max;
        break;
      case FieldType::boolean:
        p = {{"type", "boolean"}};
        break;
      case FieldType::string_array:
        p = {{"type", "array"}, {"items", {{"type", "string"}}}, {"maxItems", f.max_length}};
        break;
      case FieldType::integer_array:
        p = {{"type", "array"}, {"items", {{"type", "integer"}}}, {"maxItems", f.max_length}};
        break;
      case FieldType::object:
        p = {{"type", "object"}};
        break;
      case FieldType::any:
        p = Json::object();
        break;
    }
    if (f.nullable) p["nullable"] = true;
    if (!f.description.empty()) p["description"] = f.description;
    props[f.name] = p;
    if (f.required) required.push_back(f.name);
  }
  Json s = {{"type", "object"}, {"additionalProperties", false}, {"properties", props}};
  if (!required.empty()) s["required"] = required;
  return s;
}

}  // namespace md::http
