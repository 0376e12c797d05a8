#pragma once
#include "platform/core/module.hpp"

namespace md::learning {

/// Learning: plans, 一月一法 with materials, study records, quizzes, hours (R3). README.md.
Module module();

}  // namespace md::learning
