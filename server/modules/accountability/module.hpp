#pragma once
#include "platform/core/module.hpp"

namespace md::accountability {

/// Accountability records (问责, R5.2): internal handling of persons. README.md.
Module module();

}  // namespace md::accountability
