#pragma once
#include "platform/core/module.hpp"

namespace md::donations {

/// The donations ledger (R11.5): money and goods, totals by campaign, the acknowledgement
/// list. README.md.
Module module();

}  // namespace md::donations
