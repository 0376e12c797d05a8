#include "app/tenant_cli.hpp"

#include <chrono>
#include <iostream>

#include "platform/audit/audit.hpp"
#include "platform/core/app.hpp"
#include "platform/core/tenancy.hpp"

namespace md {
namespace {

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

void audit_tenant(db::Connection& home, const std::string& action, const std::string& code,
                  const nlohmann::json& after) {
  audit::Event e;
  e.username = "cli";
  e.ip = "local";
  e.action = action;
  e.object_type = "tenant";
  e.object_id = code;
  e.after = after;
  e.detail = "mingdeng command line";
  audit::append(home, e, unix_now());
}

int add_tenant(App& app, const TenantArgs& a) {
  tenancy::Tenant t{a.code, a.name, a.hosts, a.database, true};
  {
    auto home = app.pool().acquire();
    db::Transaction tx(*home);
    tenancy::add(*home, t, unix_now());
    audit_tenant(*home, "tenants.add", t.code, {{"name", t.name}, {"hosts", t.hosts}});
    tx.commit();
  }
  // Creates the tenant's tables now, so the first request does not wait for them.
  auto applied = app.migrate();
  auto route = app.tenants().find(t.code);
  std::cout << "tenant " << t.code << " (" << t.name << ") added; " << applied.size()
            << " migration(s) applied; its data lives in " << route->tenant->database
            << "\ncreate its first administrator: mingdeng --tenant " << t.code
            << " user create --username admin --role sys_admin\n"
            << "running servers pick it up within a minute\n";
  return 0;
}

int set_status(App& app, const TenantArgs& a, bool active) {
  auto route = app.tenants().find(a.code);
  if (!route) throw std::runtime_error("no tenant " + a.code);
  tenancy::Tenant t = *route->tenant;
  t.active = active;
  auto home = app.pool().acquire();
  db::Transaction tx(*home);
  tenancy::update(*home, t, unix_now());
  audit_tenant(*home, active ? "tenants.resume" : "tenants.suspend", t.code, {{"active", active}});
  tx.commit();
  std::cout << "tenant " << t.code << (active ? " resumed" : " suspended")
            << "; running servers pick it up within a minute\n";
  return 0;
}

}  // namespace

void add_tenant_cli(CLI::App& cli, TenantArgs& a) {
  cli.add_option("--tenant", a.target,
                 "act on this tenant's database (a code from `mingdeng tenant list`)")
      ->envname("MINGDENG_TENANT");
  a.command = cli.add_subcommand(
      "tenant", "the standing committees this deployment hosts, each in its own database");
  a.command->require_subcommand(1);
  a.add = a.command->add_subcommand("add", "add a tenant and create its tables");
  a.add->add_option("--code", a.code, "short code, e.g. luokou (a-z, 0-9, _)")->required();
  a.add->add_option("--name", a.name, "its name, e.g. 路口镇人大主席团")->required();
  a.add->add_option("--host", a.hosts, "a host name that reaches it (repeatable)")->required();
  a.add->add_option("--database", a.database,
                    "its own database URL or SQLite file (default: a schema t_<code> in the "
                    "home PostgreSQL database, or tenants/<code>.db beside the home file)");
  a.list = a.command->add_subcommand("list", "list the tenants");
  a.suspend = a.command->add_subcommand("suspend", "stop serving a tenant (its data stays)");
  a.suspend->add_option("--code", a.code)->required();
  a.resume = a.command->add_subcommand("resume", "serve a suspended tenant again");
  a.resume->add_option("--code", a.code)->required();
}

int run_tenant_cli(App& app, const TenantArgs& a) {
  app.migrate();
  if (*a.add) return add_tenant(app, a);
  if (*a.suspend) return set_status(app, a, false);
  if (*a.resume) return set_status(app, a, true);
  for (const auto& t : app.tenants().list()) {
    std::string hosts;
    for (const auto& h : t.hosts) hosts += (hosts.empty() ? "" : ",") + h;
    std::cout << t.code << "\t" << t.name << "\t" << hosts << "\t"
              << (t.active ? "active" : "suspended") << "\n";
  }
  return 0;
}

db::Pool& target_pool(App& app, const TenantArgs& a) {
  if (a.target.empty()) return app.pool();
  auto route = app.tenants().find(a.target);
  if (!route) throw std::runtime_error("no tenant " + a.target + " (see: mingdeng tenant list)");
  return *route->pool;
}

}  // namespace md
