// anniversary-year, end to end from text: "the Nth anniversary of" the series, read by the
// duration reader and judged against the year the article speaks from.
#include "rules/anniversary_year.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::AnniversaryYearRule rule;

// The tenth edition (2023) is no tenth anniversary: the first edition was in 2014.
TEST(AnniversaryYear, AnEditionCountCalledAnAnniversary) {
  const auto a = read_article("a.txt", "Published: 2023-11-09\n\nThis milestone year marks the 10th anniversary of the World Internet "
                      "Conference. Over the past nine years, the World Internet Conference has grown.\n");
  const auto f = run_rule(rule, {a});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(contains(f[0].message, "falls in 2024, not 2023")) << f[0].message;
  EXPECT_TRUE(contains(f[0].message, "holds its 10th edition")) << f[0].message;
  ASSERT_EQ(f[0].related.size(), 3u);
  EXPECT_TRUE(contains(f[0].related[1].message, "counts 9 years")) << f[0].related[1].message;
}

// Near misses: the anniversary in its year; one of something else ("of its first summit", "of the
// company"); an undated article without an edition gives no year to judge by.
TEST(AnniversaryYear, SilentInItsYearOrForAnotherThing) {
  EXPECT_TRUE(run_rule(rule, {read_article("a.txt", "Published: 2024-11-20\n\nThe summit marks the 10th anniversary of the World "
                                   "Internet Conference.\n")}).empty());
  EXPECT_TRUE(run_rule(rule, {read_article("a.txt", "Published: 2023-11-09\n\nAt the World Internet Conference, Alibaba marked the "
                                   "10th anniversary of its payment app.\n")}).empty());
  EXPECT_TRUE(run_rule(rule, {read_article("a.txt", "The 10th anniversary of the World Internet Conference was celebrated.\n")}).empty());
}

}  // namespace
}  // namespace wiclint::test

namespace wiclint::test {
namespace {

// "N years on", said of the series (its subject after the comma, or the series before a colon),
// counts its age: "WIC Wuzhen Summit: 10 years on" in 2023 is one year off. Near misses: the right
// count; "N years on" of something else; "N years later" (after whatever the text told before).
TEST(AnniversaryYear, YearsOnSaidOfTheSeries) {
  const auto f = run_rule(rule, {read_article("a.txt", "WIC Wuzhen Summit: 10 years on\nUpdated: November 9, 2023\n\nThe "
                                                       "World Internet Conference opened in Wuzhen.\n")});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(contains(f[0].message, "\"10 years on\" counts 10 years")) << f[0].message;
  EXPECT_TRUE(run_rule(rule, {read_article("a.txt", "Published: 2019-10-20\n\nFive years on, the World Internet Conference "
                                                    "has outgrown its hall.\n")}).empty());
  EXPECT_TRUE(run_rule(rule, {read_article("a.txt", "Published: 2021-09-26\n\nSeven years on, many faces of the first World "
                                                    "Internet Conference are back.\n")}).empty());
  EXPECT_TRUE(run_rule(rule, {read_article("a.txt", "Published: 2019-10-20\n\nThe mall opened in 2016. Three years later, "
                                                    "the World Internet Conference came to town.\n")}).empty());
}

}  // namespace
}  // namespace wiclint::test
