#include "platform/crypto/password.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace md::crypto {
namespace {

using Codes = std::vector<std::string>;

TEST(Password, HashAndVerify) {
  const std::string h = hash_password("Correct-Horse9");
  EXPECT_EQ(h.rfind("$argon2id$", 0), 0u) << h;
  EXPECT_TRUE(verify_password(h, "Correct-Horse9"));
  EXPECT_FALSE(verify_password(h, "correct-Horse9"));
  EXPECT_FALSE(verify_password(h, ""));
  EXPECT_FALSE(password_needs_rehash(h));
  // Same password, different salt.
  const std::string h2 = hash_password("Correct-Horse9");
  EXPECT_NE(h, h2);
  EXPECT_TRUE(verify_password(h2, "Correct-Horse9"));
}

TEST(Password, ChineseAndEmbeddedNul) {
  const std::string pw = std::string("密码Ab1\0x", 11);
  const std::string h = hash_password(pw);
  EXPECT_TRUE(verify_password(h, pw));
  EXPECT_FALSE(verify_password(h, pw.substr(0, 9)));  // NUL does not truncate the password
}

TEST(Password, MalformedHashesAreFalseNotCrash) {
  EXPECT_FALSE(verify_password("", "x"));
  EXPECT_FALSE(verify_password("not a hash", "x"));
  EXPECT_FALSE(verify_password(std::string(500, '$'), "x"));
  EXPECT_FALSE(verify_password(std::string("$argon2id$\0", 11), "x"));
  EXPECT_TRUE(password_needs_rehash("not a hash"));
}

TEST(PasswordPolicy, Cases) {
  EXPECT_EQ(password_policy_violations("Abcdef12", "zhang", 8), Codes{});
  EXPECT_EQ(password_policy_violations("abc!ef12", "zhang", 8), Codes{});  // lower+digit+other
  EXPECT_EQ(password_policy_violations("Ab1!", "zhang", 8), Codes{"password.too_short"});
  EXPECT_EQ(password_policy_violations("abcdefgh", "zhang", 8), Codes{"password.too_few_classes"});
  EXPECT_EQ(password_policy_violations("abcdef12", "zhang", 8), Codes{"password.too_few_classes"});
  EXPECT_EQ(password_policy_violations("xZHANGsan1", "zhangsan", 8),
            Codes{"password.contains_username"});
  EXPECT_EQ(password_policy_violations("my-Zhang-9", "zhang", 8),
            Codes{"password.contains_username"});
  EXPECT_EQ(password_policy_violations("Wu-2024abc", "wu", 8), Codes{});  // short username
  EXPECT_EQ(
      password_policy_violations("abc", "abc", 8),
      (Codes{"password.too_short", "password.too_few_classes", "password.contains_username"}));
  EXPECT_EQ(password_policy_violations("", "", 8),
            (Codes{"password.too_short", "password.too_few_classes"}));
}

TEST(PasswordPolicy, CountsCharactersNotBytes) {
  // 6 characters, 14 bytes: too short for 8 although longer in bytes; 中 counts as "other".
  EXPECT_EQ(password_policy_violations("中文Ab1字", "", 8), Codes{"password.too_short"});
  EXPECT_EQ(password_policy_violations("中文Ab1字xy", "", 8), Codes{});
  // Control characters are not a class.
  EXPECT_EQ(password_policy_violations("abcdEFGH\t\n", "", 8), Codes{"password.too_few_classes"});
  EXPECT_EQ(password_policy_violations("Ab1!Ab1!Ab1!", "", 12), Codes{});
  EXPECT_EQ(password_policy_violations("Ab1!Ab1!Ab1", "", 12), Codes{"password.too_short"});
}

TEST(InitialPassword, AlwaysSatisfiesPolicyAndAvoidsAmbiguousChars) {
  std::set<std::string> seen;
  for (int i = 0; i < 2000; ++i) {
    const std::string pw = generate_initial_password();
    ASSERT_EQ(pw.size(), 12u);
    ASSERT_EQ(password_policy_violations(pw, "admin", 12), Codes{}) << pw;
    ASSERT_EQ(pw.find_first_of("0OlI1"), std::string::npos) << pw;
    seen.insert(pw);
  }
  EXPECT_EQ(seen.size(), 2000u);
}

}  // namespace
}  // namespace md::crypto
