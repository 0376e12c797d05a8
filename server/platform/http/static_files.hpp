#pragma once
// The built web app, read into memory at start (a few MB): served without touching the disk,
// with precompressed .gz variants, long caching for hashed assets, and index.html as the
// fallback for client-side routes.
#include <map>
#include <optional>
#include <string>

#include "platform/http/types.hpp"

namespace md::http {

class StaticFiles {
 public:
  /// Loads every file under `root` (no-op when root is empty or missing).
  explicit StaticFiles(const std::string& root);
  /// The response for a GET of `path`, or nullopt when there is no web app.
  std::optional<Response> serve(std::string_view path, bool accepts_gzip) const;
  /// Number of files loaded.
  std::size_t size() const { return files_.size(); }

 private:
  struct File {
    std::string body;
    std::string gzip;
    std::string content_type;
  };
  std::map<std::string, File, std::less<>> files_;
};

/// The MIME type for a file name's extension.
std::string content_type_for(std::string_view name);

}  // namespace md::http
