#pragma once
// `mingdeng tenant …` and the global `--tenant CODE`: the standing committees one deployment
// hosts (platform/core/tenancy.hpp) and which one a command acts on.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "platform/db/db.hpp"

namespace md {

class App;

struct TenantArgs {
  std::string target;  ///< --tenant: the tenant a command acts on ("" = the home database)
  CLI::App* command = nullptr;
  CLI::App *add = nullptr, *list = nullptr, *suspend = nullptr, *resume = nullptr;
  std::string code, name, database;
  std::vector<std::string> hosts;
};

/// Declares `--tenant` and `mingdeng tenant add|list|suspend|resume`.
void add_tenant_cli(CLI::App& cli, TenantArgs& args);
/// Runs `mingdeng tenant …`; prints what it did.
int run_tenant_cli(App& app, const TenantArgs& args);
/// The database the command acts on (after app.migrate(), which reads the tenants); throws
/// for an unknown tenant code.
db::Pool& target_pool(App& app, const TenantArgs& args);

}  // namespace md
