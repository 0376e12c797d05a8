#include "modules/opinions/rules.hpp"

#include <algorithm>
#include <cctype>

namespace md::opinions {

const cases::Workflow& opinion_workflow() {
  // A clerk classifies: on the spot (answered at once), town/department (then 交办), or into
  // a deputy's suggestion. Merge/split end the case in favour of others (linked).
  static const cases::Workflow w{"opinion",
                                 "registered",
                                 {"registered", "classified", "referred", "replied", "closed",
                                  "archived", "converted", "merged", "split"},
                                 {"closed", "archived", "converted", "merged", "split"},
                                 {{"registered", "answer_on_spot", "replied"},
                                  {"registered", "classify", "classified"},
                                  {"registered", "to_suggestion", "converted"},
                                  {"registered", "merge", "merged"},
                                  {"registered", "split", "split"},
                                  {"registered", "supervise", "registered"},
                                  {"classified", "refer", "referred"},
                                  {"classified", "to_suggestion", "converted"},
                                  {"classified", "merge", "merged"},
                                  {"classified", "split", "split"},
                                  {"classified", "supervise", "classified"},
                                  {"referred", "reply", "replied"},
                                  {"referred", "reassign", "referred"},
                                  {"referred", "supervise", "referred"},
                                  {"referred", "merge", "merged"},
                                  {"replied", "rate", "closed"},
                                  {"replied", "reopen", "referred"},
                                  {"replied", "archive", "archived"},
                                  // Naming the follow-up deputy changes no stage.
                                  {"registered", "assign_deputy", "registered"},
                                  {"classified", "assign_deputy", "classified"},
                                  {"referred", "assign_deputy", "referred"},
                                  {"replied", "assign_deputy", "replied"}},
                                 "opinions"};
  return w;
}

bool public_photo_allowed(std::int64_t submitted_at, std::int64_t now, std::int64_t photos) {
  return photos < kPublicPhotoMax && now >= submitted_at &&
         now - submitted_at <= std::int64_t{kPublicPhotoMinutes} * 60;
}

const cases::Workflow& suggestion_workflow() {
  static const cases::Workflow w{"suggestion",
                                 "submitted",
                                 {"submitted", "assigned", "replied", "closed"},
                                 {"closed"},
                                 {{"submitted", "assign", "assigned"},
                                  {"submitted", "supervise", "submitted"},
                                  {"assigned", "reply", "replied"},
                                  {"assigned", "reassign", "assigned"},
                                  {"assigned", "supervise", "assigned"},
                                  {"replied", "rate", "closed"},
                                  {"replied", "reopen", "assigned"}}};
  return w;
}

std::string classify_deadline(std::string_view received_on, const DeadlinePolicy& p,
                              const cases::WorkCalendar& cal) {
  return cases::add_working_days(received_on, p.classify_workdays, cal);
}

std::string reply_deadline(std::string_view referred_on, bool complex, const DeadlinePolicy& p) {
  return cases::add_months(referred_on, complex ? p.reply_months_complex : p.reply_months);
}

std::string reopen_deadline(std::string_view rated_on, const DeadlinePolicy& p) {
  return cases::add_months(rated_on, p.reopen_months);
}

bool archivable(std::string_view replied_on, std::string_view today, int days) {
  return cases::is_date(replied_on) && cases::add_days(replied_on, days) <= today;
}

bool is_rating(std::string_view r) {
  return r == "satisfied" || r == "basic" || r == "unsatisfied";
}

std::string action_for_rating(std::string_view rating) {
  return rating == "unsatisfied" ? "reopen" : "rate";
}

const std::vector<std::string>& categories() {
  static const std::vector<std::string> c = {"roads",       "water",    "schools",
                                             "environment", "epidemic", "social_security",
                                             "housing",     "other"};
  return c;
}

bool is_category(std::string_view c) {
  const auto& all = categories();
  return std::find(all.begin(), all.end(), c) != all.end();
}

bool is_handling(std::string_view h) {
  return h == "on_spot" || h == "town" || h == "department" || h == "suggestion";
}

std::optional<std::string> code_from_bytes(std::string_view random) {
  const auto n = static_cast<unsigned>(kCodeAlphabet.size());
  const unsigned limit = 256 / n * n;  // bytes at or above this would bias the first letters
  std::string code;
  for (unsigned char b : random) {
    if (b >= limit) continue;
    code.push_back(kCodeAlphabet[b % n]);
    if (code.size() == 12) return code;
  }
  return std::nullopt;
}

std::string format_code(std::string_view c) {
  return std::string(c.substr(0, 4)) + "-" + std::string(c.substr(4, 4)) + "-" +
         std::string(c.substr(8, 4));
}

std::optional<std::string> normalize_code(std::string_view typed) {
  std::string out;
  for (char ch : typed) {
    if (ch == '-' || ch == ' ' || ch == '\t') continue;
    char up = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (kCodeAlphabet.find(up) == std::string_view::npos) return std::nullopt;
    out.push_back(up);
    if (out.size() > 12) return std::nullopt;
  }
  if (out.size() != 12) return std::nullopt;
  return out;
}

std::string redact_digits(std::string_view text) {
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_digit(text[i])) {
      out.push_back(text[i++]);
      continue;
    }
    // A run of digits with single dashes or spaces between them (0730-8412345, 138 1234 5678).
    std::size_t j = i, digits = 0, end = i;
    bool separated = false;
    while (j < text.size()) {
      if (is_digit(text[j])) {
        ++digits;
        end = ++j;
      } else if ((text[j] == '-' || text[j] == ' ') && j + 1 < text.size() &&
                 is_digit(text[j + 1])) {
        separated = true;
        ++j;
      } else {
        break;
      }
    }
    if (digits == 17 && end < text.size() && (text[end] == 'X' || text[end] == 'x')) ++end;
    // A date (2026-11-28) has 8 digits with dashes; a separated phone has 10 or more.
    if (digits >= (separated ? 10u : 7u)) {
      out += "***";
    } else {
      out.append(text.substr(i, end - i));
    }
    i = end;
  }
  return out;
}

bool is_mobile(std::string_view phone) {
  return phone.size() == 11 && phone[0] == '1' &&
         std::all_of(phone.begin(), phone.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace md::opinions
