#include "modules/reports/figures.hpp"

#include "modules/accountability/figures_api.hpp"
#include "modules/dues/figures_api.hpp"
#include "modules/evaluation/figures_api.hpp"
#include "modules/reports/rules.hpp"
#include "modules/warnings/figures_api.hpp"

namespace md::reports {

ReportData collect_report(db::Connection& conn, const std::string& from, const std::string& to,
                          const std::string& today) {
  ReportData d;
  d.from = from;
  d.to = to;
  d.org = org::org_figures(conn);
  d.coverage = deputies::coverage_figures(conn);
  d.meetings = orglife::meetings_by_type(conn, from, to);
  d.attendance = orglife::attendance_figure(conn, from, to);
  d.learning = learning::learning_figures(conn, from, to);
  d.excellent_members = evaluation::excellent_members(conn, from, to);
  d.warnings_issued = warnings::cards_issued(conn, from, to);
  d.persons_handled = accountability::persons_handled(conn, from, to);
  d.rectification = rectification::progress_figure(conn, from, to, today);
  d.supervision = supervision::supervision_figures(conn, from, to);
  d.projects =
      votes::chosen_projects(conn, std::stoi(from.substr(0, 4)), std::stoi(to.substr(0, 4)));
  d.deputies = deputies::deputy_figures(conn);
  d.opinions = opinions::opinion_figures(conn, from, to, today);
  d.union_activities = trade_union::activity_figures(conn, from, to);
  d.volunteers = volunteers::volunteer_figures(conn, from, to);
  d.donations = donations::donation_figures(conn, from, to);
  return d;
}

namespace {

std::int64_t rate_or_minus(std::optional<std::int64_t> p) { return p ? *p : -1; }

std::int64_t level_total(const deputies::DeputyFigures& f, const std::string& level) {
  for (const auto& l : f.by_level) {
    if (l.level == level) return l.total;
  }
  return 0;
}

std::int64_t count_of(const std::map<std::string, std::int64_t>& m, const std::string& k) {
  auto it = m.find(k);
  return it == m.end() ? 0 : it->second;
}

}  // namespace

std::vector<std::pair<std::string, std::vector<Figure>>> report_figures(const ReportData& d) {
  std::int64_t projects = 0;
  std::vector<Figure> livelihood;
  for (const auto& p : d.projects) projects += p.projects;
  livelihood.push_back({"livelihoodProjects", projects, "items", ""});
  for (const auto& p : d.projects) {
    livelihood.push_back({"projects:" + p.body + ":" + std::to_string(p.year), p.projects, "items",
                          p.body + " " + std::to_string(p.year)});
  }
  const auto& o = d.opinions;
  return {
      {"organization",
       {{"partyBranches", d.org.party_branches, "units", ""},
        {"functionalBranches", d.org.functional_branches, "units", ""},
        {"partyMembers", d.org.party_members, "persons", ""},
        {"organizationCoverage", rate_or_minus(d.coverage.organizational.permille), "permille", ""},
        {"workCoverage", rate_or_minus(d.coverage.work.permille), "permille", ""}}},
      {"orglife",
       {{"branchAssemblies", count_of(d.meetings, "branch_assembly"), "times", ""},
        {"committeeMeetings", count_of(d.meetings, "committee"), "times", ""},
        {"groupMeetings", count_of(d.meetings, "group"), "times", ""},
        {"partyLectures", count_of(d.meetings, "lecture"), "times", ""},
        {"attendance", rate_or_minus(orglife::attendance_rate_permille(d.attendance)), "permille",
         ""}}},
      {"learning",
       {{"studySessions", d.learning.sessions, "sessions", ""},
        {"learners", d.learning.learners, "persons", ""},
        {"studyMinutes", d.learning.minutes, "minutes", ""}}},
      {"discipline",
       {{"excellentMembers", d.excellent_members, "persons", ""},
        {"warningsIssued", d.warnings_issued, "cards", ""},
        {"personsHandled", d.persons_handled, "persons", ""},
        {"rectificationDone", d.rectification.done, "items", ""},
        {"rectificationTotal", d.rectification.total, "items", ""}}},
      {"supervision",
       {{"supervisionItems", d.supervision.items, "items", ""},
        {"hearings", d.supervision.hearings, "times", ""},
        {"deliberationOpinions", d.supervision.opinions, "pieces", ""}}},
      {"livelihood", livelihood},
      {"deputies",
       {{"deputiesProvince", level_total(d.deputies, "province"), "persons", ""},
        {"deputiesCity", level_total(d.deputies, "city"), "persons", ""},
        {"deputiesDistrict", level_total(d.deputies, "district"), "persons", ""},
        {"deputiesTown", level_total(d.deputies, "town"), "persons", ""},
        {"workstations", d.deputies.workstations, "units", ""},
        {"workstationDeputies", d.deputies.workstation_deputies, "persons", ""},
        {"workstationPartyDeputies", d.deputies.workstation_party, "persons", ""},
        {"opinionsReceived", o.received, "pieces", ""},
        {"opinionsClosed", o.closed, "pieces", ""},
        {"satisfaction", rate_or_minus(permille(o.satisfied + o.basic, o.rated())), "permille",
         ""}}},
      {"union",
       {{"moralLectures", d.union_activities.moral_lectures, "sessions", ""},
        {"festivalActivities", d.union_activities.festivals, "activities", ""},
        {"volunteerActivities", d.volunteers.activities, "times", ""},
        {"volunteerMinutes", d.volunteers.minutes, "minutes", ""},
        {"donationsFen", d.donations.total_fen(), "fen", ""}}},
  };
}

namespace {

Json rate_json(std::optional<std::int64_t> p) { return p ? Json(*p) : Json(); }

Json months_json(const std::array<std::int64_t, 12>& a) {
  Json out = Json::array();
  for (auto v : a) out.push_back(v);
  return out;
}

}  // namespace

Json dashboard_json(db::Connection& conn, int year, const std::string& today) {
  std::string y = std::to_string(year);
  std::string from = y + "-01-01", to = y + "-12-31";
  auto cov = deputies::coverage_figures(conn);
  auto compliance = orglife::compliance_figure(conn, year, today);
  auto att = orglife::attendance_figure(conn, from, to);
  // Dues are due up to the current month only (a later month is not yet in arrears).
  std::string last_month = std::min(to.substr(0, 7), today.substr(0, 7));
  auto dues = dues::collection_figure(conn, y + "-01", last_month);
  auto cards = warnings::open_cards(conn);
  auto rect = rectification::progress_figure(conn, from, to, today);
  auto ops = opinions::opinion_figures(conn, from, to, today);
  auto learn = learning::learning_figures(conn, from, to);
  auto members = org::org_figures(conn).party_members;
  auto dep = deputies::deputy_figures(conn);

  Json towns = Json::array();
  for (const auto& t : ops.by_town) {
    towns.push_back(
        {{"town", t.town}, {"received", t.received}, {"closed", t.closed}, {"overdue", t.overdue}});
  }
  Json levels = Json::array();
  for (const auto& l : dep.by_level) {
    levels.push_back({{"level", l.level}, {"total", l.total}, {"party", l.party}});
  }
  auto coverage = [](const deputies::Coverage& c) {
    return Json{{"covered", c.covered}, {"total", c.total}, {"permille", rate_json(c.permille)}};
  };
  Json figures = {
      {"coverage", {{"organization", coverage(cov.organizational)}, {"work", coverage(cov.work)}}},
      {"meetingCompliance",
       {{"required", compliance.required},
        {"held", compliance.held},
        {"permille", rate_json(permille(compliance.held, compliance.required))}}},
      {"attendance",
       {{"expected", att.expected},
        {"present", att.present},
        {"permille", rate_json(orglife::attendance_rate_permille(att))}}},
      {"duesCollection",
       {{"dueFen", dues.due_fen},
        {"paidFen", dues.paid_fen},
        {"permille", rate_json(permille(dues.paid_fen, dues.due_fen))}}},
      {"openWarnings",
       {{"yellow", cards.yellow},
        {"red", cards.red},
        {"review", cards.review},
        {"total", cards.total}}},
      {"rectification",
       {{"total", rect.total},
        {"done", rect.done},
        {"ongoing", rect.ongoing},
        {"overdue", rect.overdue},
        {"permille", rect.total ? Json(rect.permille) : Json()}}},
      {"opinions",
       {{"received", ops.received},
        {"closed", ops.closed},
        {"overdue", ops.overdue},
        {"byTown", towns}}},
      {"satisfaction",
       {{"rated", ops.rated()},
        {"satisfied", ops.satisfied},
        {"basic", ops.basic},
        {"unsatisfied", ops.unsatisfied},
        {"permille", rate_json(permille(ops.satisfied + ops.basic, ops.rated()))}}},
      {"learningHours",
       {{"members", members},
        {"minutes", learn.minutes},
        {"perMemberMinutes", members ? (learn.minutes + members / 2) / members : 0}}},
      {"deputies", {{"total", dep.total}, {"party", dep.party}, {"byLevel", levels}}},
      {"workstations",
       {{"count", dep.workstations},
        {"deputies", dep.workstation_deputies},
        {"partyDeputies", dep.workstation_party}}},
  };
  Json monthly = {{"opinionsReceived", months_json(opinions::received_by_month(conn, year))},
                  {"opinionsClosed", months_json(opinions::closed_by_month(conn, year))},
                  {"meetingsHeld", months_json(orglife::meetings_by_month(conn, year))}};
  return {{"figures", figures}, {"monthly", monthly}};
}

}  // namespace md::reports
