// Accountability rules: the forms and the checks of a record.
#include <gtest/gtest.h>

#include "modules/accountability/rules.hpp"

namespace md::accountability {
namespace {

TEST(AccountabilityRules, Forms) {
  EXPECT_EQ(forms().size(), 6u);
  EXPECT_TRUE(is_form("admonition"));
  EXPECT_FALSE(is_form("fine"));
}

TEST(AccountabilityRules, RecordChecks) {
  EXPECT_TRUE(check_record("criticism", "理由", "2026-11-01", "党组", "2026-11-28").empty());
  EXPECT_TRUE(check_record("criticism", "理由", "2026-11-28", "党组", "2026-11-28").empty());
  auto e = check_record("fine", " ", "2026-11-29", "", "2026-11-28");
  ASSERT_EQ(e.size(), 4u);
  EXPECT_EQ(e[0].second, "accountability.form_unknown");
  EXPECT_EQ(e[1].second, "accountability.reason_required");
  EXPECT_EQ(e[2].second, "accountability.date_future");
  EXPECT_EQ(e[3].second, "accountability.decided_by_required");
  e = check_record("criticism", "理由", "2026-02-30", "党组", "2026-11-28");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].second, "accountability.date_format");
}

}  // namespace
}  // namespace md::accountability
