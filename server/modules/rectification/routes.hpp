#pragma once
// The rectification module's routes.
#include <vector>

#include "platform/http/route.hpp"

namespace md::rectification {

/// The ledger: list, export, create, edit, details, workflow steps, reports, 举一反三 links.
std::vector<http::Route> item_routes();
/// The leader's progress view and the intake from self-inspection findings and 不满意 projects.
std::vector<http::Route> progress_routes();

}  // namespace md::rectification
