#include "platform/http/router.hpp"

#include <gtest/gtest.h>

namespace md::http {
namespace {

Router sample() {
  Router r;
  r.add({.method = Method::get, .path = "/api/users", .summary = "list"});
  r.add({.method = Method::get, .path = "/api/users/export", .summary = "export"});
  r.add({.method = Method::put, .path = "/api/users/{id}", .summary = "edit"});
  r.add({.method = Method::put, .path = "/api/settings/{key}", .summary = "setting"});
  return r;
}

TEST(Router, LiteralSegmentsWinOverParameters) {
  Router r = sample();
  auto m = r.match(Method::get, "/api/users/export");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.route->summary, "export");
}

TEST(Router, IdParametersAcceptOnlyPositiveIntegers) {
  Router r = sample();
  auto m = r.match(Method::put, "/api/users/42");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.params.at("id"), "42");
  EXPECT_EQ(r.match(Method::put, "/api/users/abc").route, nullptr);
  EXPECT_EQ(r.match(Method::put, "/api/users/0").route, nullptr);
  EXPECT_EQ(r.match(Method::put, "/api/users/-1").route, nullptr);
  EXPECT_EQ(r.match(Method::put, "/api/users/1%20OR%201=1").route, nullptr);
}

TEST(Router, KeyParametersAcceptSlugsOnly) {
  Router r = sample();
  auto m = r.match(Method::put, "/api/settings/security.idle_minutes");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.params.at("key"), "security.idle_minutes");
  EXPECT_EQ(r.match(Method::put, "/api/settings/a'b").route, nullptr);
}

TEST(Router, KnownPathWithOtherMethodIsReported) {
  Router r = sample();
  auto m = r.match(Method::del, "/api/users");
  EXPECT_EQ(m.route, nullptr);
  EXPECT_TRUE(m.path_known);
  EXPECT_FALSE(r.match(Method::get, "/api/nothing").path_known);
}

TEST(Router, DuplicateRoutesAreRefused) {
  Router r = sample();
  EXPECT_THROW(r.add({.method = Method::get, .path = "/api/users"}), std::logic_error);
}

}  // namespace
}  // namespace md::http
