#include "modules/rectification/store.hpp"

#include "modules/rectification/rules.hpp"
#include "platform/core/errors.hpp"
#include "platform/crypto/base.hpp"
#include "platform/files/attachments.hpp"

namespace md::rectification {

namespace {

const char* const kItemColumns =
    "c.ref_no, r.case_id, r.source, r.source_ref, r.problem, r.category, r.org_unit_id, "
    "u.name AS unit_name, r.person_name, r.measures, r.start_on, r.deadline, r.state, "
    "r.evidence_required, r.completion_note, r.completed_by, r.completed_by_name, r.completed_on, "
    "r.verified_by, r.verified_by_name, r.verified_on, r.verify_note, r.created_at, r.updated_at";

Json opt(const std::optional<std::string>& s) { return s ? Json(*s) : Json(); }
Json opt(const std::optional<std::int64_t>& s) { return s ? Json(*s) : Json(); }

std::string random_suffix() {
  static const char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  std::string out;
  for (unsigned char b : crypto::random_bytes(6)) out.push_back(kAlphabet[b % 32]);
  return out;
}

}  // namespace

const char* const kListColumns =
    "c.ref_no, r.case_id, r.source, r.problem, r.category, r.org_unit_id, u.name AS unit_name, "
    "r.person_name, r.measures, r.start_on, r.deadline, r.state, r.completion_note, "
    "r.verified_on";
const char* const kListFrom =
    " FROM rectification_items r JOIN cases c ON c.id = r.case_id JOIN org_units u ON u.id = "
    "r.org_unit_id";

Json row_json(const db::Row& r, const std::string& today) {
  return {{"id", r.i64("case_id")},
          {"refNo", r.str("ref_no")},
          {"source", r.str("source")},
          {"problem", r.str("problem")},
          {"category", r.str("category")},
          {"orgUnitId", r.i64("org_unit_id")},
          {"unitName", r.str("unit_name")},
          {"personName", r.str("person_name")},
          {"measures", r.str("measures")},
          {"startOn", r.str("start_on")},
          {"deadline", r.str("deadline")},
          {"state", r.str("state")},
          {"status", status_of(r.str("state"), r.str("deadline"), today)},
          {"completionNote", r.str("completion_note")},
          {"verified", !r.is_null("verified_on")}};
}

Item load_item(db::Connection& conn, std::int64_t id) {
  auto r = conn.query_one(
      std::string("SELECT ") + kItemColumns + kListFrom + " WHERE r.case_id = ?", {id});
  if (!r) throw not_found("rectification.not_found");
  Item i;
  i.id = r->i64("case_id");
  i.ref_no = r->str("ref_no");
  i.source = r->str("source");
  i.source_ref = r->opt_str("source_ref");
  i.problem = r->str("problem");
  i.category = r->str("category");
  i.org_unit_id = r->i64("org_unit_id");
  i.unit_name = r->str("unit_name");
  i.person_name = r->str("person_name");
  i.measures = r->str("measures");
  i.start_on = r->str("start_on");
  i.deadline = r->str("deadline");
  i.state = r->str("state");
  i.evidence_required = r->i64("evidence_required") != 0;
  i.completion_note = r->str("completion_note");
  i.completed_by = r->opt_i64("completed_by");
  i.completed_by_name = r->str("completed_by_name");
  i.completed_on = r->opt_str("completed_on");
  i.verified_by = r->opt_i64("verified_by");
  i.verified_by_name = r->str("verified_by_name");
  i.verified_on = r->opt_str("verified_on");
  i.verify_note = r->str("verify_note");
  i.created_at = r->i64("created_at");
  i.updated_at = r->i64("updated_at");
  return i;
}

std::optional<std::int64_t> item_of_source(db::Connection& conn, const std::string& source_ref) {
  auto r =
      conn.query_one("SELECT case_id FROM rectification_items WHERE source_ref = ?", {source_ref});
  if (!r) return std::nullopt;
  return r->i64("case_id");
}

std::optional<std::string> unit_name(db::Connection& conn, std::int64_t unit) {
  auto r = conn.query_one("SELECT name FROM org_units WHERE id = ?", {unit});
  if (!r) return std::nullopt;
  return r->str("name");
}

std::int64_t insert_item(db::Connection& conn, const NewItem& n, std::optional<std::int64_t> actor,
                         const std::string& actor_name, std::int64_t now) {
  cases::NewCase nc;
  nc.ref_no = ref_no(n.start_on, random_suffix());
  nc.title = n.problem.size() > 180 ? n.problem.substr(0, 180) : n.problem;
  // Cut on a UTF-8 boundary: drop continuation bytes left at the end.
  while (!nc.title.empty() && (static_cast<unsigned char>(nc.title.back()) & 0xC0) == 0x80) {
    nc.title.pop_back();
  }
  if (!nc.title.empty() && static_cast<unsigned char>(nc.title.back()) >= 0xC0) nc.title.pop_back();
  nc.assignee = {"unit", n.org_unit_id, unit_name(conn, n.org_unit_id).value_or("")};
  nc.deadline = n.deadline;
  nc.actor_user_id = actor;
  nc.actor_name = actor_name;
  auto id = cases::open_case(conn, item_workflow(), nc, now);
  conn.exec(
      "INSERT INTO rectification_items (case_id, source, source_ref, problem, category, "
      "org_unit_id, person_name, measures, start_on, deadline, state, evidence_required, "
      "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {id, n.source, n.source_ref ? db::Value(*n.source_ref) : db::Value(), n.problem, n.category,
       n.org_unit_id, n.person_name, n.measures, n.start_on, n.deadline, item_workflow().initial,
       static_cast<std::int64_t>(n.evidence_required ? 1 : 0),
       actor ? db::Value(*actor) : db::Value(), now, now});
  return id;
}

std::int64_t evidence_count(db::Connection& conn, std::int64_t id) {
  auto r = conn.query_one(
      "SELECT COUNT(*) AS n FROM attachments WHERE owner_type = 'rectification' AND owner_id = ?",
      {id});
  return r ? r->i64("n") : 0;
}

Json item_json(const Item& i, const std::string& today) {
  return {{"id", i.id},
          {"refNo", i.ref_no},
          {"source", i.source},
          {"sourceRef", opt(i.source_ref)},
          {"problem", i.problem},
          {"category", i.category},
          {"orgUnitId", i.org_unit_id},
          {"unitName", i.unit_name},
          {"personName", i.person_name},
          {"measures", i.measures},
          {"startOn", i.start_on},
          {"deadline", i.deadline},
          {"state", i.state},
          {"status", status_of(i.state, i.deadline, today)},
          {"evidenceRequired", i.evidence_required},
          {"completionNote", i.completion_note},
          {"completedBy", opt(i.completed_by)},
          {"completedByName", i.completed_by_name},
          {"completedOn", opt(i.completed_on)},
          {"verified", i.verified_on.has_value()},
          {"verifiedBy", opt(i.verified_by)},
          {"verifiedByName", i.verified_by_name},
          {"verifiedOn", opt(i.verified_on)},
          {"verifyNote", i.verify_note},
          {"actions", item_workflow().actions_from(i.state)}};
}

Json item_details(db::Connection& conn, const Item& i, const std::string& today) {
  Json j = item_json(i, today);
  Json events = Json::array();
  for (const auto& e : cases::events_of(conn, i.id)) events.push_back(cases::event_json(e));
  j["events"] = events;
  j["evidence"] = files::list_for_owner(conn, "rectification", i.id);
  Json reports = Json::array();
  for (const auto& r :
       conn.query("SELECT id, report_on, text, by_name, created_at FROM rectification_reports "
                  "WHERE item_id = ? ORDER BY report_on, id",
                  {i.id})) {
    reports.push_back({{"id", r.i64("id")},
                       {"reportOn", r.str("report_on")},
                       {"text", r.str("text")},
                       {"byName", r.str("by_name")},
                       {"createdAt", r.i64("created_at")}});
  }
  j["reports"] = reports;
  Json links = Json::array();
  for (const auto& r : conn.query(
           std::string("SELECT ") + kListColumns + kListFrom +
               " WHERE r.case_id IN (SELECT related_id FROM rectification_links WHERE item_id = ? "
               "UNION SELECT item_id FROM rectification_links WHERE related_id = ?) ORDER BY "
               "r.case_id",
           {i.id, i.id})) {
    links.push_back(row_json(r, today));
  }
  j["links"] = links;
  return j;
}

}  // namespace md::rectification
