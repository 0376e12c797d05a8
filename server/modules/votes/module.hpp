#pragma once
#include "platform/core/module.hpp"

namespace md::votes {

/// Livelihood projects and the ballot engine (R8).
Module module();

}  // namespace md::votes
