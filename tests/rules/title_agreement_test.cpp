#include "rules/title_agreement.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::TitleAgreementRule rule;

const char* kPublicity = "publicity department of the cpc central committee";

TEST(TitleAgreement, TwoRanksOfOneBodyAtTheSameTime) {
  auto a = article("a.txt", CivilDate{2019, 10, 20});
  a.claims.push_back(title_claim(at("a.txt", 4, 16, 40), "Huang Kunming", "head", kPublicity));
  auto b = article("b.txt", CivilDate{2019, 10, 21});
  b.claims.push_back(title_claim(at("b.txt", 6, 3, 40), "Huang Kunming", "head", kPublicity, "deputy"));
  auto f = run_rule(rule, {a, b});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "b.txt", 6, 3);
  EXPECT_TRUE(contains(f[0].message, "Huang Kunming is given as deputy head of " + std::string(kPublicity))) << f[0].message;
  EXPECT_TRUE(contains(f[0].message, "but as head of")) << f[0].message;
  ASSERT_EQ(f[0].related.size(), 1u);
  expect_at(f[0].related[0].loc, "a.txt", 4, 16);
}

// claims/wic.yaml `people`: Xu Lin was deputy head of the CAC until June 29, 2016, then its head
// until July 31, 2018; Lu Wei its head until June 29, 2016.
const char* kCac = "cyberspace administration of china";

TEST(TitleAgreement, SuccessivePostsTheKnowledgeBaseDatesAreSilent) {
  auto a = article("a.txt", CivilDate{2016, 3, 6});
  a.claims.push_back(title_claim(at("a.txt", 4, 1, 40), "Xu Lin", "director", kCac, "deputy"));
  auto b = article("b.txt", CivilDate{2016, 7, 10});
  b.claims.push_back(title_claim(at("b.txt", 4, 1, 40), "Xu Lin", "director", kCac));
  EXPECT_TRUE(run_rule(rule, {a, b}).empty());
  // Near miss: "deputy director" after the promotion is no post the knowledge base gives him then.
  auto c = article("c.txt", CivilDate{2016, 8, 1});
  c.claims.push_back(title_claim(at("c.txt", 4, 1, 40), "Xu Lin", "director", kCac, "deputy"));
  const auto f = run_rule(rule, {b, c});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "c.txt", 4, 1);
}

TEST(TitleAgreement, SuccessorsTheKnowledgeBaseDatesAreSilent) {
  auto lu = article("lu.txt", CivilDate{2016, 5, 20});
  lu.claims.push_back(title_claim(at("lu.txt", 4, 1, 40), "Lu Wei", "director", kCac));
  auto xu = article("xu.txt", CivilDate{2016, 7, 10});
  xu.claims.push_back(title_claim(at("xu.txt", 4, 1, 40), "Xu Lin", "director", kCac));
  EXPECT_TRUE(run_rule(rule, {lu, xu}).empty());
  // Lu Wei given the office six weeks after it passed to Xu Lin: two holders at once.
  auto late = article("late.txt", CivilDate{2016, 8, 15});
  late.claims.push_back(title_claim(at("late.txt", 4, 1, 40), "Lu Wei", "director", kCac));
  const auto f = run_rule(rule, {xu, late});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "late.txt", 4, 1);
  EXPECT_TRUE(contains(f[0].message, "Xu Lin holds that office")) << f[0].message;
}

TEST(TitleAgreement, AnActingPostBesideTheHoldersOwnRankIsSilent) {
  // The deputy director who is acting director: "acting" holds the post for now (lexicon
  // interim_ranks). Acting director of one body and director of another still conflict.
  auto a = article("a.txt", CivilDate{2019, 10, 20});
  a.claims.push_back(title_claim(at("a.txt", 4, 10, 40), "Li Ming", "director", "big data bureau", "acting"));
  auto b = article("b.txt", CivilDate{2019, 10, 21});
  b.claims.push_back(title_claim(at("b.txt", 4, 10, 40), "Li Ming", "director", "big data bureau", "deputy"));
  EXPECT_TRUE(run_rule(rule, {a, b}).empty());
  auto c = article("c.txt", CivilDate{2019, 10, 21});
  c.claims.push_back(title_claim(at("c.txt", 4, 10, 40), "Li Ming", "director", "health bureau"));
  auto d = article("d.txt", CivilDate{2019, 10, 21});
  d.claims.push_back(title_claim(at("d.txt", 4, 10, 40), "Li Ming", "director", "transport bureau"));
  EXPECT_EQ(run_rule(rule, {a, b, c, d}).size(), 1u);
}

TEST(TitleAgreement, MemberOfTwoBodiesIsSilent) {
  // "member" is not an exclusive role: one person sits on many bodies.
  auto a = article("a.txt", CivilDate{2019, 10, 20});
  a.claims.push_back(title_claim(at("a.txt", 4, 16), "Huang Kunming", "member", "political bureau"));
  auto b = article("b.txt", CivilDate{2019, 10, 21});
  b.claims.push_back(title_claim(at("b.txt", 4, 16), "Huang Kunming", "member", "state council"));
  EXPECT_TRUE(run_rule(rule, {a, b}).empty());
}

// "former Alibaba chief executive", "then head of": a post no longer held is no conflict with the
// posts held now, nor a second holder of a single-holder office. Near miss: the same two posts held
// now are the error of the first test.
TEST(TitleAgreement, AFormerPostIsSilent) {
  auto a = article("a.txt", CivilDate{2019, 10, 20});
  a.claims.push_back(title_claim(at("a.txt", 4, 16, 40), "Huang Kunming", "head", kPublicity));
  auto b = article("b.txt", CivilDate{2019, 10, 21});
  b.claims.push_back(title_claim(at("b.txt", 6, 3, 40), "Huang Kunming", "head", kPublicity, "deputy"));
  b.claims.back().as<TitleValue>().former = true;
  b.claims.push_back(title_claim(at("b.txt", 7, 3, 40), "Lu Wei", "head", kCac));
  b.claims.back().as<TitleValue>().former = true;
  a.claims.push_back(title_claim(at("a.txt", 5, 3, 40), "Zhuang Rongwen", "head", kCac));
  EXPECT_TRUE(run_rule(rule, {a, b}).empty());
  b.claims[0].as<TitleValue>().former = false;
  EXPECT_EQ(run_rule(rule, {a, b}).size(), 1u);
}

TEST(TitleAgreement, PostsThreeYearsApartAreSilent) {
  // A promotion over three years is outside the 180-day window.
  auto a = article("a.txt", CivilDate{2016, 11, 16});
  a.claims.push_back(title_claim(at("a.txt", 4, 16), "Huang Kunming", "head", kPublicity, "deputy"));
  auto b = article("b.txt", CivilDate{2019, 10, 21});
  b.claims.push_back(title_claim(at("b.txt", 4, 16), "Huang Kunming", "head", kPublicity));
  EXPECT_TRUE(run_rule(rule, {a, b}).empty());
}

TEST(TitleAgreement, PostsAtTwoEditionsAreNotAtTheSameTime) {
  // The fifth and sixth editions, 348 days apart: each article gives the post at its own edition.
  auto a = article("a.txt", CivilDate{2018, 11, 7}, 5);
  a.claims.push_back(title_claim(at("a.txt", 4, 16), "Li Hua", "director", "cyberspace administration", "deputy"));
  auto b = article("b.txt", CivilDate{2019, 10, 21}, 6);
  b.claims.push_back(title_claim(at("b.txt", 4, 16), "Li Hua", "director", "cyberspace administration"));
  EXPECT_TRUE(run_rule(rule, {a, b}).empty());
  // Two articles about one edition, or about none, within the window still conflict.
  auto c = article("c.txt", CivilDate{2019, 10, 22}, 6);
  c.claims.push_back(title_claim(at("c.txt", 4, 16), "Li Hua", "director", "cyberspace administration", "deputy"));
  EXPECT_EQ(run_rule(rule, {b, c}).size(), 1u);
  auto d = article("d.txt", CivilDate{2019, 5, 20});
  d.claims.push_back(title_claim(at("d.txt", 4, 16), "Li Hua", "director", "cyberspace administration", "deputy"));
  EXPECT_EQ(run_rule(rule, {b, d}).size(), 1u);
  // Beyond 180 days, articles about no edition are not compared either.
  auto e = article("e.txt", CivilDate{2019, 12, 2});
  e.claims.push_back(title_claim(at("e.txt", 4, 16), "Li Hua", "director", "cyberspace administration"));
  EXPECT_TRUE(run_rule(rule, {d, e}).empty());
}

TEST(TitleAgreement, ShortAndFullNamesOfOneBodyAreSilent) {
  // "head of the Publicity Department" is the same post as "head of the Publicity Department of
  // the CPC Central Committee": the shorter name is a prefix of the fuller one.
  auto a = article("a.txt", CivilDate{2019, 10, 20});
  a.claims.push_back(title_claim(at("a.txt", 4, 16), "Huang Kunming", "head", "publicity department"));
  auto b = article("b.txt", CivilDate{2019, 10, 21});
  b.claims.push_back(title_claim(at("b.txt", 4, 16), "Huang Kunming", "head", kPublicity));
  EXPECT_TRUE(run_rule(rule, {a, b}).empty());
}

// A portfolio names its office after "of": "minister of industry and information technology" and
// "minister of the Ministry of Industry and Information Technology" are one post; the vice minister
// of it is another rank of that post; a portfolio that is not the whole tail is another body.
TEST(TitleAgreement, APortfolioIsTheTailOfItsOfficesName) {
  auto a = article("a.txt", CivilDate{2019, 10, 20});
  a.claims.push_back(title_claim(at("a.txt", 4, 16), "Chen Ming", "minister", "industry and information technology"));
  auto b = article("b.txt", CivilDate{2019, 10, 21});
  b.claims.push_back(
      title_claim(at("b.txt", 4, 16), "Chen Ming", "minister", "ministry of industry and information technology"));
  EXPECT_TRUE(run_rule(rule, {a, b}).empty());
  auto c = article("c.txt", CivilDate{2019, 10, 22});
  c.claims.push_back(title_claim(at("c.txt", 4, 16), "Chen Ming", "minister", "information technology"));
  EXPECT_FALSE(run_rule(rule, {b, c}).empty());
}

// A post named by portfolio alone says nothing of the country: "minister of foreign affairs" is
// compared with the portfolio of "minister of china / foreign"; two countries still differ.
TEST(TitleAgreement, APortfolioAloneMatchesACountrysPortfolio) {
  auto a = article("a.txt", CivilDate{2019, 10, 20});
  a.claims.push_back(title_claim(at("a.txt", 4, 16), "Wang Yi", "minister", "china / foreign"));
  auto b = article("b.txt", CivilDate{2019, 10, 21});
  b.claims.push_back(title_claim(at("b.txt", 4, 16), "Wang Yi", "minister", "foreign affairs"));
  EXPECT_TRUE(run_rule(rule, {a, b}).empty());
  auto c = article("c.txt", CivilDate{2019, 10, 22});
  c.claims.push_back(title_claim(at("c.txt", 4, 16), "Wang Yi", "minister", "egypt / foreign"));
  EXPECT_FALSE(run_rule(rule, {a, c}).empty());
}

TEST(TitleAgreement, APrefixThatIsNotAWholeWordIsAnotherBody) {
  auto a = article("a.txt", CivilDate{2019, 10, 20});
  a.claims.push_back(title_claim(at("a.txt", 4, 16), "Zhang San", "director", "acme bureau"));
  auto b = article("b.txt", CivilDate{2019, 10, 21});
  b.claims.push_back(title_claim(at("b.txt", 4, 16), "Zhang San", "director", "acmesoft bureau"));
  EXPECT_EQ(run_rule(rule, {a, b}).size(), 1u);
}

}  // namespace
}  // namespace wiclint::test

namespace wiclint::test {
namespace {

// One body rendered two ways (real coverage of the 2025 Asia-Pacific Summit): the words of one
// name, with its acronyms spelled out and its country dropped, are the other's but for words that
// say what kind of office it is.
TEST(TitleAgreement, TwoRenderingsOfOneBodyAreOnePost) {
  auto a = article("a.txt", CivilDate{2025, 4, 14});
  a.claims.push_back(title_claim(at("a.txt", 1, 12), "Wang Yong", "chairman",
                                 "chinese people's political consultative conference national committee", "vice"));
  a.claims.push_back(title_claim(at("a.txt", 3, 12), "John Lee", "ceo", "hong kong sar"));
  auto b = article("b.txt", CivilDate{2025, 4, 15});
  b.claims.push_back(title_claim(at("b.txt", 17, 74), "Wang Yong", "chairman", "china / people's political consultative conference", "vice"));
  b.claims.push_back(title_claim(at("b.txt", 9, 5), "John Lee", "ceo", "china's hong kong special administrative region"));
  EXPECT_TRUE(run_rule(rule, {a, b}).empty());
  // Near miss: a word that names which office ("health", "transport") keeps two bodies apart.
  auto c = article("c.txt", CivilDate{2025, 4, 15});
  c.claims.push_back(title_claim(at("c.txt", 2, 1), "John Lee", "ceo", "hong kong transport department"));
  EXPECT_EQ(run_rule(rule, {a, c}).size(), 1u);
}

// A place noun says what kind of body it is, not which: "Party chief of Zhejiang province" and
// "Zhejiang Party chief" hold one post. Near miss: the Party chief of another province does not.
TEST(TitleAgreement, APlaceNounDoesNotMakeAnotherBody) {
  auto a = article("a.txt", CivilDate{2015, 12, 16});
  a.claims.push_back(title_claim(at("a.txt", 4, 21), "Xia Baolong", "head", "party / zhejiang province"));
  auto b = article("b.txt", CivilDate{2015, 12, 17});
  b.claims.push_back(title_claim(at("b.txt", 4, 1), "Xia Baolong", "head", "zhejiang party"));
  EXPECT_TRUE(run_rule(rule, {a, b}).empty());
  auto c = article("c.txt", CivilDate{2015, 12, 17});
  c.claims.push_back(title_claim(at("c.txt", 4, 1), "Xia Baolong", "head", "jiangsu party"));
  EXPECT_EQ(run_rule(rule, {a, c}).size(), 1u);
}

}  // namespace
}  // namespace wiclint::test

namespace wiclint::test {
namespace {

// People chair or run several companies at once: the same role of two companies is no
// contradiction (issue #16). Of two public bodies it is, and a public role ("minister") is public
// whatever its body; two ranks of one company still conflict.
TEST(TitleAgreement, TwoCompaniesAreNoContradictionTwoPublicBodiesAre) {
  auto a = article("a.txt", CivilDate{2019, 10, 20});
  a.claims.push_back(title_claim(at("a.txt", 4, 16), "Lei Jun", "chairman", "xiaomi"));
  auto b = article("b.txt", CivilDate{2019, 10, 21});
  b.claims.push_back(title_claim(at("b.txt", 4, 16), "Lei Jun", "chairman", "kingsoft"));
  EXPECT_TRUE(run_rule(rule, {a, b}).empty());
  auto c = article("c.txt", CivilDate{2019, 10, 20});
  c.claims.push_back(title_claim(at("c.txt", 4, 16), "Li Ming", "director", "zhejiang provincial health commission"));
  auto d = article("d.txt", CivilDate{2019, 10, 21});
  d.claims.push_back(title_claim(at("d.txt", 4, 16), "Li Ming", "director", "hangzhou municipal transport bureau"));
  EXPECT_EQ(run_rule(rule, {c, d}).size(), 1u);
  auto e = article("e.txt", CivilDate{2019, 10, 21});
  e.claims.push_back(title_claim(at("e.txt", 4, 16), "Lei Jun", "chairman", "xiaomi", "vice"));
  EXPECT_EQ(run_rule(rule, {a, e}).size(), 1u) << "two ranks of one company";
}

}  // namespace
}  // namespace wiclint::test
