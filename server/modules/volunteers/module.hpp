#pragma once
#include "platform/core/module.hpp"

namespace md::volunteers {

/// The volunteer service team (R11.4): members, activities, sign-ups, attendance and hours.
/// README.md.
Module module();

}  // namespace md::volunteers
