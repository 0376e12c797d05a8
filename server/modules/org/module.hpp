#pragma once
#include "platform/core/module.hpp"

namespace md::org {

/// See README.md.
Module module();

}  // namespace md::org
