#include "modules/inspection/rules.hpp"

namespace md::inspection {

namespace {

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

bool blank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

int digits(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

bool is_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  int y = digits(s.substr(0, 4)), m = digits(s.substr(5, 2)), d = digits(s.substr(8, 2));
  if (y < 2000 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int max = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  return d <= max;
}

std::optional<std::string> check_deadline(std::string_view day, std::string_view today) {
  if (!is_date(day)) return "inspection.date_format";
  if (day < today) return "inspection.date_past";
  return std::nullopt;
}

std::optional<std::string> check_items(const std::vector<std::string>& items) {
  if (items.empty() || items.size() > kMaxItems) return "inspection.items";
  for (const auto& t : items) {
    if (blank(t) || code_points(t) > kMaxItemText) return "inspection.items";
  }
  return std::nullopt;
}

bool is_result(std::string_view result) {
  return result == "compliant" || result == "issue" || result == "na";
}

std::optional<std::string> check_answer(std::string_view result, std::string_view note) {
  if (!is_result(result)) return "inspection.result_unknown";
  if (code_points(note) > kMaxNote) return "inspection.note_long";
  if (result == "issue" && blank(note)) return "inspection.note_required";
  return std::nullopt;
}

bool completed(std::int64_t answered_items, std::int64_t items) {
  return items > 0 && answered_items >= items;
}

int percent(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return 0;
  return static_cast<int>((part * 200 + whole) / (whole * 2));
}

bool is_finding_status(std::string_view status) {
  return status == "open" || status == "rectified" || status == "verified";
}

bool may_transition(std::string_view from, std::string_view to) {
  if (!is_finding_status(from) || !is_finding_status(to)) return false;
  if (from == "verified") return false;
  if (from == to) return true;
  return (from == "open" && to == "rectified") || (from == "rectified" && to == "verified") ||
         (from == "rectified" && to == "open");
}

bool overdue(std::string_view status, const std::optional<std::string>& deadline,
             std::string_view today) {
  return status == "open" && deadline && !deadline->empty() && *deadline < today;
}

}  // namespace md::inspection
