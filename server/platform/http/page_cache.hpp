#pragma once
// Public pages a module renders once and serves again: the portal's home, column and article
// pages, RSS and sitemap. The HTTP server answers a GET from here on the event loop, before
// the request would reach the worker pool and the dispatcher (connection, settings, session),
// so a cached page costs a map lookup; the module fills it through its routes and invalidates
// it when what the pages show changes (publish, withdraw, edit).
#include <atomic>
#include <cstdint>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "platform/http/types.hpp"

namespace md::http {

class PageCache {
 public:
  /// The key of a page: its path and the Host it was asked for (absolute links differ).
  static std::string key(std::string_view path, std::string_view host);
  /// The cached answer if it is still valid at `now` (unix seconds).
  std::optional<Response> get(const std::string& key, std::int64_t now) const;
  /// The generation to pass to put(): read it before rendering, so a page rendered while an
  /// invalidation happened is never stored as current.
  std::uint64_t generation() const { return generation_.load(); }
  /// Remembers `r` until `expires` (unix seconds), unless invalidated since `generation`.
  void put(const std::string& key, const Response& r, std::uint64_t generation,
           std::int64_t expires);
  /// Forgets every page (the next request renders again).
  void invalidate() { ++generation_; }
  bool empty() const { return size_.load() == 0; }

 private:
  struct Entry {
    Response response;
    std::uint64_t generation = 0;
    std::int64_t expires = 0;
  };
  std::atomic<std::uint64_t> generation_{1};
  std::atomic<std::size_t> size_{0};
  mutable std::shared_mutex mutex_;
  std::unordered_map<std::string, Entry> pages_;
};

/// The process's public page cache (the server consults it; modules fill it).
PageCache& public_pages();

}  // namespace md::http
