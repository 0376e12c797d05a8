#pragma once
// The process-wide services every request can reach. Holds no per-user state: sessions,
// rate limits and locks live in the database so several instances can share it.
#include <atomic>
#include <memory>

#include "platform/core/config.hpp"
#include "platform/core/module.hpp"
#include "platform/crypto/field_cipher.hpp"
#include "platform/db/db.hpp"
#include "platform/http/router.hpp"

namespace md {

class App {
 public:
  /// Opens the database pool and the personal-data key; registers the modules.
  App(Config config, std::vector<Module> modules);

  const Config& config() const { return config_; }
  db::Pool& pool() { return *pool_; }
  const crypto::FieldCipher& cipher() const { return *cipher_; }
  const http::Router& router() const { return router_; }
  const std::vector<Module>& modules() const { return modules_; }

  /// Applies pending migrations of every module; returns their names.
  std::vector<std::string> migrate();
  /// Loads every module's demo data unless it is already there; returns what to print.
  DemoReport load_demo();

  /// Set while stopping: /readyz answers 503 and new API requests are refused.
  std::atomic<bool> draining{false};
  /// Requests being handled right now (graceful stop waits for zero).
  std::atomic<int> in_flight{0};

 private:
  Config config_;
  std::unique_ptr<db::Pool> pool_;
  std::unique_ptr<crypto::FieldCipher> cipher_;
  std::vector<Module> modules_;
  http::Router router_;
};

}  // namespace md
