// The rules library's pure rules: metadata checks, query normalization and FTS quoting,
// snippets with hits, the line and character diff, "changes nothing".
#include <gtest/gtest.h>

#include "modules/regulations/rules.hpp"

namespace md::regulations {
namespace {

TEST(RegulationRules, Meta) {
  EXPECT_TRUE(check_meta({"办法", "常委会", "current", "2020-03-16", "2020-03-16"}).empty());
  auto e = check_meta({" ", "", "old", "2020-02-30", ""});
  ASSERT_EQ(e.size(), 4u);
  EXPECT_EQ(e[0].second, "regulations.title_required");
  EXPECT_EQ(e[1].second, "regulations.issuer_required");
  EXPECT_EQ(e[2].second, "regulations.status");
  EXPECT_EQ(e[3].first, "issuedOn");
  auto order = check_meta({"t", "i", "repealed", "2020-05-01", "2020-04-30"});
  ASSERT_EQ(order.size(), 1u);
  EXPECT_EQ(order[0].second, "regulations.effective_before_issued");
}

TEST(RegulationRules, NormalizeQuery) {
  auto q = normalize_query("  国有资产 \t 管理\n");
  EXPECT_EQ(q.text, "国有资产 管理");
  EXPECT_EQ(q.chars, 7u);
  EXPECT_FALSE(q.error);
  EXPECT_EQ(normalize_query("   ").error, "regulations.query_required");
  EXPECT_EQ(normalize_query(std::string(300, 'a')).error, "regulations.query_too_long");
  std::string hundred;
  for (int i = 0; i < 100; ++i) hundred += "字";
  EXPECT_FALSE(normalize_query(hundred).error);  // counted in characters, not bytes
  EXPECT_EQ(normalize_query(hundred + "字").error, "regulations.query_too_long");
}

TEST(RegulationRules, Fts5PhraseIsLiteral) {
  EXPECT_EQ(fts5_phrase("管理办法"), "\"管理办法\"");
  EXPECT_EQ(fts5_phrase("a\" OR body:*"), "\"a\"\" OR body:*\"");
  EXPECT_EQ(fts5_phrase("\""), "\"\"\"\"");
}

TEST(RegulationRules, SnippetMarksHits) {
  auto s = snippet("第一条　为了加强国有资产管理，国有资产保值。", "国有资产", 3);
  ASSERT_GE(s.size(), 3u);
  EXPECT_EQ(s[0].text, "…");
  EXPECT_EQ(s[1].text, "了加强");
  EXPECT_TRUE(s[2].hit);
  EXPECT_EQ(s[2].text, "国有资产");
  EXPECT_EQ(s.back().text, "…");
  auto ascii = snippet("The Budget Network", "budget", 50);
  ASSERT_EQ(ascii.size(), 3u);
  EXPECT_EQ(ascii[1].text, "Budget");
  EXPECT_TRUE(ascii[1].hit);
  auto none = snippet("没有命中的正文", "资产", 2);
  ASSERT_EQ(none.size(), 2u);
  EXPECT_EQ(none[0].text, "没有命中");
  EXPECT_FALSE(none[0].hit);
}

TEST(RegulationRules, LineAndCharacterDiff) {
  auto d = diff_texts("第一条　甲。\n第二条　单笔5000元以下。\n第三条　丙。",
                      "第一条　甲。\n第二条　单笔3000元以下。\n第三条　丙。\n第四条　丁。");
  ASSERT_EQ(d.size(), 5u);
  EXPECT_EQ(d[0].kind, DiffOp::same);
  EXPECT_EQ(d[1].kind, DiffOp::removed);
  EXPECT_EQ(d[2].kind, DiffOp::added);
  ASSERT_EQ(d[1].chars.size(), 4u);
  EXPECT_EQ(d[1].chars[1].kind, DiffOp::removed);
  EXPECT_EQ(d[1].chars[1].text, "5");
  EXPECT_EQ(d[1].chars[2].kind, DiffOp::added);
  EXPECT_EQ(d[1].chars[2].text, "3");
  EXPECT_EQ(d[3].kind, DiffOp::same);
  EXPECT_EQ(d[4].kind, DiffOp::added);
  EXPECT_EQ(d[4].text, "第四条　丁。");
}

TEST(RegulationRules, DiffTokensBoundedFallback) {
  std::vector<std::string> a = {"x", "a", "b", "y"}, b = {"x", "c", "d", "y"};
  auto ops = diff_tokens(a, b, "|", 1);
  ASSERT_EQ(ops.size(), 4u);
  EXPECT_EQ(ops[1].text, "a|b");
  EXPECT_EQ(ops[1].kind, DiffOp::removed);
  EXPECT_EQ(ops[2].text, "c|d");
  EXPECT_TRUE(diff_tokens({}, {}, "").empty());
}

TEST(RegulationRules, SameText) {
  EXPECT_TRUE(same_text("办法", "第一条  \r\n第二条\n", "办法", "第一条\n第二条"));
  EXPECT_FALSE(same_text("办法", "第一条", "办法（修订）", "第一条"));
  EXPECT_FALSE(same_text("办法", "第一条", "办法", "第一条。"));
}

}  // namespace
}  // namespace md::regulations
