// Metrics exposition and request ids (platform/observability): what an operator scraping
// /metrics or grepping logs relies on. The format itself is checked by promtool in
// tests/ops/jobs-exactly-once.sh.
#include <gtest/gtest.h>

#include "platform/observability/metrics.hpp"
#include "platform/observability/request_log.hpp"

namespace md::observability {
namespace {

std::vector<http::Route> two_routes() {
  std::vector<http::Route> routes(2);
  routes[0].path = "/api/users/{id}";
  routes[0].method = http::Method::get;
  routes[1].path = "/api/users";
  routes[1].method = http::Method::post;
  return routes;
}

TEST(Metrics, CountsByRoutePatternNeverByRawPath) {
  auto routes = two_routes();
  Registry r;
  r.init(routes);
  r.observe(&routes[0], "", http::Method::get, 200, 0.004);
  r.observe(&routes[0], "", http::Method::get, 200, 0.2);
  r.observe(&routes[0], "", http::Method::get, 418, 0.001);
  r.observe(nullptr, kUnmatchedRoute, http::Method::get, 404, 0.0001);
  std::string text = r.render(3);
  EXPECT_NE(text.find("mingdeng_http_requests_total{route=\"/api/users/{id}\",method=\"GET\","
                      "status=\"200\"} 2\n"),
            std::string::npos);
  EXPECT_NE(text.find("status=\"4xx\"} 1\n"), std::string::npos);  // unlisted status: its class
  EXPECT_NE(text.find("route=\"unmatched\",method=\"GET\",status=\"404\"} 1\n"), std::string::npos);
  EXPECT_EQ(text.find("route=\"/api/users\",method=\"POST\",status"), std::string::npos);
  // Cumulative buckets: 0.001 s holds the 1 ms answer, 0.005 s the 4 ms one too, +Inf all.
  EXPECT_NE(text.find("route=\"/api/users/{id}\",method=\"GET\",le=\"0.001\"} 1\n"),
            std::string::npos);
  EXPECT_NE(text.find("route=\"/api/users/{id}\",method=\"GET\",le=\"0.005\"} 2\n"),
            std::string::npos);
  EXPECT_NE(text.find("route=\"/api/users/{id}\",method=\"GET\",le=\"+Inf\"} 3\n"),
            std::string::npos);
  EXPECT_NE(text.find("mingdeng_votes_open 3\n"), std::string::npos);
}

TEST(Metrics, PoolGaugesFollowLeases) {
  Registry r;
  r.set_pool_capacity(6);
  r.pool_acquired(0);
  r.pool_acquired(0.5);
  r.pool_released();
  std::string text = r.render(-1);
  EXPECT_NE(text.find("mingdeng_db_pool_connections{state=\"in_use\"} 1\n"), std::string::npos);
  EXPECT_NE(text.find("mingdeng_db_pool_connections{state=\"idle\"} 5\n"), std::string::npos);
  EXPECT_NE(text.find("mingdeng_db_pool_waits_total 1\n"), std::string::npos);
  EXPECT_EQ(text.find("mingdeng_votes_open"), std::string::npos);  // unknown: left out
}

TEST(Metrics, OnlyLoopbackOrListedAndNeverThroughAProxy) {
  set_metrics_allowed({"10.0.0.5"});
  EXPECT_TRUE(metrics_allowed("127.0.0.1", false));
  EXPECT_TRUE(metrics_allowed("::1", false));
  EXPECT_TRUE(metrics_allowed("10.0.0.5", false));
  EXPECT_FALSE(metrics_allowed("10.0.0.6", false));
  EXPECT_FALSE(metrics_allowed("127.0.0.1", true));
  set_metrics_allowed({});
}

TEST(RequestIds, KeepsSafeIdsOnly) {
  EXPECT_TRUE(safe_request_id("5f0c2a9e-31b7-4c1e.a_b:c"));
  EXPECT_FALSE(safe_request_id(""));
  EXPECT_FALSE(safe_request_id(std::string(65, 'a')));
  EXPECT_FALSE(safe_request_id("abc\ndef"));
  EXPECT_FALSE(safe_request_id("a\"b"));
  EXPECT_FALSE(safe_request_id("张三"));
  EXPECT_EQ(new_request_id().size(), 16u);
  EXPECT_NE(new_request_id(), new_request_id());
}

TEST(RequestIds, EchoedOnTheAnswer) {
  http::Request req;
  req.headers["x-request-id"] = "from-nginx-1";
  http::Response resp;
  {
    RequestScope scope(req);
    scope.finish(resp);
  }
  ASSERT_FALSE(resp.headers.empty());
  EXPECT_EQ(resp.headers.back().first, "X-Request-Id");
  EXPECT_EQ(resp.headers.back().second, "from-nginx-1");
  req.headers["x-request-id"] = "bad id with spaces";
  http::Response other;
  {
    RequestScope scope(req);
    scope.finish(other);
  }
  EXPECT_EQ(other.headers.back().second.size(), 16u);
}

}  // namespace
}  // namespace md::observability
