#pragma once
// The client's address behind reverse proxies. Behind nginx every connection comes from the
// proxy, so sign-in limits, public-submission limits and the audit log would all see one
// address. The X-Forwarded-For header is believed only when the connection comes from a proxy
// the operator named (`--trusted-proxy`), and only its entries that trusted proxies added:
// read from the right, the first address that is not a trusted proxy is the client. A client
// cannot choose its own address by sending the header itself.
#include <string>
#include <string_view>
#include <vector>

namespace md::http {

/// `peer`: the connection's address; `forwarded_for`: the X-Forwarded-For header ("" if none).
std::string client_ip(const std::string& peer, std::string_view forwarded_for,
                      const std::vector<std::string>& trusted_proxies);

}  // namespace md::http
