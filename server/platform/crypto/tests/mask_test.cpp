#include "platform/crypto/mask.hpp"

#include <gtest/gtest.h>

namespace md::crypto {
namespace {

TEST(Mask, IdCard) {
  EXPECT_EQ(mask_id_card("430602199001011234"), "4306**********1234");
  EXPECT_EQ(mask_id_card("43060219900101123X"), "4306**********123X");
  EXPECT_EQ(mask_id_card("123456789"), "1234*6789");
  EXPECT_EQ(mask_id_card("12345678"), "********");
  EXPECT_EQ(mask_id_card("1234"), "****");
  EXPECT_EQ(mask_id_card(""), "");
}

TEST(Mask, Phone) {
  EXPECT_EQ(mask_phone("13812345678"), "138****5678");
  EXPECT_EQ(mask_phone("12345678"), "123*5678");
  EXPECT_EQ(mask_phone("1234567"), "*******");
  EXPECT_EQ(mask_phone(""), "");
}

TEST(Mask, NameIsUtf8Aware) {
  EXPECT_EQ(mask_name("张三丰"), "张**");
  EXPECT_EQ(mask_name("张三"), "张*");
  EXPECT_EQ(mask_name("欧阳娜娜"), "欧***");
  EXPECT_EQ(mask_name("张"), "*");
  EXPECT_EQ(mask_name("Alice"), "A****");
  EXPECT_EQ(mask_name("𠀀丰"), "𠀀*");  // 4-byte code point kept whole
  EXPECT_EQ(mask_name(""), "");
  // Malformed UTF-8 is masked byte by byte instead of crashing or swallowing bytes.
  EXPECT_EQ(mask_name("\xe5\xbc"), "\xe5*");
}

}  // namespace
}  // namespace md::crypto
