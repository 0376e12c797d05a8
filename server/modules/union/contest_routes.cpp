// The founding election of the union committee and the 文明 selections (R11.1, R11.3). Both
// are contests: candidates (an election: active union members; a selection: nominations with
// reasons — a family, an office or a worker), a pick-up-to-N secret ballot on the votes engine
// (modules/votes/peer_ballot_api.hpp, kinds union_election / selection, server-held key) whose
// roster is the active union members, then the count: top N by votes with more than half of
// the ballots cast (rules.hpp), a tie at the last place flagged. draft → open → counted →
// announced; each step an explicit POST refused with 409 from the wrong status.
#include "modules/union/routes.hpp"
#include "modules/union/rules.hpp"
#include "modules/votes/peer_ballot_api.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::trade_union {
using http::Context;
using http::Json;
using http::Response;
using http::Route;

namespace {

const char* vote_kind(const std::string& kind) {
  return kind == "election" ? "union_election" : "selection";
}

constexpr const char* kColumns =
    "c.id, c.kind, c.category, c.year, c.title, c.seats, c.held_on, c.status, c.vote_id, "
    "c.result_json, c.announced_at, c.created_at, (SELECT COUNT(*) FROM union_candidates k "
    "WHERE k.contest_id = c.id) AS candidates";

Json row_json(const db::Row& r) {
  return {{"id", r.i64("id")},
          {"kind", r.str("kind")},
          {"category", r.str("category")},
          {"year", r.i64("year")},
          {"title", r.str("title")},
          {"seats", r.i64("seats")},
          {"heldOn", r.opt_str("held_on") ? Json(r.str("held_on")) : Json()},
          {"status", r.str("status")},
          {"voteId", r.opt_i64("vote_id") ? Json(r.i64("vote_id")) : Json()},
          {"candidates", r.i64("candidates")},
          {"announcedAt", r.opt_i64("announced_at") ? Json(r.i64("announced_at")) : Json()},
          {"createdAt", r.i64("created_at")}};
}

struct Contest {
  std::int64_t id = 0, year = 0, seats = 0;
  std::string kind, category, title, status;
  std::optional<std::int64_t> vote_id;
};

/// The contest of this kind (404 union.contest_not_found otherwise).
Contest load(Context& ctx, const std::string& kind, std::int64_t id) {
  auto r = ctx.db.query_one(
      "SELECT id, kind, category, year, title, seats, status, vote_id FROM union_contests WHERE "
      "id = ? AND kind = ?",
      {id, kind});
  if (!r) throw not_found("union.contest_not_found");
  return {r->i64("id"),       r->i64("year"),  r->i64("seats"),  r->str("kind"),
          r->str("category"), r->str("title"), r->str("status"), r->opt_i64("vote_id")};
}

void require_status(const Contest& c, const std::string& status) {
  if (c.status != status) {
    throw conflict("union.wrong_status", {{"status", c.status}, {"expected", status}});
  }
}

Json candidates_json(Context& ctx, std::int64_t contest) {
  Json out = Json::array();
  for (const auto& r : ctx.db.query(
           "SELECT id, position, person_id, name, reason FROM union_candidates WHERE contest_id "
           "= ? ORDER BY position",
           {contest})) {
    out.push_back({{"id", r.i64("id")},
                   {"position", r.i64("position")},
                   {"personId", r.opt_i64("person_id") ? Json(r.i64("person_id")) : Json()},
                   {"name", r.str("name")},
                   {"reason", r.str("reason")}});
  }
  return out;
}

Json detail(Context& ctx, const std::string& kind, std::int64_t id) {
  auto r = ctx.db.query_one(
      std::string("SELECT ") + kColumns + " FROM union_contests c WHERE c.id = ? AND c.kind = ?",
      {id, kind});
  if (!r) throw not_found("union.contest_not_found");
  Json out = row_json(*r);
  out["candidateList"] = candidates_json(ctx, id);
  out["result"] = r->opt_str("result_json") ? Json::parse(r->str("result_json")) : Json();
  out["vote"] = nullptr;
  if (auto vote = r->opt_i64("vote_id")) {
    auto s = votes::pick_vote_state(ctx.db, *vote);
    out["vote"] = {{"id", *vote},
                   {"status", s.status},
                   {"keyMode", s.key_mode},
                   {"eligible", s.eligible},
                   {"cast", s.cast}};
  }
  out["activeMembers"] =
      ctx.db.scalar("SELECT COUNT(*) FROM union_members WHERE status = 'active'");
  return out;
}

Json page_of(Context& ctx, const std::string& kind, const http::ListParams& p,
             std::int64_t* total) {
  std::string where = " FROM union_contests c WHERE c.kind = ?";
  db::Params params{kind};
  if (auto year = int_query(ctx, "year")) {
    where += " AND c.year = ?";
    params.push_back(*year);
  }
  std::string status = ctx.query("status");
  if (!status.empty()) {
    if (status != "draft" && status != "open" && status != "counted" && status != "announced") {
      throw bad_request("request.bad_query", {{"param", "status"}});
    }
    where += " AND c.status = ?";
    params.push_back(status);
  }
  std::string category = ctx.query("category");
  if (!category.empty()) {
    if (!is_selection_category(category)) {
      throw bad_request("request.bad_query", {{"param", "category"}});
    }
    where += " AND c.category = ?";
    params.push_back(category);
  }
  if (!p.q.empty()) where += " AND " + http::search_clause({"c.title"}, p.q, params);
  auto page = http::query_page(ctx.db, kColumns, where, params, p, "c.id", row_json);
  *total = page.total;
  return page.items;
}

http::ListParams params_of(Context& ctx, std::int64_t max) {
  return http::parse_list(ctx,
                          {{"year", "c.year"},
                           {"title", "c.title" + std::string(ctx.db.pinyin_collation())},
                           {"status", "c.status"},
                           {"createdAt", "c.created_at"}},
                          "createdAt", max);
}

/// Election candidates: distinct active union members.
std::vector<std::pair<std::int64_t, std::string>> checked_candidates(Context& ctx,
                                                                     const Json& ids) {
  std::vector<std::pair<std::int64_t, std::string>> out;
  for (const auto& j : ids) {
    auto id = j.get<std::int64_t>();
    for (const auto& c : out) {
      if (c.first == id) throw invalid_field("candidatePersonIds", "union.candidate_twice");
    }
    auto r = ctx.db.query_one(
        "SELECT p.name FROM union_members m JOIN people p ON p.id = m.person_id WHERE "
        "m.person_id = ? AND m.status = 'active'",
        {id});
    if (!r) throw invalid_field("candidatePersonIds", "union.candidate_not_member");
    out.emplace_back(id, r->str("name"));
  }
  return out;
}

void replace_candidates(Context& ctx, std::int64_t contest,
                        const std::vector<std::pair<std::int64_t, std::string>>& people) {
  ctx.db.exec("DELETE FROM union_candidates WHERE contest_id = ?", {contest});
  std::int64_t position = 0;
  for (const auto& [person, name] : people) {
    ctx.db.exec(
        "INSERT INTO union_candidates (contest_id, position, person_id, name, nominated_by, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)",
        {contest, ++position, person, name, ctx.me().user_id, ctx.now});
  }
}

struct Input {
  std::string title, category;
  std::int64_t year = 0, seats = 0;
  std::optional<std::string> held_on;
};

Input checked_input(Context& ctx, const std::string& kind) {
  const Json& b = ctx.body;
  Input in{b["title"], kind == "selection" ? text_or_empty(b, "category") : "",
           b["year"].get<std::int64_t>(), b["seats"].get<std::int64_t>(), std::nullopt};
  std::vector<std::pair<std::string, std::string>> errors;
  if (blank(in.title)) errors.emplace_back("title", "union.title_required");
  if (in.year < 2000 || in.year > 2100) errors.emplace_back("year", "union.year_range");
  if (kind == "selection" && !is_selection_category(in.category)) {
    errors.emplace_back("category", "union.category");
  }
  auto held = text_or_empty(b, "heldOn");
  if (!held.empty()) {
    if (!is_date(held)) errors.emplace_back("heldOn", "union.date_format");
    in.held_on = held;
  }
  throw_fields(errors);
  return in;
}

Response create_contest(Context& ctx, const std::string& kind) {
  Input in = checked_input(ctx, kind);
  db::Transaction tx(ctx.db);
  std::vector<std::pair<std::int64_t, std::string>> people;
  if (kind == "election")
    people = checked_candidates(ctx, ctx.body.value("candidatePersonIds", Json::array()));
  auto id = ctx.db
                .query(
                    "INSERT INTO union_contests (kind, category, year, title, seats, held_on, "
                    "status, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                    "'draft', ?, ?, ?) RETURNING id",
                    {kind, in.category, in.year, in.title, in.seats,
                     in.held_on ? db::Value(*in.held_on) : db::Value(), ctx.me().user_id, ctx.now,
                     ctx.now})
                .at(0)
                .i64("id");
  if (kind == "election") replace_candidates(ctx, id, people);
  Json after = detail(ctx, kind, id);
  ctx.audit("union." + kind + "_create", "union_contest", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response update_contest(Context& ctx, const std::string& kind) {
  db::Transaction tx(ctx.db);
  Contest c = load(ctx, kind, ctx.id());
  Json before = detail(ctx, kind, c.id);
  require_status(c, "draft");
  Input in = checked_input(ctx, kind);
  ctx.db.exec(
      "UPDATE union_contests SET category = ?, year = ?, title = ?, seats = ?, held_on = ?, "
      "updated_at = ? WHERE id = ?",
      {in.category, in.year, in.title, in.seats, in.held_on ? db::Value(*in.held_on) : db::Value(),
       ctx.now, c.id});
  if (kind == "election" && ctx.body.contains("candidatePersonIds")) {
    replace_candidates(ctx, c.id, checked_candidates(ctx, ctx.body["candidatePersonIds"]));
  }
  Json after = detail(ctx, kind, c.id);
  ctx.audit("union." + kind + "_update", "union_contest", std::to_string(c.id), before, after);
  tx.commit();
  return Response::json(after);
}

Response delete_contest(Context& ctx, const std::string& kind) {
  db::Transaction tx(ctx.db);
  Contest c = load(ctx, kind, ctx.id());
  Json before = detail(ctx, kind, c.id);
  require_status(c, "draft");
  ctx.db.exec("DELETE FROM union_candidates WHERE contest_id = ?", {c.id});
  ctx.db.exec("DELETE FROM union_contests WHERE id = ?", {c.id});
  ctx.audit("union." + kind + "_delete", "union_contest", std::to_string(c.id), before, nullptr);
  tx.commit();
  return Response::json({{"id", c.id}, {"deleted", true}});
}

Response nominate(Context& ctx) {
  db::Transaction tx(ctx.db);
  Contest c = load(ctx, "selection", ctx.id());
  require_status(c, "draft");
  std::string name = text_or_empty(ctx.body, "name"), reason = ctx.body["reason"];
  std::optional<std::int64_t> person;
  std::vector<std::pair<std::string, std::string>> errors;
  if (ctx.body.contains("personId") && ctx.body["personId"].is_number_integer()) {
    person = ctx.body["personId"].get<std::int64_t>();
    auto n = person_name(ctx.db, *person);
    if (!n) {
      errors.emplace_back("personId", "union.person_unknown");
    } else if (blank(name)) {
      name = *n;
    }
  }
  if (c.category == "worker" && !person) errors.emplace_back("personId", "union.worker_person");
  if (blank(name)) errors.emplace_back("name", "union.nominee_required");
  if (blank(reason)) errors.emplace_back("reason", "union.reason_required");
  throw_fields(errors);
  if (ctx.db.scalar("SELECT COUNT(*) FROM union_candidates WHERE contest_id = ? AND name = ?",
                    {c.id, name}) > 0) {
    throw conflict("union.nominee_duplicate", {{"name", name}});
  }
  auto position =
      ctx.db.scalar("SELECT COALESCE(MAX(position), 0) FROM union_candidates WHERE contest_id = ?",
                    {c.id}) +
      1;
  auto id = ctx.db
                .query(
                    "INSERT INTO union_candidates (contest_id, position, person_id, name, reason, "
                    "nominated_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    {c.id, position, person ? db::Value(*person) : db::Value(), name, reason,
                     ctx.me().user_id, ctx.now})
                .at(0)
                .i64("id");
  ctx.audit("union.nominate", "union_contest", std::to_string(c.id), nullptr,
            {{"nominationId", id}, {"name", name}, {"reason", reason}});
  Json after = detail(ctx, "selection", c.id);
  tx.commit();
  return Response::json(after, 201);
}

Response withdraw(Context& ctx) {
  db::Transaction tx(ctx.db);
  Contest c = load(ctx, "selection", ctx.id());
  auto nomination = ctx.id("nominationId");
  auto r =
      ctx.db.query_one("SELECT name, reason FROM union_candidates WHERE id = ? AND contest_id = ?",
                       {nomination, c.id});
  if (!r) throw not_found("union.nomination_not_found");
  require_status(c, "draft");
  ctx.db.exec("DELETE FROM union_candidates WHERE id = ?", {nomination});
  ctx.audit("union.nomination_withdraw", "union_contest", std::to_string(c.id),
            {{"nominationId", nomination}, {"name", r->str("name")}, {"reason", r->str("reason")}},
            nullptr);
  Json after = detail(ctx, "selection", c.id);
  tx.commit();
  return Response::json(after);
}

/// draft → open: the pick ballot with the active members as its roster, opened at once.
Response open_ballot(Context& ctx, const std::string& kind) {
  db::Transaction tx(ctx.db);
  Contest c = load(ctx, kind, ctx.id());
  require_status(c, "draft");
  votes::PickBallotSpec spec;
  spec.kind = vote_kind(kind);
  spec.title = c.title;
  spec.year = c.year;
  spec.max_picks = c.seats;
  for (const auto& r : ctx.db.query(
           "SELECT person_id, name FROM union_candidates WHERE contest_id = ? ORDER BY position",
           {c.id})) {
    spec.candidates.emplace_back(r.opt_i64("person_id").value_or(0), r.str("name"));
  }
  for (const auto& r : ctx.db.query(
           "SELECT person_id FROM union_members WHERE status = 'active' ORDER BY person_id")) {
    spec.voter_person_ids.push_back(r.i64("person_id"));
  }
  if (spec.candidates.empty()) throw conflict("union.no_candidates");
  if (static_cast<std::int64_t>(spec.candidates.size()) < c.seats) {
    throw conflict("union.too_few_candidates",
                   {{"seats", std::to_string(c.seats)},
                    {"candidates", std::to_string(spec.candidates.size())}});
  }
  if (spec.voter_person_ids.empty()) throw conflict("union.no_members");
  auto vote = votes::create_pick_vote(ctx, spec);
  votes::open_peer_vote(ctx, vote);
  ctx.db.exec("UPDATE union_contests SET status = 'open', vote_id = ?, updated_at = ? WHERE id = ?",
              {vote, ctx.now, c.id});
  ctx.audit("union." + kind + "_open", "union_contest", std::to_string(c.id),
            {{"status", c.status}}, {{"status", "open"}, {"voteId", vote}});
  Json after = detail(ctx, kind, c.id);
  tx.commit();
  return Response::json(after);
}

/// open → counted: the ballot closes, the server-held key decrypts the sums, the rule decides.
Response close_and_count(Context& ctx, const std::string& kind) {
  db::Transaction tx(ctx.db);
  Contest c = load(ctx, kind, ctx.id());
  require_status(c, "open");
  votes::close_peer_vote(ctx, *c.vote_id);
  auto state = votes::pick_vote_state(ctx.db, *c.vote_id);
  if (!state.votes) throw conflict("union.not_certified");
  auto outcomes = decide_elected(*state.votes, state.cast, c.seats);
  Json list = Json::array(), chosen = Json::array();
  bool tie = false;
  std::size_t i = 0;
  for (const auto& r : ctx.db.query(
           "SELECT id, person_id, name FROM union_candidates WHERE contest_id = ? ORDER BY "
           "position",
           {c.id})) {
    auto code = std::string(outcome_code(outcomes.at(i)));
    if (outcomes[i] == Outcome::elected) chosen.push_back(r.str("name"));
    if (outcomes[i] == Outcome::tie) tie = true;
    list.push_back({{"candidateId", r.i64("id")},
                    {"personId", r.opt_i64("person_id") ? Json(r.i64("person_id")) : Json()},
                    {"name", r.str("name")},
                    {"votes", state.votes->at(i)},
                    {"outcome", code}});
    ++i;
  }
  Json result = {{"eligible", state.eligible},
                 {"ballots", state.cast},
                 {"seats", c.seats},
                 {"majority", state.cast / 2 + 1},
                 {"candidates", list},
                 {"elected", chosen},
                 {"tie", tie},
                 {"countedAt", ctx.now}};
  ctx.db.exec(
      "UPDATE union_contests SET status = 'counted', result_json = ?, updated_at = ? WHERE id = ?",
      {result.dump(), ctx.now, c.id});
  ctx.audit("union." + kind + "_count", "union_contest", std::to_string(c.id),
            {{"status", c.status}}, {{"status", "counted"}, {"result", result}});
  Json after = detail(ctx, kind, c.id);
  tx.commit();
  return Response::json(after);
}

Response announce(Context& ctx, const std::string& kind) {
  db::Transaction tx(ctx.db);
  Contest c = load(ctx, kind, ctx.id());
  require_status(c, "counted");
  ctx.db.exec(
      "UPDATE union_contests SET status = 'announced', announced_at = ?, updated_at = ? WHERE "
      "id = ?",
      {ctx.now, ctx.now, c.id});
  ctx.audit("union." + kind + "_announce", "union_contest", std::to_string(c.id),
            {{"status", c.status}}, {{"status", "announced"}});
  Json after = detail(ctx, kind, c.id);
  tx.commit();
  return Response::json(after);
}

Response list_contests(Context& ctx, const std::string& kind) {
  auto p = params_of(ctx, 100);
  std::int64_t total = 0;
  Json items = page_of(ctx, kind, p, &total);
  return Response::json(http::page_json(items, total, p));
}

Response export_list(Context& ctx, const std::string& kind) {
  auto p = params_of(ctx, 10000);
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = page_of(ctx, kind, p, &total);
  for (auto& item : items) {
    item["statusText"] = ctx.t("union.contest_status." + item["status"].get<std::string>());
    auto category = item["category"].get<std::string>();
    item["categoryText"] = category.empty() ? "" : ctx.t("union.category." + category);
    auto r = ctx.db.query_one("SELECT result_json FROM union_contests WHERE id = ?",
                              {item["id"].get<std::int64_t>()});
    std::string elected;
    if (r && r->opt_str("result_json")) {
      const auto result = Json::parse(r->str("result_json"));
      for (const auto& n : result["elected"]) {
        elected += (elected.empty() ? "" : "、") + n.get<std::string>();
      }
    }
    item["electedText"] = elected;
    if (item["heldOn"].is_null()) item["heldOn"] = "";
  }
  bool en = english(ctx);
  std::vector<excel::Column> cols = {{en ? "Year" : "年度", "year", 8},
                                     {en ? "Title" : "名称", "title", 36}};
  if (kind == "selection") cols.push_back({en ? "Category" : "类别", "categoryText", 12});
  cols.insert(cols.end(), {{en ? "Places" : "名额", "seats", 8},
                           {en ? "Candidates" : "候选人数", "candidates", 10},
                           {en ? "Status" : "状态", "statusText", 12},
                           {en ? "Elected / selected" : "当选（入选）", "electedText", 40}});
  db::Transaction tx(ctx.db);
  ctx.audit("union." + kind + "s_export", "union_contest", "", nullptr, {{"rows", items.size()}});
  tx.commit();
  std::string title =
      kind == "election" ? (en ? "union-elections" : "工会选举") : (en ? "selections" : "文明评选");
  return http::xlsx_response(title, cols, items, ctx.now);
}

std::vector<Route> routes_of(const std::string& kind) {
  using http::Method;
  const std::string tag = "union";
  const std::string base = "/api/union/" + kind + "s";
  const std::string what = kind == "election" ? "union committee election" : "selection";
  std::vector<http::QueryParam> filters = {
      {"year", "integer", "a year"},
      {"status", "string", "draft | open | counted | announced"},
      {"q", "string", "title"}};
  if (kind == "selection") filters.push_back({"category", "string", "family | office | worker"});
  std::vector<http::FieldSpec> fields = {
      http::str("title").req().len(1, 200), http::integer("year").req().range(-1000000, 1000000),
      http::integer("seats").req().range(1, 100).doc("places; each voter picks up to this many"),
      http::str("heldOn").null_ok().len(0, 10).doc("YYYY-MM-DD")};
  if (kind == "election") {
    fields.push_back(http::int_array("candidatePersonIds").len(0, 100).doc("active union members"));
  } else {
    fields.push_back(http::str("category").req().options({"family", "office", "worker"}));
  }
  auto with = [kind](Response (*f)(Context&, const std::string&)) {
    return [f, kind](Context& ctx) { return f(ctx, kind); };
  };
  std::vector<Route> routes = {
      {.method = Method::get,
       .path = base,
       .permission = "union.read",
       .summary = "List " + what + "s (page, sort: createdAt | year | title | status)",
       .tag = tag,
       .query = http::list_query(filters),
       .handler = with(list_contests)},
      {.method = Method::get,
       .path = base + "/export",
       .permission = "union.read",
       .summary = "Export the " + what + "s to .xlsx (the list's filters)",
       .tag = tag,
       .query = filters,
       .handler = with(export_list)},
      {.method = Method::get,
       .path = base + "/{id}",
       .permission = "union.read",
       .summary = "A " + what + " with its candidates, ballot progress and counted result",
       .tag = tag,
       .handler = [kind](Context& ctx) { return Response::json(detail(ctx, kind, ctx.id())); }},
      {.method = Method::post,
       .path = base,
       .permission = "union.manage",
       .summary = "Prepare a " + what + " (draft)",
       .tag = tag,
       .body = http::body(fields),
       .handler = with(create_contest)},
      {.method = Method::put,
       .path = base + "/{id}",
       .permission = "union.manage",
       .summary = "Change a draft " + what,
       .tag = tag,
       .body = http::body(fields),
       .handler = with(update_contest)},
      {.method = Method::del,
       .path = base + "/{id}",
       .permission = "union.manage",
       .summary = "Delete a draft " + what,
       .tag = tag,
       .handler = with(delete_contest)},
      {.method = Method::post,
       .path = base + "/{id}/open",
       .permission = "union.manage",
       .summary = "Open the secret pick ballot (roster: the active union members)",
       .tag = tag,
       .handler = with(open_ballot)},
      {.method = Method::post,
       .path = base + "/{id}/close",
       .permission = "union.manage",
       .summary = "Close the ballot and count: top N with more than half of the ballots cast",
       .tag = tag,
       .handler = with(close_and_count)},
      {.method = Method::post,
       .path = base + "/{id}/announce",
       .permission = "union.manage",
       .summary = "Announce the counted result",
       .tag = tag,
       .handler = with(announce)},
  };
  if (kind == "selection") {
    routes.push_back(
        {.method = Method::post,
         .path = base + "/{id}/nominations",
         .permission = "union.manage",
         .summary = "Nominate a family, office or worker with the reasons",
         .tag = tag,
         .body = http::body({http::integer("personId").null_ok().range(1, 1'000'000'000'000),
                             http::str("name").null_ok().len(0, 100),
                             http::str("reason").req().len(1, 2000)}),
         .handler = nominate});
    routes.push_back({.method = Method::del,
                      .path = base + "/{id}/nominations/{nominationId}",
                      .permission = "union.manage",
                      .summary = "Withdraw a nomination (draft only)",
                      .tag = tag,
                      .handler = withdraw});
  }
  return routes;
}

}  // namespace

std::vector<Route> contest_routes() {
  auto routes = routes_of("election");
  for (auto& r : routes_of("selection")) routes.push_back(std::move(r));
  return routes;
}

}  // namespace md::trade_union
