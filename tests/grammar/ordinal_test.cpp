// Ordinals in digits, words and compound words.
#include "grammar/ordinal.hpp"

#include <gtest/gtest.h>

#include "grammar/parse.hpp"

namespace wiclint::grammar {
namespace {

using test::parse_all;
using test::parse_prefix;

TEST(OrdinalGrammar, DigitsWithSuffix) {
  int v = 0;
  ASSERT_TRUE(parse_all(ordinal(), "6th", v));
  EXPECT_EQ(v, 6);
  ASSERT_TRUE(parse_all(ordinal(), "3rd", v));
  EXPECT_EQ(v, 3);
}

TEST(OrdinalGrammar, CapitalizedWord) {
  int v = 0;
  ASSERT_TRUE(parse_all(ordinal(), "Fourth", v));
  EXPECT_EQ(v, 4);
}

TEST(OrdinalGrammar, CompoundWord) {
  int v = 0;
  ASSERT_TRUE(parse_all(ordinal(), "twenty-first", v));
  EXPECT_EQ(v, 21);
}

TEST(OrdinalGrammar, BareNumberIsNotAnOrdinal) {
  int v = 0;
  EXPECT_EQ(parse_prefix(ordinal(), "6 countries", v), -1);
  EXPECT_EQ(parse_prefix(ordinal(), "6thly", v), -1);
}

}  // namespace
}  // namespace wiclint::grammar
