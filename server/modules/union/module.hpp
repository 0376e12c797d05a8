#pragma once
#include "platform/core/module.hpp"

namespace md::trade_union {

/// The agencies' trade union (R11.1–R11.3): members, the union committee election and the 文明
/// selections on the ballot engine, activities, the staff reading room. README.md.
Module module();

}  // namespace md::trade_union
