// Encodings, scalar/point arithmetic and the transcript hash H (VOTE-PROTOCOL "Notation").
#include <sodium.h>

#include <algorithm>
#include <array>
#include <mutex>
#include <stdexcept>

#include "platform/ballot/ballot.hpp"
#include "platform/ballot/group.hpp"

namespace md::ballot {
namespace detail {
namespace {

// L = 2^252 + 27742317777372353535851937790883648493, little-endian.
constexpr Bytes32 kL = {0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7,
                        0xa2, 0xde, 0xf9, 0xde, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10};

int hex_digit(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  return -1;  // upper case is refused on purpose: one encoding per value
}

void require_point(const Point& p) {
  if (!is_valid_or_identity(p.bytes)) throw std::logic_error("ballot: invalid point operand");
}

// int(v)·G for v < kSmall, plus 4096·G (the options3 "option 1" value).
constexpr std::uint64_t kSmall = 65;
struct SmallTable {
  std::array<Point, kSmall> pts;
  Point pack;
  SmallTable() {
    pts[0] = identity();
    for (std::uint64_t v = 1; v < kSmall; ++v) pts[v] = base_mul(scalar_from_u64(v));
    pack = base_mul(scalar_from_u64(kPackBase));
  }
};

}  // namespace

void ensure_sodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium: sodium_init failed");
  });
}

std::optional<Bytes32> hex32(std::string_view hex) {
  if (hex.size() != 64) return std::nullopt;
  Bytes32 out{};
  for (std::size_t i = 0; i < 32; ++i) {
    const int hi = hex_digit(hex[2 * i]);
    const int lo = hex_digit(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out[i] = static_cast<unsigned char>(hi * 16 + lo);
  }
  return out;
}

bool is_alias(std::string_view s) {
  return s.size() == 32 &&
         std::all_of(s.begin(), s.end(), [](char c) { return hex_digit(c) >= 0; });
}

bool is_identity(const Point& p) {
  return std::all_of(p.bytes.begin(), p.bytes.end(), [](unsigned char b) { return b == 0; });
}

bool is_valid_or_identity(const Bytes32& b) {
  ensure_sodium();
  // libsodium 1.0.18 ignores bit 255 when decoding: such an encoding is not canonical.
  if ((b[31] & 0x80) != 0) return false;
  return crypto_core_ristretto255_is_valid_point(b.data()) == 1;
}

std::optional<Point> parse_point_or_identity(std::string_view hex) {
  auto b = hex32(hex);
  if (!b || !is_valid_or_identity(*b)) return std::nullopt;
  return Point{*b};
}

bool is_canonical_scalar(const Bytes32& b) {
  for (std::size_t i = 32; i-- > 0;) {
    if (b[i] < kL[i]) return true;
    if (b[i] > kL[i]) return false;
  }
  return false;  // equal to L
}

Scalar scalar_from_u64(std::uint64_t v) {
  Scalar s;
  for (std::size_t i = 0; i < 8; ++i) s.bytes[i] = static_cast<unsigned char>(v >> (8 * i));
  return s;
}

Scalar random_scalar() {
  ensure_sodium();
  Scalar s;
  crypto_core_ristretto255_scalar_random(s.bytes.data());
  return s;
}

Scalar add(const Scalar& a, const Scalar& b) {
  Scalar s;
  crypto_core_ristretto255_scalar_add(s.bytes.data(), a.bytes.data(), b.bytes.data());
  return s;
}

Scalar sub(const Scalar& a, const Scalar& b) {
  Scalar s;
  crypto_core_ristretto255_scalar_sub(s.bytes.data(), a.bytes.data(), b.bytes.data());
  return s;
}

Scalar mul(const Scalar& a, const Scalar& b) {
  Scalar s;
  crypto_core_ristretto255_scalar_mul(s.bytes.data(), a.bytes.data(), b.bytes.data());
  return s;
}

bool is_zero(const Scalar& s) {
  return std::all_of(s.bytes.begin(), s.bytes.end(), [](unsigned char b) { return b == 0; });
}

Point base_point() {
  static const Point g = base_mul(scalar_from_u64(1));
  return g;
}

Point base_mul(const Scalar& s) {
  ensure_sodium();
  if (!is_canonical_scalar(s.bytes)) throw std::logic_error("ballot: non-canonical scalar");
  Point out;
  // -1 means the result is the identity (s = 0 for a canonical s); the output is then zeros
  // but set it explicitly rather than rely on that.
  if (crypto_scalarmult_ristretto255_base(out.bytes.data(), s.bytes.data()) != 0) {
    return identity();
  }
  return out;
}

Point mul(const Scalar& s, const Point& p) {
  ensure_sodium();
  if (!is_canonical_scalar(s.bytes)) throw std::logic_error("ballot: non-canonical scalar");
  if (is_identity(p) || is_zero(s)) return identity();
  Point out;
  if (crypto_scalarmult_ristretto255(out.bytes.data(), s.bytes.data(), p.bytes.data()) != 0) {
    // Either p does not decode (a caller bug: points are validated on entry) or the product
    // is the identity (impossible for s in 1..L-1 and p ≠ identity in a prime-order group,
    // but be exact about it).
    require_point(p);
    return identity();
  }
  return out;
}

Point add(const Point& p, const Point& q) {
  ensure_sodium();
  Point out;
  if (crypto_core_ristretto255_add(out.bytes.data(), p.bytes.data(), q.bytes.data()) != 0) {
    require_point(p);
    require_point(q);
    throw std::logic_error("ballot: ristretto255 add failed");
  }
  return out;
}

Point sub(const Point& p, const Point& q) {
  ensure_sodium();
  Point out;
  if (crypto_core_ristretto255_sub(out.bytes.data(), p.bytes.data(), q.bytes.data()) != 0) {
    require_point(p);
    require_point(q);
    throw std::logic_error("ballot: ristretto255 sub failed");
  }
  return out;
}

Point small_g(std::uint64_t v) {
  static const SmallTable table;
  if (v < kSmall) return table.pts[v];
  if (v == kPackBase) return table.pack;
  return base_mul(scalar_from_u64(v));  // v < 2^64 < L: already canonical
}

Transcript::Transcript(std::string_view tag) {
  ensure_sodium();
  crypto_hash_sha512_init(&state_);
  text(tag);
}

void Transcript::raw(const unsigned char* p, std::size_t n) {
  crypto_hash_sha512_update(&state_, p, n);
}

Transcript& Transcript::text(std::string_view s) {
  const auto n = static_cast<std::uint32_t>(s.size());
  const unsigned char len[4] = {static_cast<unsigned char>(n), static_cast<unsigned char>(n >> 8),
                                static_cast<unsigned char>(n >> 16),
                                static_cast<unsigned char>(n >> 24)};
  raw(len, 4);
  raw(reinterpret_cast<const unsigned char*>(s.data()), s.size());
  return *this;
}

Transcript& Transcript::bytes(const Bytes32& b) {
  static constexpr unsigned char len[4] = {32, 0, 0, 0};
  raw(len, 4);
  raw(b.data(), b.size());
  return *this;
}

Transcript& Transcript::u64(std::uint64_t v) {
  unsigned char buf[12] = {8, 0, 0, 0};
  for (std::size_t i = 0; i < 8; ++i) buf[4 + i] = static_cast<unsigned char>(v >> (8 * i));
  raw(buf, sizeof buf);
  return *this;
}

Scalar Transcript::challenge() {
  unsigned char digest[crypto_hash_sha512_BYTES];
  crypto_hash_sha512_final(&state_, digest);
  Scalar c;
  crypto_core_ristretto255_scalar_reduce(c.bytes.data(), digest);
  return c;
}

std::string question_label(std::size_t index) {
  // Appending (rather than "q" + to_string) sidesteps a GCC 12 -O3 -Wrestrict false positive.
  std::string label = "q";
  label += std::to_string(index);
  return label;
}

}  // namespace detail

std::string to_hex(const Bytes32& b) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(64, '0');
  for (std::size_t i = 0; i < 32; ++i) {
    out[2 * i] = kDigits[b[i] >> 4];
    out[2 * i + 1] = kDigits[b[i] & 0x0f];
  }
  return out;
}

std::optional<Point> parse_point(std::string_view hex) {
  auto p = detail::parse_point_or_identity(hex);
  if (!p || detail::is_identity(*p)) return std::nullopt;
  return p;
}

std::optional<Scalar> parse_scalar(std::string_view hex) {
  auto b = detail::hex32(hex);
  if (!b || !detail::is_canonical_scalar(*b)) return std::nullopt;
  return Scalar{*b};
}

Point identity() { return Point{}; }

}  // namespace md::ballot
