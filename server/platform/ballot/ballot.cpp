// Ballots: the posted JSON, its full check, the prover (make_ballot), the receipt hash and the
// bulletin-board chain (VOTE-PROTOCOL "Ballot", "Bulletin board").
#include "platform/ballot/ballot.hpp"

#include <sodium.h>

#include <stdexcept>

#include "platform/ballot/group.hpp"

namespace md::ballot {
namespace {

using namespace detail;
using nlohmann::json;

constexpr std::string_view kBallotTag = "md-ballot-v1";
constexpr std::string_view kBoardTag = "md-board-v1";

// ----- Structure (ballot.malformed) -----

bool only_keys(const json& obj, std::initializer_list<std::string_view> keys) {
  for (const auto& item : obj.items()) {
    bool known = false;
    for (const auto k : keys) known = known || item.key() == k;
    if (!known) return false;
  }
  return true;
}

// [[c, z], …]: an array of arrays of exactly two strings.
bool is_proof_json(const json& p) {
  if (!p.is_array()) return false;
  for (const auto& pair : p) {
    if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string()) {
      return false;
    }
  }
  return true;
}

bool is_well_formed(const json& j) {
  if (!j.is_object() || !only_keys(j, {"voteUid", "alias", "items", "sum"})) return false;
  const auto uid = j.find("voteUid");
  const auto alias = j.find("alias");
  const auto items = j.find("items");
  if (uid == j.end() || !uid->is_string()) return false;
  if (alias == j.end() || !alias->is_string() || !is_alias(alias->get_ref<const std::string&>())) {
    return false;
  }
  if (items == j.end() || !items->is_array()) return false;
  for (const auto& item : *items) {
    if (!item.is_object() || !only_keys(item, {"a", "b", "proof"})) return false;
    const auto a = item.find("a");
    const auto b = item.find("b");
    const auto proof = item.find("proof");
    if (a == item.end() || !a->is_string() || b == item.end() || !b->is_string()) return false;
    if (proof == item.end() || !is_proof_json(*proof)) return false;
  }
  // "sum": null (or absent, read as null) or {"proof": [[c, z], …]}.
  const auto sum = j.find("sum");
  if (sum != j.end() && !sum->is_null()) {
    if (!sum->is_object() || !only_keys(*sum, {"proof"})) return false;
    const auto proof = sum->find("proof");
    if (proof == sum->end() || !is_proof_json(*proof)) return false;
  }
  return true;
}

// ----- Values (ballot.bad_point) -----

bool parse_proof(const json& p, std::vector<ProofPair>& out) {
  out.clear();
  out.reserve(p.size());
  for (const auto& pair : p) {
    auto c = parse_scalar(pair[0].get_ref<const std::string&>());
    auto z = parse_scalar(pair[1].get_ref<const std::string&>());
    if (!c || !z) return false;
    out.push_back({*c, *z});
  }
  return true;
}

std::uint64_t pick_limit(const Shape& shape) { return static_cast<std::uint64_t>(shape.max_picks); }

std::vector<std::uint64_t> sum_values(const Shape& shape) {
  std::vector<std::uint64_t> v(pick_limit(shape) + 1);
  for (std::uint64_t i = 0; i < v.size(); ++i) v[i] = i;
  return v;
}

Ciphertext ciphertext_sum(const std::vector<Item>& items) {
  Ciphertext s{identity(), identity()};
  for (const auto& it : items) {
    s.a = add(s.a, it.ct.a);
    s.b = add(s.b, it.ct.b);
  }
  return s;
}

json proof_to_json(const std::vector<ProofPair>& proof) {
  json out = json::array();
  for (const auto& p : proof) out.push_back(json::array({to_hex(p.c.bytes), to_hex(p.z.bytes)}));
  return out;
}

void put_lp(crypto_hash_sha256_state& st, std::string_view s) {
  const auto n = static_cast<std::uint32_t>(s.size());
  const unsigned char len[4] = {static_cast<unsigned char>(n), static_cast<unsigned char>(n >> 8),
                                static_cast<unsigned char>(n >> 16),
                                static_cast<unsigned char>(n >> 24)};
  crypto_hash_sha256_update(&st, len, 4);
  crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(s.data()), s.size());
}

void put_pairs(crypto_hash_sha256_state& st, const std::vector<ProofPair>& proof) {
  for (const auto& p : proof) {
    crypto_hash_sha256_update(&st, p.c.bytes.data(), 32);
    crypto_hash_sha256_update(&st, p.z.bytes.data(), 32);
  }
}

}  // namespace

std::vector<std::uint64_t> allowed_values(Form form) {
  if (form == Form::options3) return {1, kPackBase, 0};
  if (form == Form::grades)
    return {1, kPackBase, kPackBase * kPackBase, kPackBase * kPackBase * kPackBase, 0};
  return {0, 1};
}

std::optional<Form> form_from_name(std::string_view name) {
  if (name == "options3") return Form::options3;
  if (name == "pick") return Form::pick;
  if (name == "grades") return Form::grades;
  return std::nullopt;
}

std::string_view form_name(Form form) {
  switch (form) {
    case Form::options3:
      return "options3";
    case Form::grades:
      return "grades";
    case Form::pick:
      break;
  }
  return "pick";
}

std::size_t count_width(Form form) {
  if (form == Form::pick) return 1;
  return allowed_values(form).size();
}

std::string_view error_code(BallotError e) {
  switch (e) {
    case BallotError::none:
      return "ballot.none";
    case BallotError::malformed:
      return "ballot.malformed";
    case BallotError::wrong_vote:
      return "ballot.wrong_vote";
    case BallotError::wrong_shape:
      return "ballot.wrong_shape";
    case BallotError::bad_point:
      return "ballot.bad_point";
    case BallotError::bad_proof:
      return "ballot.bad_proof";
  }
  return "ballot.malformed";
}

BallotError check_ballot(const json& j, const std::string& vote_uid, const Point& y,
                         const Shape& shape, Ballot* out) {
  // 1. JSON structure, alias format.
  if (!is_well_formed(j)) return BallotError::malformed;
  // 2. The vote.
  if (j["voteUid"].get_ref<const std::string&>() != vote_uid) return BallotError::wrong_vote;
  // 3. The shape: one item per question, one proof pair per allowed value, the pick-limit proof.
  const auto& items = j["items"];
  const auto values = allowed_values(shape.form);
  if (shape.questions < 1 || items.size() != static_cast<std::size_t>(shape.questions)) {
    return BallotError::wrong_shape;
  }
  for (const auto& item : items) {
    if (item["proof"].size() != values.size()) return BallotError::wrong_shape;
  }
  const auto sum_it = j.find("sum");
  const bool has_sum = sum_it != j.end() && !sum_it->is_null();
  std::vector<std::uint64_t> sum_allowed;
  if (shape.form == Form::pick) {
    if (!has_sum || shape.max_picks < 0) return BallotError::wrong_shape;
    if ((*sum_it)["proof"].size() != pick_limit(shape) + 1) return BallotError::wrong_shape;
    sum_allowed = sum_values(shape);
  } else if (has_sum) {
    return BallotError::wrong_shape;
  }
  // 4. Every point and scalar.
  Ballot b;
  b.vote_uid = vote_uid;
  b.alias = j["alias"].get<std::string>();
  b.items.resize(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto a = parse_point(items[i]["a"].get_ref<const std::string&>());
    auto bb = parse_point(items[i]["b"].get_ref<const std::string&>());
    if (!a || !bb || !parse_proof(items[i]["proof"], b.items[i].proof)) {
      return BallotError::bad_point;
    }
    b.items[i].ct = {*a, *bb};
  }
  if (has_sum) {
    b.sum_proof.emplace();
    if (!parse_proof((*sum_it)["proof"], *b.sum_proof)) return BallotError::bad_point;
  }
  // 5. Every proof.
  for (std::size_t i = 0; i < b.items.size(); ++i) {
    if (!verify_membership(vote_uid, b.alias, question_label(i), y, b.items[i].ct, values,
                           b.items[i].proof)) {
      return BallotError::bad_proof;
    }
  }
  if (has_sum && !verify_membership(vote_uid, b.alias, "sum", y, ciphertext_sum(b.items),
                                    sum_allowed, *b.sum_proof)) {
    return BallotError::bad_proof;
  }
  if (out) *out = std::move(b);
  return BallotError::none;
}

Ballot make_ballot(const std::string& vote_uid, const std::string& alias, const Point& y,
                   const Shape& shape, const std::vector<int>& choices) {
  if (!is_alias(alias)) throw std::invalid_argument("ballot: alias must be 32 lowercase hex");
  if (is_identity(y) || !is_valid_or_identity(y.bytes)) {
    throw std::invalid_argument("ballot: invalid public key");
  }
  if (shape.questions < 1 || choices.size() != static_cast<std::size_t>(shape.questions)) {
    throw std::invalid_argument("ballot: one choice per question");
  }
  const auto values = allowed_values(shape.form);
  int picks = 0;
  for (const int c : choices) {
    if (c < 0 || static_cast<std::size_t>(c) >= values.size()) {
      throw std::invalid_argument("ballot: choice out of range");
    }
    picks += c;
  }
  if (shape.form == Form::pick && (shape.max_picks < 0 || picks > shape.max_picks)) {
    throw std::invalid_argument("ballot: more picks than allowed");
  }

  Ballot b;
  b.vote_uid = vote_uid;
  b.alias = alias;
  b.items.resize(choices.size());
  Scalar r_sum{};
  for (std::size_t i = 0; i < choices.size(); ++i) {
    const auto t = static_cast<std::size_t>(choices[i]);
    const Scalar r = random_scalar();
    auto& item = b.items[i];
    item.ct.a = base_mul(r);
    item.ct.b = add(small_g(values[t]), mul(r, y));
    item.proof = prove_membership(vote_uid, alias, question_label(i), y, item.ct, r, values, t);
    r_sum = add(r_sum, r);
  }
  if (shape.form == Form::pick) {
    b.sum_proof = prove_membership(vote_uid, alias, "sum", y, ciphertext_sum(b.items), r_sum,
                                   sum_values(shape), static_cast<std::size_t>(picks));
  }
  return b;
}

json to_json(const Ballot& b) {
  json items = json::array();
  for (const auto& it : b.items) {
    items.push_back({{"a", to_hex(it.ct.a.bytes)},
                     {"b", to_hex(it.ct.b.bytes)},
                     {"proof", proof_to_json(it.proof)}});
  }
  json out = {{"voteUid", b.vote_uid}, {"alias", b.alias}, {"items", std::move(items)}};
  out["sum"] = b.sum_proof ? json{{"proof", proof_to_json(*b.sum_proof)}} : json(nullptr);
  return out;
}

std::string ballot_hash(const Ballot& b) {
  ensure_sodium();
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  put_lp(st, kBallotTag);
  put_lp(st, b.vote_uid);
  put_lp(st, b.alias);
  for (const auto& it : b.items) {
    crypto_hash_sha256_update(&st, it.ct.a.bytes.data(), 32);
    crypto_hash_sha256_update(&st, it.ct.b.bytes.data(), 32);
    put_pairs(st, it.proof);
  }
  if (b.sum_proof) {
    // The literal bytes "sum" (no length prefix), then the pairs.
    crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>("sum"), 3);
    put_pairs(st, *b.sum_proof);
  }
  Bytes32 digest;
  crypto_hash_sha256_final(&st, digest.data());
  return to_hex(digest);
}

std::string chain_hash(const std::string& prev_hex, std::int64_t seq,
                       const std::string& ballot_hash_hex) {
  ensure_sodium();
  Bytes32 prev{};
  if (!prev_hex.empty()) {
    auto p = hex32(prev_hex);
    if (!p) throw std::invalid_argument("ballot: previous chain hash must be 64 lowercase hex");
    prev = *p;
  }
  const auto h = hex32(ballot_hash_hex);
  if (!h) throw std::invalid_argument("ballot: ballot hash must be 64 lowercase hex");
  if (seq < 1) throw std::invalid_argument("ballot: board sequence starts at 1");
  unsigned char seq_le[8];
  for (std::size_t i = 0; i < 8; ++i) {
    seq_le[i] = static_cast<unsigned char>(static_cast<std::uint64_t>(seq) >> (8 * i));
  }
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(kBoardTag.data()),
                            kBoardTag.size());
  crypto_hash_sha256_update(&st, prev.data(), 32);
  crypto_hash_sha256_update(&st, seq_le, 8);
  crypto_hash_sha256_update(&st, h->data(), 32);
  Bytes32 digest;
  crypto_hash_sha256_final(&st, digest.data());
  return to_hex(digest);
}

std::string random_alias() {
  ensure_sodium();
  unsigned char raw[16];
  randombytes_buf(raw, sizeof raw);
  Bytes32 wide{};
  std::copy(raw, raw + 16, wide.begin());
  return to_hex(wide).substr(0, 32);
}

}  // namespace md::ballot
