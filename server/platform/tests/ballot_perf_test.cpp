// Timings of the ballot cryptography, printed (not asserted: machines differ). The figures in
// server/platform/ballot/README.md come from here.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <random>

#include "platform/ballot/ballot.hpp"
#include "platform/ballot/group.hpp"

namespace md::ballot {
namespace {

using Clock = std::chrono::steady_clock;
constexpr const char* kUid = "01J9PERF0000000000000000AB";

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

TEST(BallotPerf, Options3BallotOfFifteenQuestions) {
  const auto key = generate_key(kUid, 1);
  const Shape shape{Form::options3, 15, 0};
  std::mt19937 rng(1);
  constexpr int kRuns = 10;
  std::vector<nlohmann::json> posted;
  const auto t0 = Clock::now();
  for (int i = 0; i < kRuns; ++i) {
    std::vector<int> choices;
    for (int q = 0; q < 15; ++q) choices.push_back(static_cast<int>(rng() % 3));
    posted.push_back(to_json(make_ballot(kUid, random_alias(), key.pub, shape, choices)));
  }
  const double make_ms = ms_since(t0) / kRuns;
  const auto t1 = Clock::now();
  for (const auto& j : posted) {
    Ballot b;
    ASSERT_EQ(check_ballot(j, kUid, key.pub, shape, &b), BallotError::none);
  }
  const double check_ms = ms_since(t1) / kRuns;
  std::printf("[ballot] options3 x15: make %.1f ms, check %.1f ms, JSON %zu bytes\n", make_ms,
              check_ms, posted[0].dump().size());
}

TEST(BallotPerf, CountSolverThreeThousandBallotsFifteenQuestions) {
  const auto key = generate_key(kUid, 1);
  constexpr std::int64_t kBallots = 3000;
  std::mt19937 rng(2);
  // Tallies built directly from random counts (encrypting 3000 real ballots would take a minute).
  std::vector<Ciphertext> tally;
  std::vector<Point> shares;
  std::vector<std::vector<std::int64_t>> expected;
  for (int q = 0; q < 15; ++q) {
    const auto c0 = static_cast<std::int64_t>(rng() % (kBallots + 1));
    const auto c1 = static_cast<std::int64_t>(rng() % (kBallots - c0 + 1));
    expected.push_back({c0, c1, kBallots - c0 - c1});
    const Scalar r = detail::random_scalar();
    const auto m = static_cast<std::uint64_t>(c0) + kPackBase * static_cast<std::uint64_t>(c1);
    tally.push_back({detail::base_mul(r), detail::add(detail::base_mul(detail::scalar_from_u64(m)),
                                                      detail::mul(r, key.pub))});
    shares.push_back(partial_decrypt(kUid, 1, key.secret, key.pub, tally.back()).d);
  }
  const auto t0 = Clock::now();
  const CountSolver solver(kBallots);
  const double build_ms = ms_since(t0);
  const auto t1 = Clock::now();
  for (std::size_t q = 0; q < tally.size(); ++q) {
    const auto counts = solver.solve(Form::options3, tally[q], {shares[q]});
    ASSERT_TRUE(counts);
    EXPECT_EQ(*counts, expected[q]);
  }
  const double solve_ms = ms_since(t1);
  std::int64_t steps = 0;
  for (const auto& e : expected) steps += e[1] + 1;
  std::printf(
      "[ballot] CountSolver 3000 ballots: table %.0f ms, 15 questions %.0f ms "
      "(%lld giant steps)\n",
      build_ms, solve_ms, static_cast<long long>(steps));
}

}  // namespace
}  // namespace md::ballot
