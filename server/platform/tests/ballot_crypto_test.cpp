// The ballot cryptography (docs/VOTE-PROTOCOL.md): encodings, key proofs, ballot proofs and
// every refusal, receipts and the board chain, tally, partial decryption and count recovery.
#include <gtest/gtest.h>
#include <sodium.h>

#include <array>
#include <cstring>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "platform/ballot/ballot.hpp"
#include "platform/ballot/group.hpp"

namespace md::ballot {
namespace {

using nlohmann::json;
namespace d = detail;

constexpr const char* kUid = "01J9VOTE0000000000000000AB";
constexpr const char* kAlias = "0123456789abcdef0123456789abcdef";
// RFC 9496 appendix A.1: the ristretto255 base point and 2·B.
constexpr const char* kG = "e2f2ae0a6abc4e71a884a961c500515f58e30b6aa582dd8db6a65945e08d2d76";
constexpr const char* k2G = "6a493210f7499cd17fecb510ae0cea23a110e8d5b901f8acadd3095c73a3b919";
constexpr const char* kLHex = "edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010";

std::string flip_hex(std::string h, std::size_t pos = 1) {
  h[pos] = h[pos] == '0' ? '1' : '0';
  return h;
}

// c + L as a 32-byte little-endian number (c < L, so no overflow): the same residue, but not
// canonical. libsodium would reduce it silently inside scalar multiplication.
std::string plus_l(const std::string& hex) {
  const auto c = d::hex32(hex).value();
  const auto l = d::hex32(kLHex).value();
  Bytes32 out{};
  unsigned carry = 0;
  for (std::size_t i = 0; i < 32; ++i) {
    const unsigned s = c[i] + l[i] + carry;
    out[i] = static_cast<unsigned char>(s);
    carry = s >> 8;
  }
  return to_hex(out);
}

std::string other_point(const std::string& hex) {
  return to_hex(d::add(parse_point(hex).value(), d::base_point()).bytes);
}

// ---------------------------------------------------------------------------------------------
TEST(BallotEncoding, KnownBasePoint) {
  EXPECT_EQ(to_hex(d::base_point().bytes), kG);
  EXPECT_EQ(to_hex(d::small_g(2).bytes), k2G);
  EXPECT_EQ(d::small_g(4096), d::base_mul(d::scalar_from_u64(4096)));
  EXPECT_EQ(d::small_g(0), identity());
  EXPECT_EQ(d::small_g(1000), d::base_mul(d::scalar_from_u64(1000)));
}

TEST(BallotEncoding, ParsePoint) {
  EXPECT_TRUE(parse_point(kG).has_value());
  std::string upper = kG;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_FALSE(parse_point(upper));
  EXPECT_FALSE(parse_point(std::string(kG).substr(2)));
  EXPECT_FALSE(parse_point(std::string(kG) + "00"));
  EXPECT_FALSE(parse_point(std::string(64, '0')));  // identity
  EXPECT_TRUE(d::parse_point_or_identity(std::string(64, '0')));
  // Bit 255 set: libsodium 1.0.18 itself accepts this encoding of G.
  auto g = d::hex32(kG).value();
  g[31] |= 0x80;
  EXPECT_EQ(crypto_core_ristretto255_is_valid_point(g.data()), 1);
  EXPECT_FALSE(parse_point(to_hex(g)));
  EXPECT_FALSE(d::parse_point_or_identity(to_hex(g)));
  // Not a valid encoding (odd field element).
  EXPECT_FALSE(parse_point("01" + std::string(62, '0')));
  EXPECT_FALSE(parse_point(std::string(64, 'f')));
  EXPECT_FALSE(parse_point("zz" + std::string(kG).substr(2)));
}

TEST(BallotEncoding, ParseScalar) {
  EXPECT_FALSE(parse_scalar(kLHex));
  auto lm1 = d::hex32(kLHex).value();
  lm1[0] -= 1;
  EXPECT_TRUE(parse_scalar(to_hex(lm1)));
  EXPECT_FALSE(parse_scalar(std::string(64, 'f')));
  EXPECT_TRUE(parse_scalar(std::string(64, '0')));
  EXPECT_FALSE(parse_scalar("0A" + std::string(62, '0')));
  EXPECT_FALSE(parse_scalar(std::string(62, '0')));
  const auto s = d::random_scalar();
  EXPECT_EQ(parse_scalar(to_hex(s.bytes)).value(), s);
  EXPECT_FALSE(parse_scalar(plus_l(to_hex(s.bytes))));
}

TEST(BallotEncoding, TranscriptMatchesHandComputedHash) {
  // H("md-vote-v1/test", "abc", bytes 0..31, u64(4096)), computed with Python hashlib:
  // SHA-512 over u32le-length-prefixed parts, little-endian mod L.
  Bytes32 seq{};
  for (std::size_t i = 0; i < 32; ++i) seq[i] = static_cast<unsigned char>(i);
  const auto c = d::Transcript("md-vote-v1/test").text("abc").bytes(seq).u64(4096).challenge();
  EXPECT_EQ(to_hex(c.bytes), "2741db7dad82f978321d7db8a180fed4bb9df8f5c4d000d1957517c75293df08");
}

TEST(BallotEncoding, IdentityArithmetic) {
  const Point g = d::base_point();
  EXPECT_EQ(d::add(identity(), g), g);
  EXPECT_EQ(d::sub(g, g), identity());
  EXPECT_EQ(d::mul(d::random_scalar(), identity()), identity());
  EXPECT_EQ(d::mul(Scalar{}, g), identity());
  EXPECT_EQ(d::base_mul(Scalar{}), identity());
  Point bad = g;
  bad.bytes[31] |= 0x80;
  EXPECT_THROW(d::mul(d::random_scalar(), Point{d::hex32(std::string(64, 'f')).value()}),
               std::logic_error);
  EXPECT_FALSE(d::is_valid_or_identity(bad.bytes));
}

// ----- Keys ----------------------------------------------------------------------------------
TEST(BallotKey, ValidProofPasses) {
  const auto kp = generate_key(kUid, 1);
  EXPECT_EQ(kp.pub, d::base_mul(kp.secret));
  EXPECT_TRUE(verify_key(kUid, 1, kp.pub, kp.proof));
}

TEST(BallotKey, ProofFailsWhenAnythingChanges) {
  const auto kp = generate_key(kUid, 2);
  const auto other = generate_key(kUid, 2);
  KeyProof p = kp.proof;
  p.c.bytes[0] ^= 1;
  EXPECT_FALSE(verify_key(kUid, 2, kp.pub, p));
  p = kp.proof;
  p.s.bytes[0] ^= 1;
  EXPECT_FALSE(verify_key(kUid, 2, kp.pub, p));
  EXPECT_FALSE(verify_key(kUid, 2, other.pub, kp.proof));
  EXPECT_FALSE(verify_key(kUid, 2, kp.pub, other.proof));
  EXPECT_FALSE(verify_key(kUid, 1, kp.pub, kp.proof));
  EXPECT_FALSE(verify_key(kUid, 3, kp.pub, kp.proof));
  EXPECT_FALSE(verify_key("01J9VOTE0000000000000000AC", 2, kp.pub, kp.proof));
  EXPECT_FALSE(verify_key(kUid, 2, identity(), kp.proof));
  // s + L: same residue, refused as non-canonical.
  p = kp.proof;
  p.s = Scalar{d::hex32(plus_l(to_hex(kp.proof.s.bytes))).value()};
  EXPECT_FALSE(verify_key(kUid, 2, kp.pub, p));
}

TEST(BallotKey, CombineKeys) {
  const auto k1 = generate_key(kUid, 1);
  const auto k2 = generate_key(kUid, 2);
  const auto k3 = generate_key(kUid, 3);
  const Point y = combine_keys({k1.pub, k2.pub, k3.pub});
  EXPECT_EQ(y, d::base_mul(d::add(d::add(k1.secret, k2.secret), k3.secret)));
  EXPECT_EQ(combine_keys({k1.pub}), k1.pub);
  EXPECT_EQ(combine_keys({}), identity());
}

// ----- Ballots -------------------------------------------------------------------------------
class BallotCheck : public ::testing::Test {
 protected:
  void SetUp() override {
    key_ = generate_key(kUid, 1);
    y_ = key_.pub;
  }
  Ballot make(const Shape& shape, const std::vector<int>& choices) {
    return make_ballot(kUid, kAlias, y_, shape, choices);
  }
  BallotError check(const json& j, const Shape& shape, Ballot* out = nullptr) {
    return check_ballot(j, kUid, y_, shape, out);
  }
  KeyPair key_;
  Point y_;
  const Shape opt_{Form::options3, 4, 0};
  const Shape pick_{Form::pick, 5, 2};
};

TEST_F(BallotCheck, Options3RoundTrip) {
  const Shape shape{Form::options3, 15, 0};
  std::vector<int> choices;
  for (int i = 0; i < 15; ++i) choices.push_back(i % 3);
  const Ballot b = make(shape, choices);
  ASSERT_EQ(b.items.size(), 15u);
  EXPECT_FALSE(b.sum_proof);
  for (const auto& it : b.items) EXPECT_EQ(it.proof.size(), 3u);
  const json j = to_json(b);
  EXPECT_TRUE(j["sum"].is_null());
  Ballot out;
  ASSERT_EQ(check(j, shape, &out), BallotError::none);
  EXPECT_EQ(out.alias, kAlias);
  EXPECT_EQ(out.vote_uid, kUid);
  EXPECT_EQ(to_json(out), j);
  EXPECT_EQ(ballot_hash(out), ballot_hash(b));
  // Survives a text round trip (what the server receives).
  EXPECT_EQ(check(json::parse(j.dump()), shape), BallotError::none);
  // The ciphertexts encrypt the chosen values: B − x·A = m·G.
  for (std::size_t i = 0; i < 15; ++i) {
    const Point m = d::sub(b.items[i].ct.b, d::mul(key_.secret, b.items[i].ct.a));
    EXPECT_EQ(m, d::small_g(allowed_values(Form::options3)[static_cast<std::size_t>(i % 3)]));
  }
}

TEST_F(BallotCheck, PickRoundTrip) {
  for (const auto& choices : std::vector<std::vector<int>>{
           {0, 0, 0, 0, 0}, {1, 0, 0, 0, 0}, {0, 1, 0, 1, 0}, {0, 0, 0, 0, 1}}) {
    const Ballot b = make(pick_, choices);
    ASSERT_TRUE(b.sum_proof);
    EXPECT_EQ(b.sum_proof->size(), 3u);
    Ballot out;
    EXPECT_EQ(check(to_json(b), pick_, &out), BallotError::none);
    EXPECT_EQ(to_json(out), to_json(b));
  }
  // Max picks as large as the candidate list.
  const Shape all{Form::pick, 3, 3};
  EXPECT_EQ(check(to_json(make(all, {1, 1, 1})), all), BallotError::none);
}

TEST_F(BallotCheck, MakeBallotRefusesBadInput) {
  EXPECT_THROW(make(opt_, {0, 1, 2}), std::invalid_argument);
  EXPECT_THROW(make(opt_, {0, 1, 2, 3}), std::invalid_argument);
  EXPECT_THROW(make(opt_, {0, 1, 2, -1}), std::invalid_argument);
  EXPECT_THROW(make(pick_, {1, 1, 1, 0, 0}), std::invalid_argument);
  EXPECT_THROW(make(pick_, {2, 0, 0, 0, 0}), std::invalid_argument);
  EXPECT_THROW(make_ballot(kUid, "ABCDEF0123456789abcdef0123456789", y_, opt_, {0, 0, 0, 0}),
               std::invalid_argument);
  EXPECT_THROW(make_ballot(kUid, kAlias, identity(), opt_, {0, 0, 0, 0}), std::invalid_argument);
}

struct Tamper {
  std::string name;
  std::function<void(json&)> edit;
  BallotError expected;
};

void expect_all(const json& base, const std::vector<Tamper>& cases,
                const std::function<BallotError(const json&)>& check) {
  ASSERT_EQ(check(base), BallotError::none);
  for (const auto& t : cases) {
    json j = base;
    t.edit(j);
    EXPECT_EQ(check(j), t.expected) << t.name << " → " << error_code(check(j));
  }
}

TEST_F(BallotCheck, EveryTamperedFieldFailsOptions3) {
  const json base = to_json(make(opt_, {0, 1, 2, 1}));
  const std::string id(64, '0');
  auto s = [](json& j, int i, const char* k) -> json& { return j["items"][i][k]; };
  std::vector<Tamper> cases = {
      {"a other point", [&](json& j) { s(j, 0, "a") = other_point(s(j, 0, "a")); },
       BallotError::bad_proof},
      {"b other point", [&](json& j) { s(j, 2, "b") = other_point(s(j, 2, "b")); },
       BallotError::bad_proof},
      {"a identity", [&](json& j) { s(j, 1, "a") = id; }, BallotError::bad_point},
      {"b identity", [&](json& j) { s(j, 1, "b") = id; }, BallotError::bad_point},
      {"a bit 255",
       [&](json& j) {
         auto p = d::hex32(s(j, 0, "a").get<std::string>()).value();
         p[31] |= 0x80;
         s(j, 0, "a") = to_hex(p);
       },
       BallotError::bad_point},
      {"b upper case",
       [&](json& j) {
         std::string h = s(j, 0, "b");
         for (char& c : h) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
         s(j, 0, "b") = h;
       },
       BallotError::bad_point},
      {"a short", [&](json& j) { s(j, 0, "a") = s(j, 0, "a").get<std::string>().substr(2); },
       BallotError::bad_point},
      {"a not hex",
       [&](json& j) { s(j, 0, "a") = "x" + s(j, 0, "a").get<std::string>().substr(1); },
       BallotError::bad_point},
      {"a number", [&](json& j) { s(j, 0, "a") = 7; }, BallotError::malformed},
      {"c + L", [&](json& j) { s(j, 3, "proof")[1][0] = plus_l(s(j, 3, "proof")[1][0]); },
       BallotError::bad_point},
      {"z + L", [&](json& j) { s(j, 3, "proof")[2][1] = plus_l(s(j, 3, "proof")[2][1]); },
       BallotError::bad_point},
      {"z = L", [&](json& j) { s(j, 0, "proof")[0][1] = kLHex; }, BallotError::bad_point},
      {"alias changed", [&](json& j) { j["alias"] = "fedcba9876543210fedcba9876543210"; },
       BallotError::bad_proof},
      {"alias upper", [&](json& j) { j["alias"] = "0123456789ABCDEF0123456789abcdef"; },
       BallotError::malformed},
      {"alias short", [&](json& j) { j["alias"] = "0123456789abcdef"; }, BallotError::malformed},
      {"alias missing", [&](json& j) { j.erase("alias"); }, BallotError::malformed},
      {"voteUid changed", [&](json& j) { j["voteUid"] = "01J9VOTE0000000000000000AC"; },
       BallotError::wrong_vote},
      {"voteUid number", [&](json& j) { j["voteUid"] = 5; }, BallotError::malformed},
      {"swap items", [&](json& j) { std::swap(j["items"][0], j["items"][1]); },
       BallotError::bad_proof},
      {"swap proof pairs", [&](json& j) { std::swap(s(j, 0, "proof")[0], s(j, 0, "proof")[1]); },
       BallotError::bad_proof},
      {"remove item", [&](json& j) { j["items"].erase(3); }, BallotError::wrong_shape},
      {"extra item", [&](json& j) { j["items"].push_back(j["items"][0]); },
       BallotError::wrong_shape},
      {"remove proof pair", [&](json& j) { s(j, 0, "proof").erase(2); }, BallotError::wrong_shape},
      {"sum present",
       [&](json& j) {
         j["sum"] = {{"proof", s(j, 0, "proof")}};
       },
       BallotError::wrong_shape},
      {"field added", [&](json& j) { j["extra"] = 1; }, BallotError::malformed},
      {"item field added", [&](json& j) { s(j, 2, "x") = "1"; }, BallotError::malformed},
      {"pair of three", [&](json& j) { s(j, 0, "proof")[0].push_back(s(j, 0, "proof")[0][0]); },
       BallotError::malformed},
      {"proof not array", [&](json& j) { s(j, 0, "proof") = "x"; }, BallotError::malformed},
      {"items object", [&](json& j) { j["items"] = json::object(); }, BallotError::malformed},
      {"not an object", [&](json& j) { j = json::array({j}); }, BallotError::malformed},
      {"sum as string", [&](json& j) { j["sum"] = "x"; }, BallotError::malformed},
  };
  // Every c and every z of every item.
  for (int i = 0; i < 4; ++i) {
    for (int k = 0; k < 3; ++k) {
      for (int w = 0; w < 2; ++w) {
        cases.push_back({"item " + std::to_string(i) + " pair " + std::to_string(k) + " part " +
                             std::to_string(w),
                         [=](json& j) {
                           auto& v = j["items"][i]["proof"][k][w];
                           v = flip_hex(v.get<std::string>());
                         },
                         BallotError::bad_proof});
      }
    }
    // Any single hex character of a or b: refused as a bad point or a bad proof.
    for (const char* key : {"a", "b"}) {
      for (std::size_t pos = 0; pos < 64; pos += 7) {
        json j = base;
        std::string h = j["items"][i][key];
        h[pos] = h[pos] == 'a' ? 'b' : 'a';
        j["items"][i][key] = h;
        const auto e = check(j, opt_);
        EXPECT_TRUE(e == BallotError::bad_point || e == BallotError::bad_proof)
            << "item " << i << " " << key << " char " << pos << ": " << error_code(e);
      }
    }
  }
  // "sum": absent reads as null.
  cases.push_back({"sum absent", [](json& j) { j.erase("sum"); }, BallotError::none});
  expect_all(base, cases, [&](const json& j) { return check(j, opt_); });
}

TEST_F(BallotCheck, CopiedToAnotherVoteOrShapeFails) {
  const json base = to_json(make(opt_, {0, 1, 2, 1}));
  json moved = base;
  moved["voteUid"] = "01J9VOTE0000000000000000AC";
  EXPECT_EQ(check_ballot(moved, "01J9VOTE0000000000000000AC", y_, opt_, nullptr),
            BallotError::bad_proof);
  const auto other = generate_key(kUid, 1);
  EXPECT_EQ(check_ballot(base, kUid, other.pub, opt_, nullptr), BallotError::bad_proof);
  EXPECT_EQ(check(base, Shape{Form::options3, 3, 0}), BallotError::wrong_shape);
  EXPECT_EQ(check(base, Shape{Form::pick, 4, 1}), BallotError::wrong_shape);
  EXPECT_EQ(check(base, Shape{Form::options3, 0, 0}), BallotError::wrong_shape);
}

TEST_F(BallotCheck, EveryTamperedFieldFailsPick) {
  const json base = to_json(make(pick_, {0, 1, 0, 1, 0}));
  std::vector<Tamper> cases = {
      {"sum null", [](json& j) { j["sum"] = nullptr; }, BallotError::wrong_shape},
      {"sum absent", [](json& j) { j.erase("sum"); }, BallotError::wrong_shape},
      {"sum short", [](json& j) { j["sum"]["proof"].erase(2); }, BallotError::wrong_shape},
      {"sum long", [](json& j) { j["sum"]["proof"].push_back(j["sum"]["proof"][0]); },
       BallotError::wrong_shape},
      {"sum field added", [](json& j) { j["sum"]["x"] = 1; }, BallotError::malformed},
      {"sum c + L", [](json& j) { j["sum"]["proof"][0][0] = plus_l(j["sum"]["proof"][0][0]); },
       BallotError::bad_point},
      {"sum bad hex", [](json& j) { j["sum"]["proof"][0][0] = "zz"; }, BallotError::bad_point},
      {"swap candidates", [](json& j) { std::swap(j["items"][0], j["items"][1]); },
       BallotError::bad_proof},
      {"item pair length",
       [](json& j) { j["items"][0]["proof"].push_back(j["items"][0]["proof"][0]); },
       BallotError::wrong_shape},
  };
  for (int k = 0; k < 3; ++k) {
    for (int w = 0; w < 2; ++w) {
      cases.push_back({"sum pair " + std::to_string(k) + " part " + std::to_string(w),
                       [=](json& j) {
                         auto& v = j["sum"]["proof"][k][w];
                         v = flip_hex(v.get<std::string>());
                       },
                       BallotError::bad_proof});
    }
  }
  for (int i = 0; i < 5; ++i) {
    cases.push_back({"item c " + std::to_string(i),
                     [=](json& j) {
                       auto& v = j["items"][i]["proof"][1][0];
                       v = flip_hex(v.get<std::string>());
                     },
                     BallotError::bad_proof});
  }
  expect_all(base, cases, [&](const json& j) { return check(j, pick_); });
  // A different limit changes the expected proof length.
  EXPECT_EQ(check(base, Shape{Form::pick, 5, 3}), BallotError::wrong_shape);
}

// The CDS prover written generically (simulated branches from A and B as the verifier sees
// them): a dishonest voter who knows every r but claims a value the ciphertext does not hold.
std::vector<ProofPair> forge_membership(const std::string& alias, std::string_view label,
                                        const Point& y, const Ciphertext& ct, const Scalar& r,
                                        const std::vector<std::uint64_t>& values, std::size_t t) {
  std::vector<ProofPair> proof(values.size());
  std::vector<Point> commit(2 * values.size());
  Scalar others{};
  for (std::size_t j = 0; j < values.size(); ++j) {
    if (j == t) continue;
    proof[j] = {d::random_scalar(), d::random_scalar()};
    commit[2 * j] = d::sub(d::base_mul(proof[j].z), d::mul(proof[j].c, ct.a));
    commit[2 * j + 1] =
        d::sub(d::mul(proof[j].z, y), d::mul(proof[j].c, d::sub(ct.b, d::small_g(values[j]))));
    others = d::add(others, proof[j].c);
  }
  const Scalar w = d::random_scalar();
  commit[2 * t] = d::base_mul(w);
  commit[2 * t + 1] = d::mul(w, y);
  d::Transcript h("md-vote-v1/member");
  h.text(kUid).text(alias).text(label).point(y).point(ct.a).point(ct.b);
  for (auto v : values) h.u64(v);
  for (const auto& p : commit) h.point(p);
  proof[t].c = d::sub(h.challenge(), others);
  proof[t].z = d::add(w, d::mul(proof[t].c, r));
  return proof;
}

TEST_F(BallotCheck, ForgedProofOfAnHonestValuePasses) {
  // Sanity for the forger below: used honestly it produces proofs check_ballot accepts.
  const Shape shape{Form::pick, 2, 1};
  Ballot b;
  b.vote_uid = kUid;
  b.alias = kAlias;
  Scalar r_sum{};
  for (int i = 0; i < 2; ++i) {
    const Scalar r = d::random_scalar();
    Item it;
    it.ct = {d::base_mul(r), d::add(d::small_g(i == 0 ? 1 : 0), d::mul(r, y_))};
    it.proof = forge_membership(kAlias, d::question_label(static_cast<std::size_t>(i)), y_, it.ct,
                                r, {0, 1}, i == 0 ? 1 : 0);
    b.items.push_back(it);
    r_sum = d::add(r_sum, r);
  }
  const Ciphertext sum{d::add(b.items[0].ct.a, b.items[1].ct.a),
                       d::add(b.items[0].ct.b, b.items[1].ct.b)};
  b.sum_proof = forge_membership(kAlias, "sum", y_, sum, r_sum, {0, 1}, 1);
  EXPECT_EQ(check(to_json(b), shape), BallotError::none);
}

TEST_F(BallotCheck, PickingMoreThanAllowedCannotBeProved) {
  // N = 2 of 4 candidates; the voter picks 3. Each candidate's 0/1 proof is honest; the
  // limit proof claims the sum is 0, 1 or 2 (it is 3) with the real r_sum.
  const Shape shape{Form::pick, 4, 2};
  const std::vector<int> choices = {1, 1, 1, 0};
  EXPECT_THROW(make(shape, choices), std::invalid_argument);
  Ballot b;
  b.vote_uid = kUid;
  b.alias = kAlias;
  Scalar r_sum{};
  for (std::size_t i = 0; i < choices.size(); ++i) {
    const Scalar r = d::random_scalar();
    const auto t = static_cast<std::size_t>(choices[i]);
    Item it;
    it.ct = {d::base_mul(r), d::add(d::small_g(t), d::mul(r, y_))};
    it.proof = d::prove_membership(kUid, kAlias, d::question_label(i), y_, it.ct, r, {{0, 1}}, t);
    b.items.push_back(it);
    r_sum = d::add(r_sum, r);
  }
  Ciphertext sum{identity(), identity()};
  for (const auto& it : b.items) sum = {d::add(sum.a, it.ct.a), d::add(sum.b, it.ct.b)};
  const std::vector<std::uint64_t> limit = {0, 1, 2};
  for (std::size_t claim = 0; claim < limit.size(); ++claim) {
    b.sum_proof = forge_membership(kAlias, "sum", y_, sum, r_sum, limit, claim);
    EXPECT_EQ(check(to_json(b), shape), BallotError::bad_proof) << "claim " << claim;
    b.sum_proof = d::prove_membership(kUid, kAlias, "sum", y_, sum, r_sum, limit, claim);
    EXPECT_EQ(check(to_json(b), shape), BallotError::bad_proof) << "claim " << claim;
  }
  // Its honest proof for N = 3 is fine, but it is not the vote's shape.
  b.sum_proof = d::prove_membership(kUid, kAlias, "sum", y_, sum, r_sum, {{0, 1, 2, 3}}, 3);
  EXPECT_EQ(check(to_json(b), Shape{Form::pick, 4, 3}), BallotError::none);
  EXPECT_EQ(check(to_json(b), shape), BallotError::wrong_shape);
  // A 0/1 item proof for the value 2 (a double vote for one candidate) fails as well.
  const Scalar r = d::random_scalar();
  Ciphertext two{d::base_mul(r), d::add(d::small_g(2), d::mul(r, y_))};
  Ballot b2 = make(shape, {0, 0, 0, 0});
  b2.items[0].ct = two;
  for (std::size_t claim = 0; claim < 2; ++claim) {
    b2.items[0].proof = forge_membership(kAlias, "q0", y_, two, r, {0, 1}, claim);
    EXPECT_EQ(check(to_json(b2), shape), BallotError::bad_proof);
  }
}

// ----- Receipts and the board ----------------------------------------------------------------
TEST_F(BallotCheck, BallotHashIsStableAndCoversEveryByte) {
  const Ballot b = make(pick_, {1, 0, 0, 1, 0});
  const std::string h = ballot_hash(b);
  EXPECT_EQ(h.size(), 64u);
  EXPECT_EQ(h, ballot_hash(b));
  Ballot parsed;
  ASSERT_EQ(check(json::parse(to_json(b).dump()), pick_, &parsed), BallotError::none);
  EXPECT_EQ(ballot_hash(parsed), h);

  // Hand-assembled bytes of VOTE-PROTOCOL "Ballot hash".
  std::string buf;
  auto lp = [&](std::string_view s) {
    const auto n = static_cast<std::uint32_t>(s.size());
    for (int i = 0; i < 4; ++i) buf.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
    buf.append(s);
  };
  auto raw = [&](const Bytes32& x) { buf.append(reinterpret_cast<const char*>(x.data()), 32); };
  lp("md-ballot-v1");
  lp(kUid);
  lp(kAlias);
  for (const auto& it : b.items) {
    raw(it.ct.a.bytes);
    raw(it.ct.b.bytes);
    for (const auto& p : it.proof) raw(p.c.bytes), raw(p.z.bytes);
  }
  buf += "sum";
  for (const auto& p : *b.sum_proof) raw(p.c.bytes), raw(p.z.bytes);
  Bytes32 digest;
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(buf.data()), buf.size());
  EXPECT_EQ(h, to_hex(digest));

  // Any byte of any field changes it.
  std::vector<Bytes32*> fields;
  Ballot m = b;
  for (auto& it : m.items) {
    fields.push_back(&it.ct.a.bytes);
    fields.push_back(&it.ct.b.bytes);
    for (auto& p : it.proof) fields.push_back(&p.c.bytes), fields.push_back(&p.z.bytes);
  }
  for (auto& p : *m.sum_proof) fields.push_back(&p.c.bytes), fields.push_back(&p.z.bytes);
  for (Bytes32* f : fields) {
    for (std::size_t i = 0; i < 32; ++i) {
      (*f)[i] ^= 0x01;
      EXPECT_NE(ballot_hash(m), h);
      (*f)[i] ^= 0x01;
    }
  }
  EXPECT_EQ(ballot_hash(m), h);
  for (std::size_t i = 0; i < m.alias.size(); ++i) {
    Ballot a = b;
    a.alias[i] = a.alias[i] == '0' ? '1' : '0';
    EXPECT_NE(ballot_hash(a), h);
  }
  Ballot v = b;
  v.vote_uid += "X";
  EXPECT_NE(ballot_hash(v), h);
  Ballot nosum = b;
  nosum.sum_proof.reset();
  EXPECT_NE(ballot_hash(nosum), h);
}

TEST(BallotBoard, ChainHashMatchesHandComputedSha256) {
  const std::string bh = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
  // Python: sha256(b"md-board-v1" + bytes(32) + (1).to_bytes(8, "little") + bytes(range(32)))
  const std::string expected = "7b3ffef2aa07bd2e04c00c790186006a674768f0c36261b3755b779c0fb49e92";
  EXPECT_EQ(chain_hash("", 1, bh), expected);
  EXPECT_EQ(chain_hash(std::string(64, '0'), 1, bh), expected);
  // Seq 2 chained on seq 1, hand-assembled and hashed with libsodium directly.
  const auto prev = d::hex32(expected).value();
  const auto hb = d::hex32(bh).value();
  std::string buf = "md-board-v1";
  buf.append(reinterpret_cast<const char*>(prev.data()), 32);
  buf.append(std::string("\x02\0\0\0\0\0\0\0", 8));
  buf.append(reinterpret_cast<const char*>(hb.data()), 32);
  Bytes32 digest;
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(buf.data()), buf.size());
  EXPECT_EQ(chain_hash(expected, 2, bh), to_hex(digest));
  EXPECT_NE(chain_hash(expected, 3, bh), to_hex(digest));
  EXPECT_THROW(chain_hash("", 1, "ABCD"), std::invalid_argument);
  EXPECT_THROW(chain_hash("00", 1, bh), std::invalid_argument);
  EXPECT_THROW(chain_hash("", 0, bh), std::invalid_argument);
}

TEST(BallotBoard, RandomAlias) {
  const auto a = random_alias();
  EXPECT_TRUE(d::is_alias(a));
  EXPECT_NE(a, random_alias());
  EXPECT_EQ(error_code(BallotError::bad_proof), "ballot.bad_proof");
  EXPECT_EQ(error_code(BallotError::malformed), "ballot.malformed");
  EXPECT_EQ(allowed_values(Form::options3), (std::vector<std::uint64_t>{1, 4096, 0}));
  EXPECT_EQ(allowed_values(Form::pick), (std::vector<std::uint64_t>{0, 1}));
}

// ----- Tally, partial decryption, counts ------------------------------------------------------
struct Trustees {
  std::vector<KeyPair> keys;
  Point y;
  explicit Trustees(int n) {
    std::vector<Point> pubs;
    for (int i = 1; i <= n; ++i) {
      keys.push_back(generate_key(kUid, i));
      pubs.push_back(keys.back().pub);
    }
    y = combine_keys(pubs);
  }
  // Every trustee's partials for the tally, verified, as the solver wants them.
  std::vector<std::vector<Point>> decrypt(const std::vector<Ciphertext>& tally) const {
    std::vector<std::vector<Point>> shares(tally.size());
    for (std::size_t t = 0; t < keys.size(); ++t) {
      const int index = static_cast<int>(t) + 1;
      for (std::size_t q = 0; q < tally.size(); ++q) {
        const Partial p = partial_decrypt(kUid, index, keys[t].secret, keys[t].pub, tally[q]);
        EXPECT_TRUE(verify_partial(kUid, index, keys[t].pub, tally[q], p));
        const auto round = partial_from_json(json::parse(partial_to_json(p).dump()));
        EXPECT_TRUE(round && round->d == p.d && round->proof.c == p.proof.c &&
                    round->proof.z == p.proof.z);
        shares[q].push_back(p.d);
      }
    }
    return shares;
  }
};

// Casts the ballots, tallies them homomorphically, decrypts with every trustee and compares the
// recovered counts with the plaintext ones.
void expect_counts(const Trustees& tr, const Shape& shape,
                   const std::vector<std::vector<int>>& ballots) {
  std::vector<Ciphertext> tally;
  const std::size_t n = static_cast<std::size_t>(shape.questions);
  const std::size_t k = count_width(shape.form);
  std::vector<std::vector<std::int64_t>> expected(n, std::vector<std::int64_t>(k, 0));
  for (const auto& choices : ballots) {
    const Ballot b = make_ballot(kUid, random_alias(), tr.y, shape, choices);
    Ballot checked;
    ASSERT_EQ(check_ballot(to_json(b), kUid, tr.y, shape, &checked), BallotError::none);
    tally = add_to_tally(std::move(tally), checked);
    for (std::size_t q = 0; q < n; ++q) {
      if (shape.form != Form::pick) {
        ++expected[q][static_cast<std::size_t>(choices[q])];
      } else {
        expected[q][0] += choices[q];
      }
    }
  }
  if (tally.empty()) tally.assign(n, Ciphertext{identity(), identity()});
  const auto round = tally_from_json(json::parse(tally_to_json(tally).dump()));
  ASSERT_TRUE(round);
  ASSERT_EQ(round->size(), n);
  const CountSolver solver(static_cast<std::int64_t>(ballots.size()), shape.form);
  const auto shares = ballots.empty() ? std::vector<std::vector<Point>>(n) : tr.decrypt(tally);
  for (std::size_t q = 0; q < n; ++q) {
    EXPECT_EQ((*round)[q].a, tally[q].a);
    EXPECT_EQ((*round)[q].b, tally[q].b);
    const auto counts = solver.solve(shape.form, tally[q], shares[q]);
    ASSERT_TRUE(counts) << "question " << q;
    EXPECT_EQ(*counts, expected[q]) << "question " << q;
    if (!ballots.empty()) {
      // One share missing: nothing in range matches.
      auto partial = shares[q];
      partial.pop_back();
      EXPECT_FALSE(solver.solve(shape.form, tally[q], partial)) << "question " << q;
    }
  }
}

TEST(BallotTally, FiftyRandomOptions3BallotsTwoTrustees) {
  const Trustees tr(2);
  std::mt19937 rng(20240601);
  const Shape shape{Form::options3, 5, 0};
  std::vector<std::vector<int>> ballots;
  for (int i = 0; i < 50; ++i) {
    std::vector<int> c;
    for (int q = 0; q < shape.questions; ++q) c.push_back(static_cast<int>(rng() % 3));
    ballots.push_back(c);
  }
  expect_counts(tr, shape, ballots);
}

TEST(BallotTally, Options3EdgeCases) {
  const Trustees tr(2);
  const Shape shape{Form::options3, 3, 0};
  expect_counts(tr, shape, std::vector<std::vector<int>>(6, {2, 2, 2}));  // all abstain
  expect_counts(tr, shape, std::vector<std::vector<int>>(6, {0, 0, 0}));  // all yes
  expect_counts(tr, shape, std::vector<std::vector<int>>(6, {1, 1, 1}));  // all no
  expect_counts(tr, shape, {{0, 1, 2}});
  expect_counts(tr, shape, {});  // no electronic ballots
}

TEST(BallotTally, PickBallots) {
  const Trustees tr(3);
  std::mt19937 rng(7);
  const Shape shape{Form::pick, 6, 2};
  std::vector<std::vector<int>> ballots;
  for (int i = 0; i < 20; ++i) {
    std::vector<int> c(6, 0);
    const auto picks = rng() % 3;
    for (unsigned p = 0; p < picks; ++p) c[rng() % 6] = 1;
    ballots.push_back(c);
  }
  expect_counts(tr, shape, ballots);
  expect_counts(tr, shape, {});
}

// A peer ballot (民主评议): every member grades every other 优秀/合格/基本合格/不合格 or abstains.
TEST(BallotTally, GradesBallotsTwoTrustees) {
  const Trustees tr(2);
  std::mt19937 rng(2019);
  const Shape shape{Form::grades, 4, 0};
  std::vector<std::vector<int>> ballots;
  for (int i = 0; i < 25; ++i) {
    std::vector<int> c;
    for (int q = 0; q < shape.questions; ++q) c.push_back(static_cast<int>(rng() % 5));
    ballots.push_back(c);
  }
  ballots.push_back({3, 3, 3, 3});  // every grade 不合格 at least once
  expect_counts(tr, shape, ballots);
  expect_counts(tr, shape, {});
}

TEST(BallotTally, GradesEdgeCases) {
  const Trustees tr(1);
  const Shape shape{Form::grades, 5, 0};
  // Everyone the same grade on one question: each digit at its maximum.
  std::vector<std::vector<int>> same;
  for (int i = 0; i < 12; ++i) same.push_back({0, 1, 2, 3, 4});
  expect_counts(tr, shape, same);
  // A choice outside the five grades is refused before anything is encrypted.
  EXPECT_THROW(make_ballot(kUid, random_alias(), tr.y, shape, {0, 1, 2, 3, 5}),
               std::invalid_argument);
  // A grades ballot is not an options3 ballot of the same length (five proof pairs, not three).
  const Ballot b = make_ballot(kUid, random_alias(), tr.y, shape, {0, 1, 2, 3, 4});
  EXPECT_EQ(check_ballot(to_json(b), kUid, tr.y, Shape{Form::options3, 5, 0}, nullptr),
            BallotError::wrong_shape);
  // The solver refuses counts that add up to more than the ballots, and a solver built for
  // another form has no pair table.
  const Scalar r = d::random_scalar();
  const std::uint64_t packed = 3 + kPackBase * 4 + kPackBase * kPackBase * 4;
  const Ciphertext ct{d::base_mul(r), d::add(d::small_g(packed), d::mul(r, tr.y))};
  const Partial p = partial_decrypt(kUid, 1, tr.keys[0].secret, tr.keys[0].pub, ct);
  EXPECT_EQ(CountSolver(11, Form::grades).solve(Form::grades, ct, {p.d}),
            (std::vector<std::int64_t>{3, 4, 4, 0, 0}));
  EXPECT_FALSE(CountSolver(10, Form::grades).solve(Form::grades, ct, {p.d}));
  EXPECT_FALSE(CountSolver(11).solve(Form::grades, ct, {p.d}));
  EXPECT_EQ(form_from_name("grades"), Form::grades);
  EXPECT_EQ(form_name(Form::grades), "grades");
  EXPECT_FALSE(form_from_name("Grades"));
}

TEST(BallotTally, ZeroBallotsNeedNoPartials) {
  const CountSolver solver(0);
  const Ciphertext none{identity(), identity()};
  EXPECT_EQ(solver.solve(Form::options3, none, {}), (std::vector<std::int64_t>{0, 0, 0}));
  EXPECT_EQ(solver.solve(Form::pick, none, {}), (std::vector<std::int64_t>{0}));
  // Something encrypted while the count says zero: refused.
  const Ciphertext one{d::base_point(), d::small_g(2)};
  EXPECT_FALSE(solver.solve(Form::options3, one, {}));
}

TEST(BallotTally, PackingLimits) {
  // Tallies built directly (the prover of the sum): 4095 ballots, every one option 0, or every
  // one option 1, or split between the two.
  const Trustees tr(1);
  const CountSolver solver(4095);
  for (const auto& [c0, c1] : std::vector<std::pair<std::uint64_t, std::uint64_t>>{
           {4095, 0}, {0, 4095}, {2000, 2095}, {0, 0}, {17, 3}}) {
    const Scalar r = d::random_scalar();
    const Scalar m = d::scalar_from_u64(c0 + kPackBase * c1);
    const Ciphertext ct{d::base_mul(r), d::add(d::base_mul(m), d::mul(r, tr.y))};
    const Partial p = partial_decrypt(kUid, 1, tr.keys[0].secret, tr.keys[0].pub, ct);
    const auto counts = solver.solve(Form::options3, ct, {p.d});
    ASSERT_TRUE(counts);
    EXPECT_EQ(*counts, (std::vector<std::int64_t>{static_cast<std::int64_t>(c0),
                                                  static_cast<std::int64_t>(c1),
                                                  static_cast<std::int64_t>(4095 - c0 - c1)}));
  }
  // Counts that add up to more than the ballots are out of range.
  const CountSolver small(10);
  const Scalar r = d::random_scalar();
  const Ciphertext ct{d::base_mul(r), d::add(d::small_g(6 + kPackBase * 5), d::mul(r, tr.y))};
  const Partial p = partial_decrypt(kUid, 1, tr.keys[0].secret, tr.keys[0].pub, ct);
  EXPECT_FALSE(small.solve(Form::options3, ct, {p.d}));
  EXPECT_FALSE(CountSolver(4096).solve(Form::options3, ct, {p.d}));
}

TEST(BallotTally, PartialProofs) {
  const Trustees tr(2);
  const Ballot b = make_ballot(kUid, kAlias, tr.y, Shape{Form::options3, 1, 0}, {1});
  const auto tally = add_to_tally({}, b);
  const auto& k1 = tr.keys[0];
  const auto& k2 = tr.keys[1];
  const Partial p = partial_decrypt(kUid, 1, k1.secret, k1.pub, tally[0]);
  ASSERT_TRUE(verify_partial(kUid, 1, k1.pub, tally[0], p));
  // Made with the wrong secret (the other trustee's), claimed for trustee 1.
  EXPECT_FALSE(verify_partial(kUid, 1, k1.pub, tally[0],
                              partial_decrypt(kUid, 1, k2.secret, k1.pub, tally[0])));
  EXPECT_FALSE(verify_partial(kUid, 1, k1.pub, tally[0],
                              partial_decrypt(kUid, 1, d::random_scalar(), k1.pub, tally[0])));
  Partial bad = p;
  bad.d = d::add(p.d, d::base_point());
  EXPECT_FALSE(verify_partial(kUid, 1, k1.pub, tally[0], bad));
  bad = p;
  bad.proof.c.bytes[0] ^= 1;
  EXPECT_FALSE(verify_partial(kUid, 1, k1.pub, tally[0], bad));
  bad = p;
  bad.proof.z.bytes[0] ^= 1;
  EXPECT_FALSE(verify_partial(kUid, 1, k1.pub, tally[0], bad));
  bad = p;
  bad.proof.z = Scalar{d::hex32(plus_l(to_hex(p.proof.z.bytes))).value()};
  EXPECT_FALSE(verify_partial(kUid, 1, k1.pub, tally[0], bad));
  EXPECT_FALSE(verify_partial(kUid, 2, k1.pub, tally[0], p));
  EXPECT_FALSE(verify_partial(kUid, 1, k2.pub, tally[0], p));
  EXPECT_FALSE(verify_partial("01J9VOTE0000000000000000AC", 1, k1.pub, tally[0], p));
  EXPECT_FALSE(verify_partial(kUid, 1, k1.pub, Ciphertext{d::base_point(), tally[0].b}, p));
  // JSON shape.
  json j = partial_to_json(p);
  EXPECT_TRUE(partial_from_json(j));
  j["extra"] = 1;
  EXPECT_FALSE(partial_from_json(j));
  j = partial_to_json(p);
  j["proof"][0] = kLHex;
  EXPECT_FALSE(partial_from_json(j));
  j = partial_to_json(p);
  j["proof"].push_back(j["proof"][0]);
  EXPECT_FALSE(partial_from_json(j));
  EXPECT_FALSE(tally_from_json(json::array({{{"a", "00"}, {"b", "00"}}})));
  EXPECT_FALSE(tally_from_json(json::object()));
  EXPECT_THROW(
      add_to_tally(tally, make_ballot(kUid, kAlias, tr.y, Shape{Form::options3, 2, 0}, {0, 0})),
      std::invalid_argument);
}

}  // namespace
}  // namespace md::ballot
