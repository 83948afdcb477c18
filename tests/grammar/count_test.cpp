// Counts of people, countries and organizations with their qualifiers.
#include "grammar/count.hpp"

#include <gtest/gtest.h>

#include "grammar/parse.hpp"
#include "grammar/words.hpp"
#include "extract/extractor.hpp"
#include "kb/knowledge_base.hpp"

#include <memory>

namespace wiclint::grammar {
namespace {

// The count units are English vocabulary (claims/english.yaml): an Extractor registers them.
class UnitsFromTheLexicon : public ::testing::Environment {
 public:
  void SetUp() override {
    load_default_kb(kb_);
    extractor_ = std::make_unique<Extractor>(kb_);
  }

 private:
  KnowledgeBase kb_;
  std::unique_ptr<Extractor> extractor_;
};
const auto* const units_environment = ::testing::AddGlobalTestEnvironment(new UnitsFromTheLexicon);

using ast::CountMention;
using ast::Qualifier;
using test::parse_all;
using test::parse_prefix;

TEST(CountGrammar, OverWithModifier) {
  CountMention c;
  ASSERT_TRUE(parse_all(count(), "Over 1,600 Internet entrepreneurs", c));
  EXPECT_EQ(c.qualifier, Qualifier::over);
  EXPECT_EQ(c.qualifier_text, "Over");
  EXPECT_DOUBLE_EQ(c.number, 1600);
  EXPECT_EQ(c.noun, "entrepreneurs");
  EXPECT_EQ(units()[c.unit].unit, "people");
}

TEST(CountGrammar, MoreThanCountriesAndRegions) {
  CountMention c;
  ASSERT_TRUE(parse_all(count(), "more than 80 countries and regions", c));
  EXPECT_EQ(c.qualifier, Qualifier::over);
  EXPECT_DOUBLE_EQ(c.number, 80);
  EXPECT_EQ(c.noun, "countries and regions");
  EXPECT_EQ(units()[c.unit].unit, "countries");
}

TEST(CountGrammar, SomeIsAbout) {
  CountMention c;
  ASSERT_TRUE(parse_all(count(), "some 1,600 guests", c));
  EXPECT_EQ(c.qualifier, Qualifier::about);
  EXPECT_DOUBLE_EQ(c.number, 1600);
}

TEST(CountGrammar, ExactWithoutQualifier) {
  CountMention c;
  ASSERT_TRUE(parse_all(count(), "1,500 guests", c));
  EXPECT_EQ(c.qualifier, Qualifier::exact);
  EXPECT_TRUE(c.qualifier_text.empty());
}

TEST(CountGrammar, ThingsThatAreNotUnitsAreRejected) {
  CountMention c;
  EXPECT_EQ(parse_prefix(count(), "34 cross-border land cables", c), -1);
}

TEST(CountGrammar, UnitMustComeBeforeAPhraseBreaker) {
  CountMention c;
  // "of" ends the noun phrase: the 5 is not a count of countries.
  EXPECT_EQ(parse_prefix(count(), "5 percent of countries", c), -1);
}

TEST(CountGrammar, PlusSuffixIsOver) {
  CountMention c;
  ASSERT_TRUE(parse_all(count(), "110-plus countries and regions", c));
  EXPECT_EQ(c.qualifier, Qualifier::over);
  EXPECT_DOUBLE_EQ(c.number, 110);
}

// "20-odd countries", "the 1.3-odd billion Chinese people": more than the number, which may still
// take its scale after "-odd". The noun phrase is the words after the suffix. Near miss: "-odd"
// inside a longer word ("20-oddball guests") makes no count.
TEST(CountGrammar, OddSuffixIsOver) {
  CountMention c;
  ASSERT_TRUE(parse_all(count(), "20-odd countries", c));
  EXPECT_EQ(c.qualifier, ast::Qualifier::over);
  EXPECT_EQ(c.number, 20);
  CountMention big;
  ASSERT_TRUE(parse_all(count(), "1.3-odd billion Chinese people", big));
  EXPECT_EQ(big.qualifier, ast::Qualifier::over);
  EXPECT_DOUBLE_EQ(big.number, 1.3e9);
  EXPECT_EQ(big.phrase, "Chinese people");
  CountMention odd;
  EXPECT_FALSE(parse_all(count(), "20-oddball guests", odd));
}

TEST(CountGrammar, GroupsAndPopulationsAreMarkedInTheUnitList) {
  CountMention c;
  ASSERT_TRUE(parse_all(count(), "300 experts", c));
  EXPECT_FALSE(units()[c.unit].total);
  EXPECT_TRUE(units()[c.unit].attends);
  ASSERT_TRUE(parse_all(count(), "650 million monthly active users", c));
  EXPECT_EQ(units()[c.unit].unit, "people");
  EXPECT_FALSE(units()[c.unit].attends);
  ASSERT_TRUE(parse_all(count(), "2,000 guests", c));
  EXPECT_TRUE(units()[c.unit].total);
}

TEST(CountGrammar, ModifierMayStartWithDigits) {
  CountMention c;
  ASSERT_TRUE(parse_all(count(), "300 million 4G users", c));
  EXPECT_DOUBLE_EQ(c.number, 300000000);
  EXPECT_EQ(c.noun, "users");
  // "4G" alone is still no count.
  EXPECT_EQ(parse_prefix(count(), "4G networks", c), -1);
}

}  // namespace
}  // namespace wiclint::grammar

namespace wiclint::grammar {
namespace {

// Real coverage: coordinated origins before the noun, a spelled "a thousand", new nouns.
TEST(CountGrammar, CoordinatedModifiersAndASpelledThousand) {
  CountMention c;
  ASSERT_TRUE(parse_all(count(), "around 1,000 local, Mainland and overseas participants", c));
  EXPECT_EQ(c.noun, "participants");
  ASSERT_TRUE(parse_all(count(), "nearly 1,000 local and overseas participants", c));
  ASSERT_TRUE(parse_all(count(), "nearly a thousand government officials", c));
  EXPECT_DOUBLE_EQ(c.number, 1000);
  ASSERT_TRUE(parse_all(count(), "about 18,000 tourists", c));
  EXPECT_FALSE(units()[c.unit].attends);
  // Near miss: "and" joins no modifiers when no unit follows the last one.
  EXPECT_FALSE(parse_prefix(count(), "1,000 guests and hosts", c) && c.noun != "guests");
  EXPECT_FALSE(parse_all(count(), "a thousand and one nights", c));
}

}  // namespace
}  // namespace wiclint::grammar
