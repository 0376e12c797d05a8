#pragma once
#include "platform/core/module.hpp"

namespace md::reports {

/// The leaders' dashboard and the annual party-building work report (R12.1, R12.2): figures
/// assembled from each owning module's figures_api.hpp, editable narrative. README.md.
Module module();

}  // namespace md::reports
