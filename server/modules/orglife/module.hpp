#pragma once
#include "platform/core/module.hpp"

namespace md::orglife {

/// Organizational life: meetings, minutes, attendance and sign-in, compliance (R2). README.md.
Module module();

}  // namespace md::orglife
