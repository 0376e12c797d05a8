#pragma once
#include "platform/core/module.hpp"

namespace md::deputies {

/// See README.md.
Module module();

}  // namespace md::deputies
