#include "rules/undated_article.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::UndatedArticleRule rule;

TEST(UndatedArticle, ReportsTheEditionThatBoundsTheDate) {
  auto a = article("a.txt", std::nullopt, 6);
  auto f = run_rule(rule, {a});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "a.txt", 1, 1);
  EXPECT_TRUE(contains(f[0].message, "no publication date found")) << f[0].message;
  EXPECT_TRUE(contains(f[0].message, "6th World Internet Conference as current, so it is from about 2019")) << f[0].message;
  ASSERT_EQ(f[0].related.size(), 1u);
  expect_at(f[0].related[0].loc, "a.txt", 3, 5);
}

TEST(UndatedArticle, DatedArticleIsSilent) {
  EXPECT_TRUE(run_rule(rule, {article("a.txt", CivilDate{2019, 10, 21}, 6)}).empty());
}

// A date read from the dateline in the reported edition's year is no written date: the warning
// stays, and says what the article's date checks now rest on.
TEST(UndatedArticle, DatelineReadInTheEditionsYearStillFires) {
  auto a = article("a.txt", CivilDate{2017, 11, 7}, 4);
  a.published_inferred = true;
  auto f = run_rule(rule, {a});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(contains(f[0].message, "dateline was read in the year of the 4th World Internet Conference")) << f[0].message;
  EXPECT_TRUE(contains(f[0].message, "(2017-11-07)")) << f[0].message;
}

TEST(UndatedArticle, ArticleWithTextButNoClaimsStillFires) {
  auto a = article("a.txt", std::nullopt);
  ASSERT_EQ(run_rule(rule, {a}).size(), 1u);
}

TEST(UndatedArticle, EmptyFileIsSilent) {
  // An empty file has no text to date: warning about it would be noise.
  auto a = article("empty.txt", std::nullopt);
  a.title.clear();
  EXPECT_TRUE(run_rule(rule, {a}).empty());
}

}  // namespace
}  // namespace wiclint::test
