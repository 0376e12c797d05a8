#include "modules/org/rules.hpp"

#include <gtest/gtest.h>

#include "modules/org/people_api.hpp"

namespace md::org {
namespace {

TEST(IdCard, CheckCharacterPerGb11643) {
  EXPECT_EQ(id_card_check_char("11010519491231002"), 'X');
  EXPECT_EQ(check_id_card("11010519491231002X"), std::nullopt);
  EXPECT_EQ(check_id_card("11010519491231002x"), std::nullopt);
  EXPECT_EQ(check_id_card("110105194912310021"), "people.id_card_checksum");
  EXPECT_EQ(check_id_card("11010519491231002"), "people.id_card_format");
  EXPECT_EQ(check_id_card("1101051949123100A2"), "people.id_card_format");
  EXPECT_EQ(check_id_card("110105194902300029"), "people.id_card_format");  // 30 February
  EXPECT_EQ(id_card_check_char("1101051949123100"), '\0');
}

TEST(IdCard, MakeProducesValidNumbers) {
  for (int seq = 0; seq < 200; ++seq) {
    std::string id = make_id_card("430603", "19850615", seq);
    ASSERT_EQ(id.size(), 18u);
    EXPECT_EQ(check_id_card(id), std::nullopt) << id;
    EXPECT_EQ(id_card_gender(id), seq % 2 == 1 ? "M" : "F");
  }
  EXPECT_EQ(id_card_birth_date(make_id_card("430603", "19850615", 1)), "1985-06-15");
}

TEST(Dates, CalendarAndLeapYears) {
  EXPECT_TRUE(valid_date("2000-02-29"));
  EXPECT_FALSE(valid_date("1900-02-29"));
  EXPECT_FALSE(valid_date("2023-02-29"));
  EXPECT_TRUE(valid_date("2024-02-29"));
  EXPECT_FALSE(valid_date("2024-13-01"));
  EXPECT_FALSE(valid_date("2024-04-31"));
  EXPECT_FALSE(valid_date("2024-4-1"));
  EXPECT_FALSE(valid_date("24-04-01xx"));
  EXPECT_EQ(add_years("2000-02-29", 18), "2018-02-28");
  EXPECT_EQ(add_years("1990-05-04", 18), "2008-05-04");
}

TEST(ChinaToday, UtcPlusEight) {
  EXPECT_EQ(china_today(0), "1970-01-01");
  EXPECT_EQ(china_today(16 * 3600), "1970-01-02");  // 00:00 in Beijing
  EXPECT_EQ(china_today(16 * 3600 - 1), "1970-01-01");
}

PersonInput valid_person() {
  PersonInput p;
  p.name = "张三丰";
  p.gender = "M";
  p.ethnicity = "汉族";
  p.birth_date = "1985-06-15";
  p.id_card = make_id_card("430603", "19850615", 11);
  p.phone = "13807301234";
  p.political_status = "cpc_member";
  p.joined_party_on = "2008-07-01";
  return p;
}

std::vector<std::string> codes(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field + ":" + e.code);
  return out;
}

TEST(ValidatePerson, AcceptsAValidPerson) {
  EXPECT_TRUE(validate_person(valid_person(), "2026-01-01").empty());
}

TEST(ValidatePerson, BirthAndGenderMustMatchTheIdCard) {
  auto p = valid_person();
  p.birth_date = "1985-06-16";
  EXPECT_EQ(codes(validate_person(p, "2026-01-01")),
            std::vector<std::string>{"idCard:people.id_card_birth_mismatch"});
  p = valid_person();
  p.gender = "F";
  EXPECT_EQ(codes(validate_person(p, "2026-01-01")),
            std::vector<std::string>{"idCard:people.id_card_gender_mismatch"});
  p = valid_person();
  p.id_card[17] = p.id_card[17] == '1' ? '2' : '1';
  EXPECT_EQ(codes(validate_person(p, "2026-01-01")),
            std::vector<std::string>{"idCard:people.id_card_checksum"});
}

TEST(ValidatePerson, DatesNotInTheFuture) {
  auto p = valid_person();
  p.birth_date = "2030-01-01";
  p.id_card = make_id_card("430603", "20300101", 11);
  p.joined_party_on = "";
  EXPECT_EQ(codes(validate_person(p, "2026-01-01")),
            std::vector<std::string>{"birthDate:people.date_in_future"});
  p = valid_person();
  p.joined_party_on = "2026-01-02";
  EXPECT_EQ(codes(validate_person(p, "2026-01-01")),
            std::vector<std::string>{"joinedPartyOn:people.date_in_future"});
  p.joined_party_on = "2026-02-30";
  EXPECT_EQ(codes(validate_person(p, "2026-01-01")),
            std::vector<std::string>{"joinedPartyOn:people.date_invalid"});
}

TEST(ValidatePerson, JoinedDateOnlyForMembersAndAtEighteen) {
  auto p = valid_person();
  p.political_status = "masses";
  EXPECT_EQ(codes(validate_person(p, "2026-01-01")),
            std::vector<std::string>{"joinedPartyOn:people.joined_only_for_members"});
  p.joined_party_on = "";
  EXPECT_TRUE(validate_person(p, "2026-01-01").empty());
  p = valid_person();
  p.joined_party_on = "2003-06-14";
  EXPECT_EQ(codes(validate_person(p, "2026-01-01")),
            std::vector<std::string>{"joinedPartyOn:people.joined_before_18"});
  p.joined_party_on = "2003-06-15";
  EXPECT_TRUE(validate_person(p, "2026-01-01").empty());
  p.political_status = "cpc_probationary";
  EXPECT_TRUE(validate_person(p, "2026-01-01").empty());
}

TEST(ValidatePerson, StatusPhoneAndRequiredFields) {
  auto p = valid_person();
  p.political_status = "party";
  p.joined_party_on = "";
  p.phone = "12345";
  EXPECT_EQ(codes(validate_person(p, "2026-01-01")),
            (std::vector<std::string>{"phone:accounts.phone_format",
                                      "politicalStatus:validation.not_an_option"}));
  PersonInput empty;
  EXPECT_EQ(validate_person(empty, "2026-01-01").size(), 6u);
}

TEST(PartyMember, MembersAndProbationaryMembers) {
  EXPECT_TRUE(is_party_member("cpc_member"));
  EXPECT_TRUE(is_party_member("cpc_probationary"));
  EXPECT_FALSE(is_party_member("cyl_member"));
  EXPECT_FALSE(is_party_member("masses"));
}

TEST(Names, CodesFromEitherLanguage) {
  EXPECT_EQ(status_code("中共党员"), "cpc_member");
  EXPECT_EQ(status_code("CPC member"), "cpc_member");
  EXPECT_EQ(status_code("群众"), "masses");
  EXPECT_EQ(status_code("cyl_member"), "cyl_member");
  EXPECT_EQ(status_code("??"), "");
  EXPECT_EQ(gender_code("女"), "F");
  EXPECT_EQ(gender_code("male"), "M");
  EXPECT_EQ(role_code("组织委员"), "organization");
  EXPECT_EQ(status_name("cpc_probationary", false), "中共预备党员");
  EXPECT_EQ(status_code(status_name("cpc_probationary", false)), "cpc_probationary");
}

TEST(Tree, MovingUnderOwnSubtreeIsACycle) {
  // 1 ─┬─ 2 ── 4
  //    └─ 3
  std::map<std::int64_t, std::optional<std::int64_t>> parents = {
      {1, std::nullopt}, {2, 1}, {3, 1}, {4, 2}};
  EXPECT_TRUE(creates_cycle(2, 2, parents));
  EXPECT_TRUE(creates_cycle(2, 4, parents));
  EXPECT_TRUE(creates_cycle(1, 4, parents));
  EXPECT_FALSE(creates_cycle(2, 3, parents));
  EXPECT_FALSE(creates_cycle(4, 3, parents));
  EXPECT_FALSE(creates_cycle(3, 4, parents));
}

TEST(Pinyin, InitialsOfChineseNames) {
  EXPECT_EQ(pinyin_initials("张三丰"), "zsf");
  EXPECT_EQ(pinyin_initials("王芳"), "wf");
  EXPECT_EQ(pinyin_initials("欧阳修"), "oyx");
  EXPECT_EQ(pinyin_initials("Li Ming"), "lm");
  EXPECT_EQ(pinyin_initials(""), "");
}

}  // namespace
}  // namespace md::org
