// The donations ledger's pure decisions (rules.hpp).
#include "modules/donations/rules.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "platform/cases/workdays.hpp"

namespace md::donations {

namespace {
bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }
}  // namespace

FieldErrors check_entry(const Entry& e, std::string_view today) {
  FieldErrors out;
  bool money = e.kind == "money", goods = e.kind == "goods";
  if (!money && !goods) out.emplace_back("kind", "donations.kind");
  if (e.donor_kind == "person") {
    if (!e.has_person) out.emplace_back("donorPersonId", "donations.person_required");
  } else if (e.donor_kind == "unit") {
    if (blank(e.donor_name)) out.emplace_back("donorName", "donations.donor_required");
  } else {
    out.emplace_back("donorKind", "donations.donor_kind");
  }
  if (!cases::is_date(e.donated_on)) {
    out.emplace_back("donatedOn", "donations.date_format");
  } else if (e.donated_on > today) {
    out.emplace_back("donatedOn", "donations.date_future");
  }
  if (blank(e.recipient)) out.emplace_back("recipient", "donations.recipient_required");
  if (blank(e.campaign)) out.emplace_back("campaign", "donations.campaign_required");
  if (money && (e.amount_fen <= 0 || e.amount_fen > kMaxFen)) {
    out.emplace_back("amountFen", "donations.amount_positive");
  }
  if (goods) {
    if (blank(e.item)) out.emplace_back("item", "donations.item_required");
    if (e.quantity <= 0 || e.quantity > 100'000'000) {
      out.emplace_back("quantity", "donations.quantity_positive");
    }
    if (e.value_fen <= 0 || e.value_fen > kMaxFen) {
      out.emplace_back("valueFen", "donations.value_positive");
    }
  }
  return out;
}

std::int64_t worth_fen(std::string_view kind, std::int64_t amount_fen, std::int64_t value_fen) {
  return kind == "money" ? amount_fen : value_fen;
}

std::vector<CampaignTotal> totals_by_campaign(const std::vector<Line>& lines) {
  std::map<std::string, CampaignTotal> by;
  std::map<std::string, std::set<std::string>> donors;
  CampaignTotal all;
  std::set<std::string> all_donors;
  for (const auto& l : lines) {
    auto& t = by[l.campaign];
    t.campaign = l.campaign;
    auto worth = worth_fen(l.kind, l.amount_fen, l.value_fen);
    (l.kind == "money" ? t.money_fen : t.goods_fen) += worth;
    (l.kind == "money" ? all.money_fen : all.goods_fen) += worth;
    t.total_fen += worth;
    all.total_fen += worth;
    ++t.entries;
    ++all.entries;
    donors[l.campaign].insert(l.donor);
    all_donors.insert(l.donor);
  }
  std::vector<CampaignTotal> out;
  for (auto& [name, t] : by) {
    t.donors = static_cast<std::int64_t>(donors[name].size());
    out.push_back(t);
  }
  std::stable_sort(out.begin(), out.end(), [](const CampaignTotal& a, const CampaignTotal& b) {
    return a.total_fen > b.total_fen;
  });
  if (out.size() > 1) {
    all.donors = static_cast<std::int64_t>(all_donors.size());
    out.push_back(all);
  }
  return out;
}

std::string yuan_text(std::int64_t fen) {
  bool negative = fen < 0;
  std::uint64_t v =
      negative ? static_cast<std::uint64_t>(-(fen + 1)) + 1 : static_cast<std::uint64_t>(fen);
  std::string cents = std::to_string(v % 100);
  if (cents.size() < 2) cents = "0" + cents;
  std::string whole = std::to_string(v / 100), grouped;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
    grouped += whole[i];
  }
  return (negative ? "-" : "") + grouped + "." + cents;
}

}  // namespace md::donations
