// Certification of a closed vote and the export document; verify.cpp checks the document.
#include "modules/votes/result.hpp"

#include "platform/core/china_time.hpp"
#include "platform/core/errors.hpp"
#include "platform/crypto/hash.hpp"

namespace md::votes {
namespace {

std::vector<std::string> option_codes(const std::string& kind, const std::string& form) {
  if (form == "pick") return {"picked"};
  if (form == "grades") return {"excellent", "qualified", "basic", "unqualified", "abstain"};
  if (kind == "satisfaction") return {"satisfied", "basically", "unsatisfied"};
  return {"yes", "no", "abstain"};
}

/// The day `months` after a YYYY-MM-DD date (clamped to the month's last day).
std::string add_months(const std::string& date, std::int64_t months) {
  int y = std::stoi(date.substr(0, 4)), m = std::stoi(date.substr(5, 2)),
      d = std::stoi(date.substr(8, 2));
  int total = y * 12 + (m - 1) + static_cast<int>(months);
  y = total / 12;
  m = total % 12 + 1;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int last = days[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 1 : 0);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, std::min(d, last));
  return buf;
}

void apply_to_projects(db::Connection& conn, const Vote& vote, const Json& result, std::int64_t now,
                       std::int64_t rectification_months) {
  auto questions = questions_of(conn, vote.id);
  for (const auto& q : questions) {
    if (!q.project_id) continue;
    const auto& outcome = result["outcomes"][static_cast<std::size_t>(q.index)];
    if (vote.kind == "projects") {
      std::string status = outcome == "chosen" ? "chosen" : outcome == "tie" ? "" : "reserve";
      if (status.empty()) continue;  // a tie waits for the re-vote
      conn.exec("UPDATE livelihood_projects SET status = ?, updated_at = ? WHERE id = ?",
                {status, now, *q.project_id});
    } else {
      const auto& rate = result["rates"][static_cast<std::size_t>(q.index)];
      db::Value due;
      if (outcome == "unsatisfied") due = add_months(china_date(now), rectification_months);
      conn.exec(
          "UPDATE livelihood_projects SET satisfaction_grade = ?, satisfaction_rate_permille = ?, "
          "rectification_due = ?, updated_at = ? WHERE id = ?",
          {outcome.get<std::string>(),
           rate.is_null() ? db::Value() : db::Value(rate.get<std::int64_t>()), due, now,
           *q.project_id});
    }
  }
}

}  // namespace

Json decide_result(const std::string& kind, bool options3, std::int64_t eligible,
                   std::int64_t seats, const std::vector<Counts>& electronic,
                   const std::vector<Counts>& paper, std::int64_t electronic_ballots,
                   std::int64_t paper_ballots) {
  std::vector<Counts> total = electronic;
  add_counts(total, paper);
  std::int64_t ballots = electronic_ballots + paper_ballots;
  bool quorum = has_quorum(ballots, eligible);
  Json outcomes = Json::array(), rates = Json::array();
  if (module_kind(kind)) {
    // A peer ballot grades no one: the evaluation module reads the counts (DOMAIN-RULES); the
    // union module decides who is elected or selected from a pick ballot's counts.
    for (std::size_t q = 0; q < total.size(); ++q) {
      outcomes.push_back("counted");
      rates.push_back(nullptr);
    }
  } else if (kind == "satisfaction") {
    for (const auto& c : total) {
      auto grade = grade_satisfaction(c[0], c[1], eligible);
      outcomes.push_back(quorum ? std::string(grade_code(grade)) : std::string("no_quorum"));
      auto rate = satisfaction_rate_permille(c[0], c[1], ballots);
      rates.push_back(rate ? Json(*rate) : Json());
    }
  } else {
    std::vector<std::int64_t> yes;
    for (const auto& c : total) yes.push_back(c[0]);
    for (auto o : decide_projects(yes, eligible, seats)) {
      outcomes.push_back(std::string(outcome_code(o)));
      rates.push_back(nullptr);
    }
  }
  (void)options3;
  return {{"electronic", counts_to_json(electronic)},
          {"paper", counts_to_json(paper)},
          {"total", counts_to_json(total)},
          {"ballots", {{"electronic", electronic_ballots}, {"paper", paper_ballots}}},
          {"quorum", quorum},
          {"outcomes", outcomes},
          {"rates", rates}};
}

void certify(db::Connection& conn, const Vote& vote, std::int64_t now,
             std::int64_t rectification_months) {
  auto questions = questions_of(conn, vote.id);
  auto trustees = trustees_of(conn, vote.id);
  std::vector<Counts> electronic(questions.size(), Counts(vote.width(), std::int64_t{0}));
  if (vote.electronic > 0) {
    auto tally = ballot::tally_from_json(Json::parse(vote.tally_json.value_or("null")));
    if (!tally || tally->size() != questions.size()) throw ApiError(500, "votes.decrypt_failed");
    std::vector<std::vector<ballot::Partial>> partials;
    for (const auto& t : trustees) {
      std::vector<ballot::Partial> items;
      for (const auto& item : Json::parse(t.partial_json.value_or("[]"))) {
        items.push_back(ballot::partial_from_json(item).value());
      }
      partials.push_back(std::move(items));
    }
    auto form = vote.ballot_form();
    ballot::CountSolver solver(vote.electronic, form);
    for (std::size_t q = 0; q < questions.size(); ++q) {
      std::vector<ballot::Point> d;
      for (const auto& p : partials) d.push_back(p.at(q).d);
      auto counts = solver.solve(form, (*tally)[q], d);
      if (!counts) throw ApiError(500, "votes.decrypt_failed");
      electronic[q] = *counts;
    }
  }
  std::vector<Counts> paper(questions.size(), Counts(vote.width(), std::int64_t{0}));
  std::int64_t paper_ballots = 0;
  for (const auto& b : agreed_batches(conn, vote.id)) {
    add_counts(paper, b.entry.counts);
    paper_ballots += b.entry.ballots;
  }
  Json result = decide_result(vote.kind, vote.options3(), vote.eligible, vote.seats, electronic,
                              paper, vote.electronic, paper_ballots);
  Json names = Json::array();
  for (const auto& t : trustees) names.push_back(t.name);
  result["scrutineers"] = names;
  result["certifiedAt"] = now;
  conn.exec("UPDATE votes SET status = 'certified', result_json = ?, certified_at = ? WHERE id = ?",
            {result.dump(), now, vote.id});
  Vote certified = load_vote(conn, vote.id);
  conn.exec("UPDATE votes SET seal = ? WHERE id = ?",
            {seal_of(export_document(conn, certified)), vote.id});
  apply_to_projects(conn, vote, result, now, rectification_months);
}

Json export_document(db::Connection& conn, const Vote& vote) {
  auto questions = questions_of(conn, vote.id);
  Json qs = Json::array();
  for (const auto& q : questions) qs.push_back({{"index", q.index}, {"title", q.title}});
  Json trustees = Json::array(), partials = Json::array();
  for (const auto& t : trustees_of(conn, vote.id)) {
    trustees.push_back({{"index", t.index},
                        {"name", t.name},
                        {"publicKey", t.public_key.value_or("")},
                        {"proof", Json::parse(t.key_proof.value_or("null"))}});
    if (t.partial_json) {
      partials.push_back({{"index", t.index}, {"items", Json::parse(*t.partial_json)}});
    }
  }
  Json ballots = Json::array();
  for (const auto& r : conn.query("SELECT seq, ballot_json, ballot_hash, chain_hash FROM "
                                  "vote_ballots WHERE vote_id = ? ORDER BY seq",
                                  {vote.id})) {
    ballots.push_back({{"seq", r.i64("seq")},
                       {"hash", r.str("ballot_hash")},
                       {"chain", r.str("chain_hash")},
                       {"ballot", Json::parse(r.str("ballot_json"))}});
  }
  Json batches = Json::array();
  for (const auto& b : agreed_batches(conn, vote.id)) {
    batches.push_back({{"number", b.number},
                       {"ballots", b.entry.ballots},
                       {"counts", counts_to_json(b.entry.counts)}});
  }
  Json tally = vote.tally_json ? Json::parse(*vote.tally_json) : Json::array();
  return {{"format", "mingdeng-vote/1"},
          {"vote",
           {{"uid", vote.uid},
            {"title", vote.title},
            {"kind", vote.kind},
            {"form", vote.form},
            {"maxPicks", vote.max_picks},
            {"seats", vote.seats},
            {"eligible", vote.eligible},
            {"keyMode", vote.key_mode},
            {"questions", qs},
            {"options", option_codes(vote.kind, vote.form)}}},
          {"trustees", trustees},
          {"publicKey", vote.public_key.value_or("")},
          {"roster",
           {{"eligible", vote.eligible},
            {"electronic", vote.electronic},
            {"paper", paper_voters(conn, vote.id)}}},
          {"ballots", ballots},
          {"boardHead", vote.board_head.value_or("")},
          {"tally", tally},
          {"partials", partials},
          {"paperBatches", batches},
          {"result", vote.result_json ? Json::parse(*vote.result_json) : Json()}};
}

std::string seal_of(Json doc) {
  doc.erase("seal");
  return crypto::sm3_hex(doc.dump());
}

}  // namespace md::votes
