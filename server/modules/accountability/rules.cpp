#include "modules/accountability/rules.hpp"

#include <algorithm>

#include "platform/cases/workdays.hpp"

namespace md::accountability {

const std::vector<std::string>& forms() {
  static const std::vector<std::string> f = {"criticism",  "admonition",     "self_examination",
                                             "circulated", "organizational", "disciplinary"};
  return f;
}

bool is_form(std::string_view form) {
  return std::find(forms().begin(), forms().end(), form) != forms().end();
}

namespace {
bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }
}  // namespace

std::vector<std::pair<std::string, std::string>> check_record(std::string_view form,
                                                              std::string_view reason,
                                                              std::string_view decided_on,
                                                              std::string_view decided_by,
                                                              std::string_view today) {
  std::vector<std::pair<std::string, std::string>> e;
  if (!is_form(form)) e.emplace_back("form", "accountability.form_unknown");
  if (blank(reason)) e.emplace_back("reason", "accountability.reason_required");
  if (!cases::is_date(decided_on)) {
    e.emplace_back("decidedOn", "accountability.date_format");
  } else if (decided_on > today) {
    e.emplace_back("decidedOn", "accountability.date_future");
  }
  if (blank(decided_by)) e.emplace_back("decidedBy", "accountability.decided_by_required");
  return e;
}

}  // namespace md::accountability
