#pragma once
// Internal to server/platform/ballot: ristretto255 and scalar arithmetic over libsodium's public
// API with the 1.0.18 pitfalls handled (docs/shared ENGINEERING "Verifiable ballots"):
// - points from outside are checked for bit 255, validity and the identity (parse_point);
// - crypto_scalarmult_ristretto255* return -1 for an identity result: mul()/base_mul() map that
//   to the identity point instead of treating it as an error or reading garbage;
// - scalars from outside are checked < L (parse_scalar); scalar mult does not reduce.
// Not part of the public interface (ballot.hpp); tests may include it to build forged proofs.
#include <sodium.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/ballot/ballot.hpp"

namespace md::ballot::detail {

/// sodium_init() once, from any thread.
void ensure_sodium();

/// 64 lowercase hex → 32 bytes; nullopt on any other input.
std::optional<Bytes32> hex32(std::string_view hex);
/// True for 32 lowercase hex characters (the alias format).
bool is_alias(std::string_view s);

bool is_identity(const Point& p);
/// A point from anywhere: canonical encoding, bit 255 clear, valid; identity allowed.
bool is_valid_or_identity(const Bytes32& b);
/// Like parse_point but the identity is allowed (tallies of no ballots).
std::optional<Point> parse_point_or_identity(std::string_view hex);

// ----- Scalars (all results reduced mod L) -----
Scalar scalar_from_u64(std::uint64_t v);
Scalar random_scalar();
Scalar add(const Scalar& a, const Scalar& b);
Scalar sub(const Scalar& a, const Scalar& b);
Scalar mul(const Scalar& a, const Scalar& b);
bool is_zero(const Scalar& s);
/// True when the 32 bytes are a canonical scalar (< L).
bool is_canonical_scalar(const Bytes32& b);

// ----- Points (every operand must be valid or the identity; throws std::logic_error if not) --
Point base_point();
/// s·G; the identity when s = 0.
Point base_mul(const Scalar& s);
/// s·P; the identity when s = 0 or P is the identity.
Point mul(const Scalar& s, const Point& p);
Point add(const Point& p, const Point& q);
Point sub(const Point& p, const Point& q);
/// int(v)·G, from a static table for the allowed values and small sums.
Point small_g(std::uint64_t v);

/// H(tag, parts…) of VOTE-PROTOCOL: SHA-512 over u32le(len) ‖ part for the tag and every part,
/// the digest read little-endian mod L.
class Transcript {
 public:
  explicit Transcript(std::string_view tag);
  Transcript& text(std::string_view s);
  Transcript& bytes(const Bytes32& b);
  Transcript& point(const Point& p) { return bytes(p.bytes); }
  Transcript& scalar(const Scalar& s) { return bytes(s.bytes); }
  Transcript& u64(std::uint64_t v);
  /// The challenge; the transcript must not be used afterwards.
  Scalar challenge();

 private:
  void raw(const unsigned char* p, std::size_t n);
  crypto_hash_sha512_state state_;
};

// ----- Membership (disjunctive Chaum–Pedersen / CDS) proofs -----
/// Proves that `ct` = (r·G, values[t]·G + r·Y) encrypts one of `values`.
std::vector<ProofPair> prove_membership(const std::string& vote_uid, const std::string& alias,
                                        std::string_view label, const Point& y,
                                        const Ciphertext& ct, const Scalar& r,
                                        std::span<const std::uint64_t> values, std::size_t t);
/// Checks a membership proof; proof.size() must equal values.size().
bool verify_membership(const std::string& vote_uid, const std::string& alias,
                       std::string_view label, const Point& y, const Ciphertext& ct,
                       std::span<const std::uint64_t> values, std::span<const ProofPair> proof);
/// "q" + str(index).
std::string question_label(std::size_t index);

}  // namespace md::ballot::detail
