// Cardinal numbers in digits and words.
#include "grammar/number.hpp"

#include <gtest/gtest.h>

#include "grammar/parse.hpp"

namespace wiclint::grammar {
namespace {

using test::parse_all;
using test::parse_prefix;

TEST(NumberGrammar, ThousandsSeparator) {
  double v = 0;
  ASSERT_TRUE(parse_all(number(), "1,500", v));
  EXPECT_DOUBLE_EQ(v, 1500);
}

TEST(NumberGrammar, DecimalWithScaleWord) {
  double v = 0;
  ASSERT_TRUE(parse_all(number(), "1.8 million", v));
  EXPECT_DOUBLE_EQ(v, 1800000);
}

TEST(NumberGrammar, HyphenatedWords) {
  double v = 0;
  ASSERT_TRUE(parse_all(number(), "twenty-one", v));
  EXPECT_DOUBLE_EQ(v, 21);
}

TEST(NumberGrammar, WordsIgnoreCase) {
  double v = 0;
  ASSERT_TRUE(parse_all(number(), "Eight", v));
  EXPECT_DOUBLE_EQ(v, 8);
}

TEST(NumberGrammar, FullStopAfterAYearIsNotADecimal) {
  double v = 0;
  EXPECT_EQ(parse_prefix(number(), "2016.", v), 4);
  EXPECT_DOUBLE_EQ(v, 2016);
}

TEST(NumberGrammar, NameLike4GIsRejected) {
  double v = 0;
  EXPECT_EQ(parse_prefix(number(), "4G networks", v), -1);
}

TEST(NumberGrammar, RunawayDigitsAreNoNumberAndDoNotThrow) {
  // 400 digits overflow a double; a linter must read past them, not stop (review finding).
  double v = 0;
  EXPECT_FALSE(parse_all(number(), std::string(400, '9'), v));
}

}  // namespace
}  // namespace wiclint::grammar
