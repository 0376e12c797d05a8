#pragma once
// Decisions of organizational life (DOMAIN-RULES.md "Organizational life", R2.1–R2.4): periods,
// the compliance calendar, quorum and resolutions, excused members, attendance rates, the
// consecutive months without organizational life, sign-in windows and tokens. Pure: no SQL,
// no HTTP, no clock (today / now are parameters).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::orglife {

// ----- Meeting types -----
/// branch_assembly 支部党员大会, committee 支部委员会, group 党小组会, lecture 党课,
/// theme_day 主题党日, life_meeting 组织生活会/民主生活会, village_lecture 送党课下乡,
/// exchange 交流会.
const std::vector<std::string>& meeting_types();
bool is_meeting_type(std::string_view type);
/// Types whose resolutions are voted (支部党员大会 and 支部委员会).
bool votes_resolutions(std::string_view type);

// ----- Periods -----
enum class Period { month, quarter, year };
std::optional<Period> parse_period(std::string_view s);
std::string_view period_code(Period p);
/// The label of the period holding `date` (YYYY-MM-DD): "2026-03", "2026Q1", "2026".
std::string period_label(Period p, std::string_view date);
/// First and last day (YYYY-MM-DD) of the period labelled `label`.
std::pair<std::string, std::string> period_bounds(Period p, std::string_view label);
/// Every period label of `year`, in order (12, 4 or 1).
std::vector<std::string> periods_of_year(Period p, int year);

// ----- Compliance calendar (R2.3) -----
/// One required item: a meeting type, its period, and how many per period (default 1).
struct Rhythm {
  std::string type;
  Period period = Period::month;
  int required = 1;
};
/// The default rhythm: 党员大会 quarterly, 支委会 monthly, 党小组会 monthly, 党课 quarterly,
/// 主题党日 monthly, 组织生活会 yearly.
std::vector<Rhythm> default_rhythm();
enum class CellState { done, due, overdue, future };
std::string_view cell_code(CellState s);
/// A period is done when `held` ≥ required; otherwise overdue when it ended before `today`,
/// due when `today` falls in it, future when it starts after `today`.
CellState cell_state(int held, int required, std::string_view period_first,
                     std::string_view period_last, std::string_view today);

// ----- Quorum and resolutions -----
/// A 党员大会 is quorate when more than half of the voting members expected are present.
bool quorum_met(int present_voting, int expected_voting);
/// A resolution passes with yes votes from more than half of those EXPECTED (应到).
bool resolution_passes(int yes, int expected_voting);
/// Why a vote count is impossible: "orglife.votes_exceed_present" when yes + no + abstain
/// exceeds the voting members present; nullopt otherwise.
std::optional<std::string> check_vote_counts(int yes, int no, int abstain, int present_voting);

// ----- Attendance -----
/// present | absent | excused. Absence reasons: sick 病假, personal 事假, official 公差,
/// unexcused 无故缺席. Excuse reasons (not counted in 应到): illness, abroad, suspended,
/// detained, bedridden, away6m, mobile.
bool is_absence_reason(std::string_view r);
bool is_excuse_reason(std::string_view r);
struct AttendanceCount {
  int expected = 0;  ///< 应到: members minus the excused
  int present = 0;
  int absent = 0;
  int excused = 0;
};
/// present / expected in permille, rounded half up; nullopt when nobody is expected.
std::optional<std::int64_t> attendance_rate_permille(const AttendanceCount& c);

/// Months (YYYY-MM) in which a member attended at least one meeting, and the month they joined
/// the branch: how many whole consecutive months up to and excluding the current month of
/// `today` had no organizational life (feeds the warning cards of R4).
int consecutive_months_without(const std::vector<std::string>& attended_months,
                               std::string_view member_since, std::string_view today);

// ----- Sign-in (R2.2) -----
/// Members may sign in from `before_minutes` before the start until the end of the meeting.
bool in_signin_window(std::int64_t now, std::int64_t starts_at, std::int64_t ends_at,
                      int before_minutes);
/// A record entered after the meeting's day (China time) is a late entry.
bool is_late_entry(std::string_view meeting_date, std::string_view entered_date);

/// A meeting's sign-in QR token, "meeting.expires.nonce.mac" (signin_routes.cpp makes them).
struct SigninToken {
  std::int64_t meeting = 0;
  std::int64_t expires = 0;  ///< unix seconds
  std::string nonce, mac;
};
/// The token's parts, or nullopt when it is not shaped like one (ids and times are 1–15
/// digits). Says nothing about whether the MAC holds: the caller checks that.
std::optional<SigninToken> parse_signin_token(std::string_view token);

}  // namespace md::orglife
