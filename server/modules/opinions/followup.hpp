#pragma once
// The deputy who follows an opinion up (R9.2 "assignment to deputies"): an opinion taken online
// or by phone has no receiving deputy, so the clerk names one — while classifying or as its own
// step at any open stage. The deputy then sees the case, hears of the reply, and the duty
// record counts it (duty_api.hpp).
#include <vector>

#include "modules/opinions/store.hpp"
#include "platform/http/route.hpp"

namespace md::opinions {

/// Checks that the person is a serving deputy (422 opinions.followup_not_serving on `field`),
/// stores them as the opinion's follow-up deputy and sends them a message. Inside the caller's
/// transaction; the caller audits.
void set_followup_deputy(http::Context& ctx, const cases::Case& c, std::int64_t person_id,
                         const std::string& field);
/// POST /api/opinions/{id}/deputy.
std::vector<http::Route> followup_routes();

}  // namespace md::opinions
