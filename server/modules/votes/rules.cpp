#include "modules/votes/rules.hpp"

#include <algorithm>
#include <numeric>

namespace md::votes {

std::string_view outcome_code(ProjectOutcome o) {
  switch (o) {
    case ProjectOutcome::chosen:
      return "chosen";
    case ProjectOutcome::passed_no_seat:
      return "passed_no_seat";
    case ProjectOutcome::tie:
      return "tie";
    case ProjectOutcome::failed:
      return "failed";
  }
  return "failed";
}

std::vector<ProjectOutcome> decide_projects(const std::vector<std::int64_t>& yes,
                                            std::int64_t eligible, std::int64_t seats) {
  std::vector<ProjectOutcome> out(yes.size(), ProjectOutcome::failed);
  std::vector<std::size_t> passing;
  for (std::size_t i = 0; i < yes.size(); ++i) {
    if (2 * yes[i] > eligible) passing.push_back(i);  // strictly more than half of ALL eligible
  }
  std::stable_sort(passing.begin(), passing.end(),
                   [&](std::size_t a, std::size_t b) { return yes[a] > yes[b]; });
  auto n = static_cast<std::int64_t>(passing.size());
  if (n <= seats) {
    for (auto i : passing) out[i] = ProjectOutcome::chosen;
    return out;
  }
  // More pass than seats: the yes count at the last seat decides; everyone above it is chosen,
  // everyone at it shares the tie unless they all fit.
  std::int64_t cutoff = yes[passing[static_cast<std::size_t>(seats - 1)]];
  std::int64_t above = 0, at = 0;
  for (auto i : passing) {
    if (yes[i] > cutoff) ++above;
    if (yes[i] == cutoff) ++at;
  }
  for (auto i : passing) {
    if (yes[i] > cutoff) {
      out[i] = ProjectOutcome::chosen;
    } else if (yes[i] == cutoff) {
      out[i] = above + at <= seats ? ProjectOutcome::chosen : ProjectOutcome::tie;
    } else {
      out[i] = ProjectOutcome::passed_no_seat;
    }
  }
  return out;
}

std::string_view grade_code(Grade g) {
  switch (g) {
    case Grade::satisfied:
      return "satisfied";
    case Grade::basically:
      return "basically";
    case Grade::unsatisfied:
      return "unsatisfied";
  }
  return "unsatisfied";
}

Grade grade_satisfaction(std::int64_t satisfied, std::int64_t basically, std::int64_t members) {
  if (2 * satisfied > members) return Grade::satisfied;
  if (2 * (satisfied + basically) > members) return Grade::basically;
  return Grade::unsatisfied;
}

std::optional<std::int64_t> satisfaction_rate_permille(std::int64_t satisfied,
                                                       std::int64_t basically,
                                                       std::int64_t valid_ballots) {
  if (valid_ballots <= 0) return std::nullopt;
  return ((satisfied + basically) * 2000 + valid_ballots) / (2 * valid_ballots);
}

bool has_quorum(std::int64_t ballots, std::int64_t members) { return 2 * ballots > members; }

std::optional<std::string> check_paper_entry(const PaperEntry& e, bool options3,
                                             std::size_t questions, std::int64_t max_picks) {
  if (e.counts.size() != questions) return "votes.paper_shape";
  if (e.ballots < 0) return "votes.paper_negative";
  std::int64_t marks = 0;
  for (const auto& q : e.counts) {
    if (q.size() != (options3 ? 3u : 1u)) return "votes.paper_shape";
    for (auto c : q) {
      if (c < 0) return "votes.paper_negative";
    }
    if (options3 && std::accumulate(q.begin(), q.end(), std::int64_t{0}) != e.ballots) {
      return "votes.paper_sum";
    }
    if (!options3) {
      if (q[0] > e.ballots) return "votes.paper_pick_limit";
      marks += q[0];
    }
  }
  if (!options3 && marks > e.ballots * max_picks) return "votes.paper_pick_limit";
  return std::nullopt;
}

std::vector<PaperDifference> compare_paper_entries(const PaperEntry& a, const PaperEntry& b) {
  std::vector<PaperDifference> out;
  if (a.ballots != b.ballots) out.push_back({-1, -1, a.ballots, b.ballots});
  for (std::size_t q = 0; q < std::max(a.counts.size(), b.counts.size()); ++q) {
    const Counts empty;
    const Counts& x = q < a.counts.size() ? a.counts[q] : empty;
    const Counts& y = q < b.counts.size() ? b.counts[q] : empty;
    for (std::size_t o = 0; o < std::max(x.size(), y.size()); ++o) {
      std::int64_t vx = o < x.size() ? x[o] : 0, vy = o < y.size() ? y[o] : 0;
      if (vx != vy) out.push_back({static_cast<int>(q), static_cast<int>(o), vx, vy});
    }
  }
  return out;
}

void add_counts(std::vector<Counts>& a, const std::vector<Counts>& b) {
  if (a.empty()) {
    a = b;
    return;
  }
  for (std::size_t q = 0; q < a.size() && q < b.size(); ++q) {
    for (std::size_t o = 0; o < a[q].size() && o < b[q].size(); ++o) a[q][o] += b[q][o];
  }
}

bool is_quarter(std::string_view q) {
  if (q.size() != 6 || q[4] != 'Q' || q[5] < '1' || q[5] > '4') return false;
  for (int i = 0; i < 4; ++i) {
    if (q[static_cast<std::size_t>(i)] < '0' || q[static_cast<std::size_t>(i)] > '9') return false;
  }
  int year = std::stoi(std::string(q.substr(0, 4)));
  return year >= 2000 && year <= 2100;
}

}  // namespace md::votes
