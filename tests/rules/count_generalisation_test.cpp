// count-generalisation, end to end from text: a figure said of every edition, read by the count
// reader, set against each edition's reported attendance.
#include "rules/count_generalisation.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::CountGeneralisationRule rule;

const ArticleClaims& fifth() {
  static const ArticleClaims a = read_article("b.txt", "Published: 2018-11-09\n\nThe Fifth World Internet Conference closed on "
                                               "Friday in Wuzhen. About 1,500 delegates attended the three-day conference.\n");
  return a;
}

TEST(CountGeneralisation, AnEditionBreaksAFigureSaidOfEvery) {
  const auto every = read_article("c.txt", "Published: 2018-11-10\n\nThe World Internet Conference has drawn about 900 guests every "
                                   "year since it began in 2014.\n");
  const auto f = run_rule(rule, {every, fifth()});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].loc.file, "c.txt");
  EXPECT_TRUE(contains(f[0].message, "5th World Internet Conference")) << f[0].message;
  ASSERT_EQ(f[0].related.size(), 1u);
  EXPECT_EQ(f[0].related[0].loc.file, "b.txt");
}

// Near misses: a generalisation every edition fits; "held every year" describes the conference,
// not the figure, which stays the edition's own.
TEST(CountGeneralisation, SilentWhenEveryEditionFitsOrTheYearIsNotTheFigures) {
  const auto fits = read_article("c.txt", "Published: 2018-11-10\n\nEvery year, the World Internet Conference draws more than 1,000 "
                                  "guests to Wuzhen.\n");
  EXPECT_TRUE(run_rule(rule, {fits, fifth()}).empty());
  const auto held = read_article("d.txt", "Published: 2018-11-08\n\nThe Fifth World Internet Conference, held every year in Wuzhen "
                                  "since 2014, drew about 900 guests on Wednesday.\n");
  for (const auto& c : held.claims)
    if (c.kind() == ClaimKind::count) {
      EXPECT_FALSE(c.as<CountValue>().every_edition) << c.text;
    }
}

}  // namespace
}  // namespace wiclint::test
