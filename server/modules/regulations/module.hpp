#pragma once
#include "platform/core/module.hpp"

namespace md::regulations {

/// The rules library (R6.1): regulations, versions with diffs, full-text search. README.md.
Module module();

}  // namespace md::regulations
