#include "modules/deputies/store.hpp"

namespace md::deputies {

using nlohmann::json;

namespace {

json ref(std::optional<std::int64_t> id, const std::string& name) {
  if (!id) return nullptr;
  return {{"id", *id}, {"name", name}};
}

json opt_text(const std::optional<std::string>& s) { return s ? json(*s) : json(); }

bool party_status(const std::string& s) { return s == "cpc_member" || s == "cpc_probationary"; }

}  // namespace

const char* const kDeputyColumns =
    "d.id, d.person_id, p.name, p.gender, p.political_status, p.unit, p.post, d.level, d.term, "
    "d.constituency, d.workstation_id, w.name AS workstation_name, d.started_on, d.ended_on";
const char* const kDeputyFrom =
    " FROM deputies d JOIN people p ON p.id = d.person_id "
    "LEFT JOIN workstations w ON w.id = d.workstation_id";

json deputy_row_json(const db::Row& row, bool english) {
  std::string level = row.str("level");
  std::string status = row.str("political_status");
  return {{"id", row.i64("id")},
          {"personId", row.i64("person_id")},
          {"name", row.str("name")},
          {"gender", row.str("gender")},
          {"level", level},
          {"levelName", level_name(level, english)},
          {"term", row.i64("term")},
          {"constituency", row.str("constituency")},
          {"partyMember", party_status(status)},
          {"politicalStatus", status},
          {"workstation", ref(row.opt_i64("workstation_id"), row.str("workstation_name"))},
          {"unit", row.str("unit")},
          {"post", row.str("post")},
          {"startedOn", row.str("started_on")},
          {"endedOn", opt_text(row.opt_str("ended_on"))}};
}

std::optional<json> deputy_json(db::Connection& conn, std::int64_t id, bool english) {
  auto row = conn.query_one(
      std::string("SELECT ") + kDeputyColumns + kDeputyFrom + " WHERE d.id = ?", {id});
  if (!row) return std::nullopt;
  return deputy_row_json(*row, english);
}

const char* const kWorkstationColumns =
    "w.id, w.name, w.town, w.address, w.contact_name, w.contact_phone, "
    "COUNT(DISTINCT d.person_id) AS deputy_count, "
    "COUNT(DISTINCT CASE WHEN p.political_status IN ('cpc_member', 'cpc_probationary') "
    "THEN d.person_id END) AS party_member_count "
    "FROM workstations w "
    "LEFT JOIN deputies d ON d.workstation_id = w.id AND d.ended_on IS NULL "
    "LEFT JOIN people p ON p.id = d.person_id";

const char* const kWorkstationGroup =
    " GROUP BY w.id, w.name, w.town, w.address, w.contact_name, w.contact_phone";

json workstation_row_json(const db::Row& row) {
  return {{"id", row.i64("id")},
          {"name", row.str("name")},
          {"town", row.str("town")},
          {"address", row.str("address")},
          {"contactName", row.str("contact_name")},
          {"contactPhone", row.str("contact_phone")},
          {"deputyCount", row.i64("deputy_count")},
          {"partyMemberCount", row.i64("party_member_count")}};
}

std::optional<json> workstation_json(db::Connection& conn, std::int64_t id) {
  auto row = conn.query_one(
      std::string("SELECT ") + kWorkstationColumns + " WHERE w.id = ?" + kWorkstationGroup, {id});
  if (!row) return std::nullopt;
  return workstation_row_json(*row);
}

std::vector<DeputyFacts> coverage_facts(db::Connection& conn) {
  std::vector<DeputyFacts> out;
  for (const auto& r : conn.query(
           "SELECT d.person_id, p.name, p.political_status, "
           "CASE WHEN EXISTS (SELECT 1 FROM memberships m JOIN org_units o ON o.id = "
           "m.org_unit_id WHERE m.person_id = d.person_id AND m.ended_on IS NULL AND o.kind = "
           "'functional_branch' AND o.retired_at IS NULL) THEN 1 ELSE 0 END AS in_branch, "
           "CASE WHEN EXISTS (SELECT 1 FROM liaisons l WHERE l.nonparty_person_id = d.person_id "
           "AND l.ended_on IS NULL) THEN 1 ELSE 0 END AS has_liaison "
           "FROM deputies d JOIN people p ON p.id = d.person_id WHERE d.ended_on IS NULL "
           "ORDER BY p.name" +
           std::string(conn.pinyin_collation()) + ", p.id")) {
    out.push_back({r.i64("person_id"), r.str("name"), party_status(r.str("political_status")),
                   r.i64("in_branch") != 0, r.i64("has_liaison") != 0});
  }
  return out;
}

const char* const kLiaisonColumns =
    "l.id, l.party_person_id, pp.name AS party_name, l.nonparty_person_id, "
    "np.name AS nonparty_name, l.assigned_on, l.ended_on, "
    "(SELECT MAX(c.contacted_on) FROM contact_logs c WHERE c.liaison_id = l.id) AS "
    "last_contact_on, "
    "(SELECT COUNT(*) FROM contact_logs c WHERE c.liaison_id = l.id) AS contact_count "
    "FROM liaisons l JOIN people pp ON pp.id = l.party_person_id "
    "JOIN people np ON np.id = l.nonparty_person_id";

json liaison_row_json(const db::Row& row, const std::string& period_start_date) {
  auto last = row.opt_str("last_contact_on");
  auto ended = row.opt_str("ended_on");
  std::string assigned = row.str("assigned_on");
  return {
      {"id", row.i64("id")},
      {"partyDeputy", {{"personId", row.i64("party_person_id")}, {"name", row.str("party_name")}}},
      {"nonPartyDeputy",
       {{"personId", row.i64("nonparty_person_id")}, {"name", row.str("nonparty_name")}}},
      {"assignedOn", assigned},
      {"endedOn", opt_text(ended)},
      {"lastContactOn", opt_text(last)},
      {"contactCount", row.i64("contact_count")},
      {"overdue", !ended && contact_overdue(last, assigned, period_start_date)}};
}

std::optional<json> liaison_json(db::Connection& conn, std::int64_t id,
                                 const std::string& period_start_date) {
  auto row = conn.query_one(std::string("SELECT ") + kLiaisonColumns + " WHERE l.id = ?", {id});
  if (!row) return std::nullopt;
  return liaison_row_json(*row, period_start_date);
}

std::vector<std::int64_t> people_of_user(db::Connection& conn, std::int64_t user_id) {
  std::vector<std::int64_t> ids;
  for (const auto& r :
       conn.query("SELECT id FROM people WHERE user_id = ? ORDER BY id", {user_id})) {
    ids.push_back(r.i64("id"));
  }
  return ids;
}

std::optional<std::string> serving_deputy_status(db::Connection& conn, std::int64_t person_id) {
  auto row = conn.query_one(
      "SELECT p.political_status FROM people p WHERE p.id = ? AND EXISTS (SELECT 1 FROM deputies "
      "d WHERE d.person_id = p.id AND d.ended_on IS NULL)",
      {person_id});
  if (!row) return std::nullopt;
  return row->str("political_status");
}

json contacts_json(db::Connection& conn, std::int64_t liaison_id) {
  json out = json::array();
  for (const auto& r :
       conn.query("SELECT c.id, c.liaison_id, c.contacted_on, c.way, c.content, c.follow_up, "
                  "c.recorded_by, u.display_name AS recorder, c.recorded_at FROM contact_logs c "
                  "LEFT JOIN users u ON u.id = c.recorded_by WHERE c.liaison_id = ? "
                  "ORDER BY c.contacted_on DESC, c.id DESC",
                  {liaison_id})) {
    out.push_back({{"id", r.i64("id")},
                   {"liaisonId", r.i64("liaison_id")},
                   {"contactedOn", r.str("contacted_on")},
                   {"way", r.str("way")},
                   {"content", r.str("content")},
                   {"followUp", r.str("follow_up")},
                   {"recordedBy", ref(r.opt_i64("recorded_by"), r.str("recorder"))},
                   {"recordedAt", r.i64("recorded_at")}});
  }
  return out;
}

}  // namespace md::deputies
