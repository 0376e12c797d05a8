// Scrutineers' key shares and partial decryptions (the last one certifies the result), the
// roster with its paper voters, and the double entry of paper batches (R8.2, R8.3).
#include "modules/votes/result.hpp"
#include "modules/votes/routes.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::votes {
using http::Context;
using http::Response;
using http::Route;

namespace {

Trustee my_trustee_seat(Context& ctx, const Vote& v) {
  for (auto& t : trustees_of(ctx.db, v.id)) {
    if (t.user_id && *t.user_id == ctx.me().user_id) return t;
  }
  throw forbidden("votes.not_trustee");
}

/// Refuses a scrutineer's submission: audit-logged on its own, nothing stored.
[[noreturn]] void refuse(Context& ctx, std::int64_t vote_id, const std::string& action,
                         const std::string& code) {
  audit_refusal(ctx, action, vote_id, code);
  throw ApiError(422, code);
}

Response register_key(Context& ctx) {
  Vote v = load_vote(ctx.db, ctx.id());
  Trustee me = my_trustee_seat(ctx, v);
  require_status(v, "setup");
  if (me.public_key) throw conflict("votes.key_already_registered");
  const auto& proof = ctx.body["proof"];
  auto pub = ballot::parse_point(ctx.body["publicKey"].get<std::string>());
  std::optional<ballot::Scalar> c, s;
  if (proof.is_object() && proof.size() == 2 && proof.contains("c") && proof.contains("s") &&
      proof["c"].is_string() && proof["s"].is_string()) {
    c = ballot::parse_scalar(proof["c"].get<std::string>());
    s = ballot::parse_scalar(proof["s"].get<std::string>());
  }
  if (!pub || !c || !s || !ballot::verify_key(v.uid, me.index, *pub, {*c, *s})) {
    refuse(ctx, v.id, "votes.key_refused", "votes.key_proof_invalid");
  }
  db::Transaction tx(ctx.db);
  Vote locked = lock_vote(ctx.db, v.id);
  require_status(locked, "setup");
  ctx.db.exec(
      "UPDATE vote_trustees SET public_key = ?, key_proof = ? WHERE vote_id = ? AND position = ? "
      "AND public_key IS NULL",
      {ballot::to_hex(pub->bytes), Json{{"c", proof["c"]}, {"s", proof["s"]}}.dump(), v.id,
       me.index});
  std::vector<ballot::Point> keys;
  for (const auto& t : trustees_of(ctx.db, v.id)) {
    if (t.public_key) keys.push_back(*ballot::parse_point(*t.public_key));
  }
  bool complete = keys.size() == trustees_of(ctx.db, v.id).size();
  if (complete) {
    ctx.db.exec("UPDATE votes SET status = 'ready', public_key = ? WHERE id = ?",
                {ballot::to_hex(ballot::combine_keys(keys).bytes), v.id});
  }
  ctx.audit("votes.key_registered", "vote", std::to_string(v.id), nullptr,
            {{"scrutineer", me.index}, {"publicKey", ballot::to_hex(pub->bytes)}});
  tx.commit();
  return Response::json({{"index", me.index}, {"complete", complete}}, 201);
}

Response tally(Context& ctx) {
  Vote v = load_vote(ctx.db, ctx.id());
  if (v.status != "closed" && v.status != "certified") throw conflict("votes.not_closed");
  return Response::json(v.tally_json ? Json::parse(*v.tally_json) : Json::array());
}

Response submit_partial(Context& ctx) {
  Vote v = load_vote(ctx.db, ctx.id());
  Trustee me = my_trustee_seat(ctx, v);
  require_status(v, "closed");
  if (me.partial_json) throw conflict("votes.partial_already_submitted");
  auto tally = ballot::tally_from_json(Json::parse(v.tally_json.value_or("[]")));
  auto pub = ballot::parse_point(me.public_key.value_or(""));
  const auto& items = ctx.body["items"];
  if (!tally || !pub || !items.is_array() || items.size() != tally->size()) {
    refuse(ctx, v.id, "votes.partial_refused", "votes.partial_shape");
  }
  Json stored = Json::array();
  for (std::size_t q = 0; q < items.size(); ++q) {
    auto p = ballot::partial_from_json(items[q]);
    if (!p || !ballot::verify_partial(v.uid, me.index, *pub, (*tally)[q], *p)) {
      refuse(ctx, v.id, "votes.partial_refused", "votes.partial_invalid");
    }
    stored.push_back(ballot::partial_to_json(*p));
  }
  db::Transaction tx(ctx.db);
  Vote locked = lock_vote(ctx.db, v.id);
  require_status(locked, "closed");
  ctx.db.exec("UPDATE vote_trustees SET partial_json = ? WHERE vote_id = ? AND position = ?",
              {stored.dump(), v.id, me.index});
  bool last = ctx.db.scalar(
                  "SELECT COUNT(*) FROM vote_trustees WHERE vote_id = ? AND "
                  "partial_json IS NULL",
                  {v.id}) == 0;
  if (last) certify(ctx.db, locked, ctx.now, ctx.settings().get_int("votes.rectification_months"));
  ctx.audit("votes.partial_submitted", "vote", std::to_string(v.id), nullptr,
            {{"scrutineer", me.index}, {"certified", last}});
  tx.commit();
  return Response::json({{"index", me.index}, {"certified", last}}, 201);
}

// ---------------------------------------------------------------------------------------------
// Roster

/// A vote's roster of the filters (channel, name) in pinyin order: the list and its export
/// share it. Staff and the vote's tellers only.
Json query_roster(Context& ctx, const Vote& v, std::int64_t max_rows, http::ListParams& p,
                  std::int64_t* total) {
  if (!ctx.me().can("votes.read") && !is_teller(ctx.db, v.id, ctx.me().user_id)) {
    throw forbidden("votes.not_teller");
  }
  std::string collate(ctx.db.pinyin_collation());
  p = http::parse_list(ctx, {{"name", "p.name" + collate}}, "name", max_rows);
  if (max_rows > 100) {
    p.page = 1;
    p.page_size = max_rows;
  }
  std::string where = " FROM vote_roster r JOIN people p ON p.id = r.person_id WHERE r.vote_id = ?";
  db::Params params{v.id};
  std::string channel = ctx.query("channel");
  if (channel == "none") {
    where += " AND r.channel IS NULL";
  } else if (channel == "electronic" || channel == "paper") {
    where += " AND r.channel = ?";
    params.push_back(channel);
  } else if (!channel.empty()) {
    throw bad_request("request.bad_query", {{"param", "channel"}});
  }
  if (!p.q.empty())
    where += " AND " + http::search_clause({"p.name", "p.name_initials"}, p.q, params);
  auto page = http::query_page(
      ctx.db, "r.person_id, p.name, r.channel", where, params, p, "r.person_id",
      [](const db::Row& r) {
        return Json{{"personId", r.i64("person_id")},
                    {"name", r.str("name")},
                    {"channel", r.opt_str("channel") ? Json(r.str("channel")) : Json()}};
      });
  *total = page.total;
  return page.items;
}

Response roster(Context& ctx) {
  Vote v = load_vote(ctx.db, ctx.id());
  http::ListParams p;
  std::int64_t total = 0;
  Json items = query_roster(ctx, v, 100, p, &total);
  return Response::json(http::page_json(items, total, p));
}

/// The roster as .xlsx with the same filters: who voted and how, never what.
Response roster_export(Context& ctx) {
  Vote v = load_vote(ctx.db, ctx.id());
  http::ListParams p;
  std::int64_t total = 0;
  Json items = query_roster(ctx, v, 10000, p, &total);
  bool en = ctx.lang == i18n::Lang::en;
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto& r = items[i];
    r["no"] = i + 1;
    std::string channel = r["channel"].is_string() ? r["channel"].get<std::string>() : "";
    r["channelText"] = channel == "electronic" ? (en ? "Phone" : "手机投票")
                       : channel == "paper"    ? (en ? "Paper" : "纸质票")
                                               : (en ? "Not voted" : "未投票");
  }
  std::vector<excel::Column> cols = {{en ? "No." : "序号", "no", 6},
                                     {en ? "Name" : "姓名", "name", 12},
                                     {en ? "Voted by" : "投票方式", "channelText", 12}};
  return http::audited_xlsx(ctx, "votes.roster_export", "vote", en ? "roster" : "投票名册", cols,
                            items);
}

Response mark_paper(Context& ctx, bool mark) {
  db::Transaction tx(ctx.db);
  Vote v = lock_vote(ctx.db, ctx.id());
  require_teller(ctx, v);
  if (v.status != "ready" && v.status != "open") throw conflict("votes.roster_locked");
  auto person = ctx.id("personId");
  auto row = ctx.db.query_one("SELECT channel FROM vote_roster WHERE vote_id = ? AND person_id = ?",
                              {v.id, person});
  if (!row) throw not_found("votes.not_on_roster");
  auto channel = row->opt_str("channel");
  if (mark) {
    if (channel) {
      throw conflict(*channel == "electronic" ? "votes.already_voted" : "votes.already_paper");
    }
    ctx.db.exec("UPDATE vote_roster SET channel = 'paper' WHERE vote_id = ? AND person_id = ?",
                {v.id, person});
  } else {
    if (channel != "paper") throw conflict("votes.not_paper");
    if (paper_entered(ctx.db, v.id) >= paper_voters(ctx.db, v.id)) {
      throw conflict("votes.paper_already_counted");
    }
    ctx.db.exec("UPDATE vote_roster SET channel = NULL WHERE vote_id = ? AND person_id = ?",
                {v.id, person});
  }
  ctx.audit(mark ? "votes.paper_marked" : "votes.paper_unmarked", "vote", std::to_string(v.id),
            nullptr, {{"personId", person}});
  tx.commit();
  return Response::json({{"personId", person}, {"channel", mark ? Json("paper") : Json()}});
}

// ---------------------------------------------------------------------------------------------
// Paper batches

Json batches_json(db::Connection& conn, std::int64_t vote_id) {
  std::map<std::int64_t, std::vector<std::pair<std::string, PaperEntry>>> entries;
  for (const auto& r : conn.query(
           "SELECT e.batch_no, u.display_name, e.ballots, e.counts_json FROM vote_paper_entries e "
           "JOIN users u ON u.id = e.user_id WHERE e.vote_id = ? ORDER BY e.batch_no, "
           "e.user_id",
           {vote_id})) {
    PaperEntry e{
        r.i64("ballots"),
        counts_from_json(Json::parse(r.str("counts_json"))).value_or(std::vector<Counts>{})};
    entries[r.i64("batch_no")].emplace_back(r.str("display_name"), std::move(e));
  }
  std::set<std::int64_t> agreed;
  for (const auto& b : agreed_batches(conn, vote_id)) agreed.insert(b.number);
  Json out = Json::array();
  for (const auto& [number, list] : entries) {
    Json es = Json::array(), diffs = Json::array();
    for (const auto& [teller, e] : list) {
      es.push_back(
          {{"teller", teller}, {"ballots", e.ballots}, {"counts", counts_to_json(e.counts)}});
    }
    if (list.size() == 2) {
      for (const auto& d : compare_paper_entries(list[0].second, list[1].second)) {
        diffs.push_back({{"question", d.question < 0 ? Json() : Json(d.question)},
                         {"option", d.option < 0 ? Json() : Json(d.option)},
                         {"first", d.first},
                         {"second", d.second}});
      }
    }
    std::string status = agreed.count(number) ? "agreed" : list.size() < 2 ? "waiting" : "mismatch";
    out.push_back(
        {{"number", number}, {"status", status}, {"entries", es}, {"differences", diffs}});
  }
  return out;
}

Response list_batches(Context& ctx) {
  Vote v = load_vote(ctx.db, ctx.id());
  if (!ctx.me().can("votes.read") && !is_teller(ctx.db, v.id, ctx.me().user_id)) {
    throw forbidden("votes.not_teller");
  }
  return Response::json(batches_json(ctx.db, v.id));
}

Response enter_batch(Context& ctx) {
  auto number = ctx.id("batchId");
  PaperEntry entry;
  entry.ballots = ctx.body["ballots"].get<std::int64_t>();
  auto counts = counts_from_json(ctx.body["counts"]);
  if (!counts) throw invalid_field("counts", "votes.paper_shape");
  entry.counts = *counts;

  db::Transaction tx(ctx.db);
  Vote v = lock_vote(ctx.db, ctx.id());
  require_teller(ctx, v);
  require_status(v, "open");
  if (tellers_of(ctx.db, v.id).size() < 2) throw conflict("votes.paper_needs_two_tellers");
  auto questions = questions_of(ctx.db, v.id);
  if (auto bad = check_paper_entry(entry, v.options3(), questions.size(), v.max_picks)) {
    throw invalid_field("counts", *bad);
  }
  if (ctx.db.scalar("SELECT COUNT(*) FROM vote_paper_batches WHERE vote_id = ? AND batch_no = ?",
                    {v.id, number}) > 0) {
    throw conflict("votes.batch_agreed");
  }
  ctx.db.exec("DELETE FROM vote_paper_entries WHERE vote_id = ? AND batch_no = ? AND user_id = ?",
              {v.id, number, ctx.me().user_id});
  ctx.db.exec(
      "INSERT INTO vote_paper_entries (vote_id, batch_no, user_id, ballots, counts_json, "
      "entered_at) VALUES (?, ?, ?, ?, ?, ?)",
      {v.id, number, ctx.me().user_id, entry.ballots, counts_to_json(entry.counts).dump(),
       ctx.now});
  auto others = ctx.db.query(
      "SELECT ballots, counts_json FROM vote_paper_entries WHERE vote_id = ? AND batch_no = ? "
      "AND user_id <> ?",
      {v.id, number, ctx.me().user_id});
  bool agreed = false;
  if (!others.empty()) {
    PaperEntry other{others[0].i64("ballots"),
                     counts_from_json(Json::parse(others[0].str("counts_json"))).value()};
    if (compare_paper_entries(other, entry).empty()) {
      if (paper_entered(ctx.db, v.id) + entry.ballots > paper_voters(ctx.db, v.id)) {
        throw conflict("votes.paper_exceeds_voters",
                       {{"voters", std::to_string(paper_voters(ctx.db, v.id))}});
      }
      ctx.db.exec(
          "INSERT INTO vote_paper_batches (vote_id, batch_no, ballots, counts_json, agreed_at) "
          "VALUES (?, ?, ?, ?, ?)",
          {v.id, number, entry.ballots, counts_to_json(entry.counts).dump(), ctx.now});
      agreed = true;
    }
  }
  ctx.audit("votes.paper_entry", "vote", std::to_string(v.id), nullptr,
            {{"batch", number}, {"ballots", entry.ballots}, {"agreed", agreed}});
  tx.commit();
  for (auto& b : batches_json(ctx.db, v.id)) {
    if (b["number"] == number) return Response::json(b, 201);
  }
  return Response::json(Json::object(), 201);
}

}  // namespace

std::vector<Route> count_routes() {
  using http::Access;
  using http::Method;
  const std::string tag = "votes";
  return {
      {.method = Method::post,
       .path = "/api/votes/{id}/trustee-key",
       .permission = "votes.scrutinize",
       .summary = "Register my key share's public part with its proof (a scrutineer of the vote)",
       .tag = tag,
       .body =
           http::body({http::str("publicKey").req().len(64, 64), http::any_value("proof").req()}),
       .handler = register_key},
      {.method = Method::get,
       .path = "/api/votes/{id}/tally",
       .access = Access::signed_in,
       .summary = "The encrypted tally to decrypt (after closing)",
       .tag = tag,
       .handler = tally},
      {.method = Method::post,
       .path = "/api/votes/{id}/partial",
       .permission = "votes.scrutinize",
       .summary = "Submit my partial decryption with proofs; the last one certifies the result",
       .tag = tag,
       .body = http::body({http::any_value("items").req()}),
       .handler = submit_partial},
      {.method = Method::get,
       .path = "/api/votes/{id}/roster",
       .access = Access::signed_in,
       .summary = "The roster: who voted and how (phone or paper), never what (staff, tellers)",
       .tag = tag,
       .query = http::list_query({{"channel", "string", "none, electronic or paper"}}),
       .handler = roster},
      {.method = Method::get,
       .path = "/api/votes/{id}/roster/export",
       .access = Access::signed_in,
       .summary = "The roster as .xlsx with the same filters (staff, tellers)",
       .tag = tag,
       .query = http::list_query({{"channel", "string", "none, electronic or paper"}}),
       .handler = roster_export},
      {.method = Method::post,
       .path = "/api/votes/{id}/roster/{personId}/paper",
       .permission = "votes.count",
       .summary = "Mark a deputy as voting on paper (a teller of the vote)",
       .tag = tag,
       .handler = [](Context& c) { return mark_paper(c, true); }},
      {.method = Method::del,
       .path = "/api/votes/{id}/roster/{personId}/paper",
       .permission = "votes.count",
       .summary = "Undo a paper mark (a teller of the vote)",
       .tag = tag,
       .handler = [](Context& c) { return mark_paper(c, false); }},
      {.method = Method::get,
       .path = "/api/votes/{id}/paper-batches",
       .access = Access::signed_in,
       .summary = "Paper batches with both tellers' entries and their differences",
       .tag = tag,
       .handler = list_batches},
      {.method = Method::post,
       .path = "/api/votes/{id}/paper-batches/{batchId}/entries",
       .permission = "votes.count",
       .summary = "Enter a paper batch (each teller independently; counts when both agree)",
       .tag = tag,
       .body = http::body({http::integer("ballots").req().range(0, kMaxElectronicBallots),
                           http::any_value("counts").req()}),
       .handler = enter_batch},
  };
}

}  // namespace md::votes
