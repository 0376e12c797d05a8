#pragma once
#include <vector>

#include "platform/http/route.hpp"

namespace md::system {

/// GET/PUT settings.
std::vector<http::Route> settings_routes();
/// Audit log search, export and chain verification.
std::vector<http::Route> audit_routes();
/// The message centre.
std::vector<http::Route> message_routes();
/// Health, readiness, the OpenAPI document and attachments.
std::vector<http::Route> ops_routes();

}  // namespace md::system
