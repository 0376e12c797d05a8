#pragma once
#include "platform/core/module.hpp"

namespace md::accounts {

/// Users, roles, sign-in and the minimal org tree.
Module module();

}  // namespace md::accounts
