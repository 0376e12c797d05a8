// The one place the org module registers with the platform.
#include "modules/org/module.hpp"

namespace md::org {

Module module() {
  Module m;
  m.name = "org";
  m.migrations = embedded_migrations("org");
  return m;
}

}  // namespace md::org
