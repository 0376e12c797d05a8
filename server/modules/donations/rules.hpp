#pragma once
// The donations ledger's decisions: what a money or goods entry must hold, the value an entry
// counts for, the totals by campaign, and yuan as people read them. Pure: no SQL, no HTTP.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace md::donations {

/// (field, code) pairs; empty when valid.
using FieldErrors = std::vector<std::pair<std::string, std::string>>;

/// The most one entry may be worth: 100 million yuan, in fen (keeps sums far from overflow).
constexpr std::int64_t kMaxFen = 10'000'000'000;

/// A ledger entry as entered.
struct Entry {
  std::string kind;         ///< money | goods
  std::string donor_kind;   ///< person | unit
  std::string donor_name;   ///< a unit's name (a person's comes from the register)
  bool has_person = false;  ///< donor_person_id given
  std::string donated_on;   ///< YYYY-MM-DD
  std::string recipient, campaign;
  std::int64_t amount_fen = 0;  ///< money
  std::string item;             ///< goods
  std::int64_t quantity = 0;    ///< goods
  std::int64_t value_fen = 0;   ///< goods, estimated
};

/// Field errors of an entry (`today`: no donation in the future).
FieldErrors check_entry(const Entry& e, std::string_view today);

/// What an entry counts for in totals: the amount of money, the estimated value of goods.
std::int64_t worth_fen(std::string_view kind, std::int64_t amount_fen, std::int64_t value_fen);

/// One row of the ledger, as the totals read it.
struct Line {
  std::string campaign;
  std::string kind;
  std::int64_t amount_fen = 0;
  std::int64_t value_fen = 0;
  std::string donor;  ///< for counting distinct donors
};
struct CampaignTotal {
  std::string campaign;
  std::int64_t money_fen = 0;
  std::int64_t goods_fen = 0;
  std::int64_t total_fen = 0;
  std::int64_t entries = 0;
  std::int64_t donors = 0;
};
/// Totals per campaign, the largest total first (ties by campaign name), plus the grand
/// total as the last element named "" when there is more than one campaign.
std::vector<CampaignTotal> totals_by_campaign(const std::vector<Line>& lines);

/// "31,360.50" for 3136050 fen (thousands separated, always two decimals; "-" prefix if < 0).
std::string yuan_text(std::int64_t fen);

}  // namespace md::donations
