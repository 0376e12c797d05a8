// The donations rules: entry checks (no zero or negative money), worth, campaign totals, yuan.
#include <gtest/gtest.h>

#include "modules/donations/rules.hpp"

namespace md::donations {
namespace {

Entry money(std::int64_t fen) {
  Entry e;
  e.kind = "money";
  e.donor_kind = "person";
  e.has_person = true;
  e.donated_on = "2020-02-10";
  e.recipient = "云溪区红十字会";
  e.campaign = "2020年抗击新冠肺炎疫情";
  e.amount_fen = fen;
  return e;
}

TEST(DonationRules, MoneyMustBePositive) {
  EXPECT_TRUE(check_entry(money(50000), "2026-11-28").empty());
  for (std::int64_t bad : {std::int64_t{0}, std::int64_t{-100}, kMaxFen + 1}) {
    auto e = check_entry(money(bad), "2026-11-28");
    ASSERT_EQ(e.size(), 1u) << bad;
    EXPECT_EQ(e[0].first, "amountFen");
    EXPECT_EQ(e[0].second, "donations.amount_positive");
  }
}

TEST(DonationRules, GoodsNeedItemQuantityAndValue) {
  Entry g = money(0);
  g.kind = "goods";
  g.item = "医用口罩";
  g.quantity = 2000;
  g.value_fen = 300000;
  EXPECT_TRUE(check_entry(g, "2026-11-28").empty());
  g.item = " ";
  g.quantity = 0;
  g.value_fen = -1;
  auto e = check_entry(g, "2026-11-28");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].second, "donations.item_required");
  EXPECT_EQ(e[1].second, "donations.quantity_positive");
  EXPECT_EQ(e[2].second, "donations.value_positive");
}

TEST(DonationRules, DonorDateRecipientCampaign) {
  Entry e = money(100);
  e.donor_kind = "unit";
  e.donor_name = "";
  e.donated_on = "2026-11-29";
  e.recipient = "";
  e.campaign = "\t";
  auto errors = check_entry(e, "2026-11-28");
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0].second, "donations.donor_required");
  EXPECT_EQ(errors[1].second, "donations.date_future");
  EXPECT_EQ(errors[2].second, "donations.recipient_required");
  EXPECT_EQ(errors[3].second, "donations.campaign_required");
  e = money(100);
  e.has_person = false;
  e.kind = "cheque";
  e.donated_on = "2020-02-30";
  errors = check_entry(e, "2026-11-28");
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].second, "donations.kind");
  EXPECT_EQ(errors[1].second, "donations.person_required");
  EXPECT_EQ(errors[2].second, "donations.date_format");
}

TEST(DonationRules, TotalsByCampaign) {
  std::vector<Line> lines = {
      {"疫情", "money", 100000, 0, "周立新"}, {"疫情", "money", 50000, 0, "王芳"},
      {"疫情", "goods", 0, 300000, "陈静"},   {"疫情", "money", 20000, 0, "王芳"},
      {"助学", "money", 80000, 0, "周立新"},  {"助学", "goods", 999, 12000, "某公司"},
  };
  auto t = totals_by_campaign(lines);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].campaign, "疫情");
  EXPECT_EQ(t[0].money_fen, 170000);
  EXPECT_EQ(t[0].goods_fen, 300000);
  EXPECT_EQ(t[0].total_fen, 470000);
  EXPECT_EQ(t[0].entries, 4);
  EXPECT_EQ(t[0].donors, 3);
  EXPECT_EQ(t[1].campaign, "助学");
  EXPECT_EQ(t[1].goods_fen, 12000);  // goods count at their estimated value, not the amount
  EXPECT_EQ(t[1].total_fen, 92000);
  EXPECT_EQ(t[2].campaign, "");
  EXPECT_EQ(t[2].total_fen, 562000);
  EXPECT_EQ(t[2].donors, 4);
  EXPECT_EQ(totals_by_campaign({lines[0]}).size(), 1u);  // one campaign: no grand total row
  EXPECT_TRUE(totals_by_campaign({}).empty());
}

TEST(DonationRules, YuanText) {
  EXPECT_EQ(yuan_text(0), "0.00");
  EXPECT_EQ(yuan_text(5), "0.05");
  EXPECT_EQ(yuan_text(3136050), "31,360.50");
  EXPECT_EQ(yuan_text(100000000), "1,000,000.00");
  EXPECT_EQ(yuan_text(-12345), "-123.45");
}

}  // namespace
}  // namespace md::donations
