// The one place the deputies module registers with the platform.
#include "modules/deputies/module.hpp"

namespace md::deputies {

Module module() {
  Module m;
  m.name = "deputies";
  m.migrations = embedded_migrations("deputies");
  return m;
}

}  // namespace md::deputies
