#include "platform/crypto/base.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace md::crypto {
namespace {

TEST(Base64, Rfc4648Vectors) {
  const std::pair<const char*, const char*> cases[] = {{"", ""},
                                                       {"f", "Zg=="},
                                                       {"fo", "Zm8="},
                                                       {"foo", "Zm9v"},
                                                       {"foob", "Zm9vYg=="},
                                                       {"fooba", "Zm9vYmE="},
                                                       {"foobar", "Zm9vYmFy"}};
  for (const auto& [plain, encoded] : cases) {
    EXPECT_EQ(base64_encode(plain), encoded);
    EXPECT_EQ(base64_decode(encoded), std::string(plain));
  }
}

TEST(Base64, RejectsMalformed) {
  EXPECT_FALSE(base64_decode("Zg"));      // missing padding
  EXPECT_FALSE(base64_decode("Zg=a"));    // padding in the middle
  EXPECT_FALSE(base64_decode("Z==="));    // too much padding
  EXPECT_FALSE(base64_decode("Zh=="));    // non-zero trailing bits (non-canonical)
  EXPECT_FALSE(base64_decode("Zm9v\n"));  // stray char
  EXPECT_FALSE(base64_decode("Zm-_"));    // url alphabet
}

TEST(Base64Url, NoPaddingAndUrlAlphabet) {
  const std::string bytes("\xfb\xff\xbf", 3);
  EXPECT_EQ(base64_encode(bytes), "+/+/");
  EXPECT_EQ(base64url_encode(bytes), "-_-_");
  EXPECT_EQ(base64url_encode("f"), "Zg");
  EXPECT_EQ(base64url_decode("Zg"), "f");
  EXPECT_EQ(base64url_decode("-_-_"), bytes);
  EXPECT_FALSE(base64url_decode("Zg=="));
  EXPECT_FALSE(base64url_decode("Z"));
  EXPECT_FALSE(base64url_decode("+/+/"));
}

TEST(Base32, Rfc4648Vectors) {
  const std::pair<const char*, const char*> cases[] = {{"", ""},
                                                       {"f", "MY======"},
                                                       {"fo", "MZXQ===="},
                                                       {"foo", "MZXW6==="},
                                                       {"foob", "MZXW6YQ="},
                                                       {"fooba", "MZXW6YTB"},
                                                       {"foobar", "MZXW6YTBOI======"}};
  for (const auto& [plain, encoded] : cases) {
    EXPECT_EQ(base32_encode(plain, true), encoded);
    EXPECT_EQ(base32_decode(encoded), std::string(plain));
    std::string unpadded(encoded);
    while (!unpadded.empty() && unpadded.back() == '=') unpadded.pop_back();
    EXPECT_EQ(base32_encode(plain), unpadded);
    EXPECT_EQ(base32_decode(unpadded), std::string(plain));
  }
}

TEST(Base32, TolerantOfUserInputButNotGarbage) {
  EXPECT_EQ(base32_decode("mzxw 6ytb oi"), "foobar");
  EXPECT_FALSE(base32_decode("MZXW1"));  // '1' is not in the alphabet
  EXPECT_FALSE(base32_decode("MZX"));    // impossible length
  EXPECT_FALSE(base32_decode("M"));
}

TEST(Encodings, RandomRoundTrips) {
  for (std::size_t n = 0; n < 70; ++n) {
    const std::string b = random_bytes(n);
    ASSERT_EQ(b.size(), n);
    EXPECT_EQ(base64_decode(base64_encode(b)), b);
    EXPECT_EQ(base64url_decode(base64url_encode(b)), b);
    EXPECT_EQ(base32_decode(base32_encode(b)), b);
    EXPECT_EQ(base32_decode(base32_encode(b, true)), b);
  }
}

TEST(Random, TokensAreDistinctAndUrlSafe) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    const std::string t = random_token();
    EXPECT_EQ(t.size(), 43u);  // 32 bytes, unpadded
    EXPECT_EQ(
        t.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        std::string::npos);
    seen.insert(t);
  }
  EXPECT_EQ(seen.size(), 100u);
  EXPECT_EQ(random_token(16).size(), 22u);
  EXPECT_EQ(random_bytes(0), "");
}

TEST(ConstantTimeEqual, Basics) {
  EXPECT_TRUE(constant_time_equal("", ""));
  EXPECT_TRUE(constant_time_equal("abc", "abc"));
  EXPECT_FALSE(constant_time_equal("abc", "abd"));
  EXPECT_FALSE(constant_time_equal("abc", "ab"));
  EXPECT_FALSE(constant_time_equal(std::string("a\0b", 3), std::string("a\0c", 3)));
}

}  // namespace
}  // namespace md::crypto
