#include "platform/backup/format.hpp"

#include <openssl/crypto.h>

#include <array>
#include <vector>

#include "platform/crypto/base.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/crypto/stream.hpp"

namespace md::backup {
namespace {

constexpr std::string_view kMagic = "MDBK";
constexpr std::string_view kTrailerMagic = "MDBE";
constexpr std::uint8_t kVersion = 1;
constexpr std::size_t kFixed = 16;  // magic, version, kind, key source, reserved, created-at
constexpr std::size_t kSaltSize = 16, kIvSize = 16, kCheckSize = 16, kTagSize = 32;
constexpr std::size_t kTrailer = 4 + 8 + kTagSize;

struct Keys {
  std::string enc, mac, check;
  ~Keys() {
    for (auto* s : {&enc, &mac, &check}) OPENSSL_cleanse(s->data(), s->size());
  }
};

// One backup key, three purposes kept apart; the salt makes every file's keys fresh, so the
// CTR key stream never repeats across files even if an IV did.
Keys derive(std::string_view key, std::string_view salt) {
  if (key.size() != 32) throw std::invalid_argument("backup key must be exactly 32 bytes");
  std::string prk = crypto::hmac_sm3(key, std::string("mingdeng-backup-v1").append(salt));
  Keys k{crypto::hmac_sm3(prk, "enc").substr(0, 16), crypto::hmac_sm3(prk, "mac"),
         crypto::hmac_sm3(prk, "check").substr(0, kCheckSize)};
  OPENSSL_cleanse(prk.data(), prk.size());
  return k;
}

void put_u64(std::string& out, std::uint64_t v) {
  for (int shift = 56; shift >= 0; shift -= 8)
    out.push_back(static_cast<char>((v >> shift) & 0xff));
}

std::uint64_t get_u64(std::string_view in) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < 8; ++i) v = (v << 8) | static_cast<unsigned char>(in[i]);
  return v;
}

std::string trailer_prefix(std::uint64_t length) {
  std::string t(kTrailerMagic);
  put_u64(t, length);
  return t;
}

std::string read_exact(std::istream& in, std::size_t n) {
  std::string buf(n, '\0');
  in.read(buf.data(), static_cast<std::streamsize>(n));
  buf.resize(static_cast<std::size_t>(in.gcount()));
  return buf;
}

struct Parsed {
  Header header;
  std::string raw;  // the header bytes as stored (authenticated by the tag)
  std::string salt, iv, check;
};

Parsed parse_header(std::istream& in) {
  Parsed p;
  in.clear();  // callers may pass the same stream again (verify, then decrypt)
  in.seekg(0);
  p.raw = read_exact(in, kFixed);
  if (p.raw.size() < kMagic.size() || std::string_view(p.raw).substr(0, 4) != kMagic) {
    throw FormatError(Problem::not_a_backup, "not a Mingdeng backup file (no MDBK header)");
  }
  if (p.raw.size() < kFixed) throw FormatError(Problem::truncated, "backup file is truncated");
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(p.raw[i]); };
  if (byte(4) != kVersion) {
    throw FormatError(Problem::unsupported_version,
                      "backup format version " + std::to_string(byte(4)) +
                          " is not supported by this Mingdeng (it reads version 1)");
  }
  if (byte(5) != 1 && byte(5) != 2) throw FormatError(Problem::altered, "backup header altered");
  p.header.kind = static_cast<Kind>(byte(5));
  p.header.key_source = byte(6) == 2 ? KeySource::backup_key_file : KeySource::master_key;
  p.header.created_at = static_cast<std::int64_t>(get_u64(std::string_view(p.raw).substr(8)));
  std::string len = read_exact(in, 1);
  if (len.size() != 1) throw FormatError(Problem::truncated, "backup file is truncated");
  p.raw += len;
  std::string rest =
      read_exact(in, static_cast<unsigned char>(len[0]) + kSaltSize + kIvSize + kCheckSize);
  if (rest.size() != static_cast<unsigned char>(len[0]) + kSaltSize + kIvSize + kCheckSize) {
    throw FormatError(Problem::truncated, "backup file is truncated");
  }
  p.raw += rest;
  std::string_view r(rest);
  p.header.tool_version = std::string(r.substr(0, static_cast<unsigned char>(len[0])));
  r.remove_prefix(p.header.tool_version.size());
  p.salt = r.substr(0, kSaltSize);
  p.iv = r.substr(kSaltSize, kIvSize);
  p.check = r.substr(kSaltSize + kIvSize, kCheckSize);
  return p;
}

std::string key_hint(const Header& h) {
  return h.key_source == KeySource::backup_key_file
             ? "wrong key: this backup was made with a separate backup key (--backup-key-file)"
             : "wrong key: this backup was made with the deployment's personal-data key "
               "(--key-file / MINGDENG_KEY of the deployment that made it)";
}

// Everything verify() learns, so decrypt() can stream the body afterwards.
struct Checked {
  Parsed parsed;
  std::uint64_t body_length = 0;
  std::string tag;
};

Checked check_file(std::istream& in, const Keys& keys, Parsed parsed) {
  Checked c{std::move(parsed), 0, {}};
  if (!crypto::constant_time_equal(keys.check, c.parsed.check)) {
    throw FormatError(Problem::wrong_key, key_hint(c.parsed.header));
  }
  in.clear();
  in.seekg(0, std::ios::end);
  const auto size = static_cast<std::uint64_t>(in.tellg());
  const std::uint64_t head = c.parsed.raw.size();
  const auto truncated = [] {
    return FormatError(
        Problem::truncated,
        "backup file is truncated or damaged (incomplete copy or interrupted backup)");
  };
  if (size < head + kTrailer) throw truncated();
  in.seekg(static_cast<std::streamoff>(size - kTrailer));
  std::string trailer = read_exact(in, kTrailer);
  if (std::string_view(trailer).substr(0, 4) != kTrailerMagic) throw truncated();
  c.body_length = get_u64(std::string_view(trailer).substr(4));
  if (c.body_length != size - head - kTrailer) {
    if (c.body_length > size - head - kTrailer) throw truncated();
    throw FormatError(Problem::altered, "backup file was altered (length does not match)");
  }
  c.tag = trailer.substr(12);
  crypto::HmacSm3Stream mac(keys.mac);
  mac.update(c.parsed.raw);
  in.seekg(static_cast<std::streamoff>(head));
  std::vector<char> buf(kChunk);
  for (std::uint64_t left = c.body_length; left > 0;) {
    const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(left, kChunk));
    in.read(buf.data(), static_cast<std::streamsize>(n));
    if (static_cast<std::size_t>(in.gcount()) != n) throw truncated();
    mac.update(std::string_view(buf.data(), n));
    left -= n;
  }
  mac.update(trailer_prefix(c.body_length));
  if (!crypto::constant_time_equal(mac.final(), c.tag)) {
    throw FormatError(Problem::altered,
                      "backup file was altered or damaged (integrity tag mismatch)");
  }
  return c;
}

}  // namespace

struct Writer::Impl {
  std::ostream& out;
  Keys keys;
  crypto::Sm4CtrStream ctr;
  crypto::HmacSm3Stream mac;
  std::uint64_t length = 0;
  bool finished = false;
  Impl(std::ostream& o, Keys k, std::string_view iv)
      : out(o), keys(std::move(k)), ctr(keys.enc, iv), mac(keys.mac) {}
};

Writer::Writer(std::ostream& out, std::string_view key, const Header& header) {
  if (header.tool_version.size() > 255) throw std::invalid_argument("tool version too long");
  const std::string salt = crypto::random_bytes(kSaltSize);
  const std::string iv = crypto::random_bytes(kIvSize);
  Keys keys = derive(key, salt);
  std::string head(kMagic);
  head.push_back(static_cast<char>(kVersion));
  head.push_back(static_cast<char>(header.kind));
  head.push_back(static_cast<char>(header.key_source));
  head.push_back('\0');
  put_u64(head, static_cast<std::uint64_t>(header.created_at));
  head.push_back(static_cast<char>(header.tool_version.size()));
  head += header.tool_version;
  head += salt;
  head += iv;
  head += keys.check;
  impl_ = std::make_unique<Impl>(out, std::move(keys), iv);
  impl_->mac.update(head);
  out.write(head.data(), static_cast<std::streamsize>(head.size()));
  if (!out) throw std::runtime_error("cannot write the backup file");
}

Writer::~Writer() = default;

void Writer::write(std::string_view plain) {
  const std::string cipher = impl_->ctr.update(plain);
  impl_->mac.update(cipher);
  impl_->length += cipher.size();
  impl_->out.write(cipher.data(), static_cast<std::streamsize>(cipher.size()));
  if (!impl_->out) throw std::runtime_error("cannot write the backup file (disk full?)");
}

void Writer::finish() {
  std::string trailer = trailer_prefix(impl_->length);
  impl_->mac.update(trailer);
  trailer += impl_->mac.final();
  impl_->out.write(trailer.data(), static_cast<std::streamsize>(trailer.size()));
  impl_->out.flush();
  if (!impl_->out) throw std::runtime_error("cannot write the backup file (disk full?)");
  impl_->finished = true;
}

Header peek_header(std::istream& in) { return parse_header(in).header; }

Header verify(std::istream& in, std::string_view key) {
  Parsed p = parse_header(in);
  Keys keys = derive(key, p.salt);
  return check_file(in, keys, std::move(p)).parsed.header;
}

Header decrypt(std::istream& in, std::string_view key,
               const std::function<void(std::string_view)>& sink) {
  Parsed p = parse_header(in);
  Keys keys = derive(key, p.salt);
  Checked c = check_file(in, keys, std::move(p));
  // Second pass: decrypt, and MAC again so a file swapped between the passes is still caught
  // (the caller only commits what it wrote once this returns).
  crypto::Sm4CtrStream ctr(keys.enc, c.parsed.iv);
  crypto::HmacSm3Stream mac(keys.mac);
  mac.update(c.parsed.raw);
  in.clear();
  in.seekg(static_cast<std::streamoff>(c.parsed.raw.size()));
  std::vector<char> buf(kChunk);
  for (std::uint64_t left = c.body_length; left > 0;) {
    const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(left, kChunk));
    in.read(buf.data(), static_cast<std::streamsize>(n));
    if (static_cast<std::size_t>(in.gcount()) != n) {
      throw FormatError(Problem::truncated, "backup file changed while it was read");
    }
    const std::string_view cipher(buf.data(), n);
    mac.update(cipher);
    std::string plain = ctr.update(cipher);
    sink(plain);
    OPENSSL_cleanse(plain.data(), plain.size());
    left -= n;
  }
  mac.update(trailer_prefix(c.body_length));
  if (!crypto::constant_time_equal(mac.final(), c.tag)) {
    throw FormatError(Problem::altered, "backup file changed while it was read");
  }
  return c.parsed.header;
}

}  // namespace md::backup
