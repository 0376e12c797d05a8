#pragma once
#include "platform/core/module.hpp"

namespace md::dues {

/// Party dues: bases, monthly dues, payments, arrears, the yearly notice (R4.3). README.md.
Module module();

}  // namespace md::dues
