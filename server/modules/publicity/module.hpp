#pragma once
#include "platform/core/module.hpp"

namespace md::publicity {

/// Articles for the portal and the WeChat official account, their review and the public
/// portal (R10.1). README.md.
Module module();

}  // namespace md::publicity
