#include <gtest/gtest.h>

#include "platform/http/client_ip.hpp"

namespace md::http {
namespace {

const std::vector<std::string> kProxies = {"127.0.0.1", "10.0.0.5"};

TEST(ClientIp, BehindATrustedProxyTheForwardedClientCounts) {
  EXPECT_EQ(client_ip("127.0.0.1", "203.0.113.7", kProxies), "203.0.113.7");
  // Two trusted hops: the first untrusted address from the right is the client.
  EXPECT_EQ(client_ip("127.0.0.1", "203.0.113.7, 10.0.0.5", kProxies), "203.0.113.7");
}

TEST(ClientIp, AClientCannotChooseItsAddress) {
  // Sent directly, the header is ignored.
  EXPECT_EQ(client_ip("198.51.100.9", "1.2.3.4", kProxies), "198.51.100.9");
  // Through the proxy, a forged first entry is left of the address the proxy saw.
  EXPECT_EQ(client_ip("127.0.0.1", "1.2.3.4, 198.51.100.9", kProxies), "198.51.100.9");
  // Garbage in the header stops the walk at the last address a proxy vouched for.
  EXPECT_EQ(client_ip("127.0.0.1", "<script>, 198.51.100.9", kProxies), "198.51.100.9");
  EXPECT_EQ(client_ip("127.0.0.1", "not-an-ip", kProxies), "127.0.0.1");
}

TEST(ClientIp, NoProxiesConfiguredMeansThePeer) {
  EXPECT_EQ(client_ip("127.0.0.1", "203.0.113.7", {}), "127.0.0.1");
  EXPECT_EQ(client_ip("::1", "", kProxies), "::1");
}

}  // namespace
}  // namespace md::http
