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

CountSolver::CountSolver(std::int64_t ballots, Form form) : ballots_(ballots) {
  if (ballots < 0) throw std::invalid_argument("ballot: negative ballot count");
  baby_.resize(static_cast<std::size_t>(ballots) + 1);
  const Point g = base_point();
  Point p = identity();
  for (std::size_t k = 0; k < baby_.size(); ++k) {
    if (k > 0) p = add(p, g);
    baby_[k] = {key_of(p.bytes), static_cast<std::int64_t>(k), p.bytes};
  }
  std::sort(baby_.begin(), baby_.end());
  if (form != Form::grades || ballots > kMaxGradesBallots) return;
  // grades: every c0 + 4096·c1 with c0 + c1 <= ballots, so that only the two upper digits
  // need giant steps (≈ ballots²/2 each way instead of ballots³).
  const Point pack = small_g(kPackBase);
  Point row = identity();
  for (std::int64_t c1 = 0; c1 <= ballots; ++c1) {
    Point q = row;
    for (std::int64_t c0 = 0; c0 + c1 <= ballots; ++c0) {
      if (c0 > 0) q = add(q, g);
      pairs_.push_back({key_of(q.bytes), c0 + (ballots + 1) * c1, q.bytes});
    }
    row = add(row, pack);
  }
  std::sort(pairs_.begin(), pairs_.end());
}

std::int64_t CountSolver::find(const std::vector<Entry>& table, const Point& p) {
  const auto key = key_of(p.bytes);
  auto it = std::lower_bound(table.begin(), table.end(), Entry{key, 0, {}});
  for (; it != table.end() && it->key == key; ++it) {
    if (it->point == p.bytes) return it->value;
  }
  return -1;
}

std::optional<std::vector<std::int64_t>> CountSolver::solve(
    Form form, const Ciphertext& tally, const std::vector<Point>& partials) const {
  if (!is_valid_or_identity(tally.b.bytes)) return std::nullopt;
  Point m = tally.b;
  for (const auto& d : partials) {
    if (!is_valid_or_identity(d.bytes)) return std::nullopt;
    m = sub(m, d);
  }

  if (form == Form::pick) {
    const auto k = find(baby_, m);
    if (k < 0) return std::nullopt;
    return std::vector<std::int64_t>{k};
  }
  if (ballots_ >= static_cast<std::int64_t>(kPackBase)) return std::nullopt;
  if (form == Form::grades) return solve_grades(m);
  // options3: m = c0 + 4096·c1 with c0 + c1 <= ballots; giant steps over c1.
  const Point step = small_g(kPackBase);
  for (std::int64_t c1 = 0; c1 <= ballots_; ++c1) {
    const auto c0 = find(baby_, m);
    if (c0 >= 0 && c0 <= ballots_ - c1)
      return std::vector<std::int64_t>{c0, c1, ballots_ - c0 - c1};
    if (c1 < ballots_) m = sub(m, step);
  }
  return std::nullopt;
}

// m = c0 + 4096·c1 + 4096²·c2 + 4096³·c3, c4 = ballots − the rest: giant steps over c3 and c2,
// the pair table for c0 and c1.
std::optional<std::vector<std::int64_t>> CountSolver::solve_grades(Point m) const {
  if (pairs_.empty()) return std::nullopt;  // built for another form or too many ballots
  const Point step2 = small_g(kPackBase * kPackBase);
  const Point step3 = small_g(kPackBase * kPackBase * kPackBase);
  for (std::int64_t c3 = 0; c3 <= ballots_; ++c3) {
    Point rest = m;
    for (std::int64_t c2 = 0; c2 + c3 <= ballots_; ++c2) {
      const auto packed = find(pairs_, rest);
      if (packed >= 0) {
        const std::int64_t c0 = packed % (ballots_ + 1), c1 = packed / (ballots_ + 1);
        if (c0 + c1 + c2 + c3 <= ballots_) {
          return std::vector<std::int64_t>{c0, c1, c2, c3, ballots_ - c0 - c1 - c2 - c3};
        }
      }
      rest = sub(rest, step2);
    }
    m = sub(m, step3);
  }
  return std::nullopt;
}

}  // namespace md::ballot
