#include "rules/edition_year.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::EditionYearRule rule;

TEST(EditionYear, BoundYearDisagreesWithTheSeries) {
  auto a = article("a.txt", CivilDate{2016, 11, 16}, 3);
  a.claims.push_back(edition_claim(at("a.txt", 4, 10, 24), 2, 2016));
  auto f = run_rule(rule, {a});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "a.txt", 4, 10);
  EXPECT_TRUE(contains(f[0].message, "2nd World Internet Conference was held in 2015, not 2016")) << f[0].message;
  ASSERT_EQ(f[0].related.size(), 2u);
  expect_at(f[0].related[0].loc, "a.txt", 4, 38);  // where the year is written
  EXPECT_EQ(f[0].related[1].loc.line, default_kb().find_series("wic")->fact(2)->year_loc.line);
}

TEST(EditionYear, CurrentEditionInAnArticleFromAnotherYear) {
  auto a = article("a.txt", CivilDate{2019, 10, 20}, 4);
  a.claims.push_back(edition_claim(at("a.txt", 3, 5), 4, 0, true));
  auto f = run_rule(rule, {a});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(contains(f[0].message, "dated 2019-10-20")) << f[0].message;
  EXPECT_TRUE(contains(f[0].message, "held in 2017")) << f[0].message;
  ASSERT_EQ(f[0].related.size(), 2u);
  expect_at(f[0].related[0].loc, "a.txt", 2, 1);  // the article's date
}

TEST(EditionYear, HistoryRangeIsSilent) {
  // "from the first to the fourth conference" in 2019 names past editions: no year to check.
  auto a = article("a.txt", CivilDate{2019, 10, 20}, 6);
  a.claims.push_back(edition_claim(at("a.txt", 5, 5), 1, 0, false, true, 4));
  EXPECT_TRUE(run_rule(rule, {a}).empty());
}

TEST(EditionYear, WrapUpEarlyNextYearIsSilent) {
  // The 4th edition closed 2017-12-05; a wrap-up on 2018-01-10 is within 60 days.
  auto a = article("a.txt", CivilDate{2018, 1, 10}, 4);
  a.claims.push_back(edition_claim(at("a.txt", 3, 5), 4, 0, true));
  EXPECT_TRUE(run_rule(rule, {a}).empty());
}

}  // namespace
}  // namespace wiclint::test
