#pragma once
#include "platform/core/module.hpp"

namespace md::evaluation {

/// Democratic evaluation of members: campaigns, self-assessment, the secret peer ballot,
/// scores, grades, notice and outcomes (R4.1). README.md.
Module module();

}  // namespace md::evaluation
