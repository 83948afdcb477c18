// count-reference: an article's attendance figure against the knowledge base's figures for the
// same edition and unit (claims/wic.yaml, or a knowledge base given here).
#include "rules/count_reference.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::CountReferenceRule rule;

// The 2022 summit: the knowledge base gives more than 2,100 people from over 120 countries.
ArticleClaims summit_2022(const std::string& path, const std::string& text, long long n, const std::string& qualifier,
                          const std::string& unit = "people") {
  auto a = article(path, CivilDate{2022, 11, 11}, 9);
  a.claims.push_back(count_claim(at(path, 6, 1, 20), text, n, qualifier, 9, unit));
  return a;
}

TEST(CountReference, AFigureThatFitsNoneOfTheKnowledgeBasesIsAnError) {
  const auto f = run_rule(rule, {summit_2022("a.txt", "About 1,500 guests", 1500, "about")});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "a.txt", 6, 1);
  EXPECT_TRUE(contains(f[0].message, "2022 World Internet Conference")) << f[0].message;
  EXPECT_TRUE(contains(f[0].message, "more than 2,100 people")) << f[0].message;
  ASSERT_EQ(f[0].related.size(), 1u);
  EXPECT_EQ(f[0].related[0].loc.file, "claims/wic.yaml");
  EXPECT_GT(f[0].related[0].loc.line, 0);
  EXPECT_TRUE(contains(f[0].related[0].message, "People's Daily")) << f[0].related[0].message;
}

TEST(CountReference, CountriesAreComparedWithCountries) {
  const auto f = run_rule(rule, {summit_2022("a.txt", "100 countries", 100, "", "countries")});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(contains(f[0].message, "more than 120 countries")) << f[0].message;
}

// Near misses: a bound below the figure can be true of it ("more than 2,000"); a group is a part
// of the attendance ("300 experts"); a count that is not attendance; an edition without figures.
TEST(CountReference, BoundsGroupsNonAttendanceAndEditionsWithoutFiguresAreSilent) {
  EXPECT_TRUE(run_rule(rule, {summit_2022("a.txt", "more than 2,000 representatives", 2000, "over")}).empty());
  EXPECT_TRUE(run_rule(rule, {summit_2022("a.txt", "over 120 countries", 120, "over", "countries")}).empty());
  auto experts = summit_2022("b.txt", "300 experts", 300, "");
  experts.claims.back().as<CountValue>().subgroup = "experts";
  EXPECT_TRUE(run_rule(rule, {experts}).empty());
  auto members = summit_2022("c.txt", "20 countries", 20, "", "countries");
  members.claims.back().as<CountValue>().subgroup = "members";
  EXPECT_TRUE(run_rule(rule, {members}).empty());
  auto users = summit_2022("d.txt", "1,000 users", 1000, "");
  users.claims.back().as<CountValue>().attendance = false;
  EXPECT_TRUE(run_rule(rule, {users}).empty());
  auto fifth = article("e.txt", CivilDate{2018, 11, 7}, 5);  // no figure for 2018
  fifth.claims.push_back(count_claim(at("e.txt", 6, 1), "10 guests", 10, "", 5));
  EXPECT_TRUE(run_rule(rule, {fifth}).empty());
}

// A misnumbered edition is edition-year's one finding, not a cascade of its figures.
TEST(CountReference, AFigureOfAMisnumberedEditionIsLeftToEditionYear) {
  auto a = article("a.txt", CivilDate{2019, 10, 20}, 9);
  a.claims.push_back(count_claim(at("a.txt", 6, 1), "About 1,500 guests", 1500, "about", 9));
  EXPECT_TRUE(run_rule(rule, {a}).empty());
}

// Two sources the knowledge base records that disagree: an article that fits either is silent, one
// that fits neither is reported with both as notes.
TEST(CountReference, AFigureFittingEitherOfTwoDisagreeingReferencesIsSilent) {
  KnowledgeBase kb;
  load_kb_text(kb, "two.yaml",
               "series:\n  id: wic\n  name: World Internet Conference\n  first_year: 2014\n  editions:\n"
               "    - number: 1\n      year: 2014\n      attendance:\n"
               "        - {count: 1000, qualifier: about, unit: people, source: A}\n"
               "        - {count: 600, unit: people, source: B}\n");
  auto run = [&](long long n, const std::string& q) {
    auto a = article("a.txt", CivilDate{2014, 11, 20}, 1);
    a.claims.push_back(count_claim(at("a.txt", 6, 1), "guests", n, q, 1));
    std::vector<ArticleClaims> articles{a};
    RuleContext ctx{articles, kb, {}, {}};
    for (const auto& o : rule.options()) ctx.options[o.name] = o.default_value;
    std::vector<Finding> out;
    rule.run(ctx, out);
    return out;
  };
  EXPECT_TRUE(run(1000, "").empty());  // A
  EXPECT_TRUE(run(600, "").empty());   // B
  const auto f = run(800, "");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].related.size(), 2u);
  EXPECT_EQ(f[0].related[1].loc.file, "two.yaml");
  EXPECT_EQ(f[0].related[1].loc.line, 10);
}

}  // namespace
}  // namespace wiclint::test
