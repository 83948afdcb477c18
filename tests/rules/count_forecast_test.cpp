// count-forecast, end to end from text: a forecast of attendance, read by the count reader, set
// beside the outcomes other sources report.
#include "rules/count_agreement.hpp"
#include "rules/count_forecast.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::CountForecastRule rule;
rules::CountAgreementRule agreement;

const ArticleClaims& outcome() {
  static const ArticleClaims a = read_article("b.txt", "Published: 2018-11-09\n\nThe Fifth World Internet Conference closed on "
                                               "Friday in Wuzhen. About 1,500 delegates attended the three-day conference.\n");
  return a;
}

// "Some 3,000 delegates are expected to attend" against "About 1,500 delegates attended": a note
// on the forecast, with the outcome as its note; never a count-agreement error.
TEST(CountForecast, AForecastNoOutcomeFits) {
  const auto preview = read_article("a.txt", "Published: 2018-11-05\n\nSome 3,000 delegates are expected to attend the Fifth World "
                                     "Internet Conference, which opens on Wednesday in Wuzhen.\n");
  const auto f = run_rule(rule, {preview, outcome()});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].loc.file, "a.txt");
  EXPECT_TRUE(contains(f[0].message, "5th World Internet Conference")) << f[0].message;
  ASSERT_EQ(f[0].related.size(), 1u);
  EXPECT_EQ(f[0].related[0].loc.file, "b.txt");
  EXPECT_TRUE(run_rule(agreement, {preview, outcome()}).empty());
}

// Near misses: a forecast the outcome fits, and "guests will attend" against an outcome of
// another edition.
TEST(CountForecast, SilentWhenTheOutcomeFitsOrIsAnotherEditions) {
  const auto close = read_article("a.txt", "Published: 2018-11-05\n\nAbout 1,500 delegates are expected to attend the Fifth World "
                                   "Internet Conference, which opens on Wednesday.\n");
  EXPECT_TRUE(run_rule(rule, {close, outcome()}).empty());
  const auto other = read_article("c.txt", "Published: 2019-10-18\n\nMore than 3,000 guests will attend the Sixth World Internet "
                                   "Conference, which opens on Sunday.\n");
  EXPECT_TRUE(run_rule(rule, {other, outcome()}).empty());
}

}  // namespace
}  // namespace wiclint::test
