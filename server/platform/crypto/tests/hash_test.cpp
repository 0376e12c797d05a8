#include "platform/crypto/hash.hpp"

#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <memory>
#include <string>

namespace md::crypto {
namespace {

std::string unhex(std::string_view h) { return from_hex(h).value(); }

TEST(Sm3, PublishedVectors) {
  // GB/T 32905-2016 appendix A.
  EXPECT_EQ(sm3_hex("abc"), "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  std::string abcd;
  for (int i = 0; i < 16; ++i) abcd += "abcd";
  EXPECT_EQ(sm3_hex(abcd), "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
  const auto raw = sm3("abc");
  EXPECT_EQ(raw[0], 0x66);
  EXPECT_EQ(raw[31], 0xe0);
  EXPECT_EQ(sm3_hex("").size(), 64u);
}

TEST(HmacSha1, Rfc2202Vectors) {
  EXPECT_EQ(to_hex(hmac_sha1(std::string(20, '\x0b'), "Hi There")),
            "b617318655057264e28bc0b6fb378c8ef146be00");
  EXPECT_EQ(to_hex(hmac_sha1("Jefe", "what do ya want for nothing?")),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
}

// Independent HMAC construction (RFC 2104) over our sm3(): checks key/data order and that
// the EVP_MAC path really uses SM3.
std::string manual_hmac_sm3(std::string key, std::string_view data) {
  if (key.size() > 64) {
    const auto k = sm3(key);
    key.assign(reinterpret_cast<const char*>(k.data()), k.size());
  }
  key.resize(64, '\0');
  std::string ipad = key, opad = key;
  for (auto& c : ipad) c = static_cast<char>(c ^ 0x36);
  for (auto& c : opad) c = static_cast<char>(c ^ 0x5c);
  const auto inner = sm3(ipad + std::string(data));
  const auto outer = sm3(opad + std::string(reinterpret_cast<const char*>(inner.data()), 32));
  return std::string(reinterpret_cast<const char*>(outer.data()), 32);
}

TEST(HmacSm3, MatchesRfc2104Construction) {
  for (const std::string& key :
       {std::string(), std::string("k"), std::string(32, '\x42'), std::string(100, '\x17')}) {
    for (const std::string_view data : {"", "abc", "数据 data"}) {
      const std::string tag = hmac_sm3(key, data);
      EXPECT_EQ(tag.size(), 32u);
      EXPECT_EQ(tag, manual_hmac_sm3(key, data)) << key.size() << " " << data;
    }
  }
  EXPECT_NE(hmac_sm3("k1", "d"), hmac_sm3("k2", "d"));
}

TEST(Hex, RoundTripAndRejects) {
  const std::string bytes("\x00\x01\xab\xff", 4);
  EXPECT_EQ(to_hex(bytes), "0001abff");
  EXPECT_EQ(from_hex("0001ABff"), bytes);
  EXPECT_EQ(from_hex(""), std::string());
  EXPECT_FALSE(from_hex("abc"));
  EXPECT_FALSE(from_hex("zz"));
  EXPECT_FALSE(from_hex("0g"));
  EXPECT_FALSE(from_hex(" 00"));
}

using CipherPtr = std::unique_ptr<EVP_CIPHER, decltype(&EVP_CIPHER_free)>;
using CtxPtr = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

std::string run_cipher(const char* name, const std::string& key, const std::string& iv,
                       const std::string& in) {
  CipherPtr cipher(EVP_CIPHER_fetch(nullptr, name, nullptr), &EVP_CIPHER_free);
  if (!cipher) return "fetch failed";
  CtxPtr ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
  std::string out(in.size() + 16, '\0');
  int len = 0, tail = 0;
  auto* o = reinterpret_cast<unsigned char*>(out.data());
  if (EVP_EncryptInit_ex2(
          ctx.get(), cipher.get(), reinterpret_cast<const unsigned char*>(key.data()),
          iv.empty() ? nullptr : reinterpret_cast<const unsigned char*>(iv.data()), nullptr) != 1 ||
      EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1 ||
      EVP_EncryptUpdate(ctx.get(), o, &len, reinterpret_cast<const unsigned char*>(in.data()),
                        static_cast<int>(in.size())) != 1 ||
      EVP_EncryptFinal_ex(ctx.get(), o + len, &tail) != 1) {
    return "cipher failed";
  }
  out.resize(static_cast<std::size_t>(len + tail));
  return out;
}

TEST(Sm4, EcbPublishedVector) {
  // GB/T 32907-2016 appendix A, example 1.
  const std::string k = unhex("0123456789abcdeffedcba9876543210");
  EXPECT_EQ(to_hex(run_cipher("SM4-ECB", k, "", k)), "681edf34d206965e86b3e94f536e4246");
}

TEST(Sm4, CtrKeystreamIsSm4OfCounter) {
  // SM4-CTR (what FieldCipher uses) must produce E(iv), E(iv+1) as keystream.
  const std::string k = unhex("0123456789abcdeffedcba9876543210");
  const std::string iv = unhex("000102030405060708090a0b0c0d0eff");
  const std::string iv_next = unhex("000102030405060708090a0b0c0d0f00");
  const std::string ks = run_cipher("SM4-CTR", k, iv, std::string(32, '\0'));
  EXPECT_EQ(to_hex(ks), to_hex(run_cipher("SM4-ECB", k, "", iv + iv_next)));
}

}  // namespace
}  // namespace md::crypto
