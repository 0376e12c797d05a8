// Voters' opinions and deputies' suggestions: both workflows are sound and refuse every
// transition they do not list; the deadline policy over holidays and months; the query code;
// the redaction of phone and ID numbers for the public list.
#include <gtest/gtest.h>

#include <set>

#include "modules/opinions/rules.hpp"

namespace md::opinions {
namespace {

TEST(OpinionsRules, WorkflowsAreSound) {
  EXPECT_TRUE(cases::check_workflow(opinion_workflow()).empty());
  EXPECT_TRUE(cases::check_workflow(suggestion_workflow()).empty());
}

// Every (state, action) pair not declared is refused: the workflow answers nullopt.
void expect_only_declared(const cases::Workflow& w) {
  std::set<std::string> actions = {"open"};
  for (const auto& t : w.transitions) actions.insert(t.action);
  int allowed = 0;
  for (const auto& s : w.states) {
    for (const auto& a : actions) {
      bool declared = false;
      for (const auto& t : w.transitions) declared |= t.from == s && t.action == a;
      EXPECT_EQ(w.next(s, a).has_value(), declared) << w.kind << ": " << s << " + " << a;
      allowed += declared;
    }
  }
  EXPECT_EQ(allowed, static_cast<int>(w.transitions.size()));
}

TEST(OpinionsRules, EveryIllegalTransitionRefused) {
  expect_only_declared(opinion_workflow());
  expect_only_declared(suggestion_workflow());
  const auto& w = opinion_workflow();
  EXPECT_EQ(w.next("registered", "reply"), std::nullopt);  // not referred yet
  EXPECT_EQ(w.next("closed", "reply"), std::nullopt);      // a reply after closing
  EXPECT_EQ(w.next("closed", "rate"), std::nullopt);       // rated twice
  EXPECT_EQ(w.next("merged", "reopen"), std::nullopt);     // a merged duplicate stays merged
  EXPECT_EQ(w.next("converted", "refer"), std::nullopt);
  EXPECT_EQ(w.next("archived", "rate"), std::nullopt);
  EXPECT_EQ(w.next("replied", "reopen"), "referred");  // 不满意: handled again
  EXPECT_EQ(w.next("registered", "answer_on_spot"), "replied");
  for (const auto& s : {"registered", "classified", "referred", "replied"}) {
    EXPECT_EQ(w.next(s, "assign_deputy"), s);  // a follow-up deputy at any open stage
  }
  EXPECT_EQ(w.next("closed", "assign_deputy"), std::nullopt);
  EXPECT_EQ(suggestion_workflow().next("submitted", "reply"), std::nullopt);
  EXPECT_EQ(suggestion_workflow().next("closed", "reply"), std::nullopt);
  EXPECT_EQ(suggestion_workflow().next("replied", "reopen"), "assigned");
  for (const auto& s : {"closed", "archived", "converted", "merged", "split"}) {
    EXPECT_TRUE(w.is_closed(s)) << s;
    EXPECT_TRUE(w.actions_from(s).empty()) << s;
  }
}

TEST(OpinionsRules, Ratings) {
  EXPECT_EQ(action_for_rating("satisfied"), "rate");
  EXPECT_EQ(action_for_rating("basic"), "rate");
  EXPECT_EQ(action_for_rating("unsatisfied"), "reopen");
  EXPECT_TRUE(is_rating("basic"));
  EXPECT_FALSE(is_rating("ok"));
  EXPECT_TRUE(is_category("epidemic"));
  EXPECT_FALSE(is_category("aliens"));
  EXPECT_TRUE(is_handling("on_spot"));
  EXPECT_FALSE(is_handling("nowhere"));
}

cases::WorkCalendar national_day_2026() {
  cases::WorkCalendar cal;
  for (int d = 1; d <= 8; ++d) cal.holidays.insert("2026-10-0" + std::to_string(d));
  cal.makeup_workdays = {"2026-09-27", "2026-10-10"};
  return cal;
}

TEST(OpinionsRules, DeadlinePolicy) {
  const DeadlinePolicy p;
  const auto cal = national_day_2026();
  // Received Friday 09-25: 09-27 (make-up Sunday), 09-28, 09-29, 09-30, then 国庆 → 10-09.
  EXPECT_EQ(classify_deadline("2026-09-25", p, cal), "2026-10-09");
  EXPECT_EQ(classify_deadline("2026-09-25", p, {}), "2026-10-02");
  EXPECT_EQ(classify_deadline("2026-11-27", p, cal), "2026-12-04");  // over a weekend
  EXPECT_EQ(reply_deadline("2026-11-30", false, p), "2027-02-28");
  EXPECT_EQ(reply_deadline("2026-11-30", true, p), "2027-05-30");
  EXPECT_EQ(reply_deadline("2026-08-31", false, p), "2026-11-30");  // clamped to month end
  EXPECT_EQ(reopen_deadline("2027-01-31", p), "2027-02-28");
  EXPECT_EQ(reopen_deadline("2026-11-28", p), "2026-12-28");
  DeadlinePolicy custom{10, 2, 4, 1};
  EXPECT_EQ(reply_deadline("2026-01-15", true, custom), "2026-05-15");
  EXPECT_TRUE(archivable("2026-11-01", "2026-11-16", 15));
  EXPECT_FALSE(archivable("2026-11-01", "2026-11-15", 15));
  EXPECT_FALSE(archivable("", "2026-11-15", 15));
}

TEST(OpinionsRules, QueryCode) {
  std::string bytes(64, '\0');
  for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>(i * 37 + 250);
  auto code = code_from_bytes(bytes);
  ASSERT_TRUE(code);
  EXPECT_EQ(code->size(), 12u);
  for (char c : *code) EXPECT_NE(kCodeAlphabet.find(c), std::string_view::npos);
  EXPECT_EQ(code_from_bytes(std::string(64, '\xff')), std::nullopt);  // all rejected
  EXPECT_EQ(code_from_bytes("short"), std::nullopt);
  EXPECT_EQ(format_code("ABCDEFGHJKMN"), "ABCD-EFGH-JKMN");
  EXPECT_EQ(normalize_code("abcd-efgh-jkmn"), "ABCDEFGHJKMN");
  EXPECT_EQ(normalize_code(" ABCD EFGH JKMN "), "ABCDEFGHJKMN");
  EXPECT_EQ(normalize_code("ABCDEFGHJKMN"), "ABCDEFGHJKMN");
  EXPECT_EQ(normalize_code("ABCD-EFGH-JKM"), std::nullopt);    // too short
  EXPECT_EQ(normalize_code("ABCD-EFGH-JKMNP"), std::nullopt);  // too long
  EXPECT_EQ(normalize_code("ABCD-EFGH-JKM0"), std::nullopt);   // 0 is not in the alphabet
  EXPECT_EQ(normalize_code("<script>"), std::nullopt);
}

TEST(OpinionsRules, RedactionOfPhonesAndIdNumbers) {
  EXPECT_EQ(redact_digits("请联系13812345678王先生"), "请联系***王先生");
  EXPECT_EQ(redact_digits("电话 0730-8412345"), "电话 ***");
  EXPECT_EQ(redact_digits("138 1234 5678"), "***");
  EXPECT_EQ(redact_digits("身份证430602199001011234号"), "身份证***号");
  EXPECT_EQ(redact_digits("身份证43060219900101123X。"), "身份证***。");
  EXPECT_EQ(redact_digits("身份证43060219900101123x"), "身份证***");
  // Dates, house numbers and counts stay: they are not personal.
  EXPECT_EQ(redact_digits("2026-11-28 路灯坏了3盏，5号楼"), "2026-11-28 路灯坏了3盏，5号楼");
  EXPECT_EQ(redact_digits("123456"), "123456");
  EXPECT_EQ(redact_digits("1234567"), "***");
  EXPECT_EQ(redact_digits(""), "");
  EXPECT_TRUE(is_mobile("13812345678"));
  EXPECT_FALSE(is_mobile("23812345678"));
  EXPECT_FALSE(is_mobile("1381234567"));
}

TEST(OpinionsRules, PublicPhotosOnlySoonAfterSubmittingAndAtMostThree) {
  const std::int64_t at = 1'800'000'000;
  EXPECT_TRUE(public_photo_allowed(at, at, 0));
  EXPECT_TRUE(public_photo_allowed(at, at + 30 * 60, 2));
  EXPECT_FALSE(public_photo_allowed(at, at + 30 * 60 + 1, 0));  // the window has closed
  EXPECT_FALSE(public_photo_allowed(at, at + 60, 3));           // three already
  EXPECT_FALSE(public_photo_allowed(at, at - 1, 0));            // a clock going backwards
}

}  // namespace
}  // namespace md::opinions
