#include "modules/opinions/common.hpp"

#include "modules/org/people_api.hpp"
#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"
#include "platform/crypto/base.hpp"
#include "platform/messages/messages.hpp"

namespace md::opinions {

Viewer viewer_of(http::Context& ctx) {
  Viewer v;
  const auto& me = ctx.me();
  v.user_id = me.user_id;
  v.all = me.has_role("leader") || me.has_role("clerk");
  if (v.all) return v;
  v.person = org::person_of_user(ctx.db, me.user_id);
  for (const auto& r : ctx.db.query(
           "SELECT department_id FROM department_users WHERE user_id = ? ORDER BY department_id",
           {me.user_id})) {
    v.departments.push_back(r.i64("department_id"));
  }
  return v;
}

std::string opinion_scope_sql(const Viewer& v, db::Params& params) {
  if (v.all) return "";
  const db::Value person = v.person ? db::Value(*v.person) : db::Value(std::int64_t{-1});
  params.emplace_back(person);
  params.emplace_back(person);
  params.emplace_back(v.user_id);
  return " AND (o.received_by_person_id = ? OR o.followup_person_id = ? OR o.recorded_by = ? OR "
         "(c.assignee_kind = 'department' AND c.assignee_id IN " +
         id_list(v.departments) + "))";
}

std::string suggestion_scope_sql(const Viewer& v, db::Params& params) {
  if (v.all) return "";
  params.emplace_back(v.person ? db::Value(*v.person) : db::Value(std::int64_t{-1}));
  return " AND (s.deputy_person_id = ? OR (c.assignee_kind = 'department' AND c.assignee_id IN " +
         id_list(v.departments) + "))";
}

bool in_departments(const Viewer& v, const cases::Case& c) {
  if (c.assignee.kind != "department" || !c.assignee.id) return false;
  for (auto d : v.departments) {
    if (d == *c.assignee.id) return true;
  }
  return false;
}

DeadlinePolicy deadline_policy(http::Context& ctx) {
  const auto& s = ctx.settings();
  return {static_cast<int>(s.get_int("opinions.classify_workdays")),
          static_cast<int>(s.get_int("opinions.reply_months")),
          static_cast<int>(s.get_int("opinions.reply_months_complex")),
          static_cast<int>(s.get_int("opinions.reopen_months"))};
}

std::string today(const http::Context& ctx) { return china_date(ctx.now); }

cases::Assignee department_assignee(db::Connection& conn, std::int64_t id) {
  auto r = conn.query_one("SELECT id, name FROM departments WHERE id = ? AND active = 1", {id});
  if (!r) throw not_found("opinions.department_unknown");
  return {"department", r->i64("id"), r->str("name")};
}

std::vector<std::int64_t> department_user_ids(db::Connection& conn, std::int64_t id) {
  std::vector<std::int64_t> out;
  for (const auto& r : conn.query(
           "SELECT user_id FROM department_users WHERE department_id = ? ORDER BY user_id", {id})) {
    out.push_back(r.i64("user_id"));
  }
  return out;
}

void notify_person(http::Context& ctx, std::optional<std::int64_t> person_id,
                   const std::string& title, const std::string& body, const std::string& link) {
  if (!person_id) return;
  auto r = ctx.db.query_one("SELECT user_id FROM people WHERE id = ? AND user_id IS NOT NULL",
                            {*person_id});
  if (!r) return;
  messages::Notice n;
  n.kind = "notice";
  n.title = title;
  n.body = body;
  n.link = link;
  if (ctx.user) n.sender_id = ctx.user->user_id;
  messages::post(ctx.db, n, {r->i64("user_id")}, ctx.now);
}

std::string new_ref_no(std::string_view prefix, std::string_view day) {
  std::string compact;
  for (char c : day) {
    if (c != '-') compact.push_back(c);
  }
  // Random rather than a counter: no lock on a shared sequence when many submit at once.
  auto suffix = code_from_bytes(crypto::random_bytes(48)).value_or("222222222222").substr(0, 6);
  return std::string(prefix) + compact + "-" + suffix;
}

cases::Step step_by(const http::Context& ctx, std::string action, std::string note) {
  cases::Step s;
  s.action = std::move(action);
  s.note = std::move(note);
  if (ctx.user) {
    s.actor_user_id = ctx.user->user_id;
    s.actor_name = ctx.user->display_name;
  }  // else the voter with their query code: no name is kept (the UI says "voter")
  return s;
}

}  // namespace md::opinions
