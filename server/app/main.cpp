// Lists the modules and hands over to the command line. Adding a module = one line here.
#include "app/cli.hpp"
#include "modules/accounts/module.hpp"
#include "modules/deputies/module.hpp"
#include "modules/org/module.hpp"
#include "modules/system/module.hpp"

int main(int argc, char** argv) {
  return md::run_cli(argc, argv, [] {
    return std::vector<md::Module>{
        md::accounts::module(),
        md::system::module(),
        md::org::module(),
        md::deputies::module(),
    };
  });
}
