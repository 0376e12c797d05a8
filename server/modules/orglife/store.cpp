#include "modules/orglife/store.hpp"

#include "platform/auth/scope.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"
#include "platform/crypto/hash.hpp"

namespace md::orglife {
namespace {

Json opt(const std::optional<std::int64_t>& v) { return v ? Json(*v) : Json(); }

}  // namespace

std::string subtree_sql_list(db::Connection& conn, std::optional<std::int64_t> root) {
  std::set<std::int64_t> ids;
  if (root) ids = auth::org_subtree(conn, *root);
  std::string s;
  for (auto id : ids) s += (s.empty() ? "" : ", ") + std::to_string(id);
  return "(" + (s.empty() ? std::string("NULL") : s) + ")";
}

Meeting load_meeting(db::Connection& conn, std::int64_t id) {
  auto r = conn.query_one(
      "SELECT m.*, u.name AS org_unit_name FROM meetings m JOIN org_units u ON u.id = "
      "m.org_unit_id WHERE m.id = ?",
      {id});
  if (!r) throw not_found("orglife.meeting_not_found");
  Meeting m;
  m.id = r->i64("id");
  m.org_unit_id = r->i64("org_unit_id");
  m.org_unit_name = r->str("org_unit_name");
  m.type = r->str("type");
  m.session_no = r->i64("session_no");
  m.title = r->str("title");
  m.starts_at = r->i64("starts_at");
  m.ends_at = r->i64("ends_at");
  m.meeting_date = r->str("meeting_date");
  m.place = r->str("place");
  m.host = r->str("host");
  m.recorder = r->str("recorder");
  m.village = r->str("village");
  m.topics = r->str("topics");
  m.speeches = r->str("speeches");
  m.resolutions = r->str("resolutions");
  m.yes = r->opt_i64("votes_yes");
  m.no = r->opt_i64("votes_no");
  m.abstain = r->opt_i64("votes_abstain");
  m.status = r->str("status");
  m.late_entry = r->i64("late_entry") != 0;
  m.signin_code_hash = r->opt_str("signin_code_hash");
  m.signin_nonce = r->opt_str("signin_nonce");
  m.signin_expires_at = r->opt_i64("signin_expires_at");
  m.created_at = r->i64("created_at");
  m.closed_at = r->opt_i64("closed_at");
  return m;
}

std::vector<Expected> expected_members(db::Connection& conn, std::int64_t org_unit_id,
                                       const std::string& date) {
  std::vector<Expected> out;
  // The ids come from the subtree set (integers), never from user text.
  for (const auto& r : conn.query(
           "SELECT DISTINCT p.id, p.political_status FROM memberships ms JOIN people p ON p.id = "
           "ms.person_id WHERE ms.org_unit_id IN " +
               subtree_sql_list(conn, org_unit_id) +
               " AND ms.started_on <= ? AND (ms.ended_on IS NULL OR ms.ended_on > ?) AND "
               "p.political_status IN ('cpc_member', 'cpc_probationary') ORDER BY p.id",
           {date, date})) {
    out.push_back({r.i64("id"), r.str("political_status") == "cpc_member"});
  }
  return out;
}

std::int64_t insert_meeting(db::Connection& conn, const NewMeeting& m, std::int64_t now) {
  std::string date = china_date(m.starts_at);
  auto expected = expected_members(conn, m.org_unit_id, date);
  if (expected.empty()) return 0;
  auto session = conn.scalar(
                     "SELECT COUNT(*) FROM meetings WHERE org_unit_id = ? AND type = ? "
                     "AND meeting_date LIKE ?",
                     {m.org_unit_id, m.type, date.substr(0, 4) + "%"}) +
                 1;
  bool late = is_late_entry(date, china_date(now));
  auto id =
      conn.query(
              "INSERT INTO meetings (org_unit_id, type, session_no, title, starts_at, "
              "ends_at, meeting_date, place, host, recorder, village, topics, status, "
              "late_entry, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
              "?, ?, 'planned', ?, ?, ?) RETURNING id",
              {m.org_unit_id, m.type, session, m.title, m.starts_at, m.ends_at, date, m.place,
               m.host, m.recorder, m.village, m.topics, static_cast<std::int64_t>(late ? 1 : 0),
               m.created_by ? db::Value(*m.created_by) : db::Value(), now})
          .at(0)
          .i64("id");
  for (const auto& e : expected) {
    conn.exec(
        "INSERT INTO meeting_attendance (meeting_id, person_id, status, voting) VALUES "
        "(?, ?, 'pending', ?)",
        {id, e.person_id, static_cast<std::int64_t>(e.voting ? 1 : 0)});
  }
  return id;
}

AttendanceCount attendance_count(db::Connection& conn, std::int64_t meeting_id) {
  AttendanceCount c;
  for (const auto& r : conn.query("SELECT status, COUNT(*) AS n FROM meeting_attendance WHERE "
                                  "meeting_id = ? GROUP BY status",
                                  {meeting_id})) {
    int n = static_cast<int>(r.i64("n"));
    std::string s = r.str("status");
    if (s == "present") c.present = n;
    if (s == "absent") c.absent = n;
    if (s == "excused") c.excused = n;
    if (s != "excused") c.expected += n;
  }
  return c;
}

std::pair<int, int> voting_present_expected(db::Connection& conn, std::int64_t meeting_id) {
  auto r = conn.query_one(
      "SELECT SUM(CASE WHEN status = 'present' THEN 1 ELSE 0 END) AS present, "
      "SUM(CASE WHEN status <> 'excused' THEN 1 ELSE 0 END) AS expected FROM meeting_attendance "
      "WHERE meeting_id = ? AND voting = 1",
      {meeting_id});
  return {static_cast<int>(r->i64("present")), static_cast<int>(r->i64("expected"))};
}

Json meeting_json(db::Connection& conn, const Meeting& m) {
  auto c = attendance_count(conn, m.id);
  auto rate = attendance_rate_permille(c);
  return {{"id", m.id},
          {"orgUnitId", m.org_unit_id},
          {"orgUnitName", m.org_unit_name},
          {"type", m.type},
          {"sessionNo", m.session_no},
          {"title", m.title},
          {"startsAt", m.starts_at},
          {"endsAt", m.ends_at},
          {"date", m.meeting_date},
          {"place", m.place},
          {"host", m.host},
          {"recorder", m.recorder},
          {"village", m.village},
          {"status", m.status},
          {"lateEntry", m.late_entry},
          {"expected", c.expected},
          {"present", c.present},
          {"absent", c.absent},
          {"excused", c.excused},
          {"attendanceRate", rate ? Json(*rate) : Json()},
          {"closedAt", opt(m.closed_at)}};
}

std::vector<Rhythm> rhythm_of(db::Connection& conn, std::int64_t org_unit_id) {
  std::vector<Rhythm> out;
  for (const auto& r : conn.query("SELECT type, period, required FROM meeting_rhythms WHERE "
                                  "org_unit_id = ? ORDER BY type",
                                  {org_unit_id})) {
    if (auto p = parse_period(r.str("period"))) {
      out.push_back({r.str("type"), *p, static_cast<int>(r.i64("required"))});
    }
  }
  return out.empty() ? default_rhythm() : out;
}

std::string signin_code_hash(std::int64_t meeting_id, const std::string& code) {
  return crypto::sm3_hex("orglife.code|" + std::to_string(meeting_id) + "|" + code);
}

}  // namespace md::orglife
