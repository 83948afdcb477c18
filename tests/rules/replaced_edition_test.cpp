// replaced-edition, end to end from text: an edition the knowledge base records as replaced
// (claims/wic.yaml: the seventh, 2020, an Internet Development Forum held in its place) given by its
// ordinal as held.
#include "rules/replaced_edition.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::ReplacedEditionRule rule;

TEST(ReplacedEdition, TheReplacedEditionGivenAsHeldByItsOrdinal) {
  const auto a = read_article("a.txt", "Published: 2020-11-24\n\nChina's 7th World Internet Conference is still being held "
                                       "in Wuzhen. The 7th World Internet Conference opened on Monday.\n");
  const auto f = run_rule(rule, {a});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "a.txt", 3, 39);
  EXPECT_TRUE(contains(f[0].message, "gives the 7th World Internet Conference (2020) as held")) << f[0].message;
  EXPECT_TRUE(contains(f[0].message, "replaced by another event held in its place")) << f[0].message;
  ASSERT_EQ(f[0].related.size(), 1u);
  EXPECT_TRUE(contains(f[0].related[0].loc.file.str(), "wic.yaml")) << f[0].related[0].loc.file.str();
}

// Near misses: the replacement named by its year or by its own name ("the 2020 World Internet
// Conference ... opened"), the edition given as cancelled, a regular edition given as held, and
// the seventh with a date of its year in the sentence.
TEST(ReplacedEdition, SilentForTheYearTheCancellationAndRegularEditions) {
  const auto by_year = read_article("a.txt", "Published: 2020-11-24\n\nThe 2020 World Internet Conference Internet "
                                             "Development Forum opened on Monday.\n");
  const auto cancelled = read_article("b.txt", "Published: 2020-11-02\n\nThe seventh World Internet Conference was "
                                               "cancelled, organizers said.\n");
  const auto regular = read_article("c.txt", "Published: 2019-10-21\n\nThe 6th World Internet Conference opened on "
                                             "Sunday.\n");
  const auto dated = read_article("d.txt", "Published: 2020-11-24\n\nChina's 7th World Internet Conference is being held "
                                           "in Wuzhen in November 2020.\n");
  EXPECT_TRUE(run_rule(rule, {by_year, cancelled, regular, dated}).empty());
}

}  // namespace
}  // namespace wiclint::test
