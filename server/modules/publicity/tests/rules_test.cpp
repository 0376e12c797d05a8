#include <gtest/gtest.h>

#include "modules/publicity/rules.hpp"

namespace md::publicity {
namespace {

TEST(PublicityRules, WorkflowIsSound) {
  EXPECT_TRUE(cases::check_workflow(article_workflow()).empty());
  const auto& w = article_workflow();
  EXPECT_EQ(w.next("draft", "submit"), "review");
  EXPECT_EQ(w.next("review", "approve"), "published");
  EXPECT_EQ(w.next("review", "reject"), "draft");
  EXPECT_EQ(w.next("published", "withdraw"), "withdrawn");
  EXPECT_EQ(w.next("withdrawn", "redraft"), "draft");
  EXPECT_FALSE(w.next("draft", "approve"));
  EXPECT_FALSE(w.next("published", "edit"));
}

TEST(PublicityRules, SecondPersonReviews) {
  EXPECT_EQ(refuse_reviewer(5, 5, std::nullopt), "publicity.self_review");
  EXPECT_EQ(refuse_reviewer(6, 5, 6), "publicity.self_review");
  EXPECT_FALSE(refuse_reviewer(7, 5, 6));
}

TEST(PublicityRules, SensitiveWords) {
  std::vector<std::string> words = {"赌博", "Casino", "传销"};
  EXPECT_EQ(find_sensitive("严禁赌博和CASINO，赌博", words),
            (std::vector<std::string>{"赌博", "Casino"}));
  EXPECT_TRUE(find_sensitive("人大代表接待选民", words).empty());
  EXPECT_EQ(clean_word_list({" 赌博 ", "", "赌博", "传销"}),
            (std::vector<std::string>{"赌博", "传销"}));
}

TEST(PublicityRules, DraftChecks) {
  Draft d{"标题", "", "work", "作者", "<p>正文</p>", std::nullopt, false};
  EXPECT_TRUE(check_draft(d, "正文").empty());
  d.title = "  ";
  d.column = "sports";
  auto e = check_draft(d, "");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].second, "publicity.title_required");
  EXPECT_EQ(e[1].second, "publicity.column_unknown");
  EXPECT_EQ(e[2].second, "publicity.body_required");
}

TEST(PublicityRules, VisibleWhenPublishedAndDue) {
  EXPECT_TRUE(is_public("published", 100, 100));
  EXPECT_FALSE(is_public("published", 101, 100));
  EXPECT_TRUE(is_public("published", std::nullopt, 100));
  EXPECT_FALSE(is_public("withdrawn", 50, 100));
}

}  // namespace
}  // namespace md::publicity
