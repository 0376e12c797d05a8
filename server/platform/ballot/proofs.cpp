// Zero-knowledge proofs of VOTE-PROTOCOL: membership (disjunctive, CDS), Schnorr proof of a
// scrutineer key, Chaum–Pedersen proof of a partial decryption.
#include <stdexcept>

#include "platform/ballot/ballot.hpp"
#include "platform/ballot/group.hpp"

namespace md::ballot {
namespace detail {
namespace {

constexpr std::string_view kMemberTag = "md-vote-v1/member";
constexpr std::string_view kKeyTag = "md-vote-v1/key";
constexpr std::string_view kPartialTag = "md-vote-v1/partial";

Transcript member_transcript(const std::string& vote_uid, const std::string& alias,
                             std::string_view label, const Point& y, const Ciphertext& ct,
                             std::span<const std::uint64_t> values) {
  Transcript h(kMemberTag);
  h.text(vote_uid).text(alias).text(label).point(y).point(ct.a).point(ct.b);
  for (const auto v : values) h.u64(v);
  return h;
}

}  // namespace

std::vector<ProofPair> prove_membership(const std::string& vote_uid, const std::string& alias,
                                        std::string_view label, const Point& y,
                                        const Ciphertext& ct, const Scalar& r,
                                        std::span<const std::uint64_t> values, std::size_t t) {
  if (t >= values.size()) throw std::invalid_argument("ballot: proof index out of range");
  const std::size_t k = values.size();
  const Scalar m = scalar_from_u64(values[t]);
  std::vector<ProofPair> proof(k);
  std::vector<Point> commit(2 * k);
  Scalar others{};  // Σ_{j≠t} c_j
  for (std::size_t j = 0; j < k; ++j) {
    if (j == t) continue;
    proof[j].c = random_scalar();
    proof[j].z = random_scalar();
    // a_j = z·G − c·A and b_j = z·Y − c·(B − s_j·G); with A = r·G and B = m·G + r·Y these are
    // u·G and u·Y − c·(m − s_j)·G for u = z − c·r: fixed-base work plus one u·Y.
    const Scalar u = sub(proof[j].z, mul(proof[j].c, r));
    commit[2 * j] = base_mul(u);
    const Scalar e = mul(proof[j].c, sub(m, scalar_from_u64(values[j])));
    commit[2 * j + 1] = sub(mul(u, y), base_mul(e));
    others = add(others, proof[j].c);
  }
  const Scalar w = random_scalar();
  commit[2 * t] = base_mul(w);
  commit[2 * t + 1] = mul(w, y);

  Transcript h = member_transcript(vote_uid, alias, label, y, ct, values);
  for (const auto& p : commit) h.point(p);
  const Scalar c = h.challenge();
  proof[t].c = sub(c, others);
  proof[t].z = add(w, mul(proof[t].c, r));
  return proof;
}

bool verify_membership(const std::string& vote_uid, const std::string& alias,
                       std::string_view label, const Point& y, const Ciphertext& ct,
                       std::span<const std::uint64_t> values, std::span<const ProofPair> proof) {
  if (proof.size() != values.size() || values.empty()) return false;
  Transcript h = member_transcript(vote_uid, alias, label, y, ct, values);
  Scalar total{};
  for (std::size_t j = 0; j < values.size(); ++j) {
    const auto& [c, z] = proof[j];
    const Point a = sub(base_mul(z), mul(c, ct.a));
    const Point shifted = values[j] == 0 ? ct.b : sub(ct.b, small_g(values[j]));
    const Point b = sub(mul(z, y), mul(c, shifted));
    h.point(a).point(b);
    total = add(total, c);
  }
  return h.challenge() == total;
}

}  // namespace detail

using namespace detail;

KeyPair generate_key(const std::string& vote_uid, int index) {
  KeyPair kp;
  kp.secret = random_scalar();
  kp.pub = base_mul(kp.secret);
  const Scalar k = random_scalar();
  const Point t = base_mul(k);
  kp.proof.c = Transcript(kKeyTag)
                   .text(vote_uid)
                   .text(std::to_string(index))
                   .point(kp.pub)
                   .point(t)
                   .challenge();
  kp.proof.s = add(k, mul(kp.proof.c, kp.secret));
  return kp;
}

bool verify_key(const std::string& vote_uid, int index, const Point& pub, const KeyProof& proof) {
  if (is_identity(pub) || !is_valid_or_identity(pub.bytes)) return false;
  if (!is_canonical_scalar(proof.c.bytes) || !is_canonical_scalar(proof.s.bytes)) return false;
  const Point t = sub(base_mul(proof.s), mul(proof.c, pub));
  const Scalar c = Transcript(kKeyTag)
                       .text(vote_uid)
                       .text(std::to_string(index))
                       .point(pub)
                       .point(t)
                       .challenge();
  return c == proof.c;
}

Point combine_keys(const std::vector<Point>& pubs) {
  Point y = identity();
  for (const auto& p : pubs) {
    if (!is_valid_or_identity(p.bytes)) throw std::invalid_argument("ballot: invalid public key");
    y = add(y, p);
  }
  return y;
}

/// The Chaum–Pedersen challenge of a partial decryption (prover and verifier alike).
static Scalar partial_challenge(const std::string& vote_uid, int index, const Point& pub,
                                const Point& a, const Point& d, const Point& t1, const Point& t2) {
  return Transcript(kPartialTag)
      .text(vote_uid)
      .text(std::to_string(index))
      .point(pub)
      .point(a)
      .point(d)
      .point(t1)
      .point(t2)
      .challenge();
}

Partial partial_decrypt(const std::string& vote_uid, int index, const Scalar& x, const Point& pub,
                        const Ciphertext& ct) {
  if (!is_canonical_scalar(x.bytes)) throw std::invalid_argument("ballot: non-canonical secret");
  if (!is_valid_or_identity(pub.bytes) || !is_valid_or_identity(ct.a.bytes)) {
    throw std::invalid_argument("ballot: invalid point");
  }
  Partial p;
  p.d = mul(x, ct.a);
  const Scalar w = random_scalar();
  const Point t1 = base_mul(w);
  const Point t2 = mul(w, ct.a);
  p.proof.c = partial_challenge(vote_uid, index, pub, ct.a, p.d, t1, t2);
  p.proof.z = add(w, mul(p.proof.c, x));
  return p;
}

bool verify_partial(const std::string& vote_uid, int index, const Point& pub, const Ciphertext& ct,
                    const Partial& p) {
  if (is_identity(pub) || !is_valid_or_identity(pub.bytes)) return false;
  if (!is_valid_or_identity(ct.a.bytes) || !is_valid_or_identity(p.d.bytes)) return false;
  if (!is_canonical_scalar(p.proof.c.bytes) || !is_canonical_scalar(p.proof.z.bytes)) {
    return false;
  }
  const Point t1 = sub(base_mul(p.proof.z), mul(p.proof.c, pub));
  const Point t2 = sub(mul(p.proof.z, ct.a), mul(p.proof.c, p.d));
  return partial_challenge(vote_uid, index, pub, ct.a, p.d, t1, t2) == p.proof.c;
}

}  // namespace md::ballot
