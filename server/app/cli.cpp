#include "app/cli.hpp"

#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/ballot_tool.hpp"
#include "modules/accounts/rules.hpp"
#include "modules/accounts/store.hpp"
#include "modules/votes/result.hpp"
#include "platform/audit/audit.hpp"
#include "platform/core/app.hpp"
#include "platform/http/server.hpp"
#include "platform/settings/platform_settings.hpp"
#include "platform/settings/settings.hpp"

namespace md {
namespace {

int verify_vote_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  auto doc = nlohmann::json::parse(text.str(), nullptr, false);
  auto r = votes::verify_export(doc);
  for (const auto& line : r.lines) std::cout << "ok: " << line << "\n";
  if (!r.ok) {
    std::cout << "FAILED: " << (doc.is_discarded() ? "not a JSON file" : r.failure) << "\n";
    return 1;
  }
  std::cout << "vote verified; seal " << r.seal
            << " (compare with the seal printed on the certified result)\n";
  return 0;
}

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

void audit_cli(db::Connection& conn, const std::string& action, std::int64_t user_id) {
  audit::Event e;
  e.username = "cli";
  e.ip = "local";
  e.action = action;
  e.object_type = "user";
  e.object_id = std::to_string(user_id);
  e.detail = "mingdeng command line";
  audit::append(conn, e, unix_now());
}

int user_command(App& app, const std::string& action, const std::string& username,
                 const std::string& name, const std::vector<std::string>& roles) {
  app.migrate();
  auto conn = app.pool().acquire();
  db::Transaction tx(*conn);
  auto id = accounts::find_user_id(*conn, username);
  if (action == "create") {
    if (auto e = accounts::check_username(username))
      throw std::runtime_error("bad username: " + *e);
    if (auto e = accounts::check_roles(roles)) throw std::runtime_error("bad roles: " + *e);
    if (id) throw std::runtime_error("user exists: " + username);
    auto [new_id, pw] = accounts::create_user(
        *conn, app.cipher(),
        accounts::NewUser{username, name.empty() ? username : name, "", {}, roles}, unix_now());
    audit_cli(*conn, "users.create", new_id);
    tx.commit();
    std::cout << "created " << username << " (id " << new_id << "), initial password: " << pw
              << "\n";
    return 0;
  }
  if (!id) throw std::runtime_error("no such user: " + username);
  if (action == "reset") {
    std::string pw = accounts::reset_password(*conn, *id, unix_now());
    audit_cli(*conn, "users.reset_password", *id);
    tx.commit();
    std::cout << "new initial password for " << username << ": " << pw << "\n";
    return 0;
  }
  accounts::set_status(*conn, *id, action == "lock" ? "disabled" : "active");
  audit_cli(*conn, action == "lock" ? "users.lock" : "users.unlock", *id);
  tx.commit();
  std::cout << username << (action == "lock" ? " locked" : " unlocked") << "\n";
  return 0;
}

}  // namespace

int run_cli(int argc, char** argv, const std::function<std::vector<Module>()>& modules) {
  CLI::App cli{"明灯 Mingdeng — party-building and deputy work platform"};
  cli.require_subcommand(1);
  cli.set_config("--config", "",
                 "optional config file (TOML/INI: database = \"…\", port = 8080 …)");
  Config cfg;
  cli.add_option("--database", cfg.database_url, "SQLite file path or postgresql:// URL")
      ->envname("MINGDENG_DATABASE")
      ->capture_default_str();
  cli.add_option("--data-dir", cfg.data_dir, "folder for attachments and the default key file")
      ->envname("MINGDENG_DATA_DIR")
      ->capture_default_str();
  cli.add_option("--key-file", cfg.key_file, "personal-data key file (created if missing)")
      ->envname("MINGDENG_KEY_FILE");
  cli.add_option("--key", cfg.key_hex,
                 "personal-data key as 64 hex digits (prefer the environment)")
      ->envname("MINGDENG_KEY");

  auto* serve = cli.add_subcommand("serve", "apply migrations and serve the API and the web app");
  serve->add_option("--host", cfg.host, "listen address")
      ->envname("MINGDENG_HOST")
      ->capture_default_str();
  serve->add_option("--port", cfg.port, "listen port")
      ->envname("MINGDENG_PORT")
      ->capture_default_str();
  serve->add_option("--web-root", cfg.web_root, "built web app folder")
      ->envname("MINGDENG_WEB_ROOT")
      ->capture_default_str();
  serve
      ->add_option("--workers", cfg.workers,
                   "handler threads (and database connections); 0 = run handlers on the io threads")
      ->envname("MINGDENG_WORKERS")
      ->check(CLI::Range(0, 64))
      ->capture_default_str();
  serve->add_option("--io-threads", cfg.io_threads, "HTTP event-loop threads")
      ->envname("MINGDENG_IO_THREADS")
      ->check(CLI::Range(1, 16))
      ->capture_default_str();
  serve->add_flag("--secure-cookies", cfg.secure_cookies, "mark cookies Secure (behind TLS)")
      ->envname("MINGDENG_SECURE_COOKIES");

  auto* migrate = cli.add_subcommand("migrate", "apply pending database migrations");
  auto* demo = cli.add_subcommand("demo", "apply migrations and load the demo data (once)");

  auto* user = cli.add_subcommand("user", "manage accounts from the shell");
  user->require_subcommand(1);
  std::string username, name;
  std::vector<std::string> roles;
  auto* create = user->add_subcommand("create", "create an account; prints its initial password");
  create->add_option("--username", username, "login name")->required();
  create->add_option("--name", name, "display name");
  create->add_option("--role", roles, "role code (repeatable), e.g. sys_admin, member");
  for (const char* verb : {"reset", "lock", "unlock"}) {
    auto* sub = user->add_subcommand(verb, std::string(verb) == "reset"
                                               ? "issue a new initial password"
                                               : std::string(verb) + " an account");
    sub->add_option("--username", username, "login name")->required();
  }

  auto* backup = cli.add_subcommand(
      "backup",
      "copy the SQLite database consistently while the server runs (PostgreSQL: use pg_dump)");
  std::string backup_to;
  backup->add_option("--to", backup_to, "target file (must not exist)")->required();

  auto* audit_cmd = cli.add_subcommand("audit", "audit log tools");
  audit_cmd->require_subcommand(1);
  auto* verify = audit_cmd->add_subcommand("verify", "check the SM3 hash chain; exit 1 if broken");

  auto* verify_vote = cli.add_subcommand(
      "verify-vote",
      "check an exported vote (docs/VOTE-PROTOCOL.md) with the file alone: every proof, hash and "
      "count; exit 1 at the first failure");
  std::string vote_file;
  verify_vote->add_option("file", vote_file, "the export of GET /api/votes/{id}/export")
      ->required()
      ->check(CLI::ExistingFile);

  auto* setting = cli.add_subcommand(
      "setting", "set a setting from the shell (as the settings page would, audited): KEY VALUE");
  std::string setting_key, setting_value;
  setting->add_option("key", setting_key, "e.g. security.login_rate_per_ip")->required();
  setting->add_option("value", setting_value, "a JSON value, or text")->required();

  BallotToolArgs tool_args;
  add_ballot_tool(cli, tool_args);

  CLI11_PARSE(cli, argc, argv);

  if (*verify_vote) return verify_vote_file(vote_file);
  if (*tool_args.tool) {
    try {
      return run_ballot_tool(tool_args);
    } catch (const std::exception& e) {
      std::cerr << "mingdeng: " << e.what() << "\n";
      return 2;
    }
  }

  try {
    auto started = std::chrono::steady_clock::now();
    // Platform settings first, so the settings page lists security and general before the
    // modules' own groups (definitions keep their registration order).
    settings::define_platform_settings();
    App app(cfg, modules());
    if (*serve) {
      auto applied = app.migrate();
      if (!applied.empty()) spdlog::info("applied {} migration(s)", applied.size());
      spdlog::info("ready in {} ms", std::chrono::duration_cast<std::chrono::milliseconds>(
                                         std::chrono::steady_clock::now() - started)
                                         .count());
      return http::serve(app);
    }
    if (*migrate) {
      auto applied = app.migrate();
      std::cout << "applied " << applied.size() << " migration(s)\n";
      for (const auto& a : applied) std::cout << "  " << a << "\n";
      return 0;
    }
    if (*demo) {
      app.migrate();
      for (const auto& line : app.load_demo().lines) std::cout << line << "\n";
      return 0;
    }
    if (*user) {
      for (auto* sub : user->get_subcommands())
        return user_command(app, sub->get_name(), username, name, roles);
    }
    if (*backup) {
      if (db::is_postgres_url(cfg.database_url)) {
        throw std::runtime_error(
            "for PostgreSQL use pg_dump (see docs); backup copies SQLite files");
      }
      if (std::filesystem::exists(backup_to))
        throw std::runtime_error("target exists: " + backup_to);
      std::string src =
          cfg.database_url.starts_with("sqlite:") ? cfg.database_url.substr(7) : cfg.database_url;
      db::backup_sqlite(src, backup_to);
      std::cout << "backed up " << src << " to " << backup_to << " (keep the key file "
                << cfg.effective_key_file() << " apart: it decrypts personal data)\n";
      return 0;
    }
    if (*setting) {
      app.migrate();
      auto def = settings::find(setting_key);
      if (!def) throw std::runtime_error("no such setting: " + setting_key);
      auto value = nlohmann::json::parse(setting_value, nullptr, false);
      if (value.is_discarded()) value = setting_value;
      if (auto e = settings::check_value(*def, value)) {
        throw std::runtime_error("invalid value for " + setting_key + ": " + *e);
      }
      auto conn = app.pool().acquire();
      db::Transaction tx(*conn);
      auto before = settings::set(*conn, *def, value, 0, unix_now());
      audit::Event e;
      e.username = "cli";
      e.ip = "local";
      e.action = "settings.update";
      e.object_type = "setting";
      e.object_id = setting_key;
      e.before = before;
      e.after = value;
      audit::append(*conn, e, unix_now());
      tx.commit();
      std::cout << setting_key << " = " << value.dump() << "\n";
      return 0;
    }
    if (*verify) {
      auto conn = app.pool().acquire();
      auto r = audit::verify(*conn);
      if (r.ok) {
        std::cout << "audit chain intact: " << r.checked << " record(s) verified\n";
        return 0;
      }
      std::cout << "audit chain BROKEN at record " << *r.first_broken_id << " (" << r.checked
                << " record(s) checked)\n";
      return 1;
    }
  } catch (const std::exception& e) {
    std::cerr << "mingdeng: " << e.what() << "\n";
    return 2;
  }
  return 0;
}

}  // namespace md
