#pragma once
#include "platform/core/module.hpp"

namespace md::receptions {

/// Reception days (R9.1), town and street guidance (R9.3), deputies' duty records (R9.4).
/// README.md.
Module module();

}  // namespace md::receptions
