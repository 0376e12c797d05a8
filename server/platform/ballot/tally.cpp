// Homomorphic tally, partial decryptions as JSON, and count recovery (VOTE-PROTOCOL "Tally and
// decryption").
#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <utility>

#include "platform/ballot/ballot.hpp"
#include "platform/ballot/group.hpp"

namespace md::ballot {
namespace {

using namespace detail;
using nlohmann::json;

std::uint64_t key_of(const Bytes32& b) {
  std::uint64_t k = 0;
  std::memcpy(&k, b.data(), sizeof k);
  return k;
}

bool is_hex_string(const json& obj, const char* key) {
  const auto it = obj.find(key);
  return it != obj.end() && it->is_string();
}

}  // namespace

std::vector<Ciphertext> add_to_tally(std::vector<Ciphertext> acc, const Ballot& b) {
  if (acc.empty()) acc.assign(b.items.size(), Ciphertext{identity(), identity()});
  if (acc.size() != b.items.size()) {
    throw std::invalid_argument("ballot: tally and ballot differ in question count");
  }
  for (std::size_t i = 0; i < acc.size(); ++i) {
    acc[i].a = add(acc[i].a, b.items[i].ct.a);
    acc[i].b = add(acc[i].b, b.items[i].ct.b);
  }
  return acc;
}

json tally_to_json(const std::vector<Ciphertext>& t) {
  json out = json::array();
  for (const auto& ct : t) out.push_back({{"a", to_hex(ct.a.bytes)}, {"b", to_hex(ct.b.bytes)}});
  return out;
}

std::optional<std::vector<Ciphertext>> tally_from_json(const json& j) {
  if (!j.is_array()) return std::nullopt;
  std::vector<Ciphertext> out;
  out.reserve(j.size());
  for (const auto& e : j) {
    if (!e.is_object() || e.size() != 2 || !is_hex_string(e, "a") || !is_hex_string(e, "b")) {
      return std::nullopt;
    }
    // A sum of no ballots is the identity, so it is allowed here (unlike in a ballot).
    auto a = parse_point_or_identity(e["a"].get_ref<const std::string&>());
    auto b = parse_point_or_identity(e["b"].get_ref<const std::string&>());
    if (!a || !b) return std::nullopt;
    out.push_back({*a, *b});
  }
  return out;
}

json partial_to_json(const Partial& p) {
  return {{"d", to_hex(p.d.bytes)},
          {"proof", json::array({to_hex(p.proof.c.bytes), to_hex(p.proof.z.bytes)})}};
}

std::optional<Partial> partial_from_json(const json& j) {
  if (!j.is_object() || j.size() != 2 || !is_hex_string(j, "d")) return std::nullopt;
  const auto proof = j.find("proof");
  if (proof == j.end() || !proof->is_array() || proof->size() != 2 || !(*proof)[0].is_string() ||
      !(*proof)[1].is_string()) {
    return std::nullopt;
  }
  // D = x·A is the identity exactly when A is (a tally of no ballots); verify_partial decides.
  auto d = parse_point_or_identity(j["d"].get_ref<const std::string&>());
  auto c = parse_scalar((*proof)[0].get_ref<const std::string&>());
  auto z = parse_scalar((*proof)[1].get_ref<const std::string&>());
  if (!d || !c || !z) return std::nullopt;
  return Partial{*d, {*c, *z}};
}

CountSolver::CountSolver(std::int64_t ballots) : ballots_(ballots) {
  if (ballots < 0) throw std::invalid_argument("ballot: negative ballot count");
  baby_.resize(static_cast<std::size_t>(ballots) + 1);
  const Point g = base_point();
  Point p = identity();
  baby_[0] = p.bytes;
  for (std::size_t k = 1; k < baby_.size(); ++k) {
    p = add(p, g);
    baby_[k] = p.bytes;
  }
}

std::optional<std::vector<std::int64_t>> CountSolver::solve(
    Form form, const Ciphertext& tally, const std::vector<Point>& partials) const {
  if (!is_valid_or_identity(tally.b.bytes)) return std::nullopt;
  Point m = tally.b;
  for (const auto& d : partials) {
    if (!is_valid_or_identity(d.bytes)) return std::nullopt;
    m = sub(m, d);
  }

  // Index of the baby steps by their first 8 bytes (sorted; collisions checked in full).
  std::vector<std::pair<std::uint64_t, std::int64_t>> index(baby_.size());
  for (std::size_t k = 0; k < baby_.size(); ++k) {
    index[k] = {key_of(baby_[k]), static_cast<std::int64_t>(k)};
  }
  std::sort(index.begin(), index.end());
  const auto find = [&](const Point& p) -> std::int64_t {
    const auto key = key_of(p.bytes);
    auto it = std::lower_bound(index.begin(), index.end(), std::make_pair(key, std::int64_t{0}));
    for (; it != index.end() && it->first == key; ++it) {
      if (baby_[static_cast<std::size_t>(it->second)] == p.bytes) return it->second;
    }
    return -1;
  };

  if (form == Form::pick) {
    const auto k = find(m);
    if (k < 0) return std::nullopt;
    return std::vector<std::int64_t>{k};
  }
  // options3: m = c0 + 4096·c1 with c0 + c1 <= ballots; giant steps over c1.
  if (ballots_ >= static_cast<std::int64_t>(kPackBase)) return std::nullopt;
  const Point step = small_g(kPackBase);
  for (std::int64_t c1 = 0; c1 <= ballots_; ++c1) {
    const auto c0 = find(m);
    if (c0 >= 0 && c0 <= ballots_ - c1)
      return std::vector<std::int64_t>{c0, c1, ballots_ - c0 - c1};
    if (c1 < ballots_) m = sub(m, step);
  }
  return std::nullopt;
}

}  // namespace md::ballot
