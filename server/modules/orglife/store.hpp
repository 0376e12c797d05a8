#pragma once
// Reading and writing meetings, attendance and rhythms; no HTTP.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/orglife/rules.hpp"
#include "platform/db/db.hpp"

namespace md::orglife {

using Json = nlohmann::json;

struct Meeting {
  std::int64_t id = 0, org_unit_id = 0, session_no = 0, starts_at = 0, ends_at = 0;
  std::string org_unit_name, type, title, meeting_date, place, host, recorder, village, topics,
      speeches, resolutions, status;
  std::optional<std::int64_t> yes, no, abstain;
  bool late_entry = false;
  std::optional<std::string> signin_code_hash, signin_nonce;
  std::optional<std::int64_t> signin_expires_at, closed_at;
  std::int64_t created_at = 0;
};

/// "(1, 2, 3)": the ids of the unit and every unit below it, for an IN clause; "(NULL)" without
/// a unit. The ids are integers from the database, never user text.
std::string subtree_sql_list(db::Connection& conn, std::optional<std::int64_t> root);

/// The meeting or 404 orglife.meeting_not_found.
Meeting load_meeting(db::Connection& conn, std::int64_t id);

/// A person expected at a meeting of the unit: active members of the unit's subtree on the
/// day (primary and functional memberships alike — dual organizational life).
struct Expected {
  std::int64_t person_id = 0;
  bool voting = true;  ///< full members vote; probationary members attend without a vote
};
std::vector<Expected> expected_members(db::Connection& conn, std::int64_t org_unit_id,
                                       const std::string& date);

struct NewMeeting {
  std::int64_t org_unit_id = 0;
  std::string type, title;
  std::int64_t starts_at = 0, ends_at = 0;
  std::string place, host, recorder, village, topics;
  std::optional<std::int64_t> created_by;
};
/// Inside the caller's transaction: the meeting (session number within its year and type,
/// late-entry mark when recorded after its day) and one pending attendance row per expected
/// member. Returns 0 (and writes nothing) when nobody would be expected.
std::int64_t insert_meeting(db::Connection& conn, const NewMeeting& m, std::int64_t now);

/// Counts of a meeting's attendance rows (pending counts as neither present nor absent).
AttendanceCount attendance_count(db::Connection& conn, std::int64_t meeting_id);
/// Voting members present / expected (excused members are not expected).
std::pair<int, int> voting_present_expected(db::Connection& conn, std::int64_t meeting_id);

/// The list/detail fields of a meeting, with its attendance counts.
Json meeting_json(db::Connection& conn, const Meeting& m);

/// The branch's rhythm: its own rows, or the default rhythm.
std::vector<Rhythm> rhythm_of(db::Connection& conn, std::int64_t org_unit_id);

/// What is stored of a meeting's 6-digit sign-in code (SM3, bound to the meeting).
std::string signin_code_hash(std::int64_t meeting_id, const std::string& code);

}  // namespace md::orglife
