#pragma once
// Verifiable secret ballots: exponential ElGamal over ristretto255 with zero-knowledge proofs
// (docs/VOTE-PROTOCOL.md is the byte-exact contract). libsodium's public API only.
// Every function here is pure computation: no HTTP, no SQL.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace md::ballot {

using Bytes32 = std::array<unsigned char, 32>;

/// A canonical ristretto255 point encoding (never the identity when it came from outside).
struct Point {
  Bytes32 bytes{};
  bool operator==(const Point&) const = default;
};
/// A canonical scalar (< L), little-endian.
struct Scalar {
  Bytes32 bytes{};
  bool operator==(const Scalar&) const = default;
};

/// 64 lowercase hex characters.
std::string to_hex(const Bytes32& b);
/// A received point: 64 lowercase hex, canonical, valid, not the identity; nullopt otherwise.
std::optional<Point> parse_point(std::string_view hex);
/// A received scalar: 64 lowercase hex, canonical (< L); nullopt otherwise.
std::optional<Scalar> parse_scalar(std::string_view hex);
/// The identity point (32 zero bytes) — the sum of no ciphertexts.
Point identity();

struct Ciphertext {
  Point a;  ///< r·G
  Point b;  ///< m·G + r·Y
};
struct ProofPair {
  Scalar c, z;
};
struct KeyProof {
  Scalar c, s;
};

/// Ballot forms (VOTE-PROTOCOL "Ballot forms"): options3 (yes/no/abstain per question), pick
/// (up to N candidates), grades (优秀/合格/基本合格/不合格/弃权 per person graded).
enum class Form { options3, pick, grades };
/// "options3" | "pick" | "grades" → the form; nullopt for anything else.
std::optional<Form> form_from_name(std::string_view name);
std::string_view form_name(Form form);
/// How many counts one question's result has: options3 3, grades 5, pick 1 (the picks).
std::size_t count_width(Form form);
struct Shape {
  Form form = Form::options3;
  int questions = 0;  ///< options3: questions; pick: candidates
  int max_picks = 0;  ///< pick only
};
/// The allowed plaintexts of one question's ciphertext: options3 {1, 4096, 0}; pick {0, 1};
/// grades {1, 4096, 4096², 4096³, 0}.
std::vector<std::uint64_t> allowed_values(Form form);
constexpr std::uint64_t kPackBase = 4096;  ///< options3/grades packing; at most 4095 ballots
/// grades: the solver's table grows with the square of the ballots, so a peer ballot holds at
/// most this many (a branch; large branches evaluate inside 党小组).
constexpr std::int64_t kMaxGradesBallots = 1000;

// ----- Keys (scrutineers) -----
struct KeyPair {
  Scalar secret;
  Point pub;
  KeyProof proof;
};
/// A fresh share with its proof of possession (server-held mode, tests, benches).
KeyPair generate_key(const std::string& vote_uid, int index);
bool verify_key(const std::string& vote_uid, int index, const Point& pub, const KeyProof& proof);
/// x·G: a share's public part from its secret (a restored backup, the ballot tool).
Point public_of(const Scalar& secret);
/// Y = Σ X_i.
Point combine_keys(const std::vector<Point>& pubs);

// ----- Ballots -----
struct Item {
  Ciphertext ct;
  std::vector<ProofPair> proof;
};
struct Ballot {
  std::string vote_uid;
  std::string alias;  ///< 32 lowercase hex characters
  std::vector<Item> items;
  std::optional<std::vector<ProofPair>> sum_proof;  ///< pick form only
};

/// Why a received ballot was refused (message keys ballot.<name>).
enum class BallotError { none, malformed, wrong_vote, wrong_shape, bad_point, bad_proof };
std::string_view error_code(BallotError e);  ///< "ballot.malformed", …

/// Parses and fully checks a posted ballot against the vote: shape, every point and scalar,
/// every membership proof, the pick-limit proof. `out` is filled only when it returns none.
BallotError check_ballot(const nlohmann::json& j, const std::string& vote_uid, const Point& y,
                         const Shape& shape, Ballot* out);
/// Encrypts choices (options3: option index 0..2 per question; grades: 0..4; pick: 0/1 per
/// candidate) with
/// proofs — what the browser does; used by tests, benches and demo data.
Ballot make_ballot(const std::string& vote_uid, const std::string& alias, const Point& y,
                   const Shape& shape, const std::vector<int>& choices);
nlohmann::json to_json(const Ballot& b);
/// The receipt: SHA-256 hex of the canonical ballot bytes.
std::string ballot_hash(const Ballot& b);
/// Board chain: SHA-256("md-board-v1" ‖ prev ‖ u64le(seq) ‖ hash) as hex; prev "" = zeros.
std::string chain_hash(const std::string& prev_hex, std::int64_t seq,
                       const std::string& ballot_hash_hex);
/// A fresh random alias (32 lowercase hex).
std::string random_alias();

// ----- Tally and decryption -----
/// Component-wise sum; `acc` empty means "no ballots yet" (identity per question).
std::vector<Ciphertext> add_to_tally(std::vector<Ciphertext> acc, const Ballot& b);
nlohmann::json tally_to_json(const std::vector<Ciphertext>& t);
std::optional<std::vector<Ciphertext>> tally_from_json(const nlohmann::json& j);

struct Partial {
  Point d;
  ProofPair proof;
};
Partial partial_decrypt(const std::string& vote_uid, int index, const Scalar& x, const Point& pub,
                        const Ciphertext& ct);
bool verify_partial(const std::string& vote_uid, int index, const Point& pub, const Ciphertext& ct,
                    const Partial& p);
nlohmann::json partial_to_json(const Partial& p);
std::optional<Partial> partial_from_json(const nlohmann::json& j);

/// Recovers counts from M = B − Σ D: options3 → {count0, count1, count2} with
/// count0 + count1 <= ballots; grades → {count0 … count4}; pick → {count}. nullopt when no
/// value in range matches. Reuses one baby-step table for all questions of a vote.
class CountSolver {
 public:
  /// `form` grades also builds the pair table (≈ ballots²/2 points; at most kMaxGradesBallots).
  explicit CountSolver(std::int64_t ballots, Form form = Form::options3);
  std::optional<std::vector<std::int64_t>> solve(Form form, const Ciphertext& tally,
                                                 const std::vector<Point>& partials) const;

 private:
  struct Entry {
    std::uint64_t key;   ///< the point's first 8 bytes
    std::int64_t value;  ///< baby: k; pairs: c0 + (ballots + 1)·c1
    Bytes32 point;
    bool operator<(const Entry& o) const { return key < o.key; }
  };
  static std::int64_t find(const std::vector<Entry>& table, const Point& p);
  std::optional<std::vector<std::int64_t>> solve_grades(Point m) const;

  std::int64_t ballots_;
  std::vector<Entry> baby_;   ///< k·G for k = 0..ballots, sorted by key
  std::vector<Entry> pairs_;  ///< (c0 + 4096·c1)·G for c0 + c1 <= ballots (grades only)
};

}  // namespace md::ballot
