// Cross-check with the browser implementation (web/src/modules/ballot/crypto/, @noble/curves):
// tests/vectors/ballot-js.json is written by the JS side; everything in it must verify here,
// byte for byte, and tampered copies must not. A missing file is a failure, not a skip.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "platform/ballot/ballot.hpp"
#include "platform/ballot/group.hpp"

namespace md::ballot {
namespace {

using nlohmann::json;

const char* const kPath = MD_SOURCE_DIR "/tests/vectors/ballot-js.json";

class BallotVectors : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(std::filesystem::exists(kPath))
        << kPath << " is missing: the browser side must generate it (web vectors test)";
    std::ifstream in(kPath);
    v_ = json::parse(in);
    uid_ = v_.at("voteUid").get<std::string>();
    y_ = parse_point(v_.at("publicKey").get<std::string>()).value();
  }

  static Shape shape_of(const json& entry) {
    const auto form = form_from_name(entry.at("form").get<std::string>());
    EXPECT_TRUE(form.has_value()) << entry.at("form");
    return Shape{form.value_or(Form::options3), entry.at("questions").get<int>(),
                 entry.at("maxPicks").get<int>()};
  }

  Point trustee_pub(int index) const {
    for (const auto& t : v_.at("trustees")) {
      if (t.at("index").get<int>() == index) {
        return parse_point(t.at("publicKey").get<std::string>()).value();
      }
    }
    ADD_FAILURE() << "no trustee " << index;
    return identity();
  }

  json v_;
  std::string uid_;
  Point y_;
};

TEST_F(BallotVectors, TrusteeKeysVerifyAndCombine) {
  std::vector<Point> pubs;
  ASSERT_FALSE(v_.at("trustees").empty());
  for (const auto& t : v_.at("trustees")) {
    const int index = t.at("index").get<int>();
    const auto pub = parse_point(t.at("publicKey").get<std::string>());
    const auto c = parse_scalar(t.at("proof").at("c").get<std::string>());
    const auto s = parse_scalar(t.at("proof").at("s").get<std::string>());
    ASSERT_TRUE(pub && c && s) << "trustee " << index;
    EXPECT_TRUE(verify_key(uid_, index, *pub, KeyProof{*c, *s})) << "trustee " << index;
    // Tampered: another index, another vote, another c.
    EXPECT_FALSE(verify_key(uid_, index + 1, *pub, KeyProof{*c, *s}));
    EXPECT_FALSE(verify_key(uid_ + "x", index, *pub, KeyProof{*c, *s}));
    KeyProof bad{*c, *s};
    bad.c.bytes[0] ^= 1;
    EXPECT_FALSE(verify_key(uid_, index, *pub, bad));
    pubs.push_back(*pub);
  }
  EXPECT_EQ(to_hex(combine_keys(pubs).bytes), v_.at("publicKey").get<std::string>());
}

TEST_F(BallotVectors, BallotsVerifyWithTheirReceipts) {
  ASSERT_FALSE(v_.at("ballots").empty());
  bool saw_options3 = false, saw_pick = false, saw_grades = false;
  for (const auto& entry : v_.at("ballots")) {
    const Shape shape = shape_of(entry);
    (shape.form == Form::pick     ? saw_pick
     : shape.form == Form::grades ? saw_grades
                                  : saw_options3) = true;
    const json& posted = entry.at("ballot");
    const auto hash = entry.at("hash").get<std::string>();
    Ballot b;
    ASSERT_EQ(check_ballot(posted, uid_, y_, shape, &b), BallotError::none)
        << error_code(check_ballot(posted, uid_, y_, shape, nullptr)) << " for " << hash;
    EXPECT_EQ(ballot_hash(b), hash);
    // The server's JSON of the parsed ballot is the posted document.
    EXPECT_EQ(to_json(b), posted) << hash;
    EXPECT_EQ(b.items.size(), entry.at("choices").size());

    // Tampered copies.
    json j = posted;
    auto& c = j["items"][0]["proof"][0][0];
    std::string h = c.get<std::string>();
    h[1] = h[1] == '0' ? '1' : '0';
    c = h;
    EXPECT_EQ(check_ballot(j, uid_, y_, shape, nullptr), BallotError::bad_proof) << hash;
    j = posted;
    j["alias"] = "00000000000000000000000000000000";
    EXPECT_EQ(check_ballot(j, uid_, y_, shape, nullptr), BallotError::bad_proof) << hash;
    j = posted;
    j["voteUid"] = uid_ + "x";
    EXPECT_EQ(check_ballot(j, uid_, y_, shape, nullptr), BallotError::wrong_vote) << hash;
    EXPECT_EQ(check_ballot(j, uid_ + "x", y_, shape, nullptr), BallotError::bad_proof) << hash;
    if (shape.questions > 1) {
      j = posted;
      std::swap(j["items"][0], j["items"][1]);
      EXPECT_EQ(check_ballot(j, uid_, y_, shape, nullptr), BallotError::bad_proof) << hash;
    }
    if (shape.form == Form::pick) {
      j = posted;
      auto& z = j["sum"]["proof"][0][1];
      std::string zh = z.get<std::string>();
      zh[1] = zh[1] == '0' ? '1' : '0';
      z = zh;
      EXPECT_EQ(check_ballot(j, uid_, y_, shape, nullptr), BallotError::bad_proof) << hash;
    }
    Ballot altered = b;
    altered.items.back().ct.b.bytes[0] ^= 1;
    EXPECT_NE(ballot_hash(altered), hash);
  }
  EXPECT_TRUE(saw_options3);
  EXPECT_TRUE(saw_pick);
  EXPECT_TRUE(saw_grades);
}

TEST_F(BallotVectors, PartialDecryptionsVerify) {
  const json& p = v_.at("partial");
  const int index = p.at("index").get<int>();
  const Point pub = trustee_pub(index);
  const auto secret = parse_scalar(p.at("secret").get<std::string>());
  ASSERT_TRUE(secret);
  EXPECT_EQ(detail::base_mul(*secret), pub);
  const auto tally = tally_from_json(p.at("tally"));
  ASSERT_TRUE(tally);
  ASSERT_EQ(tally->size(), p.at("items").size());
  ASSERT_FALSE(tally->empty());
  for (std::size_t q = 0; q < tally->size(); ++q) {
    const auto partial = partial_from_json(p.at("items")[q]);
    ASSERT_TRUE(partial) << "question " << q;
    EXPECT_TRUE(verify_partial(uid_, index, pub, (*tally)[q], *partial)) << "question " << q;
    EXPECT_EQ(partial_to_json(*partial), p.at("items")[q]);
    // D = x·A is deterministic: the server computes the same share.
    EXPECT_EQ(partial_decrypt(uid_, index, *secret, pub, (*tally)[q]).d, partial->d);
    // Tampered: d altered, another index, the wrong tally entry.
    Partial bad = *partial;
    bad.d = detail::add(bad.d, detail::base_point());
    EXPECT_FALSE(verify_partial(uid_, index, pub, (*tally)[q], bad));
    bad = *partial;
    bad.proof.z.bytes[0] ^= 1;
    EXPECT_FALSE(verify_partial(uid_, index, pub, (*tally)[q], bad));
    EXPECT_FALSE(verify_partial(uid_, index + 1, pub, (*tally)[q], *partial));
    if (tally->size() > 1) {
      EXPECT_FALSE(verify_partial(uid_, index, pub, (*tally)[(q + 1) % tally->size()], *partial));
    }
  }
}

TEST_F(BallotVectors, TallyIsTheHomomorphicSum) {
  // The JS side tallies its options3 ballots that have as many questions as the tally.
  const auto tally = tally_from_json(v_.at("partial").at("tally"));
  ASSERT_TRUE(tally);
  std::vector<Ciphertext> acc;
  for (const auto& entry : v_.at("ballots")) {
    const Shape shape = shape_of(entry);
    if (shape.form != Form::options3 || shape.questions != static_cast<int>(tally->size())) {
      continue;
    }
    Ballot b;
    ASSERT_EQ(check_ballot(entry.at("ballot"), uid_, y_, shape, &b), BallotError::none);
    acc = add_to_tally(std::move(acc), b);
  }
  ASSERT_FALSE(acc.empty());
  EXPECT_EQ(tally_to_json(acc), v_.at("partial").at("tally"));
}

}  // namespace
}  // namespace md::ballot
