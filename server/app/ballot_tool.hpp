#pragma once
#include <CLI/CLI.hpp>
#include <string>

namespace md {

struct BallotToolArgs {
  CLI::App* tool = nullptr;
  std::string uid, key, form, choices, alias, tamper, secret, tally;
  int index = 1;
  int max_picks = 0;
};

/// Declares `mingdeng ballot-tool key|ballot|partial`.
void add_ballot_tool(CLI::App& cli, BallotToolArgs& args);
/// Runs it; prints one JSON document.
int run_ballot_tool(const BallotToolArgs& args);

}  // namespace md
