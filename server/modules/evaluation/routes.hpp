#pragma once
// The evaluation module's routes, in three groups.
#include <vector>

#include "platform/http/route.hpp"

namespace md::evaluation {

/// Campaign list and export, detail, create, delete, items, branch templates.
std::vector<http::Route> campaign_routes();
/// The status steps: start, ballot, scoring, notice, finalize (and collecting the peer counts).
std::vector<http::Route> flow_routes();
/// Per member: scores, proposed and final grade; the notice list; my evaluation and my
/// self-assessment.
std::vector<http::Route> member_routes();

}  // namespace md::evaluation
