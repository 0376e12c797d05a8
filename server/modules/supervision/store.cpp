// Supervision's SQL.
#include "modules/supervision/store.hpp"

#include "modules/supervision/rules.hpp"
#include "platform/cases/store.hpp"
#include "platform/db/id_list.hpp"
#include "platform/files/attachments.hpp"

namespace md::supervision {

const char* const kItemColumns =
    "i.id, i.year, i.kind, i.title, i.target_kind, i.target_department_id, i.target_name, "
    "i.committee, i.starts_on, i.ends_on, i.status, i.report, i.created_at, i.updated_at";

std::optional<std::string> department_name(db::Connection& conn, std::int64_t id) {
  auto r = conn.query_one("SELECT name FROM departments WHERE id = ? AND active = 1", {id});
  if (!r) return std::nullopt;
  return r->str("name");
}

bool answers_for(db::Connection& conn, std::int64_t user, std::int64_t department) {
  return conn
      .query_one("SELECT user_id FROM department_users WHERE user_id = ? AND department_id = ?",
                 {user, department})
      .has_value();
}

std::vector<std::int64_t> departments_of(db::Connection& conn, std::int64_t user) {
  std::vector<std::int64_t> out;
  for (const auto& r :
       conn.query("SELECT department_id FROM department_users WHERE user_id = ?", {user}))
    out.push_back(r.i64("department_id"));
  return out;
}

Json item_row_json(const db::Row& r) {
  auto dep = r.opt_i64("target_department_id");
  return {{"id", r.i64("id")},
          {"year", r.i64("year")},
          {"kind", r.str("kind")},
          {"title", r.str("title")},
          {"targetKind", r.str("target_kind")},
          {"departmentId", dep ? Json(*dep) : Json()},
          {"targetName", r.str("target_name")},
          {"committee", r.str("committee")},
          {"startsOn", r.str("starts_on")},
          {"endsOn", r.str("ends_on")},
          {"status", r.str("status")},
          {"report", r.str("report")},
          {"createdAt", r.i64("created_at")},
          {"updatedAt", r.i64("updated_at")}};
}

std::optional<Json> item_json(db::Connection& conn, std::int64_t id, const std::string& today) {
  auto row = conn.query_one(
      std::string("SELECT ") + kItemColumns + " FROM supervision_items i WHERE i.id = ?", {id});
  if (!row) return std::nullopt;
  Json j = item_row_json(*row);
  j["participants"] = Json::array();
  for (const auto& p : conn.query(
           "SELECT sp.person_id, sp.role, p.name FROM supervision_participants sp JOIN people p "
           "ON p.id = sp.person_id WHERE sp.item_id = ? ORDER BY sp.role, p.id",
           {id}))
    j["participants"].push_back(
        {{"personId", p.i64("person_id")}, {"role", p.str("role")}, {"name", p.str("name")}});
  j["attachments"] = files::list_for_owner(conn, "supervision_item", id);
  j["opinions"] = Json::array();
  for (const auto& o : conn.query(
           "SELECT case_id FROM supervision_opinions WHERE item_id = ? ORDER BY case_id", {id})) {
    if (auto op = opinion_json(conn, o.i64("case_id"), today)) {
      op->erase("events");
      j["opinions"].push_back(*op);
    }
  }
  return j;
}

void set_participants(db::Connection& conn, std::int64_t item,
                      const std::vector<std::int64_t>& deputies,
                      const std::vector<std::int64_t>& members) {
  conn.exec("DELETE FROM supervision_participants WHERE item_id = ?", {item});
  auto add = [&](const std::vector<std::int64_t>& ids, const char* role) {
    for (auto p : ids)
      conn.exec(
          "INSERT INTO supervision_participants (item_id, person_id, role) VALUES (?, ?, ?) ON "
          "CONFLICT DO NOTHING",
          {item, p, std::string(role)});
  };
  add(members, "member");
  add(deputies, "deputy");
}

std::vector<std::int64_t> unknown_people(db::Connection& conn,
                                         const std::vector<std::int64_t>& ids) {
  if (ids.empty()) return {};
  std::vector<std::int64_t> found, out;
  for (const auto& r : conn.query("SELECT id FROM people WHERE id IN " + db::id_list(ids)))
    found.push_back(r.i64("id"));
  for (auto id : ids)
    if (std::find(found.begin(), found.end(), id) == found.end()) out.push_back(id);
  return out;
}

std::vector<std::string> ratings_of(db::Connection& conn, std::int64_t case_id) {
  std::vector<std::string> out;
  for (const auto& r :
       conn.query("SELECT rating FROM supervision_ratings WHERE case_id = ?", {case_id}))
    out.push_back(r.str("rating"));
  return out;
}

std::optional<std::int64_t> opinion_department(db::Connection& conn, std::int64_t case_id) {
  auto r = conn.query_one(
      "SELECT i.target_department_id FROM supervision_opinions o JOIN supervision_items i ON "
      "i.id = o.item_id WHERE o.case_id = ?",
      {case_id});
  if (!r) return std::nullopt;
  return r->opt_i64("target_department_id");
}

std::optional<Json> opinion_json(db::Connection& conn, std::int64_t case_id,
                                 const std::string& today) {
  auto o = conn.query_one(
      "SELECT o.item_id, o.content, o.sent_on, i.title, i.target_name, i.kind FROM "
      "supervision_opinions o JOIN supervision_items i ON i.id = o.item_id WHERE o.case_id = ?",
      {case_id});
  if (!o) return std::nullopt;
  const auto& w = deliberation_workflow();
  auto c = cases::load_case(conn, w.kind, case_id);
  Json j = cases::case_json(w, c, today);
  j["itemId"] = o->i64("item_id");
  j["itemTitle"] = o->str("title");
  j["itemKind"] = o->str("kind");
  j["targetName"] = o->str("target_name");
  j["content"] = o->str("content");
  j["sentOn"] = o->str("sent_on");
  j["actions"] = w.actions_from(c.state);
  j["replies"] = Json::array();
  for (const auto& r : conn.query(
           "SELECT id, content, replied_on, by_name FROM supervision_replies WHERE case_id = ? "
           "ORDER BY id",
           {case_id}))
    j["replies"].push_back({{"id", r.i64("id")},
                            {"content", r.str("content")},
                            {"repliedOn", r.str("replied_on")},
                            {"by", r.str("by_name")}});
  j["ratings"] = Json::array();
  for (const auto& r : conn.query(
           "SELECT user_id, name, rating FROM supervision_ratings WHERE case_id = ? ORDER BY "
           "user_id",
           {case_id}))
    j["ratings"].push_back(
        {{"userId", r.i64("user_id")}, {"name", r.str("name")}, {"rating", r.str("rating")}});
  auto t = tally(ratings_of(conn, case_id));
  j["tally"] = {{"satisfied", t.satisfied},
                {"basic", t.basic},
                {"unsatisfied", t.unsatisfied},
                {"total", t.total()},
                {"outcome", t.outcome()}};
  j["events"] = Json::array();
  for (const auto& e : cases::events_of(conn, case_id)) j["events"].push_back(cases::event_json(e));
  return j;
}

}  // namespace md::supervision
