#include "platform/http/static_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/http/dispatch.hpp"

namespace md::http {
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

std::string content_type_for(std::string_view name) {
  auto ends = [&](std::string_view ext) { return name.ends_with(ext); };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js") || ends(".mjs")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".json")) return "application/json; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  if (ends(".jpg") || ends(".jpeg")) return "image/jpeg";
  if (ends(".ico")) return "image/x-icon";
  if (ends(".woff2")) return "font/woff2";
  if (ends(".woff")) return "font/woff";
  if (ends(".ttf")) return "font/ttf";
  if (ends(".txt")) return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

StaticFiles::StaticFiles(const std::string& root) {
  std::error_code ec;
  if (root.empty() || !fs::is_directory(root, ec)) return;
  for (const auto& entry : fs::recursive_directory_iterator(root, ec)) {
    if (!entry.is_regular_file()) continue;
    std::string rel = "/" + fs::relative(entry.path(), root).generic_string();
    if (rel.ends_with(".gz")) continue;
    File f{read_file(entry.path()), {}, content_type_for(rel)};
    fs::path gz = entry.path();
    gz += ".gz";
    if (fs::exists(gz, ec)) f.gzip = read_file(gz);
    files_.emplace(rel, std::move(f));
  }
}

std::optional<Response> StaticFiles::serve(std::string_view path, bool accepts_gzip) const {
  if (files_.empty()) return std::nullopt;
  auto it = files_.find(path);
  bool fallback = it == files_.end();
  if (fallback) {
    // Client-side routes (/users, /settings …) get the app shell; missing assets get a 404.
    if (path.starts_with("/assets/")) {
      Response r;
      r.status = 404;
      r.content_type = "text/plain; charset=utf-8";
      r.body = "not found";
      return r;
    }
    it = files_.find("/index.html");
    if (it == files_.end()) return std::nullopt;
  }
  const File& f = it->second;
  Response r;
  r.content_type = f.content_type;
  if (accepts_gzip && !f.gzip.empty()) {
    r.body = f.gzip;
    r.headers.emplace_back("Content-Encoding", "gzip");
  } else {
    r.body = f.body;
  }
  r.headers.emplace_back("Vary", "Accept-Encoding");
  bool hashed = path.starts_with("/assets/");
  r.headers.emplace_back("Cache-Control",
                         hashed ? "public, max-age=31536000, immutable" : "no-cache");
  add_security_headers(r);
  return r;
}

}  // namespace md::http
