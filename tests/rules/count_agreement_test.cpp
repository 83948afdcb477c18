#include "rules/count_agreement.hpp"

#include <random>

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


// The rule counts agreement by sorting and binary search; this is the definition it must match,
// claim against claim: many sources, several figures per article, dated and undated, ties.
TEST(CountAgreement, MatchesThePairwiseDefinitionOnRandomCorpora) {
  const char* qualifiers[] = {"", "over", "about", "nearly"};
  const long long figures[] = {1000, 1200, 1500, 1600, 2000};
  std::mt19937 rng(7);
  for (int round = 0; round < 30; ++round) {
    std::vector<ArticleClaims> articles;
    const int n_articles = 2 + static_cast<int>(rng() % 40);
    for (int a = 0; a < n_articles; ++a) {
      const std::string path = "a" + std::to_string(a) + ".txt";
      std::optional<CivilDate> published;
      if (rng() % 4) published = CivilDate{2019, 10, 20 + static_cast<int>(rng() % 3)};
      auto art = article(path, published, 6);
      const int n_claims = 1 + static_cast<int>(rng() % 3);
      for (int k = 0; k < n_claims; ++k) {
        const long long n = figures[rng() % 5];
        const std::string q = qualifiers[rng() % 4];
        art.claims.push_back(count_claim(at(path, 4 + k, 1), q + " " + std::to_string(n) + " guests", n, q, 6));
      }
      articles.push_back(std::move(art));
    }
    // The definition, pair by pair.
    struct E {
      const ArticleClaims* a;
      const Claim* c;
      double lo, hi;
    };
    std::vector<E> es;
    for (const auto& a : articles)
      for (const auto& c : a.claims) {
        CountValue v = c.as<CountValue>();
        set_count_interval(v);
        es.push_back({&a, &c, v.min, v.max});
      }
    auto disjoint = [](const E& x, const E& y) { return x.hi < y.lo || y.hi < x.lo; };
    std::vector<int> agree(es.size()), disagree(es.size());
    for (std::size_t i = 0; i < es.size(); ++i)
      for (std::size_t j = 0; j < es.size(); ++j)
        if (es[i].a != es[j].a) (disjoint(es[i], es[j]) ? disagree[i] : agree[i])++;
    std::vector<std::string> expected;
    for (std::size_t i = 0; i < es.size(); ++i) {
      bool report = false;
      std::vector<std::size_t> others;
      for (std::size_t j = 0; j < es.size(); ++j) {
        if (es[i].a == es[j].a || !disjoint(es[i], es[j])) continue;
        others.push_back(j);
        const int si = agree[i] - disagree[i], sj = agree[j] - disagree[j];
        const auto &pi = es[i].a->published, &pj = es[j].a->published;
        const bool later = pi && pj ? (*pj < *pi || (*pi == *pj && es[j].a->path < es[i].a->path)) : es[j].a->path < es[i].a->path;
        report |= si < sj || (si == sj && later);
      }
      if (!report) continue;
      std::string line = es[i].c->loc.file + ":" + std::to_string(es[i].c->loc.line) + " <-";
      for (std::size_t k = 0; k < others.size() && k < 5; ++k)
        line += " " + es[others[k]].c->loc.file + ":" + std::to_string(es[others[k]].c->loc.line);
      if (others.size() > 5) line += " +" + std::to_string(others.size() - 5);
      expected.push_back(line);
    }
    std::vector<std::string> actual;
    for (const auto& f : run_rule(rule, articles)) {
      std::string line = f.loc.file + ":" + std::to_string(f.loc.line) + " <-";
      for (const auto& r : f.related) line += " " + r.loc.file + ":" + std::to_string(r.loc.line);
      const auto more = f.message.find("(and ");
      if (more != std::string::npos) line += " +" + f.message.substr(more + 5, f.message.find(' ', more + 5) - more - 5);
      actual.push_back(line);
    }
    EXPECT_EQ(actual, expected) << "round " << round;
  }
}

}  // namespace
}  // namespace wiclint::test

namespace wiclint::test {
namespace {

// One article, two figures for one edition that cannot both be true: the later is reported, the
// earlier is its note in the same file. Two figures of one sentence are stated together.
TEST(CountAgreement, TwoFiguresOfOneArticleConflict) {
  rules::CountAgreementRule rule;
  auto a = article("a.txt", CivilDate{2018, 11, 9}, 5);
  a.claims.push_back(count_claim(at("a.txt", 4, 65), "More than 1,500 guests", 1500, "over", 5));
  a.claims.back().sentence = 1;
  a.claims.push_back(count_claim(at("a.txt", 6, 97), "about 1,000 guests", 1000, "about", 5));
  a.claims.back().sentence = 3;
  auto f = run_rule(rule, {a});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "a.txt", 6, 97);
  ASSERT_EQ(f[0].related.size(), 1u);
  expect_at(f[0].related[0].loc, "a.txt", 4, 65);
  // Near misses: the same figures in one sentence, and compatible figures.
  a.claims.back().sentence = 1;
  EXPECT_TRUE(run_rule(rule, {a}).empty());
  a.claims.back().sentence = 3;
  a.claims.back().as<CountValue>().number = 1600;
  EXPECT_TRUE(run_rule(rule, {a}).empty());
}

}  // namespace
}  // namespace wiclint::test
