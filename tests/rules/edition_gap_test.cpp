#include "rules/edition_gap.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::EditionGapRule rule;

TEST(EditionGap, MissingEditionBelowTheLatestMentioned) {
  auto a = article("a.txt", CivilDate{2014, 11, 19}, 1);
  a.claims.push_back(edition_claim(at("a.txt", 3, 5), 1, 0, true));
  auto b = article("b.txt", CivilDate{2016, 11, 16}, 3);
  b.claims.push_back(edition_claim(at("b.txt", 3, 5), 3, 0, true));
  auto f = run_rule(rule, {a, b});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "b.txt", 3, 5);
  EXPECT_TRUE(contains(f[0].message, "no article covers the 2nd (2015) World Internet Conference edition")) << f[0].message;
  EXPECT_TRUE(contains(f[0].message, "up to the 3rd")) << f[0].message;
  ASSERT_EQ(f[0].related.size(), 1u);
  // The knowledge base's entry for the 2nd edition.
  EXPECT_EQ(f[0].related[0].loc.line, default_kb().find_series("wic")->fact(2)->year_loc.line);
  EXPECT_TRUE(contains(f[0].related[0].message, "2nd"));
}

TEST(EditionGap, EveryEditionCoveredIsSilent) {
  // Editions 1 and 2 are both reported as current somewhere; a mention of the 2nd adds nothing.
  auto a = article("a.txt", CivilDate{2014, 11, 19}, 1);
  a.claims.push_back(edition_claim(at("a.txt", 3, 5), 1, 0, true));
  auto b = article("b.txt", CivilDate{2015, 12, 16}, 2);
  b.claims.push_back(edition_claim(at("b.txt", 3, 5), 2, 0, true));
  EXPECT_TRUE(run_rule(rule, {a, b}).empty());
}

TEST(EditionGap, SeveralMissingEditionsMakeOneNote) {
  // One note per series, listing every missing edition with a KB entry for each.
  auto a = article("a.txt", CivilDate{2019, 10, 20}, 6);
  a.claims.push_back(edition_claim(at("a.txt", 3, 5), 6, 0, true));
  auto b = article("b.txt", CivilDate{2016, 11, 16}, 3);
  b.claims.push_back(edition_claim(at("b.txt", 3, 5), 3, 0, true));
  auto f = run_rule(rule, {a, b});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "a.txt", 3, 5);
  EXPECT_TRUE(contains(f[0].message, "1st (2014), 2nd (2015), 4th (2017) and 5th (2018) World Internet Conference editions"))
      << f[0].message;
  EXPECT_EQ(f[0].related.size(), 4u);
}

TEST(EditionGap, EditionsTheKnowledgeBaseNamesByYearAreListedByYear) {
  // The KB names editions past the 6th (2019) by year; the 2022 summit is the 9th by the cadence.
  auto a = article("a.txt", CivilDate{2022, 11, 9}, 9);
  a.claims.push_back(edition_claim(at("a.txt", 3, 5), 9, 2022, true));
  auto b = article("b.txt", CivilDate{2018, 11, 7}, 5);
  b.claims.push_back(edition_claim(at("b.txt", 3, 5), 5, 0, true));
  auto f = run_rule(rule, {a, b});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(contains(f[0].message, "no article covers the 1st (2014), 2nd (2015), 3rd (2016), 4th (2017) and 6th "
                                     "(2019) World Internet Conference editions and those of 2020 and 2021; the "
                                     "corpus mentions editions up to the one of 2022"))
      << f[0].message;
  EXPECT_FALSE(contains(f[0].message, "7th")) << f[0].message;
  EXPECT_EQ(f[0].related.size(), 7u) << "one knowledge-base entry per missing edition (2020 and 2021 are listed too)";
  // Only year-named editions missing.
  std::vector<ArticleClaims> all;
  for (int n = 1; n <= 6; ++n) all.push_back(article("e" + std::to_string(n) + ".txt", CivilDate{2013 + n, 11, 1}, n));
  all.push_back(a);
  f = run_rule(rule, all);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(contains(f[0].message, "no article covers the World Internet Conference editions of 2020 and 2021"))
      << f[0].message;
}

}  // namespace
}  // namespace wiclint::test
