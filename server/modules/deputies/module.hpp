#pragma once
#include "platform/core/module.hpp"

namespace md::deputies {

/// Deputies, deputy workstations, coverage and liaisons (R1.4–R1.7, R9.1). See README.md.
Module module();

}  // namespace md::deputies
