#include "platform/crypto/field_cipher.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/crypto/base.hpp"
#include "platform/crypto/hash.hpp"

namespace md::crypto {
namespace {

namespace fs = std::filesystem;

const std::string kKey(32, '\x5a');

TEST(FieldCipher, RoundTrips) {
  const FieldCipher c(kKey);
  for (const std::string& pt :
       {std::string(), std::string("a"), std::string("430602199001011234"),
        std::string("张三丰，湖南省岳阳市"), std::string(5000, 'x'), std::string("\0bin\xff", 5)}) {
    const std::string token = c.encrypt(pt);
    EXPECT_EQ(token.rfind("v1:", 0), 0u);
    EXPECT_EQ(c.decrypt(token), pt);
  }
}

TEST(FieldCipher, LayoutIsIvCiphertextTag) {
  const FieldCipher c(kKey);
  const auto blob = base64_decode(c.encrypt("hello").substr(3));
  ASSERT_TRUE(blob);
  EXPECT_EQ(blob->size(), 16u + 5u + 32u);
}

TEST(FieldCipher, TwoEncryptionsDiffer) {
  const FieldCipher c(kKey);
  EXPECT_NE(c.encrypt("13812345678"), c.encrypt("13812345678"));
}

TEST(FieldCipher, AnyTamperingIsRejected) {
  const FieldCipher c(kKey);
  const std::string token = c.encrypt("张三 13812345678");
  // Flip every bit position's byte in the decoded blob (IV, ciphertext and tag).
  const std::string blob = base64_decode(token.substr(3)).value();
  for (std::size_t i = 0; i < blob.size(); ++i) {
    std::string bad = blob;
    bad[i] = static_cast<char>(bad[i] ^ 0x01);
    EXPECT_FALSE(c.decrypt("v1:" + base64_encode(bad))) << "byte " << i;
  }
  // And every character of the text form.
  for (std::size_t i = 0; i < token.size(); ++i) {
    std::string bad = token;
    bad[i] = bad[i] == 'A' ? 'B' : 'A';
    EXPECT_FALSE(c.decrypt(bad)) << "char " << i;
  }
  EXPECT_FALSE(c.decrypt(token.substr(0, token.size() - 4)));  // truncated
  EXPECT_FALSE(c.decrypt(token + "AAAA"));                     // extended
  EXPECT_FALSE(c.decrypt(""));
  EXPECT_FALSE(c.decrypt("v1:"));
  EXPECT_FALSE(c.decrypt("v2:" + token.substr(3)));
  EXPECT_FALSE(c.decrypt("v1:" + base64_encode(std::string(47, 'x'))));  // shorter than iv+tag
}

TEST(FieldCipher, WrongKeyIsRejected) {
  const FieldCipher a(kKey);
  const FieldCipher b(std::string(32, '\x5b'));
  EXPECT_FALSE(b.decrypt(a.encrypt("secret")));
}

TEST(FieldCipher, BlindIndexStableAndKeyed) {
  const FieldCipher a(kKey);
  const FieldCipher a2(kKey);
  const FieldCipher b(std::string(32, '\x5b'));
  const std::string idx = a.blind_index("430602199001011234");
  EXPECT_EQ(idx.size(), 64u);
  EXPECT_EQ(idx, a2.blind_index("430602199001011234"));
  EXPECT_NE(idx, a.blind_index("430602199001011235"));
  EXPECT_NE(idx, b.blind_index("430602199001011234"));
  // Not a plain hash, and not the MAC or encryption key in disguise.
  EXPECT_NE(idx, sm3_hex("430602199001011234"));
  EXPECT_NE(idx, to_hex(hmac_sm3(kKey, "430602199001011234")));
}

TEST(FieldCipher, CopiesWork) {
  const FieldCipher a(kKey);
  FieldCipher b(std::string(32, '\x01'));
  b = a;
  const FieldCipher c = b;
  EXPECT_EQ(c.decrypt(a.encrypt("x")), "x");
}

TEST(FieldCipher, RejectsBadMasterKeySize) {
  EXPECT_THROW(FieldCipher(std::string(31, 'k')), std::invalid_argument);
  EXPECT_THROW(FieldCipher(std::string(33, 'k')), std::invalid_argument);
}

TEST(FieldCipher, FromHexKey) {
  const std::string hex = to_hex(kKey);
  const FieldCipher a = FieldCipher::from_hex_key(hex);
  const FieldCipher b = FieldCipher::from_hex_key("  " + hex + "\n");  // env/file whitespace
  EXPECT_EQ(b.decrypt(a.encrypt("ok")), "ok");
  EXPECT_EQ(FieldCipher(kKey).decrypt(a.encrypt("ok")), "ok");
  EXPECT_THROW(FieldCipher::from_hex_key(hex.substr(2)), std::runtime_error);
  EXPECT_THROW(FieldCipher::from_hex_key(hex + "00"), std::runtime_error);
  EXPECT_THROW(FieldCipher::from_hex_key("zz" + hex.substr(2)), std::runtime_error);
  EXPECT_THROW(FieldCipher::from_hex_key(""), std::runtime_error);
  try {
    FieldCipher::from_hex_key("0123" + hex.substr(6));
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("64 hex"), std::string::npos);
    EXPECT_EQ(std::string(e.what()).find("0123"), std::string::npos);  // never echo the key
  }
}

class KeyFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("md_crypto_test_" + random_token(8));
    fs::create_directory(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(KeyFileTest, CreatesWithMode0600ThenReloadsSameKey) {
  const std::string path = (dir_ / "field.key").string();
  const FieldCipher first = FieldCipher::load_or_create_key_file(path);
  struct stat st {};
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  std::ifstream in(path);
  std::stringstream content;
  content << in.rdbuf();
  const std::string text = content.str();
  ASSERT_EQ(text.size(), 65u);
  EXPECT_EQ(text.back(), '\n');
  EXPECT_TRUE(from_hex(text.substr(0, 64)));

  const FieldCipher second = FieldCipher::load_or_create_key_file(path);
  EXPECT_EQ(second.decrypt(first.encrypt("持久")), "持久");
  EXPECT_EQ(FieldCipher::from_hex_key(text).blind_index("x"), first.blind_index("x"));
}

TEST_F(KeyFileTest, ReadsAnExistingKey) {
  const std::string path = (dir_ / "given.key").string();
  std::ofstream(path) << to_hex(kKey) << "\n";
  EXPECT_EQ(FieldCipher::load_or_create_key_file(path).blind_index("v"),
            FieldCipher(kKey).blind_index("v"));
}

TEST_F(KeyFileTest, BadContentThrowsClearly) {
  const std::string path = (dir_ / "bad.key").string();
  for (const std::string& content : {std::string(""), std::string("hello"), std::string(64, 'g'),
                                     std::string(66, 'a'), std::string(10000, 'a')}) {
    std::ofstream(path, std::ios::trunc) << content;
    try {
      FieldCipher::load_or_create_key_file(path);
      FAIL() << "accepted: " << content.substr(0, 10);
    } catch (const std::runtime_error& e) {
      const std::string what = e.what();
      EXPECT_NE(what.find(path), std::string::npos) << what;
      EXPECT_NE(what.find("64 hex"), std::string::npos) << what;
    }
  }
}

TEST_F(KeyFileTest, MissingParentDirectoryThrows) {
  const std::string path = (dir_ / "no" / "such" / "field.key").string();
  try {
    FieldCipher::load_or_create_key_file(path);
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("parent directory"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(fs::exists(path));
}

}  // namespace
}  // namespace md::crypto
