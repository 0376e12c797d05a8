// Enterprise guidance rules: party organization status, the advice to found one's own, checks.
#include <gtest/gtest.h>

#include "modules/enterprises/rules.hpp"

namespace md::enterprises {
namespace {

TEST(EnterpriseRules, PartyStatus) {
  EXPECT_EQ(party_status(true, ""), "built");
  EXPECT_EQ(party_status(false, "云溪区工业园区联合党支部"), "joint");
  EXPECT_EQ(party_status(false, "  "), "none");
  EXPECT_EQ(party_status(false, ""), "none");
}

TEST(EnterpriseRules, ThreeFormalMembersShouldFoundTheirOwn) {
  EXPECT_TRUE(should_found_own(false, 3));
  EXPECT_FALSE(should_found_own(false, 2));
  EXPECT_FALSE(should_found_own(true, 10));
}

TEST(EnterpriseRules, EnterpriseChecks) {
  EXPECT_TRUE(check_enterprise("某科技有限公司", 80, 5, true, "").empty());
  EXPECT_TRUE(check_enterprise("某物流有限公司", 20, 1, false, "联合党支部").empty());
  auto e = check_enterprise("", -1, 2, true, "联合党支部");
  ASSERT_EQ(e.size(), 4u);
  EXPECT_EQ(e[0].second, "enterprises.name_required");
  EXPECT_EQ(e[1].second, "enterprises.employees");
  EXPECT_EQ(e[2].second, "enterprises.too_few_for_own");
  EXPECT_EQ(e[3].second, "enterprises.own_and_joint");
  e = check_enterprise("甲", 3, 4, false, "");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].second, "enterprises.members_over_employees");
}

TEST(EnterpriseRules, VisitChecks) {
  EXPECT_TRUE(check_visit("2020-02-18", "2026-11-28", "epidemic", "指导防疫").empty());
  auto e = check_visit("2026-11-29", "2026-11-28", "gift", " ");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].second, "enterprises.date_future");
  EXPECT_EQ(e[1].second, "enterprises.help");
  EXPECT_EQ(e[2].second, "enterprises.content_required");
  EXPECT_EQ(check_visit("2020-13-01", "2026-11-28", "policy", "x")[0].second,
            "enterprises.date_format");
  for (const char* h : {"epidemic", "return_to_work", "party_building", "policy", "other"}) {
    EXPECT_TRUE(is_help(h)) << h;
  }
}

}  // namespace
}  // namespace md::enterprises
