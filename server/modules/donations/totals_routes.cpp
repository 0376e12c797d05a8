// Totals by campaign (rules.hpp totals_by_campaign) and the acknowledgement list (致谢名单):
// one line per donor of a campaign with the money given and the goods, for printing.
#include <map>

#include "modules/donations/store.hpp"
#include "platform/core/errors.hpp"
#include "platform/http/context.hpp"
#include "platform/http/route.hpp"

namespace md::donations {
using http::Context;
using http::Response;
using http::Route;

std::vector<Route> totals_routes();
int year_query(const Context& ctx);

namespace {

Json total_json(const CampaignTotal& t) {
  return {{"campaign", t.campaign},
          {"moneyFen", t.money_fen},
          {"goodsFen", t.goods_fen},
          {"totalFen", t.total_fen},
          {"totalYuan", yuan_text(t.total_fen)},
          {"entries", t.entries},
          {"donors", t.donors}};
}

Response get_totals(Context& ctx) {
  auto totals = totals_by_campaign(ledger_lines(ctx.db, year_query(ctx), ctx.query("campaign")));
  Json items = Json::array();
  Json grand = nullptr;
  for (const auto& t : totals) {
    if (t.campaign.empty()) {
      grand = total_json(t);
    } else {
      items.push_back(total_json(t));
    }
  }
  if (grand.is_null() && items.size() == 1) grand = items[0];
  if (grand.is_null()) grand = total_json({});
  return Response::json({{"items", items}, {"total", grand}});
}

// Donors of the campaign in the order of their first gift; a person is one donor, a unit is
// one donor per name.
Response get_acknowledgement(Context& ctx) {
  std::string campaign = ctx.query("campaign");
  if (campaign.empty()) throw bad_request("request.bad_query", {{"param", "campaign"}});
  struct Donor {
    std::string name, kind, first_on;
    std::int64_t money = 0, goods = 0;
    std::vector<std::string> items;
  };
  std::vector<Donor> donors;
  std::map<std::string, std::size_t> at;
  std::map<std::string, bool> recipients;
  for (const auto& r : ctx.db.query(
           "SELECT donor_kind, donor_person_id, donor_name, donated_on, kind, amount_fen, item, "
           "quantity, unit_label, value_fen, recipient FROM donations WHERE campaign = ? ORDER "
           "BY donated_on, id",
           {campaign})) {
    std::string key = r.is_null("donor_person_id")
                          ? "unit:" + r.str("donor_name")
                          : "person:" + std::to_string(r.i64("donor_person_id"));
    if (!at.count(key)) {
      at[key] = donors.size();
      donors.push_back({r.str("donor_name"), r.str("donor_kind"), r.str("donated_on")});
    }
    auto& d = donors[at[key]];
    if (r.str("kind") == "money") {
      d.money += r.i64("amount_fen");
    } else {
      d.goods += r.i64("value_fen");
      d.items.push_back(r.str("item") + " " + std::to_string(r.i64("quantity")) +
                        r.str("unit_label"));
    }
    recipients[r.str("recipient")] = true;
  }
  Json lines = Json::array();
  std::int64_t money = 0, goods = 0;
  for (const auto& d : donors) {
    lines.push_back({{"donor", d.name},
                     {"donorKind", d.kind},
                     {"firstOn", d.first_on},
                     {"moneyFen", d.money},
                     {"moneyYuan", yuan_text(d.money)},
                     {"goods", d.items},
                     {"goodsFen", d.goods},
                     {"totalFen", d.money + d.goods},
                     {"totalYuan", yuan_text(d.money + d.goods)}});
    money += d.money;
    goods += d.goods;
  }
  Json names = Json::array();
  for (const auto& [name, _] : recipients) names.push_back(name);
  return Response::json({{"campaign", campaign},
                         {"recipients", names},
                         {"donors", lines},
                         {"moneyFen", money},
                         {"goodsFen", goods},
                         {"totalFen", money + goods},
                         {"totalYuan", yuan_text(money + goods)}});
}

}  // namespace

std::vector<Route> totals_routes() {
  using http::Method;
  const std::string tag = "donations";
  return {
      {.method = Method::get,
       .path = "/api/donations/totals",
       .permission = "donations.read",
       .summary = "Totals by campaign (money, goods at estimated value), largest first",
       .tag = tag,
       .query = {{"year", "integer", "a year"}, {"campaign", "string", "one campaign"}},
       .handler = get_totals},
      {.method = Method::get,
       .path = "/api/donations/acknowledgement",
       .permission = "donations.read",
       .summary = "The acknowledgement list of a campaign: each donor's money and goods",
       .tag = tag,
       .query = {{"campaign", "string", "the campaign (required)"}},
       .handler = get_acknowledgement},
  };
}

}  // namespace md::donations
