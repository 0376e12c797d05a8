#pragma once
// Runtime configuration: flags, MINGDENG_* environment variables and an optional config file
// fill the same struct (see app/cli.cpp for the names).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace md {

struct Config {
  std::string database_url = "data/mingdeng.db";  ///< file path, or postgresql://…
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;
  std::string web_root = "web/dist";    ///< the built web app; empty disables static serving
  std::string data_dir = "data";        ///< attachments and the default key file live here
  std::string key_file;                 ///< personal-data key (default: <data_dir>/mingdeng.key)
  std::string key_hex;                  ///< or the key itself (MINGDENG_KEY), 64 hex digits
  std::size_t io_threads = 1;           ///< RESTinio event-loop threads
  std::size_t workers = 4;              ///< threads (and DB connections) running handlers
  std::size_t max_json_body = 1 << 20;  ///< bytes
  std::size_t max_upload = 20 << 20;    ///< bytes
  int request_timeout_seconds = 30;
  int shutdown_grace_seconds = 20;
  bool secure_cookies = false;  ///< set behind TLS so cookies carry `Secure`
  /// Proxies (e.g. nginx at 127.0.0.1) whose X-Forwarded-For names the client (client_ip.hpp)
  std::vector<std::string> trusted_proxies;

  /// The key file path actually used.
  std::string effective_key_file() const {
    return key_file.empty() ? data_dir + "/mingdeng.key" : key_file;
  }
};

}  // namespace md
