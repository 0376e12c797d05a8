// Setting up a vote, its life (setup → ready → open → closed → certified), the big-screen
// progress and the certified result (R8.2, R8.5, R8.6).
#include "modules//votes/result.hpp"
#include "modules/org/people_api.hpp"
#include "modules/votes/routes.hpp"
#include "platform/audit/audit.hpp"
#include "platform/core/app.hpp"
#include "platform/core/errors.hpp"
#include "platform/crypto/base.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::votes {
using http::Context;
using http::Response;
using http::Route;

void require_teller(Context& ctx, const Vote& v) {
  if (!is_teller(ctx.db, v.id, ctx.me().user_id)) throw forbidden("votes.not_teller");
}

void require_status(const Vote& v, std::string_view status) {
  if (v.status != status) {
    throw conflict("votes.wrong_status", {{"status", v.status}, {"expected", std::string(status)}});
  }
}

void refuse_peer(const Vote& v) {
  if (v.peer()) throw conflict("votes.peer_vote");
}

void audit_refusal(Context& ctx, const std::string& action, std::int64_t vote_id,
                   const std::string& code) {
  auto e = ctx.audit_event(action, "vote", std::to_string(vote_id));
  e.ok = false;
  e.detail = code;
  audit::append_alone(ctx.db, e, ctx.now);
}

namespace {

const std::vector<std::string> kVoteStatuses = {"setup", "ready", "open", "closed", "certified"};
const std::vector<std::string> kLevels = {"province", "city", "district", "town"};

std::optional<std::string> channel_of(db::Connection& conn, std::int64_t vote_id,
                                      std::int64_t user_id, bool* eligible) {
  *eligible = false;
  auto person = org::person_of_user(conn, user_id);
  if (!person) return std::nullopt;
  auto r = conn.query_one("SELECT channel FROM vote_roster WHERE vote_id = ? AND person_id = ?",
                          {vote_id, *person});
  if (!r) return std::nullopt;
  *eligible = true;
  return r->opt_str("channel");
}

/// The result as shown to people: per question its counts and outcome.
Json result_view(const Vote& v, const std::vector<Question>& questions) {
  if (!v.result_json) return nullptr;
  Json r = Json::parse(*v.result_json);
  Json qs = Json::array();
  for (const auto& q : questions) {
    auto i = static_cast<std::size_t>(q.index);
    qs.push_back({{"index", q.index},
                  {"projectId", q.project_id ? Json(*q.project_id) : Json()},
                  {"title", q.title},
                  {"counts", r["total"][i]},
                  {"electronic", r["electronic"][i]},
                  {"paper", r["paper"][i]},
                  {"outcome", r["outcomes"][i]},
                  {"rate", r["rates"][i]}});
  }
  return {{"id", v.id},
          {"title", v.title},
          {"kind", v.kind},
          {"form", v.form},
          {"year", v.year},
          {"keyMode", v.key_mode},
          {"seats", v.seats},
          {"eligible", v.eligible},
          {"electronic", r["ballots"]["electronic"]},
          {"paper", r["ballots"]["paper"]},
          {"quorum", r["quorum"]},
          {"questions", qs},
          {"scrutineers", r["scrutineers"]},
          {"certifiedAt", r["certifiedAt"]},
          {"boardHead", v.board_head.value_or("")},
          {"seal", v.seal.value_or("")}};
}

http::ListParams vote_list_params(Context& ctx, std::int64_t max_rows) {
  return http::parse_list(ctx,
                          {{"createdAt", "v.created_at"},
                           {"year", "v.year"},
                           {"title", "v.title" + std::string(ctx.db.pinyin_collation())},
                           {"status", "v.status"}},
                          "createdAt", max_rows);
}

/// The votes of the console's filters (status, kind, title): the list and its export share it.
Json query_votes(Context& ctx, const http::ListParams& p, std::int64_t* total) {
  // Peer ballots belong to their evaluation campaigns, union ballots to the union module, not
  // to the votes console.
  std::string where =
      " FROM votes v WHERE v.kind NOT IN ('evaluation', 'union_election', 'selection')";
  db::Params params;
  for (auto [name, values] :
       {std::pair{"status", &kVoteStatuses},
        std::pair{"kind", static_cast<const std::vector<std::string>*>(nullptr)}}) {
    std::string value = ctx.query(name);
    if (value.empty()) continue;
    bool ok = values ? std::find(values->begin(), values->end(), value) != values->end()
                     : (value == "projects" || value == "satisfaction");
    if (!ok) throw bad_request("request.bad_query", {{"param", name}});
    where += std::string(" AND v.") + name + " = ?";
    params.push_back(value);
  }
  if (!p.q.empty()) where += " AND " + http::search_clause({"v.title"}, p.q, params);
  auto page = http::query_page(ctx.db, "v.id", where, params, p, "v.id", [&](const db::Row& r) {
    Vote v = load_vote(ctx.db, r.i64("id"));
    return vote_summary_json(v, paper_voters(ctx.db, v.id));
  });
  *total = page.total;
  return page.items;
}

Response list_votes(Context& ctx) {
  auto p = vote_list_params(ctx, 100);
  std::int64_t total = 0;
  Json items = query_votes(ctx, p, &total);
  return Response::json(http::page_json(items, total, p));
}

/// The votes list as .xlsx with the same filters; times in China time.
Response export_votes(Context& ctx) {
  auto p = vote_list_params(ctx, 10000);
  p.page = 1;
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = query_votes(ctx, p, &total);
  bool en = ctx.lang == i18n::Lang::en;
  static const std::map<std::string, std::pair<const char*, const char*>> labels = {
      {"projects", {"项目票决", "Project vote"}},
      {"satisfaction", {"满意度测评", "Satisfaction rating"}},
      {"setup", {"设置中", "Setting up"}},
      {"ready", {"待开始", "Ready"}},
      {"open", {"投票中", "Voting"}},
      {"closed", {"待解密", "Decrypting"}},
      {"certified", {"已公布", "Published"}}};
  auto label = [&](const std::string& code) -> std::string {
    auto it = labels.find(code);
    return it == labels.end() ? code : en ? it->second.second : it->second.first;
  };
  auto when = [](const Json& t) {
    return t.is_number() ? http::china_time(t.get<std::int64_t>()) : "";
  };
  for (auto& r : items) {
    r["kindText"] = label(r["kind"].get<std::string>());
    r["statusText"] = label(r["status"].get<std::string>());
    r["turnout"] = r["electronic"].get<std::int64_t>() + r["paper"].get<std::int64_t>();
    r["created"] = when(r["createdAt"]);
    r["opened"] = when(r["openedAt"]);
    r["closed"] = when(r["closedAt"]);
    r["certified"] = when(r["certifiedAt"]);
  }
  std::vector<excel::Column> cols = {{en ? "Title" : "标题", "title", 36},
                                     {en ? "Kind" : "类型", "kindText", 12},
                                     {en ? "Year" : "年度", "year", 8},
                                     {en ? "Status" : "状态", "statusText", 10},
                                     {en ? "Eligible" : "应到", "eligible", 8},
                                     {en ? "Electronic" : "电子票", "electronic", 8},
                                     {en ? "Paper" : "纸质票", "paper", 8},
                                     {en ? "Ballots" : "实到", "turnout", 8},
                                     {en ? "Created" : "创建时间", "created", 18},
                                     {en ? "Opened" : "开始时间", "opened", 18},
                                     {en ? "Closed" : "结束时间", "closed", 18},
                                     {en ? "Certified" : "确认时间", "certified", 18}};
  return http::audited_xlsx(ctx, "votes.export", "vote", en ? "votes" : "代表票决", cols, items);
}

void check_users(db::Connection& conn, const Json& ids, const char* field) {
  for (const auto& id : ids) {
    if (conn.scalar("SELECT COUNT(*) FROM users WHERE id = ? AND status = 'active'",
                    {id.get<std::int64_t>()}) == 0) {
      throw invalid_field(field, "votes.user_unknown");
    }
  }
}

Response create_vote(Context& ctx) {
  const auto& b = ctx.body;
  std::string kind = b["kind"], form = b["form"], key_mode = b["keyMode"], level = b["level"];
  std::int64_t max_picks = b.value("maxPicks", 0), seats = b.value("seats", 0);
  const auto& project_ids = b["projectIds"];
  Json scrutineers = b.value("scrutineerUserIds", Json::array());
  const auto& tellers = b["tellerUserIds"];
  auto questions = static_cast<std::int64_t>(project_ids.size());
  std::vector<FieldError> errors;
  if (kind == "satisfaction" && form != "options3")
    errors.push_back({"form", "votes.satisfaction_form", {}});
  if (form == "pick" && (max_picks < 1 || max_picks > questions))
    errors.push_back({"maxPicks", "votes.max_picks_range", {}});
  if (kind == "projects" && (seats < 1 || seats > questions))
    errors.push_back({"seats", "votes.seats_range", {}});
  if (key_mode == "scrutineers" && scrutineers.empty())
    errors.push_back({"scrutineerUserIds", "votes.scrutineers_needed", {}});
  if (key_mode == "server" && !scrutineers.empty())
    errors.push_back({"scrutineerUserIds", "votes.server_no_scrutineers", {}});
  std::set<std::int64_t> distinct(project_ids.begin(), project_ids.end());
  if (distinct.size() != project_ids.size())
    errors.push_back({"projectIds", "votes.project_twice", {}});
  if (!errors.empty()) throw invalid(errors);

  db::Transaction tx(ctx.db);
  check_users(ctx.db, scrutineers, "scrutineerUserIds");
  check_users(ctx.db, tellers, "tellerUserIds");
  std::string wanted = kind == "projects" ? "shortlisted" : "chosen";
  std::vector<std::pair<std::int64_t, std::string>> projects;
  for (const auto& id : project_ids) {
    auto r = ctx.db.query_one("SELECT title, status FROM livelihood_projects WHERE id = ?",
                              {id.get<std::int64_t>()});
    if (!r) throw invalid_field("projectIds", "votes.project_not_found");
    if (r->str("status") != wanted) {
      throw invalid_field("projectIds", kind == "projects" ? "votes.project_not_shortlisted"
                                                           : "votes.project_not_chosen");
    }
    projects.emplace_back(id.get<std::int64_t>(), r->str("title"));
  }
  std::int64_t eligible = ctx.db.scalar(
      "SELECT COUNT(DISTINCT person_id) FROM deputies WHERE level = ? AND ended_on IS NULL",
      {level});
  if (eligible == 0) throw invalid_field("level", "votes.no_deputies");
  if (eligible > kMaxElectronicBallots) throw invalid_field("level", "votes.too_many_deputies");

  NewVote nv{b["title"].get<std::string>(),
             kind,
             b["year"].get<std::int64_t>(),
             form,
             form == "pick" ? max_picks : 0,
             kind == "projects" ? seats : 0,
             key_mode,
             level,
             projects,
             {},
             {},
             ctx.me().user_id};
  for (const auto& u : scrutineers) nv.scrutineer_user_ids.push_back(u.get<std::int64_t>());
  for (const auto& u : tellers) nv.teller_user_ids.push_back(u.get<std::int64_t>());
  auto id = insert_vote(ctx.db, nv, ctx.app.cipher(), ctx.t("votes.server_trustee"), ctx.now);
  Json after = vote_summary_json(load_vote(ctx.db, id), 0);
  ctx.audit("votes.create", "vote", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

}  // namespace

void delete_locked(Context& ctx, const Vote& v) {
  if (v.status != "setup" && v.status != "ready") throw conflict("votes.delete_after_open");
  Json before = vote_summary_json(v, 0);
  for (const char* table : {"vote_roster", "vote_tellers", "vote_trustees", "vote_questions"}) {
    ctx.db.exec(std::string("DELETE FROM ") + table + " WHERE vote_id = ?", {v.id});
  }
  ctx.db.exec("DELETE FROM votes WHERE id = ?", {v.id});
  ctx.audit("votes.delete", "vote", std::to_string(v.id), before, nullptr);
}

namespace {

Response delete_vote(Context& ctx) {
  db::Transaction tx(ctx.db);
  Vote v = lock_vote(ctx.db, ctx.id());
  refuse_peer(v);
  delete_locked(ctx, v);
  tx.commit();
  return Response::no_content();
}

Response vote_detail(Context& ctx) {
  Vote v = load_vote(ctx.db, ctx.id());
  const auto& me = ctx.me();
  bool eligible = false;
  auto channel = channel_of(ctx.db, v.id, me.user_id, &eligible);
  auto trustees = trustees_of(ctx.db, v.id);
  std::optional<int> my_index;
  Json ts = Json::array();
  for (const auto& t : trustees) {
    if (t.user_id && *t.user_id == me.user_id) my_index = t.index;
    ts.push_back({{"index", t.index},
                  {"userId", t.user_id ? Json(*t.user_id) : Json()},
                  {"name", t.name},
                  {"publicKey", t.public_key ? Json(*t.public_key) : Json()},
                  {"hasKey", t.public_key.has_value()},
                  {"hasPartial", t.partial_json.has_value()}});
  }
  bool teller = is_teller(ctx.db, v.id, me.user_id);
  if (!me.can("votes.read") && !eligible && !my_index && !teller) {
    throw forbidden("votes.not_involved");
  }
  auto questions = questions_of(ctx.db, v.id);
  Json qs = Json::array();
  for (const auto& q : questions) {
    qs.push_back({{"index", q.index},
                  {"projectId", q.project_id ? Json(*q.project_id) : Json()},
                  {"title", q.title},
                  {"department", q.department},
                  {"budgetFen", q.budget_fen}});
  }
  Json tellers = Json::array();
  for (const auto& [id, name] : tellers_of(ctx.db, v.id)) {
    tellers.push_back({{"userId", id}, {"name", name}});
  }
  Json out = vote_summary_json(v, paper_voters(ctx.db, v.id));
  out["publicKey"] = v.public_key ? Json(*v.public_key) : Json();
  out["paperEntered"] = paper_entered(ctx.db, v.id);
  out["questions"] = qs;
  out["trustees"] = ts;
  out["tellers"] = tellers;
  out["boardHead"] = v.board_head.value_or("");
  out["me"] = {{"trusteeIndex", my_index ? Json(*my_index) : Json()},
               {"teller", teller},
               {"eligible", eligible},
               {"channel", channel ? Json(*channel) : Json()}};
  // A peer ballot's counts name members: its voters never see them here.
  out["result"] = v.peer() && !me.can("votes.read") ? Json() : result_view(v, questions);
  return Response::json(out);
}

}  // namespace

void open_locked(Context& ctx, const Vote& v) {
  require_status(v, "ready");
  ctx.db.exec("UPDATE votes SET status = 'open', opened_at = ? WHERE id = ?", {ctx.now, v.id});
  ctx.audit("votes.open", "vote", std::to_string(v.id), {{"status", v.status}},
            {{"status", "open"}});
}

namespace {

Response open_vote(Context& ctx) {
  db::Transaction tx(ctx.db);
  Vote v = lock_vote(ctx.db, ctx.id());
  refuse_peer(v);
  require_teller(ctx, v);
  open_locked(ctx, v);
  tx.commit();
  return Response::json(vote_summary_json(load_vote(ctx.db, v.id), paper_voters(ctx.db, v.id)));
}

// With no electronic ballot there is nothing to decrypt; in server-key mode the server makes
// its own partial decryption. Either way the result is certified at once.
void finish_if_possible(Context& ctx, const Vote& v) {
  if (v.electronic > 0 && v.key_mode == "server") {
    auto secret_hex = ctx.app.cipher().decrypt(v.server_secret.value_or(""));
    auto secret = secret_hex ? ballot::parse_scalar(*secret_hex) : std::nullopt;
    auto pub = ballot::parse_point(v.public_key.value_or(""));
    auto tally = ballot::tally_from_json(Json::parse(v.tally_json.value_or("null")));
    if (!secret || !pub || !tally) throw ApiError(500, "votes.decrypt_failed");
    Json items = Json::array();
    for (const auto& ct : *tally) {
      items.push_back(
          ballot::partial_to_json(ballot::partial_decrypt(v.uid, 1, *secret, *pub, ct)));
    }
    ctx.db.exec("UPDATE vote_trustees SET partial_json = ? WHERE vote_id = ? AND position = 1",
                {items.dump(), v.id});
  } else if (v.electronic > 0) {
    return;  // the scrutineers decrypt
  }
  certify(ctx.db, v, ctx.now, ctx.settings().get_int("votes.rectification_months"));
}

}  // namespace

void close_locked(Context& ctx, Vote& v) {
  require_status(v, "open");
  // Paper ballots count before the result: every batch reconciled, every paper voter's ballot in.
  if (ctx.db.scalar("SELECT COUNT(DISTINCT batch_no) FROM vote_paper_entries e WHERE vote_id = ? "
                    "AND NOT EXISTS (SELECT 1 FROM vote_paper_batches b WHERE b.vote_id = "
                    "e.vote_id AND b.batch_no = e.batch_no)",
                    {v.id}) > 0) {
    throw conflict("votes.paper_pending");
  }
  auto entered = paper_entered(ctx.db, v.id), voters = paper_voters(ctx.db, v.id);
  if (entered != voters) {
    throw conflict("votes.paper_incomplete",
                   {{"entered", std::to_string(entered)}, {"voters", std::to_string(voters)}});
  }
  ctx.db.exec("UPDATE votes SET status = 'closed', closed_at = ? WHERE id = ?", {ctx.now, v.id});
  v.status = "closed";
  v.closed_at = ctx.now;
  finish_if_possible(ctx, v);
  ctx.audit("votes.close", "vote", std::to_string(v.id), {{"status", "open"}},
            {{"status", load_vote(ctx.db, v.id).status}, {"electronic", v.electronic}});
}

namespace {

Response close_vote(Context& ctx) {
  db::Transaction tx(ctx.db);
  Vote v = lock_vote(ctx.db, ctx.id());
  refuse_peer(v);
  require_teller(ctx, v);
  close_locked(ctx, v);
  tx.commit();
  return Response::json(vote_summary_json(load_vote(ctx.db, v.id), paper_voters(ctx.db, v.id)));
}

Response progress(Context& ctx) {
  Vote v = load_vote(ctx.db, ctx.id());
  return Response::json({{"id", v.id},
                         {"title", v.title},
                         {"kind", v.kind},
                         {"status", v.status},
                         {"keyMode", v.key_mode},
                         {"eligible", v.eligible},
                         {"electronic", v.electronic},
                         {"paper", paper_voters(ctx.db, v.id)},
                         {"paperEntered", paper_entered(ctx.db, v.id)}});
}

Vote certified_vote(Context& ctx) {
  Vote v = load_vote(ctx.db, ctx.id());
  // A peer ballot's counts are about named members: never public; the office may export the
  // file for `verify-vote`, the branch sees its counts in the evaluation module.
  if (v.peer() && !(ctx.user && ctx.user->can("votes.read"))) throw not_found("votes.not_found");
  if (v.status != "certified") throw conflict("votes.not_certified");
  return v;
}

Response result(Context& ctx) {
  Vote v = certified_vote(ctx);
  return Response::json(result_view(v, questions_of(ctx.db, v.id)));
}

Response export_vote(Context& ctx) {
  Vote v = certified_vote(ctx);
  Json doc = export_document(ctx.db, v);
  doc["seal"] = v.seal.value_or("");
  return Response::download(doc.dump(), "application/json; charset=utf-8",
                            "mingdeng-vote-" + v.uid + ".json");
}

Response my_votes(Context& ctx) {
  auto person = org::person_of_user(ctx.db, ctx.me().user_id);
  Json out = Json::array();
  if (!person) return Response::json(out);
  for (const auto& r : ctx.db.query(
           "SELECT v.id, r.channel FROM vote_roster r JOIN votes v ON v.id = r.vote_id "
           "WHERE r.person_id = ? AND v.status IN ('ready', 'open', 'closed', 'certified') "
           "ORDER BY v.created_at DESC",
           {*person})) {
    Vote v = load_vote(ctx.db, r.i64("id"));
    Json item = vote_summary_json(v, 0);
    item.erase("paper");
    item["channel"] = r.opt_str("channel") ? Json(r.str("channel")) : Json();
    item["hasVoted"] = r.opt_str("channel").has_value();
    out.push_back(item);
  }
  return Response::json(out);
}

Response my_trustee_votes(Context& ctx) {
  Json out = Json::array();
  for (const auto& r : ctx.db.query(
           "SELECT t.vote_id, t.position, t.public_key, t.partial_json FROM vote_trustees t "
           "JOIN votes v ON v.id = t.vote_id WHERE t.user_id = ? ORDER BY v.created_at DESC",
           {ctx.me().user_id})) {
    Vote v = load_vote(ctx.db, r.i64("vote_id"));
    Json item = vote_summary_json(v, 0);
    item["trusteeIndex"] = r.i64("position");
    item["hasKey"] = r.opt_str("public_key").has_value();
    item["hasPartial"] = r.opt_str("partial_json").has_value();
    out.push_back(item);
  }
  return Response::json(out);
}

// Whom a clerk may appoint as scrutineer or teller: active users without an administrator role
// (clerks cannot read the user list itself).
Response officials(Context& ctx) {
  Json out = Json::array();
  std::string collate(ctx.db.pinyin_collation());
  for (const auto& r : ctx.db.query(
           "SELECT u.id, u.display_name, u.username FROM users u WHERE u.status = 'active' AND "
           "NOT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role IN "
           "('sys_admin', 'sec_admin', 'audit_admin')) ORDER BY u.display_name" +
           collate + ", u.id")) {
    Json roles = Json::array();
    for (const auto& role : ctx.db.query(
             "SELECT role FROM user_roles WHERE user_id = ? ORDER BY role", {r.i64("id")})) {
      roles.push_back(role.str("role"));
    }
    out.push_back({{"id", r.i64("id")},
                   {"name", r.str("display_name")},
                   {"username", r.str("username")},
                   {"roles", roles}});
  }
  return Response::json(out);
}

}  // namespace

std::vector<Route> vote_routes() {
  using http::Access;
  using http::Method;
  const std::string tag = "votes";
  return {
      {.method = Method::get,
       .path = "/api/votes",
       .permission = "votes.read",
       .summary = "List votes (page, sort, filter by status and kind)",
       .tag = tag,
       .query = http::list_query({{"status", "string", "setup, ready, open, closed or certified"},
                                  {"kind", "string", "projects or satisfaction"}}),
       .handler = list_votes},
      {.method = Method::get,
       .path = "/api/votes/export",
       .permission = "votes.read",
       .summary = "The votes list as .xlsx with the same filters",
       .tag = tag,
       .query = http::list_query({{"status", "string", "setup, ready, open, closed or certified"},
                                  {"kind", "string", "projects or satisfaction"}}),
       .handler = export_votes},
      {.method = Method::post,
       .path = "/api/votes",
       .permission = "votes.manage",
       .summary = "Set up a vote: candidates, form, seats, roster level, scrutineers, tellers",
       .tag = tag,
       .body = http::body({http::str("title").req().len(1, 100),
                           http::str("kind").req().options({"projects", "satisfaction"}),
                           http::integer("year").req().range(2000, 2100),
                           http::str("form").req().options({"options3", "pick"}),
                           http::integer("maxPicks").range(0, 100),
                           http::integer("seats").range(0, 100),
                           http::str("keyMode").req().options({"scrutineers", "server"}),
                           http::str("level").req().options(kLevels),
                           http::int_array("projectIds").req().len(1, 50),
                           http::int_array("scrutineerUserIds").len(0, 9),
                           http::int_array("tellerUserIds").req().len(1, 2)}),
       .handler = create_vote},
      {.method = Method::get,
       .path = "/api/votes/officials",
       .permission = "votes.manage",
       .summary = "Users who may be appointed scrutineer or teller (active, not administrators)",
       .tag = tag,
       .handler = officials},
      {.method = Method::del,
       .path = "/api/votes/{id}",
       .permission = "votes.manage",
       .summary = "Delete a vote that has not opened",
       .tag = tag,
       .handler = delete_vote},
      {.method = Method::get,
       .path = "/api/votes/{id}",
       .access = Access::signed_in,
       .summary = "A vote: questions, scrutineers, tellers, my part in it, the result once "
                  "certified (staff, its deputies, scrutineers and tellers)",
       .tag = tag,
       .handler = vote_detail},
      {.method = Method::post,
       .path = "/api/votes/{id}/open",
       .permission = "votes.count",
       .summary = "Open the vote (a teller of the vote; every scrutineer key is in)",
       .tag = tag,
       .handler = open_vote},
      {.method = Method::post,
       .path = "/api/votes/{id}/close",
       .permission = "votes.count",
       .summary = "Close the vote (a teller of the vote)",
       .tag = tag,
       .handler = close_vote},
      {.method = Method::get,
       .path = "/api/votes/{id}/progress",
       .access = Access::public_,
       .summary = "Live progress for the big screen: voted / eligible / paper, never results",
       .tag = tag,
       .handler = progress},
      {.method = Method::get,
       .path = "/api/votes/{id}/result",
       .access = Access::public_,
       .summary = "The certified result",
       .tag = tag,
       .handler = result},
      {.method = Method::get,
       .path = "/api/votes/{id}/export",
       .access = Access::public_,
       .summary = "The certified vote as a file for mingdeng verify-vote (docs/VOTE-PROTOCOL.md)",
       .tag = tag,
       .handler = export_vote},
      {.method = Method::get,
       .path = "/api/my/votes",
       .permission = "votes.cast",
       .summary = "The votes whose roster holds me",
       .tag = tag,
       .handler = my_votes},
      {.method = Method::get,
       .path = "/api/my/trustee-votes",
       .permission = "votes.scrutinize",
       .summary = "The votes I am a scrutineer of",
       .tag = tag,
       .handler = my_trustee_votes},
  };
}

}  // namespace md::votes
