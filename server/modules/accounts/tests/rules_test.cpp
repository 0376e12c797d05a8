#include "modules/accounts/rules.hpp"

#include <gtest/gtest.h>

namespace md::accounts {
namespace {

TEST(Username, LowerCaseLettersDigitsDotAndUnderscore) {
  EXPECT_EQ(check_username("li.zhishu_2"), std::nullopt);
  EXPECT_EQ(check_username("ab"), "accounts.username_format");
  EXPECT_EQ(check_username("Admin"), "accounts.username_format");
  EXPECT_EQ(check_username("2admin"), "accounts.username_format");
  EXPECT_EQ(check_username("li zhi"), "accounts.username_format");
  EXPECT_EQ(check_username("李支书"), "accounts.username_format");
}

TEST(Phone, ElevenDigitMainlandMobile) {
  EXPECT_EQ(check_phone(""), std::nullopt);
  EXPECT_EQ(check_phone("13807300001"), std::nullopt);
  EXPECT_EQ(check_phone("12807300001"), "accounts.phone_format");
  EXPECT_EQ(check_phone("1380730000"), "accounts.phone_format");
  EXPECT_EQ(check_phone("1380730000a"), "accounts.phone_format");
}

TEST(Roles, ThreeAdminRolesMustBeDifferentPeople) {
  EXPECT_EQ(check_roles({"member", "deputy"}), std::nullopt);
  EXPECT_EQ(check_roles({"sys_admin", "member"}), std::nullopt);
  EXPECT_EQ(check_roles({"sys_admin", "audit_admin"}), "accounts.admin_roles_separated");
  EXPECT_EQ(check_roles({"member", "member"}), "accounts.role_repeated");
  EXPECT_EQ(check_roles({"superuser"}), "accounts.role_unknown");
}

TEST(Roles, OnlyTheSecurityAdminGivesAdminRolesAndNobodyTheirOwn) {
  EXPECT_TRUE(may_assign_roles({"sys_admin"}, false, {"member"}));
  EXPECT_FALSE(may_assign_roles({"sys_admin"}, false, {"sys_admin"}));
  EXPECT_TRUE(may_assign_roles({"sec_admin"}, false, {"audit_admin"}));
  EXPECT_FALSE(may_assign_roles({"sec_admin"}, true, {"member"}));
}

}  // namespace
}  // namespace md::accounts
