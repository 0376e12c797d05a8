#pragma once
#include "platform/core/module.hpp"

namespace md::enterprises {

/// Party-building guidance of linked non-public enterprises (R11.6): enterprises, instructors,
/// visit logs, the instructors' pledge. README.md.
Module module();

}  // namespace md::enterprises
