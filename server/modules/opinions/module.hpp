#pragma once
#include "platform/core/module.hpp"

namespace md::opinions {

/// Voters' opinions chased to an answer (R9.2) and deputies' suggestions (R9.5). README.md.
Module module();

}  // namespace md::opinions
