#include "rules/count_agreement.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::CountAgreementRule rule;

TEST(CountAgreement, DisjointAttendanceFiguresConflict) {
  auto a = article("a.txt", CivilDate{2019, 10, 20}, 6);
  a.claims.push_back(count_claim(at("a.txt", 4, 1, 10), "over 1,600 guests", 1600, "over", 6));
  auto b = article("b.txt", CivilDate{2019, 10, 21}, 6);
  b.claims.push_back(count_claim(at("b.txt", 5, 3, 10), "1,500 guests", 1500, "", 6));
  auto f = run_rule(rule, {a, b});
  ASSERT_EQ(f.size(), 1u);
  // Between equals the later article is reported.
  expect_at(f[0].loc, "b.txt", 5, 3);
  EXPECT_TRUE(contains(f[0].message, "\"1,500 guests\"")) << f[0].message;
  EXPECT_TRUE(contains(f[0].message, "6th World Internet Conference")) << f[0].message;
  ASSERT_EQ(f[0].related.size(), 1u);
  expect_at(f[0].related[0].loc, "a.txt", 4, 1);
  EXPECT_TRUE(contains(f[0].related[0].message, "over 1,600 guests"));
}

TEST(CountAgreement, SomeAndOverTheSameFigureOverlap) {
  // "some 1,600" is about 1,440..1,760, which includes 1,601 and up: both can be true.
  auto a = article("a.txt", CivilDate{2019, 10, 20}, 6);
  a.claims.push_back(count_claim(at("a.txt", 4, 1), "some 1,600 guests", 1600, "about", 6));
  auto b = article("b.txt", CivilDate{2019, 10, 21}, 6);
  b.claims.push_back(count_claim(at("b.txt", 4, 1), "over 1,600 guests", 1600, "over", 6));
  EXPECT_TRUE(run_rule(rule, {a, b}).empty());
}

}  // namespace
}  // namespace wiclint::test
