#include "rules/single_source.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::SingleSourceRule rule;

TEST(SingleSource, AttendanceGivenByOneArticleOnly) {
  // The knowledge base has no attendance figure for the 5th edition.
  auto a = article("a.txt", CivilDate{2018, 11, 7}, 5);
  a.claims.push_back(count_claim(at("a.txt", 5, 2, 12), "1,500 guests", 1500, "", 5));
  auto f = run_rule(rule, {a});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "a.txt", 5, 2);
  EXPECT_TRUE(contains(f[0].message, "attendance (people) of the 5th World Internet Conference")) << f[0].message;
  EXPECT_TRUE(f[0].related.empty());
}

TEST(SingleSource, AttendanceWithAKnowledgeBaseFigureIsSilent) {
  // The KB gives the 6th edition's attendance in people (about 1,500), not in countries: it is the
  // second source of the first figure only (count-reference checks it).
  auto a = article("a.txt", CivilDate{2019, 10, 20}, 6);
  a.claims.push_back(count_claim(at("a.txt", 5, 2, 12), "1,500 guests", 1500, "", 6));
  a.claims.push_back(count_claim(at("a.txt", 5, 30, 12), "80 countries", 80, "over", 6, "countries"));
  auto f = run_rule(rule, {a});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "a.txt", 5, 30);
}

TEST(SingleSource, OpeningDateConfirmedByTheKnowledgeBaseIsSilent) {
  // The KB lists the 6th edition's dates: it is the second source.
  auto a = article("a.txt", CivilDate{2019, 10, 21}, 6);
  a.claims.push_back(date_claim(at("a.txt", 4, 1), "Sunday", {2019, 10, 20}, EventPart::opening, 6));
  EXPECT_TRUE(run_rule(rule, {a}).empty());
}

TEST(SingleSource, AttendanceFromTwoArticlesIsSilent) {
  auto a = article("a.txt", CivilDate{2019, 10, 20}, 6);
  a.claims.push_back(count_claim(at("a.txt", 5, 2), "1,500 guests", 1500, "", 6));
  auto b = article("b.txt", CivilDate{2019, 10, 21}, 6);
  b.claims.push_back(count_claim(at("b.txt", 5, 2), "1,500 guests", 1500, "", 6));
  EXPECT_TRUE(run_rule(rule, {a, b}).empty());
}

TEST(SingleSource, EditionsPastTheLastNumberedAreNamedByYear) {
  auto a = article("a.txt", CivilDate{2021, 9, 26}, 8);
  a.claims.push_back(count_claim(at("a.txt", 5, 2, 12), "2,000 guests", 2000, "", 8));
  auto f = run_rule(rule, {a});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(contains(f[0].message, "attendance (people) of the 2021 World Internet Conference")) << f[0].message;
}

}  // namespace
}  // namespace wiclint::test
