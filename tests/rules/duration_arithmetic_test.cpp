#include "rules/duration_arithmetic.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::DurationArithmeticRule rule;

TEST(DurationArithmetic, HistoryThatDoesNotFitTheEditionsYear) {
  // The 4th edition is in 2017: a history spans 4 (inclusive) or 3 (elapsed) years, not 6.
  auto a = article("a.txt", CivilDate{2017, 12, 3}, 4);
  a.claims.push_back(duration_claim(at("a.txt", 6, 10, 14), "six-year history", 6, DurationForm::history));
  auto f = run_rule(rule, {a});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "a.txt", 6, 10);
  EXPECT_TRUE(contains(f[0].message, "6-year span")) << f[0].message;
  EXPECT_TRUE(contains(f[0].message, "2017")) << f[0].message;
  EXPECT_TRUE(contains(f[0].message, "spans 4 years")) << f[0].message;
  ASSERT_EQ(f[0].related.size(), 2u);
  expect_at(f[0].related[0].loc, "a.txt", 3, 5);  // the edition the article reports
  EXPECT_EQ(f[0].related[1].loc.line, default_kb().find_series("wic")->first_year_loc.line);
  EXPECT_TRUE(contains(f[0].related[1].message, "first held in 2014"));
}

// "an 8-year span", "an 11-year span", but "a 6-year span" (above).
TEST(DurationArithmetic, TheArticleFollowsTheNumbersSound) {
  for (const auto& [n, words] : {std::pair<int, const char*>{8, "an 8-year span"}, {11, "an 11-year span"},
                                 {18, "an 18-year span"}, {9, "a 9-year span"}}) {
    auto a = article("a.txt", CivilDate{2017, 12, 3}, 4);
    a.claims.push_back(duration_claim(at("a.txt", 6, 10, 14), "history", n, DurationForm::history));
    auto f = run_rule(rule, {a});
    ASSERT_EQ(f.size(), 1u) << n;
    EXPECT_TRUE(contains(f[0].message, words)) << f[0].message;
  }
}

TEST(DurationArithmetic, ElapsedYearsAlsoFit) {
  // "over the past three years" at the 4th edition (2017) counts 2014..2017 as 3 elapsed years.
  auto a = article("a.txt", CivilDate{2017, 12, 3}, 4);
  a.claims.push_back(duration_claim(at("a.txt", 6, 10), "past three years", 3, DurationForm::past));
  EXPECT_TRUE(run_rule(rule, {a}).empty());
}

}  // namespace
}  // namespace wiclint::test
