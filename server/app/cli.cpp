#include "app/cli.hpp"

#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/ballot_tool.hpp"
#include "app/tenant_cli.hpp"
#include "modules/accounts/rules.hpp"
#include "modules/accounts/store.hpp"
#include "modules/votes/result.hpp"
#include "platform/audit/audit.hpp"
#include "platform/backup/commands.hpp"
#include "platform/core/app.hpp"
#include "platform/core/tenancy.hpp"
#include "platform/http/server.hpp"
#include "platform/jobs/jobs.hpp"
#include "platform/observability/metrics.hpp"
#include "platform/observability/request_log.hpp"
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

int user_command(App& app, db::Pool& pool, const std::string& action, const std::string& username,
                 const std::string& name, const std::vector<std::string>& roles) {
  auto conn = pool.acquire();
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
  serve
      ->add_option("--trusted-proxy", cfg.trusted_proxies,
                   "address of a reverse proxy whose X-Forwarded-For names the client "
                   "(repeatable), e.g. 127.0.0.1 behind nginx on the same host")
      ->envname("MINGDENG_TRUSTED_PROXIES")
      ->delimiter(',');
  // Operations (docs/OPERATIONS.md): logs, metrics, scheduled jobs.
  std::string log_format = "auto";
  cli.add_option("--log-format", log_format, "json, text, or auto (json under systemd)")
      ->envname("MINGDENG_LOG_FORMAT")
      ->check(CLI::IsMember({"auto", "json", "text"}))
      ->capture_default_str();
  unsigned access_sample = 1;
  serve
      ->add_option("--access-log-sample", access_sample,
                   "access log: 1 = every request, N = one in N, 0 = off (5xx always logged)")
      ->envname("MINGDENG_ACCESS_LOG_SAMPLE")
      ->capture_default_str();
  std::vector<std::string> metrics_allow;
  serve
      ->add_option("--metrics-allow", metrics_allow,
                   "addresses besides loopback that may read /metrics (repeatable)")
      ->envname("MINGDENG_METRICS_ALLOW")
      ->delimiter(',');
  jobs::Options job_opts;
  bool no_jobs = false;
  serve->add_flag("--no-jobs", no_jobs, "do not run scheduled jobs in this instance")
      ->envname("MINGDENG_NO_JOBS");
  serve->add_option("--jobs-poll", job_opts.poll_seconds, "seconds between job checks")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  serve
      ->add_option("--jobs-lease", job_opts.lease_seconds,
                   "seconds after which another instance takes over a claimed job")
      ->check(CLI::Range(2, 86400))
      ->capture_default_str();
  serve->add_option("--jobs-interval", job_opts.interval_override,
                    "run every job at this interval in seconds (tests; 0 = each job's own)");
  serve->add_option("--jobs-probe", job_opts.probe_seconds,
                    "register a job that holds its lease this many seconds (tests)");
  serve
      ->add_option("--instance-name", job_opts.instance,
                   "this instance's name in job leases (default host:pid)")
      ->envname("MINGDENG_INSTANCE_NAME");

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
      "back up the database while the server runs, encrypted (SM4) with integrity tag: SQLite "
      "by online backup, PostgreSQL by pg_dump; exit 2 on failure");
  ::md::backup::CommandArgs backup_args;
  backup->add_option("--to", backup_args.to, "target file (must not exist)")->required();
  backup->add_flag("--plain", backup_args.plain, "SQLite only: an unencrypted database copy");
  auto* restore = cli.add_subcommand(
      "restore",
      "restore a backup after checking its integrity tag; exit 3 if the file is refused, 4 if "
      "the target is (holds data without --force, or the server still runs)");
  restore->add_option("--from", backup_args.from, "the backup file")
      ->required()
      ->check(CLI::ExistingFile);
  restore->add_flag("--force", backup_args.force, "replace a database that already holds data");
  auto* key_cmd = cli.add_subcommand("key", "personal-data key tools");
  key_cmd->require_subcommand(1);
  auto* key_rotate = key_cmd->add_subcommand(
      "rotate",
      "re-encrypt every personal-data field and blind index under a new key, in one transaction "
      "(stop the server first; then swap the key files)");
  std::string new_key_file;
  key_rotate->add_option("--new-key-file", new_key_file, "the new key (created if missing)")
      ->required();
  for (auto* sub : {backup, restore}) {
    sub->add_option("--backup-key-file", backup_args.backup_key_file,
                    "a separate backup key (64 hex digits) instead of the personal-data key")
        ->check(CLI::ExistingFile);
  }

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
  TenantArgs tenant_args;
  add_tenant_cli(cli, tenant_args);

  CLI11_PARSE(cli, argc, argv);
  observability::configure_logging(observability::parse_log_format(log_format));
  observability::set_access_log_sampling(access_sample);
  observability::set_metrics_allowed(metrics_allow);
  job_opts.enabled = !no_jobs;

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
    // Restore runs before the app opens the database it is about to replace.
    if (*restore) return ::md::backup::run_restore(cfg, backup_args);
    if (*key_rotate) return ::md::backup::run_key_rotate(cfg, new_key_file);
    App app(cfg, modules());
    if (*serve) {
      auto applied = app.migrate();
      if (!applied.empty()) spdlog::info("applied {} migration(s)", applied.size());
      spdlog::info("ready in {} ms", std::chrono::duration_cast<std::chrono::milliseconds>(
                                         std::chrono::steady_clock::now() - started)
                                         .count());
      jobs::Runner runner(app, job_opts);  // stops (joins) when serve returns
      runner.start();
      return http::serve(app);
    }
    if (*migrate) {
      auto applied = app.migrate();
      std::cout << "applied " << applied.size() << " migration(s)\n";
      for (const auto& a : applied) std::cout << "  " << a << "\n";
      return 0;
    }
    if (*tenant_args.command) return run_tenant_cli(app, tenant_args);
    if (*demo) {
      app.migrate();
      auto& pool = target_pool(app, tenant_args);
      tenancy::Scope scope(
          app.tenants().find(tenant_args.target).value_or(tenancy::Registry::Route{}).tenant);
      for (const auto& line : app.load_demo(pool).lines) std::cout << line << "\n";
      return 0;
    }
    if (*user) {
      app.migrate();
      for (auto* sub : user->get_subcommands())
        return user_command(app, target_pool(app, tenant_args), sub->get_name(), username, name,
                            roles);
    }
    if (*backup) return ::md::backup::run_backup(cfg, backup_args, MINGDENG_VERSION);
    if (*setting) {
      app.migrate();
      auto def = settings::find(setting_key);
      if (!def) throw std::runtime_error("no such setting: " + setting_key);
      auto value = nlohmann::json::parse(setting_value, nullptr, false);
      if (value.is_discarded()) value = setting_value;
      if (auto e = settings::check_value(*def, value)) {
        throw std::runtime_error("invalid value for " + setting_key + ": " + *e);
      }
      auto conn = target_pool(app, tenant_args).acquire();
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
      app.migrate();
      auto conn = target_pool(app, tenant_args).acquire();
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
