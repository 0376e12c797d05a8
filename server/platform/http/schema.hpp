#pragma once
// Declared request bodies and query parameters. One declaration serves three purposes:
// validating input (unknown fields, types, lengths, ranges), the OpenAPI document, and tests.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/http/types.hpp"

namespace md::http {

/// JSON types a body field may have.
enum class FieldType { string, integer, boolean, string_array, integer_array, object, any };

/// One body field with its constraints; build with the helpers below and chain modifiers.
struct FieldSpec {
  std::string name;
  FieldType type = FieldType::string;
  bool required = false;
  bool nullable = false;
  std::size_t min_length = 0;    ///< strings: code points; arrays: items
  std::size_t max_length = 200;  ///< strings: code points; arrays: items
  std::optional<std::int64_t> min, max;
  std::vector<std::string> one_of;
  std::string description;

  FieldSpec& req() {
    required = true;
    return *this;
  }
  FieldSpec& null_ok() {
    nullable = true;
    return *this;
  }
  FieldSpec& len(std::size_t lo, std::size_t hi) {
    min_length = lo;
    max_length = hi;
    return *this;
  }
  FieldSpec& range(std::int64_t lo, std::int64_t hi) {
    min = lo;
    max = hi;
    return *this;
  }
  FieldSpec& options(std::vector<std::string> o) {
    one_of = std::move(o);
    return *this;
  }
  FieldSpec& doc(std::string d) {
    description = std::move(d);
    return *this;
  }
};

/// A string field (max 200 code points unless changed with len()).
FieldSpec str(std::string name);
/// An integer field.
FieldSpec integer(std::string name);
/// A boolean field.
FieldSpec boolean(std::string name);
/// An array of strings.
FieldSpec str_array(std::string name);
/// An array of integers.
FieldSpec int_array(std::string name);
/// A value of any JSON type, checked by the handler (e.g. a setting's value).
FieldSpec any_value(std::string name);

/// The body a route accepts; `fields` empty and `present` false means no body.
struct BodySchema {
  bool present = false;
  std::vector<FieldSpec> fields;
};

/// Builds a body schema from fields.
BodySchema body(std::vector<FieldSpec> fields);

/// A documented query parameter.
struct QueryParam {
  std::string name;
  std::string type = "string";  ///< "string" or "integer"
  std::string description;
};

/// The standard list parameters (page, pageSize, sort, order, q) plus the given filters.
std::vector<QueryParam> list_query(std::vector<QueryParam> filters = {});

/// Parses the body text and checks it against the schema. Throws ApiError:
/// 400 for malformed JSON, a non-object, unknown fields or wrong types; 422 for missing,
/// too long/short, out of range or not among the options.
Json parse_and_validate(std::string_view body_text, const BodySchema& schema);

/// The OpenAPI 3 schema object of a body.
Json to_openapi(const BodySchema& schema);

/// Number of Unicode code points in UTF-8 text (what users count as characters).
std::size_t utf8_length(std::string_view s);
/// True when the text is valid UTF-8 without control characters other than \n \r \t.
bool is_clean_utf8(std::string_view s);

}  // namespace md::http
