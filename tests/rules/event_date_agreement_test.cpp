#include "rules/event_date_agreement.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::EventDateAgreementRule rule;

TEST(EventDateAgreement, OpeningDateAgainstTheKnowledgeBase) {
  // The 6th edition opened 2019-10-20; "yesterday" in an article of 2019-10-20 gives the 19th.
  auto a = article("a.txt", CivilDate{2019, 10, 20}, 6);
  a.claims.push_back(date_claim(at("a.txt", 4, 30, 9), "yesterday", {2019, 10, 19}, EventPart::opening, 6,
                                Relation::yesterday));
  auto b = article("b.txt", CivilDate{2019, 10, 21}, 6);
  b.claims.push_back(date_claim(at("b.txt", 4, 8, 6), "Sunday", {2019, 10, 20}, EventPart::opening, 6,
                                Relation::weekday_past));
  auto f = run_rule(rule, {a, b});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "a.txt", 4, 30);
  EXPECT_TRUE(contains(f[0].message, "ran from 2019-10-20 to 2019-10-22")) << f[0].message;
  EXPECT_TRUE(contains(f[0].message, "opening as 2019-10-19")) << f[0].message;
  ASSERT_EQ(f[0].related.size(), 3u);
  expect_at(f[0].related[0].loc, "a.txt", 2, 1);  // the article's date
  EXPECT_EQ(f[0].related[1].loc.line, default_kb().find_series("wic")->fact(6)->opening_loc.line);
  expect_at(f[0].related[2].loc, "b.txt", 4, 8);
}

TEST(EventDateAgreement, DateInAnotherYearIsLeftToEditionYear) {
  // A misnumbered edition ("6th" with a 2018 date) is one error, reported by edition-year.
  auto a = article("a.txt", CivilDate{2018, 11, 7}, 6);
  a.claims.push_back(date_claim(at("a.txt", 4, 1), "Nov. 7", {2018, 11, 7}, EventPart::opening, 6));
  EXPECT_TRUE(run_rule(rule, {a}).empty());
}

// The 2024 summit's programme ran from Nov. 19 (first_day), its opening ceremony on the 20th.
TEST(EventDateAgreement, AProgrammeFromItsFirstDayFitsAndADayEarlierDoesNot) {
  auto a = article("a.txt", CivilDate{2024, 10, 25}, 11);
  a.claims.push_back(date_claim(at("a.txt", 4, 1), "Nov. 19 to 22", {2024, 11, 19}, EventPart::running, 11));
  a.claims.back().as<DateValue>().end = {2024, 11, 22};
  auto b = article("b.txt", CivilDate{2024, 11, 20}, 11);
  b.claims.push_back(date_claim(at("b.txt", 4, 1), "opened on Wednesday", {2024, 11, 20}, EventPart::opening, 11));
  EXPECT_TRUE(run_rule(rule, {a, b}).empty());
  auto c = article("c.txt", CivilDate{2024, 10, 25}, 11);
  c.claims.push_back(date_claim(at("c.txt", 4, 1), "Nov. 18 to 22", {2024, 11, 18}, EventPart::running, 11));
  c.claims.back().as<DateValue>().end = {2024, 11, 22};
  const auto f = run_rule(rule, {c});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(contains(f[0].message, "running as 2024-11-18 to 2024-11-22")) << f[0].message;
}

TEST(EventDateAgreement, RunningDateInsideTheEditionIsSilent) {
  auto a = article("a.txt", CivilDate{2019, 10, 21}, 6);
  a.claims.push_back(date_claim(at("a.txt", 4, 1), "Oct. 21", {2019, 10, 21}, EventPart::running, 6));
  EXPECT_TRUE(run_rule(rule, {a}).empty());
}

}  // namespace
}  // namespace wiclint::test
