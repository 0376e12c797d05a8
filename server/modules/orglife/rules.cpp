#include "modules/orglife/rules.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace md::orglife {

// ----- Meeting types -----

const std::vector<std::string>& meeting_types() {
  static const std::vector<std::string> all = {"branch_assembly", "committee", "group",
                                               "lecture",         "theme_day", "life_meeting",
                                               "village_lecture", "exchange"};
  return all;
}

bool is_meeting_type(std::string_view type) {
  const auto& all = meeting_types();
  return std::find(all.begin(), all.end(), type) != all.end();
}

// Only the two bodies of the branch decide by vote (支部工作条例); a 党小组会 or a 党课 may
// discuss but does not pass resolutions.
bool votes_resolutions(std::string_view type) {
  return type == "branch_assembly" || type == "committee";
}

// ----- Periods -----

std::optional<Period> parse_period(std::string_view s) {
  if (s == "month") return Period::month;
  if (s == "quarter") return Period::quarter;
  if (s == "year") return Period::year;
  return std::nullopt;
}

std::string_view period_code(Period p) {
  switch (p) {
    case Period::month:
      return "month";
    case Period::quarter:
      return "quarter";
    case Period::year:
      return "year";
  }
  return "month";
}

namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int month_days(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : days[m - 1];
}

// The value of s[from, from + n) when all of it is decimal digits, else -1.
int digits(std::string_view s, std::size_t from, std::size_t n) {
  if (from + n > s.size()) return -1;
  int v = 0;
  for (std::size_t i = from; i < from + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

struct Ymd {
  int y = 0, m = 0, d = 0;
};

// A real calendar date written exactly YYYY-MM-DD (no time part, no short forms).
std::optional<Ymd> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > month_days(y, m)) return std::nullopt;
  return Ymd{y, m, d};
}

// A month written exactly YYYY-MM, as a running index y * 12 + (m - 1) so that months can be
// stepped across year ends by plain arithmetic.
std::optional<int> parse_month(std::string_view s) {
  if (s.size() != 7 || s[4] != '-') return std::nullopt;
  int y = digits(s, 0, 4), m = digits(s, 5, 2);
  if (y < 0 || m < 1 || m > 12) return std::nullopt;
  return y * 12 + (m - 1);
}

std::string pad(int v, std::size_t width) {
  std::string s = std::to_string(v);
  if (s.size() < width) s.insert(0, width - s.size(), '0');
  return s;
}

std::string month_label(int y, int m) { return pad(y, 4) + "-" + pad(m, 2); }

std::string date_text(int y, int m, int d) { return month_label(y, m) + "-" + pad(d, 2); }

[[noreturn]] void bad(const char* what, std::string_view text) {
  throw std::invalid_argument(std::string(what) + ": \"" + std::string(text) + "\"");
}

}  // namespace

// Throws std::invalid_argument unless `date` is a real calendar date in YYYY-MM-DD: a label
// computed from garbage would silently file a meeting into a wrong cell of the calendar.
std::string period_label(Period p, std::string_view date) {
  auto ymd = parse_date(date);
  if (!ymd) bad("orglife: not a YYYY-MM-DD date", date);
  switch (p) {
    case Period::month:
      return month_label(ymd->y, ymd->m);
    case Period::quarter:
      return pad(ymd->y, 4) + "Q" + std::to_string((ymd->m - 1) / 3 + 1);
    case Period::year:
      return pad(ymd->y, 4);
  }
  return pad(ymd->y, 4);
}

// Throws std::invalid_argument unless `label` is written the way `p` writes it: "2026-02" for
// a month (01–12), "2026Q4" for a quarter (Q1–Q4), "2026" for a year. A label of another
// period type is rejected rather than guessed at.
std::pair<std::string, std::string> period_bounds(Period p, std::string_view label) {
  int y = -1, first_month = 0, last_month = 0;
  switch (p) {
    case Period::month:
      if (auto idx = parse_month(label)) {
        y = *idx / 12;
        first_month = last_month = *idx % 12 + 1;
      }
      break;
    case Period::quarter:
      if (label.size() == 6 && label[4] == 'Q' && label[5] >= '1' && label[5] <= '4') {
        y = digits(label, 0, 4);
        last_month = (label[5] - '0') * 3;
        first_month = last_month - 2;
      }
      break;
    case Period::year:
      if (label.size() == 4) {
        y = digits(label, 0, 4);
        first_month = 1;
        last_month = 12;
      }
      break;
  }
  if (y < 0) bad("orglife: not a period label", label);
  return {date_text(y, first_month, 1), date_text(y, last_month, month_days(y, last_month))};
}

// Throws std::invalid_argument for a year that cannot be written in four digits.
std::vector<std::string> periods_of_year(Period p, int year) {
  if (year < 0 || year > 9999) bad("orglife: year out of range", std::to_string(year));
  std::vector<std::string> out;
  switch (p) {
    case Period::month:
      for (int m = 1; m <= 12; ++m) out.push_back(month_label(year, m));
      break;
    case Period::quarter:
      for (int q = 1; q <= 4; ++q) out.push_back(pad(year, 4) + "Q" + std::to_string(q));
      break;
    case Period::year:
      out.push_back(pad(year, 4));
      break;
  }
  return out;
}

// ----- Compliance calendar (R2.3) -----

std::vector<Rhythm> default_rhythm() {
  // village_lecture and exchange have no required rhythm: they happen when arranged.
  return {{"branch_assembly", Period::quarter, 1},
          {"committee", Period::month, 1},
          {"group", Period::month, 1},
          {"lecture", Period::quarter, 1},
          {"theme_day", Period::month, 1},
          {"life_meeting", Period::year, 1}};
}

std::string_view cell_code(CellState s) {
  switch (s) {
    case CellState::done:
      return "done";
    case CellState::due:
      return "due";
    case CellState::overdue:
      return "overdue";
    case CellState::future:
      return "future";
  }
  return "due";
}

// Done wins over the dates: a period that was met stays green after it ends, and meetings held
// ahead of time (e.g. next month's 主题党日 brought forward) already count. ISO dates compare
// correctly as strings.
CellState cell_state(int held, int required, std::string_view period_first,
                     std::string_view period_last, std::string_view today) {
  if (held >= required) return CellState::done;
  if (period_last < today) return CellState::overdue;
  if (period_first > today) return CellState::future;
  return CellState::due;
}

// ----- Quorum and resolutions -----

// 64-bit doubling so that no roster size can overflow; "more than half" means exactly half is
// not enough, and nothing is quorate or passed when nobody is expected.
bool quorum_met(int present_voting, int expected_voting) {
  return expected_voting > 0 && 2 * std::int64_t{present_voting} > expected_voting;
}

// The base is 应到, not 实到: absent members count against a resolution just like no votes.
bool resolution_passes(int yes, int expected_voting) {
  return expected_voting > 0 && 2 * std::int64_t{yes} > expected_voting;
}

// Negative counts are checked first (the header's list names only the "exceed" case; a
// negative count is a typing error that would otherwise hide an excess).
std::optional<std::string> check_vote_counts(int yes, int no, int abstain, int present_voting) {
  if (yes < 0 || no < 0 || abstain < 0) return "orglife.votes_negative";
  if (std::int64_t{yes} + no + abstain > present_voting) return "orglife.votes_exceed_present";
  return std::nullopt;
}

// ----- Attendance -----

bool is_absence_reason(std::string_view r) {
  return r == "sick" || r == "personal" || r == "official" || r == "unexcused";
}

bool is_excuse_reason(std::string_view r) {
  return r == "illness" || r == "abroad" || r == "suspended" || r == "detained" ||
         r == "bedridden" || r == "away6m" || r == "mobile";
}

std::optional<std::int64_t> attendance_rate_permille(const AttendanceCount& c) {
  if (c.expected <= 0) return std::nullopt;
  std::int64_t expected = c.expected;
  return (std::int64_t{c.present} * 2000 + expected) / (2 * expected);  // half up
}

// Counts back from the month before today's: the current month is still running, so a member
// who has not yet attended this month is not behind. Months before the member joined the
// branch are not theirs to miss. `member_since` may be YYYY-MM-DD or YYYY-MM; entries of
// `attended_months` are months, and a full date is read as its month (so a caller passing
// meeting dates does not see every month as missed). Throws std::invalid_argument when `today`
// or `member_since` is malformed: a guessed count could raise a six-month case.
int consecutive_months_without(const std::vector<std::string>& attended_months,
                               std::string_view member_since, std::string_view today) {
  auto now = parse_date(today);
  if (!now) bad("orglife: not a YYYY-MM-DD date", today);
  std::optional<int> since =
      member_since.size() == 7 ? parse_month(member_since) : std::optional<int>{};
  if (!since) {
    auto d = parse_date(member_since);
    if (!d) bad("orglife: not a YYYY-MM-DD date or YYYY-MM month", member_since);
    since = d->y * 12 + (d->m - 1);
  }
  std::set<int> attended;
  for (const auto& a : attended_months) {
    if (auto idx = parse_month(a)) {
      attended.insert(*idx);
    } else if (auto d = parse_date(a)) {
      attended.insert(d->y * 12 + (d->m - 1));
    }
  }
  int count = 0;
  for (int m = now->y * 12 + (now->m - 1) - 1; m >= *since && !attended.count(m); --m) ++count;
  return count;
}

// ----- Sign-in (R2.2) -----

// Both edges are inclusive. A negative lead time is read as none (sign-in from the start):
// it would otherwise close the door on members who arrive on time.
bool in_signin_window(std::int64_t now, std::int64_t starts_at, std::int64_t ends_at,
                      int before_minutes) {
  std::int64_t opens = starts_at - std::int64_t{std::max(before_minutes, 0)} * 60;
  return opens <= now && now <= ends_at;
}

// Same-day entries are the normal case (minutes written right after the meeting); only a later
// day marks the record. Both are China-time dates in YYYY-MM-DD, which compare as strings.
bool is_late_entry(std::string_view meeting_date, std::string_view entered_date) {
  return entered_date > meeting_date;
}

std::optional<SigninToken> parse_signin_token(std::string_view token) {
  auto digits = [](std::string_view s) {
    return !s.empty() && s.size() <= 15 && s.find_first_not_of("0123456789") == std::string::npos;
  };
  auto p1 = token.find('.');
  if (p1 == std::string_view::npos) return std::nullopt;
  auto p2 = token.find('.', p1 + 1);
  if (p2 == std::string_view::npos) return std::nullopt;
  auto p3 = token.find('.', p2 + 1);
  if (p3 == std::string_view::npos) return std::nullopt;
  std::string_view id = token.substr(0, p1), exp = token.substr(p1 + 1, p2 - p1 - 1);
  if (!digits(id) || !digits(exp)) return std::nullopt;
  SigninToken t;
  t.meeting = std::stoll(std::string(id));
  t.expires = std::stoll(std::string(exp));
  t.nonce = std::string(token.substr(p2 + 1, p3 - p2 - 1));
  t.mac = std::string(token.substr(p3 + 1));
  return t;
}

}  // namespace md::orglife
