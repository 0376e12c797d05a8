#pragma once
// The list of domain modules, in registration order (migrations and demo data follow it).
#include <vector>

#include "platform/core/module.hpp"

namespace md {

/// Every module of the product. Adding a module = one line in modules.cpp.
std::vector<Module> all_modules();

}  // namespace md
