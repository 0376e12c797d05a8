#pragma once
#include "platform/core/module.hpp"

namespace md::warnings {

/// Warning cards (亮牌警告, R4.2): the rules engine, cards by hand, acknowledgement, lifting.
/// README.md.
Module module();

}  // namespace md::warnings
