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

namespace tenancy {
class Registry;
}

class App {
 public:
  /// Opens the database pool and the personal-data key; registers the modules.
  App(Config config, std::vector<Module> modules);
  ~App();

  const Config& config() const { return config_; }
  /// The home database: the only one of a single-tenant deployment, and the one that lists
  /// the tenants of a multi-tenant one (platform/core/tenancy.hpp).
  db::Pool& pool() { return *pool_; }
  /// The standing committees this deployment hosts, each in its own database or schema.
  tenancy::Registry& tenants() { return *tenants_; }
  const crypto::FieldCipher& cipher() const { return *cipher_; }
  const http::Router& router() const { return router_; }
  const std::vector<Module>& modules() const { return modules_; }

  /// Applies pending migrations of every module to the home database and then to every
  /// tenant's; returns their names (tenant ones prefixed with the tenant's code).
  std::vector<std::string> migrate();
  /// Applies pending migrations of every module to one database.
  std::vector<std::string> migrate(db::Pool& pool);
  /// Loads every module's demo data into one database unless it is already there.
  DemoReport load_demo(db::Pool& pool);
  DemoReport load_demo() { return load_demo(*pool_); }

  /// Set while stopping: /readyz answers 503 and new API requests are refused.
  std::atomic<bool> draining{false};
  /// Requests being handled right now (graceful stop waits for zero).
  std::atomic<int> in_flight{0};

 private:
  Config config_;
  std::unique_ptr<db::Pool> pool_;
  std::unique_ptr<tenancy::Registry> tenants_;
  std::unique_ptr<crypto::FieldCipher> cipher_;
  std::vector<Module> modules_;
  http::Router router_;
};

}  // namespace md
