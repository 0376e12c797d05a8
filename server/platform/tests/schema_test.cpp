#include "platform/http/schema.hpp"

#include <gtest/gtest.h>

#include "platform/core/errors.hpp"

namespace md::http {
namespace {

BodySchema user_schema() {
  return body({str("name").req().len(1, 4), integer("age").range(0, 150), str_array("roles"),
               str("lang").options({"zh-CN", "en"})});
}

ApiError error_of(std::string_view text) {
  try {
    parse_and_validate(text, user_schema());
  } catch (const ApiError& e) {
    return e;
  }
  ADD_FAILURE() << "expected a validation error for " << text;
  return ApiError(0, "none");
}

TEST(Schema, AcceptsAValidBody) {
  auto j = parse_and_validate(R"({"name":"张三","age":40,"roles":["member"]})", user_schema());
  EXPECT_EQ(j["name"], "张三");
}

TEST(Schema, MalformedJsonIs400) {
  auto e = error_of("{\"name\":");
  EXPECT_EQ(e.status, 400);
  EXPECT_EQ(e.code, "request.malformed_json");
}

TEST(Schema, UnknownFieldIs400AndNamesTheField) {
  auto e = error_of(R"({"name":"a","admin":true})");
  EXPECT_EQ(e.status, 400);
  EXPECT_EQ(e.code, "request.unknown_field");
  EXPECT_EQ(e.params.at("field"), "admin");
}

TEST(Schema, WrongTypeIs400) {
  auto e = error_of(R"({"name":"a","age":"forty"})");
  EXPECT_EQ(e.status, 400);
  EXPECT_EQ(e.code, "request.wrong_type");
  EXPECT_EQ(e.params.at("field"), "age");
}

TEST(Schema, LengthsCountCharactersNotBytes) {
  // Four Chinese characters are 12 bytes but within a 4-character limit.
  EXPECT_NO_THROW(parse_and_validate(R"({"name":"欧阳明灯"})", user_schema()));
  auto e = error_of(R"({"name":"欧阳明灯灯"})");
  EXPECT_EQ(e.status, 422);
  ASSERT_EQ(e.fields.size(), 1u);
  EXPECT_EQ(e.fields[0].field, "name");
  EXPECT_EQ(e.fields[0].code, "validation.too_long");
}

TEST(Schema, MissingRequiredAndOutOfRangeAreReportedTogether) {
  auto e = error_of(R"({"age":200})");
  EXPECT_EQ(e.status, 422);
  ASSERT_EQ(e.fields.size(), 2u);
  // In schema order: name first, then age.
  EXPECT_EQ(e.fields[0].field, "name");
  EXPECT_EQ(e.fields[0].code, "validation.required");
  EXPECT_EQ(e.fields[1].field, "age");
  EXPECT_EQ(e.fields[1].code, "validation.out_of_range");
}

TEST(Schema, OptionsAndControlCharacters) {
  EXPECT_EQ(error_of(R"({"name":"a","lang":"fr"})").fields.at(0).code, "validation.not_an_option");
  EXPECT_EQ(error_of("{\"name\":\"a\\u0001\"}").fields.at(0).code, "validation.bad_characters");
}

TEST(Schema, NonObjectBodyIs400) { EXPECT_EQ(error_of("[1,2]").code, "request.body_not_object"); }

}  // namespace
}  // namespace md::http
