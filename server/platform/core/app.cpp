#include "platform/core/app.hpp"

#include <spdlog/spdlog.h>

#include <filesystem>

#include "platform/core/tenancy.hpp"
#include "platform/i18n/i18n.hpp"
#include "platform/settings/platform_settings.hpp"

namespace md {

namespace {

crypto::FieldCipher open_cipher(const Config& c) {
  if (!c.key_hex.empty()) return crypto::FieldCipher::from_hex_key(c.key_hex);
  std::filesystem::path key = c.effective_key_file();
  if (key.has_parent_path()) std::filesystem::create_directories(key.parent_path());
  return crypto::FieldCipher::load_or_create_key_file(key.string());
}

}  // namespace

App::App(Config config, std::vector<Module> modules)
    : config_(std::move(config)), modules_(std::move(modules)) {
  i18n::register_platform_texts();
  settings::define_platform_settings();
  if (!db::is_postgres_url(config_.database_url)) {
    std::filesystem::path p = config_.database_url.starts_with("sqlite:")
                                  ? config_.database_url.substr(7)
                                  : config_.database_url;
    if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path());
  }
  std::filesystem::create_directories(config_.data_dir);
  // One connection per thread that runs handlers (workers, or io threads when workers == 0),
  // plus two for jobs and the command line.
  std::size_t handler_threads = config_.workers > 0 ? config_.workers : config_.io_threads;
  pool_ = std::make_unique<db::Pool>(config_.database_url, handler_threads + 2);
  tenants_ = std::make_unique<tenancy::Registry>(*pool_, handler_threads + 2);
  cipher_ = std::make_unique<crypto::FieldCipher>(open_cipher(config_));
  for (const auto& m : modules_) {
    auth::add_grants(m.grants);
    for (const auto& r : m.routes) router_.add(r);
  }
}

App::~App() = default;

std::vector<std::string> App::migrate() {
  auto applied = migrate(*pool_);
  tenants_->load();  // the home database lists the tenants (its table exists from here on)
  for (const auto& t : tenants_->list()) {
    auto route = tenants_->find(t.code);
    tenancy::Scope scope(route->tenant);
    for (auto& id : migrate(*route->pool)) applied.push_back(t.code + ":" + id);
  }
  return applied;
}

std::vector<std::string> App::migrate(db::Pool& pool) {
  // The platform's own tables come first; modules may reference them.
  std::vector<db::Migration> all = embedded_migrations("platform");
  for (const auto& m : modules_) all.insert(all.end(), m.migrations.begin(), m.migrations.end());
  auto conn = pool.acquire();
  return db::apply_migrations(*conn, all);
}

DemoReport App::load_demo(db::Pool& pool) {
  DemoReport report;
  auto conn = pool.acquire();
  if (conn->scalar("SELECT COUNT(*) FROM demo_marker") > 0) {
    report.lines.emplace_back("demo data already loaded");
    return report;
  }
  db::Transaction tx(*conn);
  for (const auto& m : modules_) {
    if (m.load_demo) m.load_demo(*this, *conn, report);
  }
  conn->exec("INSERT INTO demo_marker (loaded_at) VALUES (?)",
             {static_cast<std::int64_t>(std::time(nullptr))});
  tx.commit();
  return report;
}

}  // namespace md
