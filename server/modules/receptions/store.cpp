// The receptions module's SQL and the duty record's reads of other modules' tables.
#include "modules/receptions/store.hpp"

#include <map>

#include "modules/opinions/duty_api.hpp"
#include "platform/files/attachments.hpp"

namespace md::receptions {

const char* const kReceptionColumns =
    "r.id, r.workstation_id, w.name AS workstation, w.town, w.address, r.day, r.starts_at, "
    "r.ends_at, r.place, r.topic, r.status, r.cancel_reason, r.visitors, r.summary, "
    "r.created_at, r.updated_at";
const char* const kReceptionFrom =
    " FROM receptions r JOIN workstations w ON w.id = r.workstation_id";
const char* const kGuidanceColumns =
    "g.id, g.town, g.year, g.kind, g.half, g.title, g.held_on, g.content, g.created_at, "
    "g.updated_at";

namespace {

const char* const kDutiesOf =
    "SELECT rd.reception_id, rd.person_id, p.name FROM reception_duties rd JOIN people p ON "
    "p.id = rd.person_id WHERE rd.reception_id IN ";

Json opt_str(const db::Row& r, std::string_view col) {
  auto v = r.opt_str(col);
  return v ? Json(*v) : Json();
}

std::string first_day(int year) { return std::to_string(year) + "-01-01"; }
std::string last_day(int year) { return std::to_string(year) + "-12-31"; }

using Counts = std::map<std::int64_t, Json>;

// Adds COUNT(*) grouped by the first selected column ("k") to `key` of each person.
void count_into(db::Connection& conn, const std::string& sql, const db::Params& params,
                const char* key, Counts& out) {
  for (const auto& r : conn.query(sql, params)) {
    auto& c = out[r.i64("k")][key];
    c = (c.is_number() ? c.get<std::int64_t>() : 0) + r.i64("n");
  }
}

}  // namespace

Json reception_row_json(const db::Row& r, std::int64_t notice_days) {
  std::string day = r.str("day");
  return {{"id", r.i64("id")},
          {"workstationId", r.i64("workstation_id")},
          {"workstation", r.str("workstation")},
          {"town", r.str("town")},
          {"address", r.str("address")},
          {"day", day},
          {"startsAt", r.str("starts_at")},
          {"endsAt", r.str("ends_at")},
          {"place", r.str("place")},
          {"topic", r.str("topic")},
          {"status", r.str("status")},
          {"noticeDate", is_date(day) ? notice_date(day, notice_days) : std::string()},
          {"cancelReason", r.str("cancel_reason")},
          {"visitors", r.is_null("visitors") ? Json() : Json(r.i64("visitors"))},
          {"summary", r.str("summary")},
          {"createdAt", r.i64("created_at")},
          {"updatedAt", r.i64("updated_at")},
          {"deputies", Json::array()}};
}

void add_deputies(db::Connection& conn, Json& items) {
  std::vector<std::int64_t> ids;
  std::map<std::int64_t, std::size_t> at;
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto id = items[i]["id"].get<std::int64_t>();
    ids.push_back(id);
    at[id] = i;
  }
  if (ids.empty()) return;
  for (const auto& r : conn.query(std::string(kDutiesOf) + id_list(ids) + " ORDER BY p.name" +
                                  std::string(conn.pinyin_collation()) + ", p.id")) {
    items[at[r.i64("reception_id")]]["deputies"].push_back(
        {{"personId", r.i64("person_id")}, {"name", r.str("name")}});
  }
}

std::optional<Json> reception_json(db::Connection& conn, std::int64_t id,
                                   std::int64_t notice_days) {
  auto row = conn.query_one(
      std::string("SELECT ") + kReceptionColumns + kReceptionFrom + " WHERE r.id = ?", {id});
  if (!row) return std::nullopt;
  Json items = Json::array({reception_row_json(*row, notice_days)});
  add_deputies(conn, items);
  return items[0];
}

std::vector<Duty> duties_on(db::Connection& conn, const std::string& day) {
  std::vector<Duty> out;
  for (const auto& r :
       conn.query("SELECT r.id, rd.person_id, r.day, r.starts_at, r.ends_at FROM receptions r JOIN "
                  "reception_duties rd ON rd.reception_id = r.id WHERE r.day = ? AND r.status IN "
                  "('planned', 'held')",
                  {day})) {
    out.push_back(
        {r.i64("id"), r.i64("person_id"), r.str("day"), r.str("starts_at"), r.str("ends_at")});
  }
  return out;
}

std::vector<std::int64_t> not_serving(db::Connection& conn, const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, bool> serving;
  for (const auto& r : conn.query(
           "SELECT DISTINCT person_id FROM deputies WHERE ended_on IS NULL AND person_id IN " +
           id_list(ids))) {
    serving[r.i64("person_id")] = true;
  }
  std::vector<std::int64_t> out;
  for (auto id : ids) {
    if (!serving.count(id)) out.push_back(id);
  }
  return out;
}

std::string names_of(db::Connection& conn, const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, std::string> names;
  for (const auto& r : conn.query("SELECT id, name FROM people WHERE id IN " + id_list(ids))) {
    names[r.i64("id")] = r.str("name");
  }
  std::string out;
  for (auto id : ids) out += (out.empty() ? "" : "、") + names[id];
  return out;
}

void set_duties(db::Connection& conn, std::int64_t reception_id,
                const std::vector<std::int64_t>& people) {
  conn.exec("DELETE FROM reception_duties WHERE reception_id = ?", {reception_id});
  for (auto p : people) {
    conn.exec("INSERT INTO reception_duties (reception_id, person_id) VALUES (?, ?)",
              {reception_id, p});
  }
}

std::vector<std::pair<std::int64_t, std::int64_t>> held_duty_counts(db::Connection& conn,
                                                                    int year) {
  std::vector<std::pair<std::int64_t, std::int64_t>> out;
  for (const auto& r : conn.query(
           "SELECT rd.person_id, COUNT(*) AS n FROM reception_duties rd JOIN receptions r ON "
           "r.id = rd.reception_id WHERE r.status = 'held' AND r.day >= ? AND r.day <= ? GROUP "
           "BY rd.person_id",
           {first_day(year), last_day(year)})) {
    out.emplace_back(r.i64("person_id"), r.i64("n"));
  }
  return out;
}

Json guidance_row_json(const db::Row& r) {
  return {{"id", r.i64("id")},
          {"town", r.str("town")},
          {"year", r.i64("year")},
          {"kind", r.str("kind")},
          {"half", opt_str(r, "half")},
          {"title", r.str("title")},
          {"heldOn", opt_str(r, "held_on")},
          {"content", r.str("content")},
          {"createdAt", r.i64("created_at")},
          {"updatedAt", r.i64("updated_at")}};
}

std::optional<Json> guidance_json(db::Connection& conn, std::int64_t id) {
  auto row = conn.query_one(
      std::string("SELECT ") + kGuidanceColumns + " FROM guidance_records g WHERE g.id = ?", {id});
  if (!row) return std::nullopt;
  Json g = guidance_row_json(*row);
  g["attachments"] = files::list_for_owner(conn, "guidance_record", id);
  return g;
}

std::vector<std::pair<std::int64_t, Json>> duty_counts(db::Connection& conn,
                                                       const std::vector<std::int64_t>& people,
                                                       int year) {
  Counts counts;
  for (auto p : people) {
    counts[p] = {
        {"meetings", 0}, {"receptions", 0},     {"contacts", 0},    {"votes", 0},
        {"opinions", 0}, {"opinionsClosed", 0}, {"suggestions", 0}, {"suggestionsSatisfied", 0},
        {"entries", 0}};
  }
  std::string in = id_list(people);
  db::Params range = {first_day(year), last_day(year)};
  count_into(conn,
             "SELECT ma.person_id AS k, COUNT(*) AS n FROM meeting_attendance ma JOIN meetings m "
             "ON m.id = ma.meeting_id WHERE ma.status = 'present' AND m.meeting_date >= ? AND "
             "m.meeting_date <= ? AND ma.person_id IN " +
                 in + " GROUP BY ma.person_id",
             range, "meetings", counts);
  count_into(conn,
             "SELECT rd.person_id AS k, COUNT(*) AS n FROM reception_duties rd JOIN receptions r "
             "ON r.id = rd.reception_id WHERE r.status = 'held' AND r.day >= ? AND r.day <= ? "
             "AND rd.person_id IN " +
                 in + " GROUP BY rd.person_id",
             range, "receptions", counts);
  for (const char* side : {"party_person_id", "nonparty_person_id"}) {
    count_into(conn,
               std::string("SELECT l.") + side +
                   " AS k, COUNT(*) AS n FROM contact_logs c JOIN liaisons l ON l.id = "
                   "c.liaison_id WHERE c.contacted_on >= ? AND c.contacted_on <= ? AND l." +
                   side + " IN " + in + " GROUP BY l." + side,
               range, "contacts", counts);
  }
  count_into(conn,
             "SELECT vr.person_id AS k, COUNT(*) AS n FROM vote_roster vr JOIN votes v ON v.id = "
             "vr.vote_id WHERE vr.channel IS NOT NULL AND v.year = ? AND vr.person_id IN " +
                 in + " GROUP BY vr.person_id",
             {year}, "votes", counts);
  // Opinions and suggestions through the opinions module's public header (its tables are its own).
  for (const auto& [person, y] : opinions::deputies_year(conn, people, std::to_string(year))) {
    counts[person]["opinions"] = y.opinions_received;
    counts[person]["opinionsClosed"] = y.opinions_closed;
    counts[person]["suggestions"] = y.suggestions;
    counts[person]["suggestionsSatisfied"] = y.suggestions_satisfied;
  }
  count_into(conn,
             "SELECT person_id AS k, COUNT(*) AS n FROM duty_entries WHERE entry_date >= ? AND "
             "entry_date <= ? AND person_id IN " +
                 in + " GROUP BY person_id",
             range, "entries", counts);
  std::vector<std::pair<std::int64_t, Json>> out;
  for (auto p : people) out.emplace_back(p, counts[p]);
  return out;
}

Json duty_record(db::Connection& conn, std::int64_t person, int year) {
  db::Params range = {person, first_day(year), last_day(year)};
  Json meetings = Json::array();
  for (const auto& r : conn.query(
           "SELECT m.id, m.meeting_date, m.title, m.type FROM meeting_attendance ma JOIN meetings "
           "m ON m.id = ma.meeting_id WHERE ma.person_id = ? AND ma.status = 'present' AND "
           "m.meeting_date >= ? AND m.meeting_date <= ? ORDER BY m.meeting_date, m.id",
           range)) {
    meetings.push_back({{"id", r.i64("id")},
                        {"date", r.str("meeting_date")},
                        {"title", r.str("title")},
                        {"type", r.str("type")}});
  }
  Json receptions = Json::array();
  for (const auto& r : conn.query(
           "SELECT r.id, r.day, r.starts_at, r.ends_at, r.visitors, w.name FROM reception_duties "
           "rd JOIN receptions r ON r.id = rd.reception_id JOIN workstations w ON w.id = "
           "r.workstation_id WHERE rd.person_id = ? AND r.status = 'held' AND r.day >= ? AND "
           "r.day <= ? ORDER BY r.day, r.starts_at, r.id",
           range)) {
    receptions.push_back({{"id", r.i64("id")},
                          {"day", r.str("day")},
                          {"startsAt", r.str("starts_at")},
                          {"endsAt", r.str("ends_at")},
                          {"workstation", r.str("name")},
                          {"visitors", r.is_null("visitors") ? Json() : Json(r.i64("visitors"))}});
  }
  Json contacts = Json::array();
  for (const auto& r : conn.query(
           "SELECT c.id, c.contacted_on, c.way, CASE WHEN l.party_person_id = ? THEN np.name "
           "ELSE pp.name END AS other FROM contact_logs c JOIN liaisons l ON l.id = c.liaison_id "
           "JOIN people pp ON pp.id = l.party_person_id JOIN people np ON np.id = "
           "l.nonparty_person_id WHERE (l.party_person_id = ? OR l.nonparty_person_id = ?) AND "
           "c.contacted_on >= ? AND c.contacted_on <= ? ORDER BY c.contacted_on, c.id",
           {person, person, person, first_day(year), last_day(year)})) {
    contacts.push_back({{"id", r.i64("id")},
                        {"date", r.str("contacted_on")},
                        {"way", r.str("way")},
                        {"with", r.str("other")}});
  }
  // Participation only: which votes, never what was chosen (the roster holds no choice).
  Json votes = Json::array();
  for (const auto& r : conn.query(
           "SELECT v.id, v.title FROM vote_roster vr JOIN votes v ON v.id = vr.vote_id WHERE "
           "vr.person_id = ? AND vr.channel IS NOT NULL AND v.year = ? ORDER BY v.id",
           {person, year})) {
    votes.push_back({{"id", r.i64("id")}, {"title", r.str("title")}});
  }
  Json entries = Json::array();
  for (const auto& r : conn.query(
           "SELECT id, entry_date, kind, description FROM duty_entries WHERE person_id = ? AND "
           "entry_date >= ? AND entry_date <= ? ORDER BY entry_date, id",
           range)) {
    entries.push_back({{"id", r.i64("id")},
                       {"date", r.str("entry_date")},
                       {"kind", r.str("kind")},
                       {"description", r.str("description")},
                       {"attachments", files::list_for_owner(conn, "duty_entry", r.i64("id"))}});
  }
  auto counts = duty_counts(conn, {person}, year).at(0).second;
  auto p = conn.query_one("SELECT name FROM people WHERE id = ?", {person});
  Json roles = Json::array();
  for (const auto& r : conn.query(
           "SELECT d.level, d.term, d.constituency, w.name AS workstation FROM deputies d LEFT "
           "JOIN workstations w ON w.id = d.workstation_id WHERE d.person_id = ? AND "
           "d.ended_on IS NULL ORDER BY d.id",
           {person})) {
    roles.push_back({{"level", r.str("level")},
                     {"term", r.i64("term")},
                     {"constituency", r.str("constituency")},
                     {"workstation", opt_str(r, "workstation")}});
  }
  return {{"personId", person},
          {"name", p ? p->str("name") : std::string()},
          {"year", year},
          {"roles", roles},
          {"counts", counts},
          {"meetings", meetings},
          {"receptions", receptions},
          {"contacts", contacts},
          {"votes", votes},
          {"entries", entries}};
}

}  // namespace md::receptions
