#include "modules/rectification/rules.hpp"

#include <algorithm>

#include "platform/cases/workdays.hpp"

namespace md::rectification {

const cases::Workflow& item_workflow() {
  static const cases::Workflow w{
      "rectification",
      "not_started",
      {"not_started", "in_progress", "completed", "ongoing", "verified"},
      {"verified"},
      {{"not_started", "start", "in_progress"},
       {"not_started", "complete", "completed"},
       {"in_progress", "complete", "completed"},
       {"in_progress", "persist", "ongoing"},
       {"ongoing", "complete", "completed"},
       {"ongoing", "verify", "verified"},
       {"ongoing", "reject", "in_progress"},
       {"completed", "verify", "verified"},
       {"completed", "reject", "in_progress"},
       {"verified", "reopen", "in_progress"},
       // Editing the fields (deadline, unit …) of an open item is an event of its own.
       {"not_started", "edit", "not_started"},
       {"in_progress", "edit", "in_progress"},
       {"ongoing", "edit", "ongoing"},
       {"completed", "edit", "completed"}}};
  return w;
}

const std::vector<std::string>& sources() {
  static const std::vector<std::string> s = {"patrol", "audit", "self", "superior", "satisfaction"};
  return s;
}

bool is_source(std::string_view s) {
  const auto& all = sources();
  return std::find(all.begin(), all.end(), s) != all.end();
}

const std::vector<std::string>& statuses() {
  static const std::vector<std::string> s = {"not_started", "in_progress", "done", "ongoing",
                                             "overdue"};
  return s;
}

std::string status_of(std::string_view state, std::string_view deadline, std::string_view today) {
  bool open = state == "not_started" || state == "in_progress";
  if (open && !deadline.empty() && deadline < today) return "overdue";
  if (state == "completed" || state == "verified") return "done";
  return std::string(state);
}

std::vector<std::string> states_for_status(std::string_view status) {
  if (status == "done") return {"completed", "verified"};
  if (status == "overdue") return {"not_started", "in_progress"};
  if (status == "not_started" || status == "in_progress" || status == "ongoing") {
    return {std::string(status)};
  }
  return {};
}

std::vector<std::pair<std::string, std::string>> check_dates(std::string_view start_on,
                                                             std::string_view deadline) {
  std::vector<std::pair<std::string, std::string>> errors;
  bool start_ok = cases::is_date(start_on), deadline_ok = cases::is_date(deadline);
  if (!start_ok) errors.emplace_back("startOn", "rectification.date_format");
  if (!deadline_ok) errors.emplace_back("deadline", "rectification.date_format");
  if (start_ok && deadline_ok && deadline < start_on) {
    errors.emplace_back("deadline", "rectification.deadline_before_start");
  }
  return errors;
}

std::optional<std::string> refuse_completion(bool evidence_required, std::int64_t evidence_files) {
  if (evidence_required && evidence_files <= 0) return "rectification.evidence_required";
  return std::nullopt;
}

std::optional<std::string> refuse_verification(std::optional<std::int64_t> completed_by,
                                               std::int64_t verifier) {
  if (completed_by && *completed_by == verifier) return "rectification.same_person";
  return std::nullopt;
}

std::int64_t completion_permille(std::int64_t done, std::int64_t ongoing, std::int64_t total) {
  if (total <= 0) return 0;
  return ((done + ongoing) * 1000 * 2 + total) / (2 * total);
}

std::string ref_no(std::string_view day, std::string_view suffix) {
  std::string out = "ZG";
  for (char c : day) {
    if (c != '-') out.push_back(c);
  }
  return out + "-" + std::string(suffix);
}

}  // namespace md::rectification
