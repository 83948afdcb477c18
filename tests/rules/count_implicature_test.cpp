#include "rules/count_implicature.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::CountImplicatureRule rule;

TEST(CountImplicature, ALowerBoundFarBelowAnotherFigure) {
  auto a = article("a.txt", CivilDate{2018, 11, 9}, 5);
  a.claims.push_back(count_claim(at("a.txt", 4, 55), "More than 800 guests", 800, "over", 5));
  auto b = article("b.txt", CivilDate{2018, 11, 9}, 5);
  b.claims.push_back(count_claim(at("b.txt", 4, 55), "About 1,400 guests", 1400, "about", 5));
  auto f = run_rule(rule, {a, b});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "a.txt", 4, 55);
  ASSERT_EQ(f[0].related.size(), 1u);
  expect_at(f[0].related[0].loc, "b.txt", 4, 55);
}

TEST(CountImplicature, AnUpperBoundFarAboveAnotherFigure) {
  auto a = article("a.txt", CivilDate{2018, 11, 9}, 5);
  a.claims.push_back(count_claim(at("a.txt", 4, 1), "fewer than 2,000 guests", 2000, "under", 5));
  auto b = article("b.txt", CivilDate{2018, 11, 9}, 5);
  b.claims.push_back(count_claim(at("b.txt", 4, 1), "about 1,000 guests", 1000, "about", 5));
  ASSERT_EQ(run_rule(rule, {a, b}).size(), 1u);
}

// Silent: a bound near the figure, a bound and a figure of one article, and two groups.
TEST(CountImplicature, NearBoundsOneArticleAndOtherGroupsAreSilent) {
  auto a = article("a.txt", CivilDate{2018, 11, 9}, 5);
  a.claims.push_back(count_claim(at("a.txt", 4, 1), "More than 1,000 guests", 1000, "over", 5));
  auto b = article("b.txt", CivilDate{2018, 11, 9}, 5);
  b.claims.push_back(count_claim(at("b.txt", 4, 1), "About 1,600 guests", 1600, "about", 5));
  EXPECT_TRUE(run_rule(rule, {a, b}).empty());
  auto c = article("c.txt", CivilDate{2018, 11, 9}, 5);
  c.claims.push_back(count_claim(at("c.txt", 4, 1), "More than 800 guests", 800, "over", 5));
  c.claims.push_back(count_claim(at("c.txt", 6, 1), "About 1,400 guests", 1400, "about", 5));
  EXPECT_TRUE(run_rule(rule, {c}).empty());
  auto d = article("d.txt", CivilDate{2018, 11, 9}, 5);
  Claim experts = count_claim(at("d.txt", 4, 1), "over 20 countries", 20, "over", 5, "countries");
  experts.as<CountValue>().subgroup = "experts";
  d.claims.push_back(experts);
  auto e = article("e.txt", CivilDate{2018, 11, 9}, 5);
  e.claims.push_back(count_claim(at("e.txt", 4, 1), "83 countries and regions", 83, "", 5, "countries"));
  EXPECT_TRUE(run_rule(rule, {d, e}).empty());
}

}  // namespace
}  // namespace wiclint::test
