#include "modules/votes/store.hpp"

#include "platform/core/errors.hpp"
#include "platform/crypto/base.hpp"
#include "platform/crypto/hash.hpp"

namespace md::votes {
namespace {

constexpr const char* kVoteColumns =
    "SELECT id, uid, title, kind, year, form, max_picks, seats, key_mode, level, status, "
    "public_key, server_secret, eligible, electronic, tally_json, board_head, result_json, seal, "
    "created_at, opened_at, closed_at, certified_at FROM votes WHERE id = ?";

Vote vote_from_row(const db::Row& r) {
  Vote v;
  v.id = r.i64("id");
  v.uid = r.str("uid");
  v.title = r.str("title");
  v.kind = r.str("kind");
  v.year = r.i64("year");
  v.form = r.str("form");
  v.max_picks = r.i64("max_picks");
  v.seats = r.i64("seats");
  v.key_mode = r.str("key_mode");
  v.level = r.str("level");
  v.status = r.str("status");
  v.public_key = r.opt_str("public_key");
  v.server_secret = r.opt_str("server_secret");
  v.eligible = r.i64("eligible");
  v.electronic = r.i64("electronic");
  v.tally_json = r.opt_str("tally_json");
  v.board_head = r.opt_str("board_head");
  v.result_json = r.opt_str("result_json");
  v.seal = r.opt_str("seal");
  v.created_at = r.i64("created_at");
  v.opened_at = r.opt_i64("opened_at");
  v.closed_at = r.opt_i64("closed_at");
  v.certified_at = r.opt_i64("certified_at");
  return v;
}

Json opt(const std::optional<std::int64_t>& v) { return v ? Json(*v) : Json(); }

}  // namespace

ballot::Shape Vote::shape(std::size_t questions) const {
  return {ballot_form(), static_cast<int>(questions), static_cast<int>(max_picks)};
}

Vote load_vote(db::Connection& conn, std::int64_t id) {
  auto r = conn.query_one(kVoteColumns, {id});
  if (!r) throw not_found("votes.not_found");
  return vote_from_row(*r);
}

Vote lock_vote(db::Connection& conn, std::int64_t id) {
  std::string sql = kVoteColumns;
  if (conn.dialect() == db::Dialect::postgres) sql += " FOR UPDATE";
  auto r = conn.query_one(sql, {id});
  if (!r) throw not_found("votes.not_found");
  return vote_from_row(*r);
}

std::vector<Question> questions_of(db::Connection& conn, std::int64_t vote_id) {
  std::vector<Question> out;
  for (const auto& r :
       conn.query("SELECT q.position, q.project_id, q.title, p.department, p.budget_fen "
                  "FROM vote_questions q LEFT JOIN livelihood_projects p ON p.id = q.project_id "
                  "WHERE q.vote_id = ? ORDER BY q.position",
                  {vote_id})) {
    out.push_back({static_cast<int>(r.i64("position")), r.opt_i64("project_id"), r.str("title"),
                   r.str("department"), r.i64("budget_fen")});
  }
  return out;
}

std::vector<Trustee> trustees_of(db::Connection& conn, std::int64_t vote_id) {
  std::vector<Trustee> out;
  for (const auto& r :
       conn.query("SELECT position, user_id, name, public_key, key_proof, partial_json "
                  "FROM vote_trustees WHERE vote_id = ? ORDER BY position",
                  {vote_id})) {
    out.push_back({static_cast<int>(r.i64("position")), r.opt_i64("user_id"), r.str("name"),
                   r.opt_str("public_key"), r.opt_str("key_proof"), r.opt_str("partial_json")});
  }
  return out;
}

std::vector<std::pair<std::int64_t, std::string>> tellers_of(db::Connection& conn,
                                                             std::int64_t vote_id) {
  std::vector<std::pair<std::int64_t, std::string>> out;
  for (const auto& r : conn.query("SELECT t.user_id, u.display_name FROM vote_tellers t "
                                  "JOIN users u ON u.id = t.user_id WHERE t.vote_id = ? "
                                  "ORDER BY t.user_id",
                                  {vote_id})) {
    out.emplace_back(r.i64("user_id"), r.str("display_name"));
  }
  return out;
}

bool is_teller(db::Connection& conn, std::int64_t vote_id, std::int64_t user_id) {
  return conn.scalar("SELECT COUNT(*) FROM vote_tellers WHERE vote_id = ? AND user_id = ?",
                     {vote_id, user_id}) > 0;
}

std::int64_t paper_voters(db::Connection& conn, std::int64_t vote_id) {
  return conn.scalar("SELECT COUNT(*) FROM vote_roster WHERE vote_id = ? AND channel = 'paper'",
                     {vote_id});
}

std::int64_t paper_entered(db::Connection& conn, std::int64_t vote_id) {
  return conn.scalar("SELECT COALESCE(SUM(ballots), 0) FROM vote_paper_batches WHERE vote_id = ?",
                     {vote_id});
}

std::vector<PaperBatch> agreed_batches(db::Connection& conn, std::int64_t vote_id) {
  std::vector<PaperBatch> out;
  for (const auto& r : conn.query("SELECT batch_no, ballots, counts_json FROM vote_paper_batches "
                                  "WHERE vote_id = ? ORDER BY batch_no",
                                  {vote_id})) {
    PaperBatch b;
    b.number = r.i64("batch_no");
    b.entry.ballots = r.i64("ballots");
    b.entry.counts =
        counts_from_json(Json::parse(r.str("counts_json"))).value_or(std::vector<Counts>{});
    out.push_back(std::move(b));
  }
  return out;
}

std::int64_t insert_vote(db::Connection& conn, const NewVote& v, const crypto::FieldCipher& cipher,
                         const std::string& server_trustee_name, std::int64_t now) {
  std::string uid = crypto::to_hex(crypto::random_bytes(16));
  const bool peer = module_kind(v.kind);
  std::int64_t eligible =
      peer ? static_cast<std::int64_t>(v.roster_person_ids.size())
           : conn.scalar(
                 "SELECT COUNT(DISTINCT person_id) FROM deputies WHERE level = ? AND "
                 "ended_on IS NULL",
                 {v.level});
  auto id = conn.query(
                    "INSERT INTO votes (uid, title, kind, year, form, max_picks, seats, key_mode, "
                    "level, status, eligible, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, 'setup', ?, ?, ?) RETURNING id",
                    {uid, v.title, v.kind, v.year, v.form, v.max_picks, v.seats, v.key_mode,
                     v.level, eligible, v.created_by ? db::Value(*v.created_by) : db::Value(), now})
                .at(0)
                .i64("id");
  for (std::size_t i = 0; i < v.projects.size(); ++i) {
    conn.exec(
        "INSERT INTO vote_questions (vote_id, position, project_id, title) "
        "VALUES (?, ?, ?, ?)",
        {id, static_cast<std::int64_t>(i), v.projects[i].first, v.projects[i].second});
  }
  for (std::size_t i = 0; i < v.graded.size(); ++i) {
    conn.exec(
        "INSERT INTO vote_questions (vote_id, position, person_id, title) VALUES (?, ?, ?, ?)",
        {id, static_cast<std::int64_t>(i),
         v.graded[i].first > 0 ? db::Value(v.graded[i].first) : db::Value(), v.graded[i].second});
  }
  std::int64_t position = 0;
  for (auto user : v.scrutineer_user_ids) {
    conn.exec(
        "INSERT INTO vote_trustees (vote_id, position, user_id, name) SELECT CAST(? AS BIGINT), "
        "CAST(? AS BIGINT), id, "
        "display_name FROM users WHERE id = ?",
        {id, ++position, user});
  }
  if (v.key_mode == "server") {
    // Low-stakes polls: the server holds the only share (labelled on every page of the poll).
    auto key = ballot::generate_key(uid, 1);
    conn.exec(
        "INSERT INTO vote_trustees (vote_id, position, name, public_key, key_proof) "
        "VALUES (?, 1, ?, ?, ?)",
        {id, server_trustee_name, ballot::to_hex(key.pub.bytes),
         Json{{"c", ballot::to_hex(key.proof.c.bytes)}, {"s", ballot::to_hex(key.proof.s.bytes)}}
             .dump()});
    conn.exec(
        "UPDATE votes SET status = 'ready', public_key = ?, server_secret = ? WHERE id = ?",
        {ballot::to_hex(key.pub.bytes), cipher.encrypt(ballot::to_hex(key.secret.bytes)), id});
  }
  for (auto user : v.teller_user_ids) {
    conn.exec("INSERT INTO vote_tellers (vote_id, user_id) VALUES (?, ?)", {id, user});
  }
  if (peer) {
    for (auto person : v.roster_person_ids) {
      conn.exec("INSERT INTO vote_roster (vote_id, person_id) VALUES (?, ?)", {id, person});
    }
    return id;
  }
  conn.exec(
      "INSERT INTO vote_roster (vote_id, person_id) SELECT DISTINCT CAST(? AS BIGINT), person_id "
      "FROM deputies "
      "WHERE level = ? AND ended_on IS NULL",
      {id, v.level});
  return id;
}

std::string append_ballot(db::Connection& conn, std::int64_t vote_id, std::int64_t person,
                          const ballot::Ballot& b, const std::string& hash, std::int64_t* seq) {
  Vote locked = lock_vote(conn, vote_id);
  if (locked.status != "open") return "votes.closed";
  if (conn.exec("UPDATE vote_roster SET channel = 'electronic' WHERE vote_id = ? AND "
                "person_id = ? AND channel IS NULL",
                {vote_id, person}) != 1) {
    return "votes.already_voted";
  }
  if (conn.scalar("SELECT COUNT(*) FROM vote_ballots WHERE vote_id = ? AND alias = ?",
                  {vote_id, b.alias}) > 0) {
    return "ballot.replayed";
  }
  *seq = locked.electronic + 1;
  std::string chain = ballot::chain_hash(locked.board_head.value_or(""), *seq, hash);
  std::vector<ballot::Ciphertext> tally;
  if (locked.tally_json) tally = ballot::tally_from_json(Json::parse(*locked.tally_json)).value();
  tally = ballot::add_to_tally(std::move(tally), b);
  conn.exec(
      "INSERT INTO vote_ballots (vote_id, seq, alias, ballot_json, ballot_hash, chain_hash) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {vote_id, *seq, b.alias, ballot::to_json(b).dump(), hash, chain});
  conn.exec("UPDATE votes SET electronic = ?, board_head = ?, tally_json = ? WHERE id = ?",
            {*seq, chain, ballot::tally_to_json(tally).dump(), vote_id});
  return "";
}

Json counts_to_json(const std::vector<Counts>& c) {
  Json out = Json::array();
  for (const auto& q : c) out.push_back(q);
  return out;
}

std::optional<std::vector<Counts>> counts_from_json(const Json& j) {
  if (!j.is_array()) return std::nullopt;
  std::vector<Counts> out;
  for (const auto& q : j) {
    if (!q.is_array()) return std::nullopt;
    Counts c;
    for (const auto& v : q) {
      if (!v.is_number_integer() || v.get<std::int64_t>() < 0) return std::nullopt;
      c.push_back(v.get<std::int64_t>());
    }
    out.push_back(std::move(c));
  }
  return out;
}

Json vote_summary_json(const Vote& v, std::int64_t paper) {
  return {{"id", v.id},
          {"uid", v.uid},
          {"title", v.title},
          {"kind", v.kind},
          {"year", v.year},
          {"form", v.form},
          {"maxPicks", v.max_picks},
          {"seats", v.seats},
          {"keyMode", v.key_mode},
          {"level", v.level},
          {"status", v.status},
          {"eligible", v.eligible},
          {"electronic", v.electronic},
          {"paper", paper},
          {"createdAt", v.created_at},
          {"openedAt", opt(v.opened_at)},
          {"closedAt", opt(v.closed_at)},
          {"certifiedAt", opt(v.certified_at)}};
}

}  // namespace md::votes
