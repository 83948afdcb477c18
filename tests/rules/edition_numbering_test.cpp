// edition-numbering, end to end from text: the ordinals past the 2020 forum (claims/wic.yaml gives
// it `numbering: unsettled`), read by the extractor and judged by the rule.
#include "rules/edition_numbering.hpp"
#include "rules/edition_year.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::EditionNumberingRule rule;

// A source that says the seventh was cancelled (read on first use: the extractor's tables are
// static objects of other translation units).
const ArticleClaims& cancelled() {
  static const ArticleClaims a = read_article("cancelled.txt", "Published: 2020-09-10\n\nOrganizers said on Thursday they "
                                                       "would cancel the hosting of the 7th World Internet Conference.\n");
  return a;
}

TEST(EditionNumbering, AnOrdinalCountingTheForumWhereTheCorpusSaysTheSeventhWasCancelled) {
  const auto eighth = read_article("eighth.txt", "Published: 2021-09-26\n\nThe summit, the eighth edition of the World Internet "
                                         "Conference, opened in Wuzhen on Sunday.\n");
  const auto f = run_rule(rule, {cancelled(), eighth});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].loc.file, "eighth.txt");
  EXPECT_TRUE(contains(f[0].message, "2021 edition")) << f[0].message;
  ASSERT_EQ(f[0].related.size(), 2u);
  EXPECT_EQ(f[0].related[1].loc.file, "cancelled.txt");
  // Near miss: without a source that says the seventh was cancelled, the knowledge base's count is
  // what the corpus expects.
  EXPECT_TRUE(run_rule(rule, {eighth}).empty());
}

TEST(EditionNumbering, AnOrdinalCountingOnlyTheEditionsHeldMeansTheNextYear) {
  const auto seventh = read_article("seventh.txt", "Published: 2021-09-27\n\nThe seventh World Internet Conference opened in "
                                           "Wuzhen on Sunday.\n");
  const Claim* ed = nullptr;
  for (const auto& c : seventh.claims)
    if (c.kind() == ClaimKind::edition) ed = &c;
  ASSERT_NE(ed, nullptr);
  EXPECT_EQ(ed->edition, 8) << "the 2021 summit, by the knowledge base's numbering";
  EXPECT_EQ(seventh.main_edition, 8);
  const auto f = run_rule(rule, {seventh});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(contains(f[0].message, "2021 edition")) << f[0].message;
  // ... and it is no wrong year: edition-year stays silent.
  rules::EditionYearRule year_rule;
  EXPECT_TRUE(run_rule(year_rule, {seventh}).empty());
}

// Near misses: the seventh in 2020 is the forum's year; a wrap-up in January reports the year
// before; "the 10th year of the summit" counts years, not editions.
TEST(EditionNumbering, TheGapsOwnYearAWrapUpAndYearsOfTheSeriesAreSilent) {
  const auto forum = read_article("forum.txt", "Published: 2020-11-24\n\nThe seventh World Internet Conference was replaced by a "
                                       "forum that opened in Wuzhen on Monday.\n");
  EXPECT_TRUE(run_rule(rule, {cancelled(), forum}).empty());
  const auto review = read_article("review.txt", "Published: 2025-01-03\n\nThe 11th World Internet Conference Wuzhen Summit, "
                                         "held Nov. 20-22, drew more than 1,000 guests.\n");
  for (const auto& c : review.claims)
    if (c.kind() == ClaimKind::edition) {
      EXPECT_EQ(c.edition, 11) << c.text;
    }
  const auto years = read_article("years.txt", "Published: 2023-11-08\n\nThis is the 10th year of the Wuzhen Summit.\n");
  EXPECT_TRUE(run_rule(rule, {cancelled(), years}).empty());
}

}  // namespace
}  // namespace wiclint::test
