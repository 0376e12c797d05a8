#pragma once
// The `mingdeng` command line: serve, migrate, demo, user, audit.
#include <functional>
#include <vector>

#include "platform/core/module.hpp"

namespace md {

/// Parses the command line and runs the chosen subcommand; returns the exit code.
int run_cli(int argc, char** argv, const std::function<std::vector<Module>()>& modules);

}  // namespace md
