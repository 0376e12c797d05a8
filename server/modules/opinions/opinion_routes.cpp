// Staff handling of voters' opinions (R9.2): intake at a reception or by phone, the clerk's
// list and export, a case's details, and every workflow step — classify, 交办 (refer), reply,
// record a rating, reassign, 督办, merge, split, archive, the public summary, photos and the
// audited reveal of the voter's contact. Each step goes through the case engine, which refuses
// what the workflow does not allow, and is audited in its transaction.
#include "modules/opinions/followup.hpp"
#include "modules/opinions/intake.hpp"
#include "modules/opinions/routes.hpp"
#include "modules/org/people_api.hpp"
#include "platform/core/app.hpp"
#include "platform/core/errors.hpp"
#include "platform/crypto/base.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/files/attachments.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"
#include "platform/messages/messages.hpp"

namespace md::opinions {
using http::Context;
using http::Response;
using http::Route;

namespace {

const cases::Workflow& flow() { return opinion_workflow(); }

bool visible(const Viewer& v, const cases::Case& c, const Opinion& o) {
  return v.all || (v.person && o.received_by_person_id == v.person) ||
         (v.person && o.followup_person_id == v.person) ||
         (o.recorded_by && *o.recorded_by == v.user_id) || in_departments(v, c);
}

struct Loaded {
  cases::Case c;
  Opinion o;
};

/// The case (404 first, so nobody learns what exists), then the data scope (403).
Loaded load_visible(Context& ctx, std::int64_t id, bool lock) {
  auto c = lock ? cases::lock_case(ctx.db, "opinion", id) : cases::load_case(ctx.db, "opinion", id);
  auto o = load_opinion(ctx.db, id);
  if (!visible(viewer_of(ctx), c, o)) throw forbidden("opinions.out_of_scope");
  return {c, o};
}

Json state_of(const cases::Case& c) {
  return {{"state", c.state},
          {"assignee", c.assignee.name},
          {"deadline", c.deadline ? Json(*c.deadline) : Json()}};
}

/// Applies a step, audits before/after, answers the case as it now is.
Response finish(Context& ctx, db::Transaction& tx, const cases::Case& before,
                const cases::Step& step, Json extra = Json::object()) {
  auto after = cases::apply_step(ctx.db, flow(), before, step, ctx.now);
  Json a = state_of(after);
  a.update(extra);
  if (!step.note.empty()) a["note"] = step.note;
  ctx.audit("opinions." + step.action, "opinion", std::to_string(before.id), state_of(before), a);
  tx.commit();
  auto o = load_opinion(ctx.db, before.id);
  return Response::json(opinion_json(ctx.db, after, o, today(ctx)));
}

void notify_department(Context& ctx, const cases::Case& c, const std::string& title,
                       const std::string& body) {
  if (c.assignee.kind != "department" || !c.assignee.id) return;
  auto users = department_user_ids(ctx.db, *c.assignee.id);
  if (users.empty()) return;
  messages::Notice n;
  n.kind = "deadline";
  n.title = title;
  n.body = body;
  n.link = "/opinions?id=" + std::to_string(c.id);
  n.sender_id = ctx.me().user_id;
  messages::post(ctx.db, n, users, ctx.now);
}

// ---- list and export ----

struct Filter {
  std::string where;
  db::Params params;
};

Filter list_filter(Context& ctx, const std::string& q) {
  Filter f;
  f.where =
      " FROM cases c JOIN opinions o ON o.case_id = c.id LEFT JOIN workstations w ON w.id = "
      "o.workstation_id WHERE 1 = 1";
  const auto eq = [&](const char* param, const char* column) {
    auto v = ctx.query(param);
    if (v.empty()) return;
    f.where += std::string(" AND ") + column + " = ?";
    f.params.emplace_back(v);
  };
  // State, deadline and closing time are read from the opinion's copy (kept by the case
  // engine): with the category and town they make one index range (0004_list_copy.sql).
  eq("status", "o.state");
  eq("category", "o.category");
  eq("town", "o.town");
  eq("channel", "o.channel");
  if (auto ws = ctx.query("workstationId"); !ws.empty()) {
    if (ws.size() > 15 || ws.find_first_not_of("0123456789") != std::string::npos) {
      throw bad_request("request.bad_query", {{"param", "workstationId"}});
    }
    f.where += " AND o.workstation_id = ?";
    f.params.emplace_back(std::stoll(ws));
  }
  if (ctx.query("overdue") == "1" || ctx.query("overdue") == "true") {
    f.where += " AND o.closed_at IS NULL AND o.deadline < ?";
    f.params.emplace_back(today(ctx));
  }
  if (!q.empty()) {
    f.where +=
        " AND " + http::search_clause({"c.ref_no", "c.title", "o.content", "o.place"}, q, f.params);
  }
  f.where += opinion_scope_sql(viewer_of(ctx), f.params);
  return f;
}

const char* const kListColumns =
    "c.id, c.ref_no, c.state, c.title, c.assignee_kind, c.assignee_name, c.deadline, c.reopened, "
    "c.satisfaction, c.closed_at, o.channel, o.category, o.town, o.place, o.received_on, "
    "o.contact_masked, o.workstation_id, w.name AS workstation";

Json row_json(const db::Row& r, const std::string& day) {
  auto deadline = r.opt_str("deadline");
  bool open = r.is_null("closed_at");
  return {{"id", r.i64("id")},
          {"refNo", r.str("ref_no")},
          {"state", r.str("state")},
          {"title", r.str("title")},
          {"assignee", r.str("assignee_name")},
          {"assigneeKind", r.str("assignee_kind")},
          {"deadline", deadline ? Json(*deadline) : Json()},
          {"overdue", open && deadline && *deadline < day},
          {"reopened", r.i64("reopened")},
          {"satisfaction", r.is_null("satisfaction") ? Json() : Json(r.str("satisfaction"))},
          {"channel", r.str("channel")},
          {"category", r.str("category")},
          {"town", r.str("town")},
          {"place", r.str("place")},
          {"receivedOn", r.str("received_on")},
          {"contactMasked", r.str("contact_masked")},
          {"workstationId", r.is_null("workstation_id") ? Json() : Json(r.i64("workstation_id"))},
          {"workstation", r.str("workstation")}};
}

const std::map<std::string, std::string>& sorts() {
  static const std::map<std::string, std::string> s = {
      {"receivedOn", "o.received_on"}, {"deadline", "o.deadline"}, {"refNo", "c.ref_no"}};
  return s;
}

Response list(Context& ctx) {
  auto p = http::parse_list(ctx, sorts(), "receivedOn");
  if (ctx.query("sort").empty()) p.order_by = "o.received_on DESC";
  auto f = list_filter(ctx, p.q);
  auto day = today(ctx);
  auto page = http::query_page(ctx.db, kListColumns, f.where, f.params, p, "c.id",
                               [&](const db::Row& r) { return row_json(r, day); });
  auto out = http::page_json(page.items, page.total, p);
  out["today"] = day;
  return Response::json(out);
}

Response export_list(Context& ctx) {
  auto f = list_filter(ctx, ctx.query("q"));
  auto day = today(ctx);
  bool en = ctx.lang == i18n::Lang::en;
  std::vector<excel::Column> cols = {{en ? "Number" : "编号", "refNo", 18},
                                     {en ? "Received" : "受理日期", "receivedOn", 12},
                                     {en ? "Category" : "类别", "categoryText", 10},
                                     {en ? "Town/street" : "镇/街道", "town", 12},
                                     {en ? "Workstation" : "代表工作室", "workstation", 24},
                                     {en ? "Subject" : "事项", "title", 40},
                                     {en ? "Stage" : "环节", "stateText", 10},
                                     {en ? "Assigned to" : "承办单位", "assignee", 18},
                                     {en ? "Deadline" : "期限", "deadline", 12},
                                     {en ? "Overdue" : "逾期", "overdueText", 8},
                                     {en ? "Rating" : "满意度", "ratingText", 10}};
  // Up to 100,000 rows, read 2,000 at a time after the last one written (newest first, then
  // by id; a row-value comparison both databases answer from opinions_received_order) and
  // written as they come: the export holds one page, not the whole list.
  constexpr std::int64_t kMaxRows = 100000, kPage = 2000;
  return http::audited_xlsx_stream(
      ctx, "opinions.export", "opinion", en ? "voter-opinions" : "选民意见", cols,
      [&](const http::RowSink& write) {
        std::int64_t written = 0;
        std::optional<std::pair<std::string, std::int64_t>> after;
        while (written < kMaxRows) {
          auto params = f.params;
          std::string next;
          if (after) {
            next = " AND (o.received_on, o.case_id) < (?, ?)";
            params.insert(params.end(), {after->first, after->second});
          }
          params.emplace_back(std::min(kPage, kMaxRows - written));
          auto page = ctx.db.query(std::string("SELECT ") + kListColumns + f.where + next +
                                       " ORDER BY o.received_on DESC, o.case_id DESC LIMIT ?",
                                   params);
          for (const auto& r : page) {
            auto j = row_json(r, day);
            j["stateText"] = ctx.t("opinions.state." + r.str("state"));
            j["categoryText"] = ctx.t("opinions.category." + r.str("category"));
            j["overdueText"] = j["overdue"].get<bool>() ? (en ? "overdue" : "逾期") : "";
            j["ratingText"] =
                j["satisfaction"].is_null()
                    ? ""
                    : ctx.t("opinions.rating." + j["satisfaction"].get<std::string>());
            write(j);
          }
          written += static_cast<std::int64_t>(page.size());
          if (static_cast<std::int64_t>(page.size()) < kPage) break;
          after.emplace(page.back().str("received_on"), page.back().i64("id"));
        }
      });
}

Response details(Context& ctx) {
  auto l = load_visible(ctx, ctx.id(), false);
  return Response::json(opinion_json(ctx.db, l.c, l.o, today(ctx)));
}

Response reveal_contact(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto l = load_visible(ctx, ctx.id(), false);
  auto r = ctx.db.query_one("SELECT contact_cipher FROM opinions WHERE case_id = ?", {ctx.id()});
  Json contact = {{"name", ""}, {"phone", ""}};
  if (r && !r->is_null("contact_cipher")) {
    auto plain = ctx.app.cipher().decrypt(r->str("contact_cipher"));
    if (plain) contact = Json::parse(*plain);
  }
  ctx.audit("opinions.contact_reveal", "opinion", std::to_string(l.c.id));
  tx.commit();
  return Response::json(contact);
}

// ---- intake by staff ----

Response record(Context& ctx) {
  const auto& b = ctx.body;
  Intake in;
  in.channel = b["channel"].get<std::string>();
  if (in.channel != "reception" && in.channel != "phone") {
    throw invalid_field("channel", "opinions.channel");
  }
  in.category = b["category"].get<std::string>();
  in.town = b["town"].get<std::string>();
  in.place = b.value("place", "");
  in.content = b["content"].get<std::string>();
  in.contact_name = b.value("contactName", "");
  in.contact_phone = b.value("contactPhone", "");
  auto received = b.value("receivedOn", "");
  in.received_on = received.empty() ? today(ctx) : received;
  db::Transaction tx(ctx.db);
  if (b.contains("workstationId") && !b["workstationId"].is_null()) {
    in.workstation_id = b["workstationId"].get<std::int64_t>();
    if (!ctx.db.query_one("SELECT id FROM workstations WHERE id = ?", {*in.workstation_id})) {
      throw invalid_field("workstationId", "opinions.workstation_unknown");
    }
  }
  // A deputy records what they received themselves; staff may name the deputy.
  auto v = viewer_of(ctx);
  if (!v.all) {
    in.received_by_person_id = v.person;
  } else if (b.contains("receivedByPersonId") && !b["receivedByPersonId"].is_null()) {
    in.received_by_person_id = b["receivedByPersonId"].get<std::int64_t>();
  }
  if (in.received_by_person_id && !ctx.db.query_one("SELECT id FROM deputies WHERE person_id = ?",
                                                    {*in.received_by_person_id})) {
    throw invalid_field("receivedByPersonId", "opinions.deputy_required");
  }
  auto out = take_in(ctx, in);
  tx.commit();
  return Response::json(out, 201);
}

// ---- workflow steps ----

Response classify(Context& ctx) {
  const auto& b = ctx.body;
  auto handling = b["handling"].get<std::string>();
  if (!is_handling(handling)) throw invalid_field("handling", "opinions.handling");
  bool complex = b.value("complex", false);
  auto note = b.value("note", "");
  db::Transaction tx(ctx.db);
  auto l = load_visible(ctx, ctx.id(), true);
  // The follow-up deputy may be named in the same form (online and phone opinions have none).
  Json named = Json::object();
  if (b.contains("followupPersonId") && !b["followupPersonId"].is_null()) {
    auto person = b["followupPersonId"].get<std::int64_t>();
    if (flow().next(l.c.state, "assign_deputy")) {
      set_followup_deputy(ctx, l.c, person, "followupPersonId");
      named["followupPersonId"] = person;
    }
  }
  if (handling == "on_spot") {
    auto reply = b.value("reply", "");
    if (reply.empty()) throw invalid_field("reply", "opinions.reply_required");
    auto step = step_by(ctx, "answer_on_spot", reply);
    step.deadline = "";
    if (!flow().next(l.c.state, step.action)) return finish(ctx, tx, l.c, step);  // 409
    ctx.db.exec("UPDATE opinions SET handling = ?, reply = ?, replied_on = ? WHERE case_id = ?",
                {handling, reply, today(ctx), l.c.id});
    named["handling"] = handling;
    return finish(ctx, tx, l.c, step, named);
  }
  if (handling == "suggestion") {
    auto step = step_by(ctx, "to_suggestion", note);
    step.deadline = "";
    if (!flow().next(l.c.state, step.action)) return finish(ctx, tx, l.c, step);  // 409
    std::optional<std::int64_t> deputy = l.o.received_by_person_id;
    if (b.contains("deputyPersonId") && !b["deputyPersonId"].is_null()) {
      deputy = b["deputyPersonId"].get<std::int64_t>();
    }
    if (!deputy || !ctx.db.query_one("SELECT id FROM deputies WHERE person_id = ?", {*deputy})) {
      throw invalid_field("deputyPersonId", "opinions.deputy_required");
    }
    Suggestion s;
    s.deputy_person_id = *deputy;
    s.category = l.o.category;
    s.content = l.o.content;
    s.source_case_id = l.c.id;
    s.submitted_on = today(ctx);
    auto sid = open_suggestion(ctx.db, s, l.c.title, step_by(ctx, "open"), ctx.now);
    ctx.db.exec("UPDATE opinions SET handling = ? WHERE case_id = ?", {handling, l.c.id});
    return finish(ctx, tx, l.c, step, {{"handling", handling}, {"suggestionId", sid}});
  }
  auto step = step_by(ctx, "classify", note);
  if (!flow().next(l.c.state, step.action)) return finish(ctx, tx, l.c, step);  // 409
  ctx.db.exec("UPDATE opinions SET handling = ?, complex = ? WHERE case_id = ?",
              {handling, complex ? 1 : 0, l.c.id});
  named.update({{"handling", handling}, {"complex", complex}});
  return finish(ctx, tx, l.c, step, named);
}

/// The assignee named in a refer/reassign body: a department for department handling, the
/// town or street otherwise.
cases::Assignee assignee_from(Context& ctx, const Opinion& o) {
  const auto& b = ctx.body;
  if (o.handling == std::optional<std::string>("department")) {
    if (!b.contains("departmentId") || b["departmentId"].is_null()) {
      throw invalid_field("departmentId", "opinions.department_required");
    }
    return department_assignee(ctx.db, b["departmentId"].get<std::int64_t>());
  }
  auto unit = b.value("unitName", "");
  return {"unit", std::nullopt, unit.empty() ? o.town : unit};
}

Response refer(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto l = load_visible(ctx, ctx.id(), true);
  auto step = step_by(ctx, "refer", ctx.body.value("note", ""));
  if (!flow().next(l.c.state, step.action)) return finish(ctx, tx, l.c, step);  // 409
  step.assignee = assignee_from(ctx, l.o);
  step.deadline = reply_deadline(today(ctx), l.o.complex, deadline_policy(ctx));
  auto c = l.c;
  c.assignee = *step.assignee;
  notify_department(
      ctx, c, "交办：" + l.c.title,
      "选民意见 " + l.c.ref_no + " 已交办贵单位，请于 " + *step.deadline + " 前答复。");
  return finish(ctx, tx, l.c, step);
}

Response reply(Context& ctx) {
  auto text = ctx.body["reply"].get<std::string>();
  db::Transaction tx(ctx.db);
  auto l = load_visible(ctx, ctx.id(), true);
  auto v = viewer_of(ctx);
  if (!v.all && !in_departments(v, l.c)) throw forbidden("opinions.out_of_scope");
  auto step = step_by(ctx, "reply", text);
  step.deadline = "";
  if (!flow().next(l.c.state, step.action)) return finish(ctx, tx, l.c, step);  // 409
  ctx.db.exec("UPDATE opinions SET reply = ?, replied_on = ? WHERE case_id = ?",
              {text, today(ctx), l.c.id});
  // The deputy who received it sees the reply too (the voter follows it with the code).
  // … and so does the follow-up deputy, told once when it is the same person.
  auto deputies = {l.o.received_by_person_id, l.o.followup_person_id != l.o.received_by_person_id
                                                  ? l.o.followup_person_id
                                                  : std::nullopt};
  for (const auto& deputy : deputies) {
    notify_person(ctx, deputy, "已答复：" + l.c.title, l.c.assignee.name + " 答复：" + text,
                  "/opinions?id=" + std::to_string(l.c.id));
  }
  return finish(ctx, tx, l.c, step);
}

Response rate(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto l = load_visible(ctx, ctx.id(), true);
  auto after =
      apply_rating(ctx, l.c, ctx.body["rating"].get<std::string>(), ctx.body.value("comment", ""));
  tx.commit();
  return Response::json(opinion_json(ctx.db, after, load_opinion(ctx.db, l.c.id), today(ctx)));
}

Response reassign(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto l = load_visible(ctx, ctx.id(), true);
  auto step = step_by(ctx, "reassign", ctx.body["reason"].get<std::string>());
  if (!flow().next(l.c.state, step.action)) return finish(ctx, tx, l.c, step);  // 409
  step.assignee = assignee_from(ctx, l.o);
  auto c = l.c;
  c.assignee = *step.assignee;
  notify_department(
      ctx, c, "改派：" + l.c.title,
      "选民意见 " + l.c.ref_no + " 已改派贵单位办理，期限 " + l.c.deadline.value_or("") + "。");
  return finish(ctx, tx, l.c, step);
}

Response supervise(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto l = load_visible(ctx, ctx.id(), true);
  auto step = step_by(ctx, "supervise", ctx.body.value("note", ""));
  if (!flow().next(l.c.state, step.action)) return finish(ctx, tx, l.c, step);  // 409
  notify_department(ctx, l.c, "督办：" + l.c.title,
                    "选民意见 " + l.c.ref_no + " 期限 " + l.c.deadline.value_or("") +
                        "，请抓紧办理并答复。" +
                        (step.note.empty() ? "" : "（" + step.note + "）"));
  return finish(ctx, tx, l.c, step);
}

Response merge(Context& ctx) {
  auto into = ctx.body["intoId"].get<std::int64_t>();
  db::Transaction tx(ctx.db);
  auto l = load_visible(ctx, ctx.id(), true);
  if (into == l.c.id) throw invalid_field("intoId", "opinions.merge_self");
  auto target = cases::load_case(ctx.db, "opinion", into);
  if (flow().is_closed(target.state)) throw conflict("opinions.merge_into_closed");
  auto step = step_by(ctx, "merge", ctx.body.value("note", ""));
  step.merged_into = into;
  step.deadline = "";
  return finish(ctx, tx, l.c, step, {{"mergedInto", target.ref_no}});
}

Response split(Context& ctx) {
  const auto& parts = ctx.body["parts"];
  db::Transaction tx(ctx.db);
  auto l = load_visible(ctx, ctx.id(), true);
  auto step = step_by(ctx, "split", ctx.body.value("note", ""));
  step.deadline = "";
  if (!flow().next(l.c.state, step.action)) return finish(ctx, tx, l.c, step);  // 409
  auto cipher = ctx.db.query_one("SELECT contact_cipher FROM opinions WHERE case_id = ?", {l.c.id});
  Json children = Json::array();
  for (const auto& part : parts) {
    auto text = part.get<std::string>();
    if (http::utf8_length(text) < 5) throw invalid_field("parts", "opinions.part_too_short");
    NewOpinion n;
    n.workstation_id = l.o.workstation_id;
    n.received_by_person_id = l.o.received_by_person_id;
    n.recorded_by = ctx.me().user_id;
    n.channel = l.o.channel;
    n.category = l.o.category;
    n.town = l.o.town;
    n.place = l.o.place;
    n.content = text;
    n.contact_cipher = cipher ? cipher->opt_str("contact_cipher") : std::nullopt;
    n.contact_masked = l.o.contact_masked;
    // The voter follows the parts through the original code; each part still needs a unique
    // hash, so it gets one of a code nobody is told.
    n.query_code_hash = code_hash(crypto::to_hex(crypto::random_bytes(16)));
    n.received_on = l.o.received_on;
    cases::NewCase nc;
    nc.ref_no = new_ref_no("YJ", l.o.received_on);
    nc.title = http::utf8_length(text) <= 30 ? text : l.c.title;
    nc.deadline = l.c.deadline;
    nc.parent_id = l.c.id;
    nc.actor_user_id = ctx.me().user_id;
    nc.actor_name = ctx.me().display_name;
    auto id = cases::open_case(ctx.db, flow(), nc, ctx.now);
    insert_opinion(ctx.db, id, n);
    children.push_back({{"id", id}, {"refNo", nc.ref_no}});
  }
  return finish(ctx, tx, l.c, step, {{"children", children}});
}

Response archive(Context& ctx) {
  db::Transaction tx(ctx.db);
  auto l = load_visible(ctx, ctx.id(), true);
  auto step = step_by(ctx, "archive", ctx.body.value("note", ""));
  if (!flow().next(l.c.state, step.action)) return finish(ctx, tx, l.c, step);  // 409
  auto days = ctx.settings().get_int("opinions.archive_unrated_days");
  if (!archivable(l.o.replied_on.value_or(""), today(ctx), static_cast<int>(days))) {
    throw conflict("opinions.not_archivable_yet", {{"days", std::to_string(days)}});
  }
  return finish(ctx, tx, l.c, step);
}

Response set_summary(Context& ctx) {
  auto text = ctx.body["publicSummary"].get<std::string>();
  db::Transaction tx(ctx.db);
  auto l = load_visible(ctx, ctx.id(), true);
  ctx.db.exec("UPDATE opinions SET public_summary = ? WHERE case_id = ?", {text, l.c.id});
  ctx.audit("opinions.public_summary", "opinion", std::to_string(l.c.id),
            {{"publicSummary", l.o.public_summary}}, {{"publicSummary", text}});
  tx.commit();
  return Response::json(opinion_json(ctx.db, l.c, load_opinion(ctx.db, l.c.id), today(ctx)));
}

Response upload_photo(Context& ctx) {
  load_visible(ctx, ctx.id(), false);
  std::string name = http::url_decode(ctx.req.header("x-filename"));
  auto type = files::sniff_content_type(ctx.req.body, name);
  if (!type || !type->starts_with("image/")) throw ApiError(415, "opinions.photo_type");
  auto max_kb = ctx.settings().get_int("opinions.photo_max_kb");
  if (static_cast<std::int64_t>(ctx.req.body.size()) > max_kb * 1024) {
    throw ApiError(413, "opinions.photo_too_large", {{"max", std::to_string(max_kb / 1024)}});
  }
  return Response::json(files::store(ctx, "opinion", ctx.id(), name, ctx.req.body), 201);
}

}  // namespace

/// Attachments of an opinion: readable by whoever sees the case, added by intake staff and
/// deputies while it is open.
bool opinion_photo_allowed(Context& ctx, std::int64_t id, bool write) {
  if (!ctx.user) return false;
  if (!ctx.me().can(write ? "opinions.record" : "opinions.read")) return false;
  auto row = ctx.db.query_one("SELECT id FROM cases WHERE id = ? AND kind = 'opinion'", {id});
  if (!row) return false;
  auto c = cases::load_case(ctx.db, "opinion", id);
  if (write && flow().is_closed(c.state)) return false;
  return visible(viewer_of(ctx), c, load_opinion(ctx.db, id));
}

std::vector<Route> opinion_routes() {
  using http::integer;
  using http::Method;
  using http::str;
  const std::string tag = "opinions";
  std::vector<http::QueryParam> filters = {
      {"status", "string", "a workflow state"},
      {"category", "string", "roads | water | schools | …"},
      {"town", "string", "town or street"},
      {"workstationId", "integer", "a deputy workstation"},
      {"channel", "string", "reception | phone | online"},
      {"overdue", "string", "1: open cases past their deadline (督办)"}};
  const auto step = [&](const std::string& path, const std::string& permission,
                        const std::string& summary, http::BodySchema body,
                        Response (*handler)(Context&)) {
    return Route{.method = Method::post,
                 .path = "/api/opinions/{id}/" + path,
                 .permission = permission,
                 .summary = summary,
                 .tag = tag,
                 .body = std::move(body),
                 .handler = handler};
  };
  return {
      {.method = Method::get,
       .path = "/api/opinions",
       .permission = "opinions.read",
       .summary = "Voters' opinions within my data scope, filtered and sorted (receivedOn, "
                  "deadline)",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = list},
      {.method = Method::get,
       .path = "/api/opinions/export",
       .permission = "opinions.manage",
       .summary = "Export the filtered opinions to .xlsx",
       .tag = tag,
       .query = filters,
       .handler = export_list},
      {.method = Method::post,
       .path = "/api/opinions",
       .permission = "opinions.record",
       .summary = "Record an opinion received at a reception or by phone; answers the voter's "
                  "query code, shown only this once",
       .tag = tag,
       .body = http::body({str("channel").req().len(1, 20).doc("reception | phone"),
                           integer("workstationId").null_ok().range(1, 1000000000000),
                           integer("receivedByPersonId").null_ok().range(1, 1000000000000),
                           str("receivedOn").len(0, 10).doc("YYYY-MM-DD, default today"),
                           str("category").req().len(1, 30), str("town").req().len(1, 50),
                           str("place").len(0, 100), str("content").req().len(5, 2000),
                           str("contactName").len(0, 20), str("contactPhone").len(0, 20)}),
       .handler = record},
      {.method = Method::get,
       .path = "/api/opinions/{id}",
       .permission = "opinions.read",
       .summary = "An opinion: details, timeline, photos, the actions its stage allows",
       .tag = tag,
       .handler = details},
      {.method = Method::get,
       .path = "/api/opinions/{id}/contact",
       .permission = "opinions.manage",
       .summary = "The voter's contact in full (audited)",
       .tag = tag,
       .handler = reveal_contact},
      step("classify", "opinions.manage",
           "Classify: on_spot (with the answer), town, department, or suggestion (opens a "
           "deputy's suggestion and closes the opinion)",
           http::body({str("handling")
                           .req()
                           .len(1, 20)
                           .doc("on_spot | town | department | "
                                "suggestion"),
                       http::boolean("complex"), str("reply").len(0, 4000),
                       integer("deputyPersonId").null_ok().range(1, 1000000000000),
                       integer("followupPersonId")
                           .null_ok()
                           .range(1, 1000000000000)
                           .doc("the serving deputy who follows it up"),
                       str("note").len(0, 500)}),
           classify),
      step("refer", "opinions.manage",
           "交办: refer to the department (departmentId) or the town/street; the reply deadline "
           "is 3 months (complex: 6)",
           http::body({integer("departmentId").null_ok().range(1, 1000000000000),
                       str("unitName").len(0, 50), str("note").len(0, 500)}),
           refer),
      step("reply", "opinions.reply", "Reply to a referred opinion (a department: its own cases)",
           http::body({str("reply").req().len(2, 4000)}), reply),
      step("rate", "opinions.manage", "Record the voter's rating (unsatisfied reopens it)",
           http::body({str("rating").req().len(1, 20), str("comment").len(0, 500)}), rate),
      step("reassign", "opinions.manage", "Reassign a referred opinion, with the reason",
           http::body({integer("departmentId").null_ok().range(1, 1000000000000),
                       str("unitName").len(0, 50), str("reason").req().len(2, 500)}),
           reassign),
      step("supervise", "opinions.manage", "督办: an event and a reminder to the assignee",
           http::body({str("note").len(0, 500)}), supervise),
      step("merge", "opinions.manage", "Merge a duplicate into another open opinion",
           http::body({integer("intoId").req().range(1, 1000000000000), str("note").len(0, 500)}),
           merge),
      step("split", "opinions.manage", "Split a multi-issue opinion into child cases",
           http::body({http::str_array("parts").req().len(2, 10), str("note").len(0, 500)}), split),
      step("archive", "opinions.manage",
           "Archive a reply the voter never rated (after opinions.archive_unrated_days)",
           http::body({str("note").len(0, 500)}), archive),
      {.method = Method::put,
       .path = "/api/opinions/{id}/summary",
       .permission = "opinions.manage",
       .summary = "The public summary shown in the list of handled opinions",
       .tag = tag,
       .body = http::body({str("publicSummary").req().len(0, 2000)}),
       .handler = set_summary},
      {.method = Method::post,
       .path = "/api/opinions/{id}/photos",
       .permission = "opinions.record",
       .summary = "Attach a photo (raw body, X-Filename header; images only, content sniffed)",
       .tag = tag,
       .raw_body = true,
       .handler = upload_photo},
  };
}

}  // namespace md::opinions
