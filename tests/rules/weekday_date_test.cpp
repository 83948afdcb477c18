#include "rules/weekday_date.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::WeekdayDateRule rule;

Claim stated(const Location& loc, CivilDate d, int weekday, bool year_from_article = false) {
  Claim c = date_claim(loc, "Tuesday, Nov. 16", d, EventPart::mention, 0);
  c.as<DateValue>().stated_weekday = weekday;
  c.as<DateValue>().year_from_article = year_from_article;
  return c;
}

TEST(WeekdayDate, WrongWeekdayBesideADate) {
  // 2016-11-16 was a Wednesday; the year came from the article's date, which is related.
  auto a = article("a.txt", CivilDate{2016, 11, 17});
  a.claims.push_back(stated(at("a.txt", 7, 12, 16), {2016, 11, 16}, 1, true));
  auto f = run_rule(rule, {a});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "a.txt", 7, 12);
  EXPECT_EQ(f[0].message, "November 16, 2016 was a Wednesday, not a Tuesday");
  ASSERT_EQ(f[0].related.size(), 1u);
  expect_at(f[0].related[0].loc, "a.txt", 2, 1);
  EXPECT_TRUE(contains(f[0].related[0].message, "comes from the article's date"));
}

TEST(WeekdayDate, MatchingWeekdayIsSilent) {
  auto a = article("a.txt", CivilDate{2016, 11, 17});
  a.claims.push_back(stated(at("a.txt", 7, 12), {2016, 11, 16}, 2));
  EXPECT_TRUE(run_rule(rule, {a}).empty());
}

}  // namespace
}  // namespace wiclint::test
