#include "modules/opinions/store.hpp"

#include "platform/core/errors.hpp"
#include "platform/files/attachments.hpp"

namespace md::opinions {
namespace {

db::Value opt(const std::optional<std::int64_t>& v) { return v ? db::Value(*v) : db::Value(); }
db::Value opt(const std::optional<std::string>& v) { return v ? db::Value(*v) : db::Value(); }
Json oj(const std::optional<std::string>& v) { return v ? Json(*v) : Json(); }
Json oj(const std::optional<std::int64_t>& v) { return v ? Json(*v) : Json(); }

const char* const kOpinion =
    "SELECT case_id, workstation_id, received_by_person_id, recorded_by, channel, category, "
    "town, place, content, contact_cipher, contact_masked, received_on, handling, complex, "
    "reply, replied_on, rating, rated_on, public_summary, followup_person_id FROM opinions WHERE "
    "case_id = ?";

const char* const kSuggestion =
    "SELECT case_id, deputy_person_id, session_label, category, content, source_case_id, reply, "
    "replied_on, rating, rated_on, submitted_on FROM suggestions WHERE case_id = ?";

Json timeline(db::Connection& conn, std::int64_t id) {
  Json events = Json::array();
  for (const auto& e : cases::events_of(conn, id)) events.push_back(cases::event_json(e));
  return events;
}

Json person_name(db::Connection& conn, const std::optional<std::int64_t>& person) {
  if (!person) return Json();
  auto r = conn.query_one("SELECT name FROM people WHERE id = ?", {*person});
  return r ? Json(r->str("name")) : Json();
}

}  // namespace

// The row starts with its case's state, deadline and closing time; apply_step keeps them
// current (opinion_workflow's mirror_table).
void insert_opinion(db::Connection& conn, std::int64_t case_id, const NewOpinion& o) {
  conn.exec(
      "INSERT INTO opinions (case_id, workstation_id, channel, category, town, place, content, "
      "contact_cipher, contact_masked, query_code_hash, received_on, received_by_person_id, "
      "recorded_by, device_hash, state, deadline, closed_at) "
      "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, state, deadline, closed_at FROM cases "
      "WHERE id = ?",
      {case_id, opt(o.workstation_id), o.channel, o.category, o.town, o.place, o.content,
       opt(o.contact_cipher), o.contact_masked, o.query_code_hash, o.received_on,
       opt(o.received_by_person_id), opt(o.recorded_by), opt(o.device_hash), case_id});
}

std::int64_t open_opinion(db::Connection& conn, const NewOpinion& o, const std::string& title,
                          const std::string& deadline, const cases::Step& by, std::int64_t now) {
  cases::NewCase nc;
  nc.ref_no = new_ref_no("YJ", o.received_on);
  nc.title = title;
  nc.deadline = deadline;
  nc.actor_user_id = by.actor_user_id;
  nc.actor_name = by.actor_name;
  auto id = cases::open_case(conn, opinion_workflow(), nc, now);
  insert_opinion(conn, id, o);
  return id;
}

Opinion load_opinion(db::Connection& conn, std::int64_t case_id) {
  auto r = conn.query_one(kOpinion, {case_id});
  if (!r) throw not_found("opinions.not_found");
  Opinion o;
  o.case_id = case_id;
  o.workstation_id = r->opt_i64("workstation_id");
  o.received_by_person_id = r->opt_i64("received_by_person_id");
  o.recorded_by = r->opt_i64("recorded_by");
  o.followup_person_id = r->opt_i64("followup_person_id");
  o.channel = r->str("channel");
  o.category = r->str("category");
  o.town = r->str("town");
  o.place = r->str("place");
  o.content = r->str("content");
  o.has_contact = !r->is_null("contact_cipher");
  o.contact_masked = r->str("contact_masked");
  o.received_on = r->str("received_on");
  o.handling = r->opt_str("handling");
  o.complex = r->i64("complex") != 0;
  o.reply = r->str("reply");
  o.replied_on = r->opt_str("replied_on");
  o.rating = r->opt_str("rating");
  o.rated_on = r->opt_str("rated_on");
  o.public_summary = r->str("public_summary");
  return o;
}

std::optional<std::int64_t> case_of_code(db::Connection& conn, const std::string& code_hash) {
  auto r = conn.query_one("SELECT case_id FROM opinions WHERE query_code_hash = ?", {code_hash});
  if (!r) return std::nullopt;
  return r->i64("case_id");
}

Json opinion_json(db::Connection& conn, const cases::Case& c, const Opinion& o,
                  const std::string& today) {
  Json j = cases::case_json(opinion_workflow(), c, today);
  Json station;
  if (o.workstation_id) {
    auto r = conn.query_one("SELECT id, name FROM workstations WHERE id = ?", {*o.workstation_id});
    if (r) station = {{"id", r->i64("id")}, {"name", r->str("name")}};
  }
  Json children = Json::array();
  for (const auto& r :
       conn.query("SELECT id, ref_no, state FROM cases WHERE parent_id = ? ORDER BY id", {c.id})) {
    children.push_back(
        {{"id", r.i64("id")}, {"refNo", r.str("ref_no")}, {"state", r.str("state")}});
  }
  Json linked_suggestion;
  if (auto r = conn.query_one(
          "SELECT c.id, c.ref_no FROM suggestions s JOIN cases c ON c.id = s.case_id WHERE "
          "s.source_case_id = ?",
          {c.id})) {
    linked_suggestion = {{"id", r->i64("id")}, {"refNo", r->str("ref_no")}};
  }
  j.update({{"channel", o.channel},
            {"category", o.category},
            {"town", o.town},
            {"place", o.place},
            {"content", o.content},
            {"hasContact", o.has_contact},
            {"contactMasked", o.contact_masked},
            {"workstation", station},
            {"receivedOn", o.received_on},
            {"receivedBy", person_name(conn, o.received_by_person_id)},
            {"receivedByPersonId", oj(o.received_by_person_id)},
            {"followupBy", person_name(conn, o.followup_person_id)},
            {"followupPersonId", oj(o.followup_person_id)},
            {"handling", oj(o.handling)},
            {"complex", o.complex},
            {"reply", o.reply},
            {"repliedOn", oj(o.replied_on)},
            {"rating", oj(o.rating)},
            {"ratedOn", oj(o.rated_on)},
            {"publicSummary", o.public_summary},
            {"children", children},
            {"suggestion", linked_suggestion},
            {"events", timeline(conn, c.id)},
            {"photos", files::list_for_owner(conn, "opinion", c.id)}});
  return j;
}

std::int64_t open_suggestion(db::Connection& conn, const Suggestion& s, const std::string& title,
                             const cases::Step& by, std::int64_t now) {
  cases::NewCase nc;
  nc.ref_no = new_ref_no("JY", s.submitted_on);
  nc.title = title;
  nc.actor_user_id = by.actor_user_id;
  nc.actor_name = by.actor_name;
  auto id = cases::open_case(conn, suggestion_workflow(), nc, now);
  conn.exec(
      "INSERT INTO suggestions (case_id, deputy_person_id, session_label, category, content, "
      "source_case_id, submitted_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {id, s.deputy_person_id, s.session_label, s.category, s.content, opt(s.source_case_id),
       s.submitted_on});
  return id;
}

Suggestion load_suggestion(db::Connection& conn, std::int64_t case_id) {
  auto r = conn.query_one(kSuggestion, {case_id});
  if (!r) throw not_found("opinions.suggestion_not_found");
  Suggestion s;
  s.case_id = case_id;
  s.deputy_person_id = r->i64("deputy_person_id");
  s.session_label = r->str("session_label");
  s.category = r->str("category");
  s.content = r->str("content");
  s.source_case_id = r->opt_i64("source_case_id");
  s.reply = r->str("reply");
  s.replied_on = r->opt_str("replied_on");
  s.rating = r->opt_str("rating");
  s.rated_on = r->opt_str("rated_on");
  s.submitted_on = r->str("submitted_on");
  return s;
}

Json suggestion_json(db::Connection& conn, const cases::Case& c, const Suggestion& s,
                     const std::string& today) {
  Json j = cases::case_json(suggestion_workflow(), c, today);
  j.update({{"deputyPersonId", s.deputy_person_id},
            {"deputy", person_name(conn, s.deputy_person_id)},
            {"sessionLabel", s.session_label},
            {"category", s.category},
            {"content", s.content},
            {"sourceCaseId", oj(s.source_case_id)},
            {"reply", s.reply},
            {"repliedOn", oj(s.replied_on)},
            {"rating", oj(s.rating)},
            {"ratedOn", oj(s.rated_on)},
            {"submittedOn", s.submitted_on},
            {"events", timeline(conn, c.id)}});
  return j;
}

}  // namespace md::opinions
