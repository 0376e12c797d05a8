// `mingdeng verify-vote FILE`: checks an exported vote with nothing but the file — every proof,
// hash and count — and recomputes the outcome with the server's own rules.
#include <algorithm>
#include <set>
#include <thread>

#include "modules/votes/result.hpp"

namespace md::votes {
namespace {

struct Failure {
  std::string what;
};

void require(bool ok, const std::string& what) {
  if (!ok) throw Failure{what};
}

const Json& field(const Json& j, const char* name) {
  require(j.is_object() && j.contains(name), std::string("missing field \"") + name + "\"");
  return j.at(name);
}

std::int64_t integer(const Json& j, const char* name) {
  const auto& v = field(j, name);
  require(v.is_number_integer() && v.get<std::int64_t>() >= 0,
          std::string("field \"") + name + "\" is not a non-negative integer");
  return v.get<std::int64_t>();
}

std::string text(const Json& j, const char* name) {
  const auto& v = field(j, name);
  require(v.is_string(), std::string("field \"") + name + "\" is not text");
  return v.get<std::string>();
}

ballot::Point point(const Json& j, const char* name) {
  auto p = ballot::parse_point(text(j, name));
  require(p.has_value(), std::string("field \"") + name + "\" is not a valid point");
  return *p;
}

std::string tally_hex(const std::vector<ballot::Ciphertext>& t) {
  return ballot::tally_to_json(t).dump();
}

void check(const Json& doc, VerifyReport& r) {
  require(doc.is_object() && doc.value("format", "") == "mingdeng-vote/1",
          "not a mingdeng-vote/1 file");
  const auto& vote = field(doc, "vote");
  std::string uid = text(vote, "uid");
  std::string kind = text(vote, "kind"), form = text(vote, "form");
  auto form_kind = ballot::form_from_name(form);
  require(form_kind.has_value(), "unknown ballot form");
  bool options3 = form == "options3";
  std::size_t width = ballot::count_width(*form_kind);
  std::int64_t eligible = integer(vote, "eligible"), seats = integer(vote, "seats");
  std::size_t questions = field(vote, "questions").size();
  ballot::Shape shape{*form_kind, static_cast<int>(questions),
                      static_cast<int>(integer(vote, "maxPicks"))};

  // Keys: every scrutineer's proof of possession, and Y = Σ X_i.
  std::vector<ballot::Point> keys;
  int index = 0;
  for (const auto& t : field(doc, "trustees")) {
    ++index;
    require(integer(t, "index") == index, "scrutineers are not numbered 1, 2, …");
    auto pub = point(t, "publicKey");
    const auto& proof = field(t, "proof");
    auto c = ballot::parse_scalar(text(proof, "c"));
    auto s = ballot::parse_scalar(text(proof, "s"));
    require(c && s && ballot::verify_key(uid, index, pub, {*c, *s}),
            "scrutineer " + std::to_string(index) + "'s key proof fails");
    keys.push_back(pub);
  }
  require(!keys.empty(), "no scrutineer keys");
  auto y = point(doc, "publicKey");
  require(ballot::combine_keys(keys) == y,
          "the public key is not the sum of the scrutineers' keys");
  r.lines.push_back(std::to_string(keys.size()) + " scrutineer key(s) and the vote key check");

  // Ballots: proofs first, on every core (the expensive part: ≈ 1 ms per question), then in
  // order the hashes, aliases, the board chain and the homomorphic sum.
  const auto& entries = field(doc, "ballots");
  std::vector<ballot::Ballot> parsed(entries.size());
  std::vector<ballot::BallotError> errors(entries.size(), ballot::BallotError::malformed);
  {
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        for (std::size_t i = t; i < entries.size(); i += threads) {
          if (entries[i].is_object() && entries[i].contains("ballot")) {
            errors[i] = ballot::check_ballot(entries[i]["ballot"], uid, y, shape, &parsed[i]);
          }
        }
      });
    }
    for (auto& th : pool) th.join();
  }
  std::set<std::string> aliases;
  std::vector<ballot::Ciphertext> tally;
  std::string chain;
  std::int64_t seq = 0;
  for (const auto& entry : entries) {
    auto i = static_cast<std::size_t>(seq++);
    require(integer(entry, "seq") == seq, "board entries are not numbered 1, 2, …");
    std::string where = "ballot " + std::to_string(seq);
    require(errors[i] == ballot::BallotError::none,
            where + " is invalid (" + std::string(ballot::error_code(errors[i])) + ")");
    const auto& b = parsed[i];
    require(ballot::ballot_hash(b) == text(entry, "hash"), where + "'s hash does not match");
    require(aliases.insert(b.alias).second, where + " repeats an alias");
    chain = ballot::chain_hash(chain, seq, text(entry, "hash"));
    require(chain == text(entry, "chain"), where + "'s board chain hash does not match");
    tally = ballot::add_to_tally(std::move(tally), b);
  }
  require(text(doc, "boardHead") == chain, "the board head does not match the last entry");
  const auto& roster = field(doc, "roster");
  require(integer(roster, "electronic") == seq,
          "ballots on the board (" + std::to_string(seq) + ") ≠ electronic voters on the roster");
  require(integer(roster, "eligible") == eligible, "the roster's eligible count differs");
  r.lines.push_back(std::to_string(seq) + " ballot(s): proofs, hashes, aliases and chain check");

  // The tally and its decryption.
  std::vector<Counts> electronic(questions, Counts(width, std::int64_t{0}));
  if (seq > 0) {
    require(tally_hex(tally) == field(doc, "tally").dump(),
            "the published tally is not the sum of the ballots");
    const auto& partials = field(doc, "partials");
    require(partials.size() == keys.size(), "a scrutineer's partial decryption is missing");
    std::vector<std::vector<ballot::Point>> d(questions);
    for (std::size_t i = 0; i < keys.size(); ++i) {
      const auto& p = partials[i];
      int ti = static_cast<int>(integer(p, "index"));
      require(ti == static_cast<int>(i + 1), "partial decryptions are not in scrutineer order");
      const auto& items = field(p, "items");
      require(items.size() == questions, "a partial decryption has the wrong number of items");
      for (std::size_t q = 0; q < questions; ++q) {
        auto part = ballot::partial_from_json(items[q]);
        require(part && ballot::verify_partial(uid, ti, keys[i], tally[q], *part),
                "scrutineer " + std::to_string(ti) + "'s decryption proof fails for question " +
                    std::to_string(q + 1));
        d[q].push_back(part->d);
      }
    }
    ballot::CountSolver solver(seq, *form_kind);
    for (std::size_t q = 0; q < questions; ++q) {
      auto counts = solver.solve(shape.form, tally[q], d[q]);
      require(counts.has_value(), "question " + std::to_string(q + 1) + " does not decrypt");
      electronic[q] = *counts;
    }
    r.lines.push_back("tally and " + std::to_string(keys.size()) + " partial decryption(s) check");
  }

  // Paper batches.
  std::vector<Counts> paper(questions, Counts(width, std::int64_t{0}));
  std::int64_t paper_ballots = 0;
  for (const auto& b : field(doc, "paperBatches")) {
    require(*form_kind != ballot::Form::grades, "a peer ballot has no paper batches");
    PaperEntry e;
    e.ballots = integer(b, "ballots");
    auto counts = counts_from_json(field(b, "counts"));
    require(counts.has_value(), "a paper batch's counts are malformed");
    e.counts = *counts;
    auto bad = check_paper_entry(e, options3, questions, shape.max_picks);
    require(!bad, "paper batch " + std::to_string(integer(b, "number")) + " is inconsistent");
    add_counts(paper, e.counts);
    paper_ballots += e.ballots;
  }
  require(paper_ballots <= integer(roster, "paper"), "more paper ballots than paper voters");
  require(seq + paper_ballots <= eligible, "more ballots than eligible deputies");

  // The certified result, recomputed.
  const auto& result = field(doc, "result");
  Json expected =
      decide_result(kind, options3, eligible, seats, electronic, paper, seq, paper_ballots);
  for (const char* key :
       {"electronic", "paper", "total", "ballots", "quorum", "outcomes", "rates"}) {
    require(field(result, key) == expected[key],
            std::string("the certified result's \"") + key + "\" differs from the recount");
  }
  r.lines.push_back("result recounted: " + std::to_string(seq) + " electronic + " +
                    std::to_string(paper_ballots) + " paper ballot(s), outcomes agree");

  r.seal = seal_of(doc);
  require(text(doc, "seal") == r.seal, "the seal does not match the file's content");
}

}  // namespace

VerifyReport verify_export(const Json& doc) {
  VerifyReport r;
  try {
    check(doc, r);
    r.ok = true;
  } catch (const Failure& f) {
    r.failure = f.what;
  } catch (const std::exception& e) {
    r.failure = std::string("malformed file: ") + e.what();
  }
  return r;
}

}  // namespace md::votes
