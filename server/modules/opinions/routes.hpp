#pragma once
// The opinions module's routes, one file per audience.
#include <vector>

#include "platform/http/route.hpp"

namespace md::opinions {

/// The voter without an account: submit, follow with the query code, rate; the public list.
std::vector<http::Route> public_routes();
/// The voter's photos for their own new opinion, proved by the query code.
std::vector<http::Route> public_photo_routes();
/// Staff intake and handling of opinions: list, export, details, every workflow step.
std::vector<http::Route> opinion_routes();
/// Deputies' suggestions (R9.5).
std::vector<http::Route> suggestion_routes();
/// The working-day calendar and the departments that receive referrals.
std::vector<http::Route> calendar_routes();
/// Renaming and deactivating departments; the accounts that can answer for one.
std::vector<http::Route> department_routes();

}  // namespace md::opinions
