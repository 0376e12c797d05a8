#include "platform/cases/store.hpp"

#include "platform/core/errors.hpp"

namespace md::cases {
namespace {

const char* kColumns =
    "id, kind, ref_no, state, title, assignee_kind, assignee_id, assignee_name, deadline, "
    "reopened, satisfaction, parent_id, merged_into, created_at, updated_at, closed_at";

Case from_row(const db::Row& r) {
  Case c;
  c.id = r.i64("id");
  c.kind = r.str("kind");
  c.ref_no = r.str("ref_no");
  c.state = r.str("state");
  c.title = r.str("title");
  c.assignee = {r.str("assignee_kind"), r.opt_i64("assignee_id"), r.str("assignee_name")};
  c.deadline = r.opt_str("deadline");
  c.reopened = r.i64("reopened");
  c.satisfaction = r.opt_str("satisfaction");
  c.parent_id = r.opt_i64("parent_id");
  c.merged_into = r.opt_i64("merged_into");
  c.created_at = r.i64("created_at");
  c.updated_at = r.i64("updated_at");
  c.closed_at = r.opt_i64("closed_at");
  return c;
}

db::Value opt(const std::optional<std::int64_t>& v) { return v ? db::Value(*v) : db::Value(); }
db::Value opt(const std::optional<std::string>& v) { return v ? db::Value(*v) : db::Value(); }

void append_event(db::Connection& conn, std::int64_t case_id, const std::string& action,
                  const std::string& from, const std::string& to,
                  const std::optional<std::int64_t>& actor, const std::string& actor_name,
                  const std::string& note, const std::optional<std::string>& deadline,
                  std::int64_t now) {
  std::int64_t seq =
      conn.scalar("SELECT COALESCE(MAX(seq), 0) FROM case_events WHERE case_id = ?", {case_id}) + 1;
  conn.exec(
      "INSERT INTO case_events (case_id, seq, action, from_state, to_state, actor_user_id, "
      "actor_name, note, deadline, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {case_id, seq, action, from, to, opt(actor), actor_name, note, opt(deadline), now});
}

}  // namespace

std::int64_t open_case(db::Connection& conn, const Workflow& w, const NewCase& c,
                       std::int64_t now) {
  auto id = conn.query(
                    "INSERT INTO cases (kind, ref_no, state, title, assignee_kind, assignee_id, "
                    "assignee_name, deadline, reopened, parent_id, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?) RETURNING id",
                    {w.kind, c.ref_no, w.initial, c.title, c.assignee.kind, opt(c.assignee.id),
                     c.assignee.name, opt(c.deadline), opt(c.parent_id), now, now})
                .at(0)
                .i64("id");
  append_event(conn, id, "open", "", w.initial, c.actor_user_id, c.actor_name, "", c.deadline, now);
  return id;
}

Case load_case(db::Connection& conn, std::string_view kind, std::int64_t id) {
  auto r =
      conn.query_one(std::string("SELECT ") + kColumns + " FROM cases WHERE id = ? AND kind = ?",
                     {id, std::string(kind)});
  if (!r) throw not_found("cases.not_found");
  return from_row(*r);
}

Case lock_case(db::Connection& conn, std::string_view kind, std::int64_t id) {
  std::string sql = std::string("SELECT ") + kColumns + " FROM cases WHERE id = ? AND kind = ?";
  if (conn.dialect() == db::Dialect::postgres) sql += " FOR UPDATE";
  auto r = conn.query_one(sql, {id, std::string(kind)});
  if (!r) throw not_found("cases.not_found");
  return from_row(*r);
}

Case apply_step(db::Connection& conn, const Workflow& w, const Case& current, const Step& s,
                std::int64_t now) {
  auto to = w.next(current.state, s.action);
  if (!to) {
    throw conflict("cases.illegal_transition", {{"state", current.state}, {"action", s.action}});
  }
  Case next = current;
  next.state = *to;
  if (s.assignee) next.assignee = *s.assignee;
  if (s.deadline) next.deadline = s.deadline->empty() ? std::nullopt : s.deadline;
  if (s.satisfaction) next.satisfaction = s.satisfaction;
  if (s.merged_into) next.merged_into = s.merged_into;
  if (s.action == "reopen") ++next.reopened;
  next.closed_at = w.is_closed(*to) ? std::optional<std::int64_t>(now) : std::nullopt;
  next.updated_at = now;
  conn.exec(
      "UPDATE cases SET state = ?, assignee_kind = ?, assignee_id = ?, assignee_name = ?, "
      "deadline = ?, reopened = ?, satisfaction = ?, merged_into = ?, updated_at = ?, "
      "closed_at = ? WHERE id = ?",
      {next.state, next.assignee.kind, opt(next.assignee.id), next.assignee.name,
       opt(next.deadline), next.reopened, opt(next.satisfaction), opt(next.merged_into), now,
       opt(next.closed_at), next.id});
  if (!w.mirror_table.empty()) {
    // The table name comes from the module's workflow declaration, never from input.
    conn.exec("UPDATE " + w.mirror_table +
                  " SET state = ?, deadline = ?, closed_at = ? WHERE case_id = ?",
              {next.state, opt(next.deadline), opt(next.closed_at), next.id});
  }
  append_event(conn, next.id, s.action, current.state, next.state, s.actor_user_id, s.actor_name,
               s.note, s.deadline, now);
  return next;
}

std::vector<Event> events_of(db::Connection& conn, std::int64_t case_id) {
  std::vector<Event> out;
  for (const auto& r : conn.query(
           "SELECT seq, action, from_state, to_state, actor_user_id, actor_name, note, deadline, "
           "at FROM case_events WHERE case_id = ? ORDER BY seq",
           {case_id})) {
    out.push_back({r.i64("seq"), r.str("action"), r.str("from_state"), r.str("to_state"),
                   r.str("actor_name"), r.str("note"), r.opt_i64("actor_user_id"),
                   r.opt_str("deadline"), r.i64("at")});
  }
  return out;
}

std::vector<std::int64_t> overdue_ids(db::Connection& conn, const Workflow& w,
                                      const std::string& today) {
  std::vector<std::int64_t> out;
  for (const auto& r :
       conn.query("SELECT id FROM cases WHERE kind = ? AND closed_at IS NULL AND deadline < ? "
                  "ORDER BY deadline, id",
                  {w.kind, today})) {
    out.push_back(r.i64("id"));
  }
  return out;
}

WorkCalendar load_calendar(db::Connection& conn) {
  WorkCalendar cal;
  for (const auto& r : conn.query("SELECT day, kind FROM work_calendar", {})) {
    (r.str("kind") == "workday" ? cal.makeup_workdays : cal.holidays).insert(r.str("day"));
  }
  return cal;
}

bool is_overdue(const Workflow& w, const Case& c, const std::string& today) {
  return !w.is_closed(c.state) && c.deadline && *c.deadline < today;
}

nlohmann::json case_json(const Workflow& w, const Case& c, const std::string& today) {
  using nlohmann::json;
  const auto o = [](const auto& v) { return v ? json(*v) : json(); };
  return {{"id", c.id},
          {"refNo", c.ref_no},
          {"state", c.state},
          {"title", c.title},
          {"assignee",
           {{"kind", c.assignee.kind}, {"id", o(c.assignee.id)}, {"name", c.assignee.name}}},
          {"deadline", o(c.deadline)},
          {"overdue", is_overdue(w, c, today)},
          {"reopened", c.reopened},
          {"satisfaction", o(c.satisfaction)},
          {"parentId", o(c.parent_id)},
          {"mergedInto", o(c.merged_into)},
          {"actions",
           w.is_closed(c.state) && c.merged_into ? json::array() : json(w.actions_from(c.state))},
          {"createdAt", c.created_at},
          {"updatedAt", c.updated_at},
          {"closedAt", o(c.closed_at)}};
}

nlohmann::json event_json(const Event& e) {
  using nlohmann::json;
  return {{"seq", e.seq},
          {"action", e.action},
          {"from", e.from_state},
          {"to", e.to_state},
          {"actor", e.actor_name},
          {"note", e.note},
          {"deadline", e.deadline ? json(*e.deadline) : json()},
          {"at", e.at}};
}

}  // namespace md::cases
