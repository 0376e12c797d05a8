#include "platform/i18n/collation.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace md::i18n {
namespace {

TEST(Pinyin, NamesSortByPinyinNotByCodePoint) {
  std::vector<std::string> names = {"张三", "阿明", "赵六", "李四", "王五"};
  std::sort(names.begin(), names.end(),
            [](const std::string& a, const std::string& b) { return compare_pinyin(a, b) < 0; });
  EXPECT_EQ(names, (std::vector<std::string>{"阿明", "李四", "王五", "张三", "赵六"}));
}

TEST(Pinyin, SortKeysCompareLikeTheCollator) {
  std::vector<std::string> names = {"周书记", "陈干事", "刘代表", "李支书", "王党员", "赵计票"};
  std::vector<std::string> by_key = names;
  std::sort(by_key.begin(), by_key.end(), [](const std::string& a, const std::string& b) {
    return pinyin_sort_key(a) < pinyin_sort_key(b);
  });
  EXPECT_EQ(by_key,
            (std::vector<std::string>{"陈干事", "李支书", "刘代表", "王党员", "赵计票", "周书记"}));
  EXPECT_EQ(pinyin_sort_key("张三"), pinyin_sort_key("张三"));
  EXPECT_NE(pinyin_sort_key("张三"), pinyin_sort_key("张山"));
}

}  // namespace
}  // namespace md::i18n
