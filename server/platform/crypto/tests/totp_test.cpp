#include "platform/crypto/totp.hpp"

#include <gtest/gtest.h>

#include "platform/crypto/base.hpp"

namespace md::crypto {
namespace {

// RFC 6238 appendix B uses the ASCII seed "12345678901234567890" for SHA1.
const std::string kSecret = base32_encode("12345678901234567890");

TEST(Totp, Rfc6238Sha1VectorsTruncatedTo6Digits) {
  EXPECT_EQ(kSecret, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  EXPECT_EQ(totp_code(kSecret, 59), "287082");
  EXPECT_EQ(totp_code(kSecret, 1111111109), "081804");
  EXPECT_EQ(totp_code(kSecret, 1111111111), "050471");
  EXPECT_EQ(totp_code(kSecret, 1234567890), "005924");
  EXPECT_EQ(totp_code(kSecret, 2000000000), "279037");
  EXPECT_EQ(totp_code(kSecret, 20000000000), "353130");
}

TEST(Totp, VerifyReturnsTheStepAndHonoursWindow) {
  const std::int64_t t = 1111111111;  // step 37037037
  EXPECT_EQ(verify_totp(kSecret, "050471", t), 37037037);
  EXPECT_EQ(verify_totp(kSecret, "050471", t + 30), 37037037);  // one step late: accepted
  EXPECT_EQ(verify_totp(kSecret, "050471", t - 30), 37037037);  // one step early: accepted
  EXPECT_FALSE(verify_totp(kSecret, "050471", t + 60));
  EXPECT_FALSE(verify_totp(kSecret, "050471", t + 30, 0));
  EXPECT_EQ(verify_totp(kSecret, "050471", t + 60, 2), 37037037);
  EXPECT_EQ(verify_totp(kSecret, totp_code(kSecret, t + 30), t), 37037038);
  EXPECT_EQ(verify_totp("gezd gnbv gy3t qojq gezd gnbv gy3t qojq", "050471", t), 37037037);
}

TEST(Totp, VerifyRejectsMalformed) {
  const std::int64_t t = 1111111111;
  EXPECT_FALSE(verify_totp(kSecret, "050472", t));
  EXPECT_FALSE(verify_totp(kSecret, "50471", t));
  EXPECT_FALSE(verify_totp(kSecret, "0504710", t));
  EXPECT_FALSE(verify_totp(kSecret, "05047a", t));
  EXPECT_FALSE(verify_totp(kSecret, "", t));
  EXPECT_FALSE(verify_totp("not base32!", "050471", t));
  EXPECT_FALSE(verify_totp("", "050471", t));
  EXPECT_FALSE(verify_totp(kSecret, "287082", -1));
  EXPECT_EQ(verify_totp(kSecret, "287082", 0), 1);  // step 0 window clipped at 0
  EXPECT_THROW(totp_code("!!", 0), std::invalid_argument);
  EXPECT_THROW(totp_code(kSecret, -5), std::invalid_argument);
}

TEST(Totp, GeneratedSecret) {
  const std::string s = generate_totp_secret();
  EXPECT_EQ(s.size(), 32u);
  EXPECT_EQ(s.find('='), std::string::npos);
  EXPECT_EQ(base32_decode(s)->size(), 20u);
  EXPECT_NE(s, generate_totp_secret());
  EXPECT_TRUE(verify_totp(s, totp_code(s, 1700000000), 1700000000));
}

TEST(Totp, OtpauthUri) {
  EXPECT_EQ(otpauth_uri("Mingdeng", "alice@example.org", "JBSWY3DPEHPK3PXP"),
            "otpauth://totp/Mingdeng:alice%40example.org?secret=JBSWY3DPEHPK3PXP"
            "&issuer=Mingdeng&algorithm=SHA1&digits=6&period=30");
  EXPECT_EQ(otpauth_uri("明灯 系统", "张三:1", "ABC"),
            "otpauth://totp/%E6%98%8E%E7%81%AF%20%E7%B3%BB%E7%BB%9F:%E5%BC%A0%E4%B8%89%3A1"
            "?secret=ABC&issuer=%E6%98%8E%E7%81%AF%20%E7%B3%BB%E7%BB%9F"
            "&algorithm=SHA1&digits=6&period=30");
  EXPECT_EQ(otpauth_uri("", "bob", "ABC"),
            "otpauth://totp/bob?secret=ABC&algorithm=SHA1&digits=6&period=30");
}

}  // namespace
}  // namespace md::crypto
