#pragma once
// The figures of the dashboard and of the annual report, assembled from the owning modules'
// figures_api.hpp: one definition per figure, the same function for the dashboard, the report
// and the API. Rates in permille, money in fen.
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/deputies/figures_api.hpp"
#include "modules/donations/figures_api.hpp"
#include "modules/learning/figures_api.hpp"
#include "modules/opinions/figures_api.hpp"
#include "modules/org/figures_api.hpp"
#include "modules/orglife/figures_api.hpp"
#include "modules/rectification/figures_api.hpp"
#include "modules/supervision/figures_api.hpp"
#include "modules/union/figures_api.hpp"
#include "modules/volunteers/figures_api.hpp"
#include "modules/votes/figures_api.hpp"
#include "platform/db/db.hpp"

namespace md::reports {

using Json = nlohmann::json;

/// Everything the annual report of from..to reads (`today` decides what is overdue).
struct ReportData {
  std::string from, to;
  org::OrgFigures org;
  deputies::CoverageFigures coverage;
  std::map<std::string, std::int64_t> meetings;  ///< closed meetings by type
  orglife::AttendanceCount attendance;
  learning::LearningFigures learning;
  std::int64_t excellent_members = 0;
  std::int64_t warnings_issued = 0;
  std::int64_t persons_handled = 0;
  rectification::ProgressFigure rectification;
  supervision::SupervisionFigures supervision;
  std::vector<votes::BodyProjects> projects;
  deputies::DeputyFigures deputies;
  opinions::OpinionFigures opinions;
  trade_union::ActivityFigures union_activities;
  volunteers::VolunteerFigures volunteers;
  donations::DonationFigures donations;
};

ReportData collect_report(db::Connection& conn, const std::string& from, const std::string& to,
                          const std::string& today);

/// One figure of a report section.
struct Figure {
  std::string key;
  std::int64_t value = 0;  ///< -1 for a rate without denominator (shown as null)
  std::string unit;        ///< a unit code: persons, units, times, items, permille, fen, minutes…
  std::string label;       ///< set for figures whose label is data (a town's projects)
};

/// The figures of each section, in the seed article's order.
std::vector<std::pair<std::string, std::vector<Figure>>> report_figures(const ReportData& d);

/// The dashboard of `year` as of `today`: the "figures" and "monthly" objects of the API.
Json dashboard_json(db::Connection& conn, int year, const std::string& today);

}  // namespace md::reports
