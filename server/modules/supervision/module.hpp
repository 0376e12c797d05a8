#pragma once
#include "platform/core/module.hpp"

namespace md::supervision {

/// Supervision work (R7): items, deliberation opinions on the case engine, satisfaction
/// ratings, committee hearings. README.md.
Module module();

}  // namespace md::supervision
