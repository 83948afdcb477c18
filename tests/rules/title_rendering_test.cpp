// title-rendering, end to end from text: one person's office of one public body named by two head
// roles in one article.
#include "rules/title_rendering.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::TitleRenderingRule rule;

// "Later Huang Kunming, head of ...": the sentence's opening adverb is no part of the name, so the
// two posts are one person's.
TEST(TitleRendering, TwoHeadRolesOfOnePublicBody) {
  const auto a = read_article("a.txt", "Published: 2019-10-20\n\nHuang Kunming, minister of the Publicity Department of the CPC Central "
                      "Committee, spoke. Later Huang Kunming, head of the Publicity Department of the CPC Central "
                      "Committee, met guests.\n");
  const auto f = run_rule(rule, {a});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(contains(f[0].message, "Huang Kunming is \"head of the Publicity Department")) << f[0].message;
  ASSERT_EQ(f[0].related.size(), 1u);
  EXPECT_EQ(f[0].related[0].loc.line, 3);
}

// Near misses: a company's chairman who is also its chief executive; a deputy and a head (ranks are
// title-agreement's); the same rendering twice.
TEST(TitleRendering, SilentForCompaniesRanksAndOneRendering) {
  EXPECT_TRUE(run_rule(rule, {read_article("a.txt", "Published: 2019-10-20\n\nRobin Li, chairman of Baidu, spoke. Robin Li, chief "
                                   "executive of Baidu, smiled.\n")}).empty());
  EXPECT_TRUE(run_rule(rule, {read_article("a.txt", "Published: 2019-10-20\n\nLi Ming, deputy head of the Zhejiang Provincial Department "
                                   "of Commerce, spoke. Li Ming, director of the Zhejiang Provincial Department of "
                                   "Commerce, smiled.\n")}).empty());
  EXPECT_TRUE(run_rule(rule, {read_article("a.txt", "Published: 2019-10-20\n\nZhuang Rongwen, director of the Cyberspace Administration "
                                   "of China, spoke. Zhuang Rongwen, director of the Cyberspace Administration of "
                                   "China, smiled.\n")}).empty());
}

}  // namespace
}  // namespace wiclint::test
