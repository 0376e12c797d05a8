// The volunteer rules: sign-up refusals, the minutes a day allows, caps and yearly sums.
#include <gtest/gtest.h>

#include "modules/volunteers/rules.hpp"

namespace md::volunteers {
namespace {

TEST(VolunteerRules, Kinds) {
  EXPECT_TRUE(is_kind("community"));
  EXPECT_TRUE(is_kind("enterprise"));
  EXPECT_TRUE(is_kind("village"));
  EXPECT_FALSE(is_kind("park"));
  EXPECT_FALSE(is_kind(""));
}

TEST(VolunteerRules, ActivityChecks) {
  EXPECT_TRUE(check_activity("守护碧水清波", "village", "2020-06-05", "长江岸线", 20, 240).empty());
  auto e = check_activity(" ", "park", "2020-02-30", "", -1, 1441);
  ASSERT_EQ(e.size(), 6u);
  EXPECT_EQ(e[0].second, "volunteers.title_required");
  EXPECT_EQ(e[1].second, "volunteers.kind");
  EXPECT_EQ(e[2].second, "volunteers.date_format");
  EXPECT_EQ(e[3].second, "volunteers.place_required");
  EXPECT_EQ(e[4].second, "volunteers.capacity_range");
  EXPECT_EQ(e[5].second, "volunteers.cap_range");
}

TEST(VolunteerRules, SignupRefusals) {
  EXPECT_FALSE(signup_refusal("2026-12-01", "2026-11-28", false, 3, 4));
  EXPECT_FALSE(signup_refusal("2026-11-28", "2026-11-28", false, 100, 0));  // 0: no limit
  EXPECT_EQ(signup_refusal("2026-12-01", "2026-11-28", false, 4, 4), SignupRefusal::full);
  EXPECT_EQ(signup_refusal("2026-12-01", "2026-11-28", true, 4, 4), SignupRefusal::duplicate);
  EXPECT_EQ(signup_refusal("2026-11-27", "2026-11-28", false, 0, 4), SignupRefusal::past);
  EXPECT_EQ(refusal_code(SignupRefusal::full), "volunteers.full");
  EXPECT_EQ(refusal_code(SignupRefusal::duplicate), "volunteers.signup_twice");
  EXPECT_EQ(refusal_code(SignupRefusal::past), "volunteers.signup_past");
}

TEST(VolunteerRules, MinutesOfADay) {
  EXPECT_EQ(check_minutes(0, 0), "");
  EXPECT_EQ(check_minutes(180, 0), "");
  EXPECT_EQ(check_minutes(1440, 0), "");
  EXPECT_EQ(check_minutes(-1, 0), "volunteers.minutes_negative");
  EXPECT_EQ(check_minutes(1441, 0), "volunteers.minutes_day");
  EXPECT_EQ(check_minutes(600, 840), "");
  EXPECT_EQ(check_minutes(601, 840), "volunteers.minutes_day_total");
}

TEST(VolunteerRules, CreditedMinutesHonourTheCap) {
  EXPECT_EQ(credited_minutes(300, 0), 300);
  EXPECT_EQ(credited_minutes(300, 240), 240);
  EXPECT_EQ(credited_minutes(200, 240), 200);
  EXPECT_EQ(credited_minutes(-5, 240), 0);
}

TEST(VolunteerRules, HoursPerPersonPerYear) {
  std::vector<Attendance> a = {
      {1, "2020-06-05", 180, 0}, {1, "2020-09-12", 300, 240}, {1, "2021-01-03", 120, 0},
      {2, "2020-06-05", 0, 0},   {2, "2020-03-01", 90, 0},    {3, "2019-12-31", 60, 0},
      {1, "2020-12-31", 30, 0},
  };
  auto h = hours_per_person(a, 2020);
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[1].minutes, 180 + 240 + 30);
  EXPECT_EQ(h[1].activities, 3);
  EXPECT_EQ(h[2].minutes, 90);
  EXPECT_EQ(h[2].activities, 1);  // 0 minutes: signed up but absent
  EXPECT_FALSE(h.count(3));
  EXPECT_TRUE(hours_per_person({}, 2020).empty());
}

TEST(VolunteerRules, HoursText) {
  EXPECT_EQ(hours_text(0), "0.0");
  EXPECT_EQ(hours_text(750), "12.5");
  EXPECT_EQ(hours_text(100), "1.7");
  EXPECT_EQ(hours_text(-3), "0.0");
}

}  // namespace
}  // namespace md::volunteers
