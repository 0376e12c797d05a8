#include "platform/auth/rules.hpp"

#include <gtest/gtest.h>

#include "platform/auth/permissions.hpp"

namespace md::auth {
namespace {

TEST(Lockout, FifthWrongPasswordLocksForFifteenMinutes) {
  SecurityPolicy p;
  LoginState s;
  const std::int64_t t = 1'000'000;
  for (int i = 1; i <= 4; ++i) {
    s = after_failure(s, p, t + i);
    EXPECT_FALSE(is_locked(s, t + i)) << "after failure " << i;
  }
  s = after_failure(s, p, t + 5);
  EXPECT_TRUE(is_locked(s, t + 5));
  EXPECT_TRUE(is_locked(s, t + 5 + 15 * 60 - 1));
  EXPECT_FALSE(is_locked(s, t + 5 + 15 * 60));
}

TEST(Lockout, AnExpiredLockStartsAFreshCount) {
  SecurityPolicy p;
  LoginState s{5, 100};
  s = after_failure(s, p, 200);
  EXPECT_EQ(s.failed_attempts, 1);
  EXPECT_FALSE(is_locked(s, 200));
}

TEST(Lockout, SuccessClearsTheCount) {
  EXPECT_EQ(after_success().failed_attempts, 0);
  EXPECT_EQ(after_success().locked_until, 0);
}

TEST(Idle, ThirtyMinutesWithoutARequestSignsOut) {
  SecurityPolicy p;
  EXPECT_FALSE(idle_expired(0, p, 30 * 60));
  EXPECT_TRUE(idle_expired(0, p, 30 * 60 + 1));
}

TEST(PasswordAge, NinetyDaysByDefaultAndZeroMeansNever) {
  SecurityPolicy p;
  EXPECT_FALSE(password_expired(0, p, 90 * 86400));
  EXPECT_TRUE(password_expired(0, p, 90 * 86400 + 1));
  p.password_max_age_days = 0;
  EXPECT_FALSE(password_expired(0, p, 9'000 * 86400));
}

TEST(SecondFactor, RequiredForTheThreeAdminRolesOnly) {
  SecurityPolicy p;
  EXPECT_TRUE(totp_required({"sys_admin"}, p));
  EXPECT_TRUE(totp_required({"member", "audit_admin"}, p));
  EXPECT_FALSE(totp_required({"leader", "branch_officer"}, p));
  p.totp_for_admins = false;
  EXPECT_FALSE(totp_required({"sec_admin"}, p));
}

TEST(Permissions, UnknownPermissionsAreDenied) {
  add_grants({{"test.read", {"leader"}}});
  auto perms = permissions_for({"leader"});
  EXPECT_TRUE(perms.count("test.read"));
  EXPECT_FALSE(permissions_for({"member"}).count("test.read"));
  EXPECT_FALSE(perms.count("test.nothing"));
}

}  // namespace
}  // namespace md::auth
