#pragma once
#include "platform/core/module.hpp"

namespace md::inspection {

/// Self-inspection (自查自纠, R4.4): checklists, answers, findings. README.md.
Module module();

}  // namespace md::inspection
