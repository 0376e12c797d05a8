#pragma once
#include "platform/core/module.hpp"

namespace md::rectification {

/// The rectification ledger (整改台账, R5.1) on the case engine. README.md.
Module module();

}  // namespace md::rectification
