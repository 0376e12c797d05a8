#include "platform/http/page_cache.hpp"

#include <mutex>

namespace md::http {

std::string PageCache::key(std::string_view path, std::string_view host) {
  std::string k(path);
  k += '|';
  k += host;
  return k;
}

std::optional<Response> PageCache::get(const std::string& key, std::int64_t now) const {
  std::shared_lock lock(mutex_);
  auto it = pages_.find(key);
  if (it == pages_.end() || it->second.generation != generation_.load() ||
      it->second.expires <= now) {
    return std::nullopt;
  }
  return it->second.response;
}

void PageCache::put(const std::string& key, const Response& r, std::uint64_t generation,
                    std::int64_t expires) {
  std::unique_lock lock(mutex_);
  if (pages_.size() > 2000) pages_.clear();  // many distinct paths: start over, stay bounded
  pages_[key] = {r, generation, expires};
  size_.store(pages_.size());
}

PageCache& public_pages() {
  static PageCache cache;
  return cache;
}

}  // namespace md::http
