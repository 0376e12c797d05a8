// Hands the module list to the command line; the list itself is in modules.cpp.
#include "app/cli.hpp"
#include "app/modules.hpp"

int main(int argc, char** argv) { return md::run_cli(argc, argv, md::all_modules); }
