#include "modules/supervision/rules.hpp"

#include <algorithm>

#include "platform/cases/workdays.hpp"

namespace md::supervision {
namespace {

bool blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

}  // namespace

bool is_kind(std::string_view s) {
  return s == "law_inspection" || s == "research" || s == "work_report" || s == "budget_network";
}

bool is_target_kind(std::string_view s) {
  return s == "government" || s == "supervision_commission" || s == "court" ||
         s == "procuratorate" || s == "department";
}

bool is_item_status(std::string_view s) {
  return s == "planned" || s == "under_way" || s == "done";
}

std::vector<std::pair<std::string, std::string>> check_plan(const Plan& p) {
  std::vector<std::pair<std::string, std::string>> errors;
  if (!is_kind(p.kind)) errors.emplace_back("kind", "supervision.kind");
  if (!is_target_kind(p.target_kind)) {
    errors.emplace_back("targetKind", "supervision.target_kind");
  } else if ((p.target_kind == "department") != p.has_department) {
    errors.emplace_back("departmentId", "supervision.department_required");
  }
  if (blank(p.title)) errors.emplace_back("title", "supervision.title_required");
  if (p.year < 2000 || p.year > 2100) errors.emplace_back("year", "supervision.year_range");
  bool start_ok = p.starts_on.empty() || cases::is_date(p.starts_on);
  bool end_ok = p.ends_on.empty() || cases::is_date(p.ends_on);
  if (!start_ok) errors.emplace_back("startsOn", "supervision.date_format");
  if (!end_ok) errors.emplace_back("endsOn", "supervision.date_format");
  if (start_ok && end_ok && !p.starts_on.empty() && !p.ends_on.empty() && p.ends_on < p.starts_on)
    errors.emplace_back("endsOn", "supervision.end_before_start");
  return errors;
}

const cases::Workflow& deliberation_workflow() {
  static const cases::Workflow w{"deliberation",
                                 "sent",
                                 {"sent", "replied", "following", "closed"},
                                 {"closed"},
                                 {{"sent", "reply", "replied"},
                                  {"sent", "urge", "sent"},
                                  {"replied", "follow_up", "following"},
                                  {"replied", "close", "closed"},
                                  {"following", "reply", "replied"},
                                  {"following", "urge", "following"}}};
  return w;
}

std::string default_reply_deadline(std::string_view sent_on, int months) {
  return cases::add_months(sent_on, months);
}

std::vector<std::pair<std::string, std::string>> check_deadline(std::string_view deadline,
                                                                std::string_view from) {
  if (!cases::is_date(deadline)) return {{"deadline", "supervision.date_format"}};
  if (deadline < from) return {{"deadline", "supervision.deadline_past"}};
  return {};
}

bool is_rating(std::string_view s) {
  return s == "satisfied" || s == "basic" || s == "unsatisfied";
}

std::string Tally::outcome() const {
  auto n = total();
  if (n == 0) return "";
  if (satisfied * 2 > n) return "satisfied";
  if ((satisfied + basic) * 2 > n) return "basic";
  return "unsatisfied";
}

Tally tally(const std::vector<std::string>& ratings) {
  Tally t;
  for (const auto& r : ratings) {
    if (r == "satisfied")
      ++t.satisfied;
    else if (r == "basic")
      ++t.basic;
    else if (r == "unsatisfied")
      ++t.unsatisfied;
  }
  return t;
}

bool may_close(const Tally& t) { return t.outcome() != "unsatisfied"; }

}  // namespace md::supervision
