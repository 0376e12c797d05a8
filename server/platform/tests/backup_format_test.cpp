// The encrypted backup format: what a restore must accept and what it must refuse.
#include <gtest/gtest.h>

#include <sstream>

#include "platform/backup/format.hpp"
#include "platform/crypto/base.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/crypto/stream.hpp"

namespace md::backup {
namespace {

const std::string kKey(32, '\x42');

std::string make_file(const std::string& body, std::size_t chunk = 1000,
                      const std::string& key = kKey) {
  std::ostringstream out;
  Writer w(out, key, Header{Kind::postgres, KeySource::backup_key_file, 1764300000, "0.9.0"});
  for (std::size_t i = 0; i < body.size(); i += chunk) w.write(body.substr(i, chunk));
  w.finish();
  return out.str();
}

std::string restore(const std::string& file, const std::string& key = kKey) {
  std::istringstream in(file);
  std::string got;
  decrypt(in, key, [&](std::string_view c) { got.append(c); });
  return got;
}

Problem refusal(const std::string& file, const std::string& key = kKey) {
  std::istringstream in(file);
  std::string sunk;
  try {
    decrypt(in, key, [&](std::string_view c) { sunk.append(c); });
  } catch (const FormatError& e) {
    EXPECT_TRUE(sunk.empty()) << "bytes reached the restore before the tag was checked";
    return e.problem;
  }
  ADD_FAILURE() << "the file was accepted";
  return Problem::not_a_backup;
}

TEST(BackupFormat, RoundTripRestoresEveryByteAndTheHeader) {
  const std::string body = crypto::random_bytes(300000);  // several chunks, odd tail
  const std::string file = make_file(body, 7777);
  EXPECT_EQ(file.find(body.substr(0, 64)), std::string::npos) << "body stored in the clear";
  EXPECT_EQ(restore(file), body);
  std::istringstream in(file);
  const Header h = verify(in, kKey);
  EXPECT_EQ(h.kind, Kind::postgres);
  EXPECT_EQ(h.key_source, KeySource::backup_key_file);
  EXPECT_EQ(h.created_at, 1764300000);
  EXPECT_EQ(h.tool_version, "0.9.0");
  std::string again;  // the same stream once more, as restore does after verifying
  decrypt(in, kKey, [&](std::string_view c) { again.append(c); });
  EXPECT_EQ(again, body);
}

TEST(BackupFormat, EmptyBodyRoundTrips) { EXPECT_EQ(restore(make_file("")), ""); }

TEST(BackupFormat, TwoBackupsOfTheSameDataDiffer) {
  EXPECT_NE(make_file("same data"), make_file("same data"));  // fresh salt and IV each time
}

TEST(BackupFormat, WrongKeyIsNamedAsSuch) {
  const std::string file = make_file("personal data");
  EXPECT_EQ(refusal(file, std::string(32, '\x43')), Problem::wrong_key);
}

TEST(BackupFormat, EveryFlippedByteIsRefused) {
  const std::string file = make_file(crypto::random_bytes(2000), 300);
  for (std::size_t i = 0; i < file.size(); i += 37) {
    std::string bad = file;
    bad[i] = static_cast<char>(bad[i] ^ 0x01);
    const Problem p = refusal(bad);
    EXPECT_TRUE(p == Problem::altered || p == Problem::wrong_key || p == Problem::truncated ||
                p == Problem::not_a_backup || p == Problem::unsupported_version)
        << "byte " << i;
  }
  std::string body_flip = file;
  body_flip[file.size() / 2] ^= 0x20;
  EXPECT_EQ(refusal(body_flip), Problem::altered);
}

TEST(BackupFormat, TruncationIsRefusedAtAnyLength) {
  const std::string file = make_file(crypto::random_bytes(5000));
  for (std::size_t len : {std::size_t{0}, std::size_t{3}, std::size_t{20}, std::size_t{80},
                          file.size() / 2, file.size() - 45, file.size() - 1}) {
    const Problem p = refusal(file.substr(0, len));
    EXPECT_TRUE(p == Problem::truncated || p == Problem::not_a_backup) << "length " << len;
  }
  EXPECT_EQ(refusal(file.substr(0, file.size() - 1)), Problem::truncated);
  const Problem appended = refusal(file + "x");  // no trailer where it belongs
  EXPECT_TRUE(appended == Problem::truncated || appended == Problem::altered);
}

TEST(BackupFormat, OtherFilesAreNotBackups) {
  EXPECT_EQ(refusal("SQLite format 3\0 and more bytes here"), Problem::not_a_backup);
  std::string v2 = make_file("x");
  v2[4] = 2;
  EXPECT_EQ(refusal(v2), Problem::unsupported_version);
}

TEST(CryptoStream, ChunkedCtrAndMacEqualOneShot) {
  const std::string key(16, 'k'), iv(16, 'i'), data = crypto::random_bytes(1000);
  crypto::Sm4CtrStream whole(key, iv), parts(key, iv);
  std::string a = whole.update(data), b;
  for (std::size_t i = 0; i < data.size(); i += 13) b += parts.update(data.substr(i, 13));
  EXPECT_EQ(a, b);
  EXPECT_NE(a, data);
  crypto::Sm4CtrStream back(key, iv);
  EXPECT_EQ(back.update(a), data);
  crypto::HmacSm3Stream mac("mac key");
  mac.update(data.substr(0, 400));
  mac.update(data.substr(400));
  EXPECT_EQ(mac.final(), crypto::hmac_sm3("mac key", data));
}

}  // namespace
}  // namespace md::backup
