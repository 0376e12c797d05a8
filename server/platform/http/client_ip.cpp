#include "platform/http/client_ip.hpp"

#include <algorithm>

namespace md::http {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool plausible_address(std::string_view a) {
  return !a.empty() && a.size() <= 45 && std::all_of(a.begin(), a.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' ||
           c == ':';
  });
}

}  // namespace

std::string client_ip(const std::string& peer, std::string_view forwarded_for,
                      const std::vector<std::string>& trusted_proxies) {
  auto trusted = [&](std::string_view a) {
    return std::find(trusted_proxies.begin(), trusted_proxies.end(), a) != trusted_proxies.end();
  };
  if (forwarded_for.empty() || !trusted(peer)) return peer;
  std::string client = peer;
  while (!forwarded_for.empty()) {
    std::size_t comma = forwarded_for.rfind(',');
    std::string_view hop =
        trim(comma == std::string_view::npos ? forwarded_for : forwarded_for.substr(comma + 1));
    forwarded_for =
        comma == std::string_view::npos ? std::string_view() : forwarded_for.substr(0, comma);
    if (!plausible_address(hop)) break;  // garbage: keep the last address a proxy vouched for
    client = std::string(hop);
    if (!trusted(hop)) break;
  }
  return client;
}

}  // namespace md::http
