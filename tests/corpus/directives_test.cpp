// Inline suppressions: reading directive comments and front matter, blanking them from the
// scanned view, and applying them to findings (src/corpus/directives.cpp, directive_regions.cpp).
#include "corpus/directives.hpp"

#include <gtest/gtest.h>

#include "corpus/loader.hpp"
#include "extract/extractor.hpp"
#include "kb/knowledge_base.hpp"

namespace wiclint {
namespace {

std::shared_ptr<Article> article(const std::string& path, const std::string& text) {
  std::vector<InputProblem> problems;
  auto a = make_article(path, text, problems);
  EXPECT_TRUE(problems.empty()) << problems.front().message;
  return a;
}

const std::vector<std::string> kRules = {"count-agreement", "edition-year", "weekday-date"};

// A finding of `rule` on the first occurrence of `needle` in the article.
Finding finding_on(const Article& a, const std::string& rule, const std::string& needle) {
  Finding f;
  f.rule = rule;
  f.severity = Severity::error;
  const std::size_t at = a.bytes().find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  f.loc = a.locate(at, at + needle.size());
  f.quote = needle;
  return f;
}

std::vector<Finding> of_rule(const std::vector<Finding>& all, const std::string& rule) {
  std::vector<Finding> out;
  for (const auto& f : all)
    if (f.rule == rule) out.push_back(f);
  return out;
}

TEST(DirectiveReader, ReadsNextLineWithRulesAndReason) {
  auto a = article("a.md", "Title\n<!-- wiclint-disable-next-line count-agreement, edition-year -- agency copy -->\nText.\n");
  ASSERT_TRUE(a);
  ASSERT_EQ(a->directives.list.size(), 1u);
  const Directive& d = a->directives.list[0];
  EXPECT_EQ(d.kind, Directive::Kind::next_line);
  EXPECT_EQ(d.rules, (std::vector<std::string>{"count-agreement", "edition-year"}));
  EXPECT_TRUE(d.has_reason);
  EXPECT_EQ(d.loc.line, 2);
  EXPECT_EQ(d.loc.column, 1);
  ASSERT_EQ(d.rule_locs.size(), 2u);
  EXPECT_EQ(d.rule_locs[1].column, 49);  // "edition-year" after "count-agreement, "
  EXPECT_TRUE(a->directives.problems.empty());
}

TEST(DirectiveReader, ReadsRegionsWithoutRulesOrReason) {
  auto a = article("a.md", "<!-- wiclint-disable -->\nText.\n<!--wiclint-enable-->\n");
  ASSERT_TRUE(a);
  ASSERT_EQ(a->directives.list.size(), 2u);
  EXPECT_EQ(a->directives.list[0].kind, Directive::Kind::disable);
  EXPECT_TRUE(a->directives.list[0].rules.empty());
  EXPECT_FALSE(a->directives.list[0].has_reason);
  EXPECT_EQ(a->directives.list[1].kind, Directive::Kind::enable);
  EXPECT_EQ(a->directives.list[1].loc.line, 3);
}

TEST(DirectiveReader, BlanksTheCommentInTheScannedViewOnly) {
  const std::string text = "Intro.\n<!-- wiclint-disable-next-line weekday-date -- 2019: old copy -->\nBody.\n";
  auto a = article("a.txt", text);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->bytes(), text);
  ASSERT_EQ(a->norm().size(), text.size());
  EXPECT_EQ(a->norm(), "Intro.\n" + std::string(text.find("\nBody") - 7, ' ') + "\nBody.\n");
}

TEST(DirectiveReader, LeavesOrdinaryCommentsAlone) {
  const std::string text = "<!-- an editor's note: 2,000 guests -->\nBody.\n";
  auto a = article("a.md", text);
  ASSERT_TRUE(a);
  EXPECT_TRUE(a->directives.empty());
  EXPECT_EQ(a->norm(), text);
}

TEST(DirectiveReader, PlainTextNeedsTheDirectiveOnItsOwnLine) {
  const std::string text = "The page source read <!-- wiclint-disable --> at the top.\n  <!-- wiclint-enable -->  \n";
  auto a = article("a.txt", text);
  ASSERT_TRUE(a);
  ASSERT_EQ(a->directives.list.size(), 1u);  // only the second, alone on its line
  EXPECT_EQ(a->directives.list[0].kind, Directive::Kind::enable);
  EXPECT_EQ(a->norm().substr(0, text.find('\n')), text.substr(0, text.find('\n')));
  // Markdown reads it anywhere.
  auto m = article("a.md", text);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->directives.list.size(), 2u);
}

TEST(DirectiveReader, UnknownDirectiveIsAProblemWithASuggestion) {
  auto a = article("a.md", "Text.\n<!-- wiclint-disable-nextline count-agreement -->\n");
  ASSERT_TRUE(a);
  EXPECT_TRUE(a->directives.list.empty());
  ASSERT_EQ(a->directives.problems.size(), 1u);
  EXPECT_EQ(a->directives.problems[0].loc.line, 2);
  EXPECT_EQ(a->directives.problems[0].loc.column, 6);
  EXPECT_NE(a->directives.problems[0].message.find("did you mean 'wiclint-disable-next-line'?"), std::string::npos)
      << a->directives.problems[0].message;
  EXPECT_EQ(a->norm().find("count"), std::string::npos);  // still kept out of the prose
}

TEST(DirectiveReader, UnterminatedDirectiveIsAProblem) {
  auto a = article("a.md", "Text.\n<!-- wiclint-disable count-agreement\nMore text.\n");
  ASSERT_TRUE(a);
  ASSERT_EQ(a->directives.problems.size(), 1u);
  EXPECT_NE(a->directives.problems[0].message.find("closing '-->'"), std::string::npos);
}

TEST(DirectiveReader, ReadsTheFrontMatterKey) {
  auto a = article("a.md", "---\ndate: 2019-10-20\nwiclint: {disable: [count-agreement, single-source], reason: agency copy}\n---\nText.\n");
  ASSERT_TRUE(a);
  ASSERT_EQ(a->directives.list.size(), 1u);
  const Directive& d = a->directives.list[0];
  EXPECT_EQ(d.kind, Directive::Kind::file);
  EXPECT_EQ(d.rules, (std::vector<std::string>{"count-agreement", "single-source"}));
  EXPECT_TRUE(d.has_reason);
  EXPECT_EQ(d.loc.line, 3);
  ASSERT_EQ(d.rule_locs.size(), 2u);
  EXPECT_EQ(d.rule_locs[1].line, 3);
  EXPECT_EQ(d.rule_locs[1].column, 38);
  EXPECT_EQ(d.rule_locs[1].end_column, 51);
}

TEST(DirectiveReader, MalformedFrontMatterKeyIsAProblem) {
  auto a = article("a.md", "---\nwiclint:\n  disabel: [count-agreement]\n---\nText.\n");
  ASSERT_TRUE(a);
  EXPECT_TRUE(a->directives.list.empty());
  ASSERT_EQ(a->directives.problems.size(), 1u);
  EXPECT_EQ(a->directives.problems[0].loc.line, 3);
  EXPECT_NE(a->directives.problems[0].message.find("did you mean 'disable'?"), std::string::npos);
  auto b = article("b.md", "---\nwiclint: off\n---\nText.\n");
  ASSERT_TRUE(b);
  ASSERT_EQ(b->directives.problems.size(), 1u);
  EXPECT_EQ(b->directives.problems[0].loc.line, 2);
}

TEST(DirectiveApply, NextLineHidesOnlyTheNextLine) {
  auto a = article("a.md", "<!-- wiclint-disable-next-line count-agreement -- agency copy -->\nfirst 1,000 guests\nsecond 2,000 guests\n");
  ASSERT_TRUE(a);
  std::vector<Finding> all = {finding_on(*a, "count-agreement", "1,000 guests"), finding_on(*a, "count-agreement", "2,000 guests"),
                              finding_on(*a, "edition-year", "first")};
  EXPECT_EQ(apply_directives(all, {a}, kRules), 1u);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].quote, "2,000 guests");
  EXPECT_EQ(all[1].rule, "edition-year");  // another rule: not named
}

TEST(DirectiveApply, UnusedDirectiveIsAWarningAtTheRule) {
  auto a = article("a.md", "<!-- wiclint-disable-next-line count-agreement, edition-year -- agency copy -->\nfirst 1,000 guests\n");
  ASSERT_TRUE(a);
  std::vector<Finding> all = {finding_on(*a, "count-agreement", "1,000 guests")};
  EXPECT_EQ(apply_directives(all, {a}, kRules), 1u);
  const auto unused = of_rule(all, kDirectiveUnused);
  ASSERT_EQ(unused.size(), 1u);
  EXPECT_EQ(unused[0].severity, Severity::warning);
  EXPECT_EQ(unused[0].loc.line, 1);
  EXPECT_EQ(unused[0].loc.column, 49);  // "edition-year"
  EXPECT_NE(unused[0].message.find("no edition-year finding"), std::string::npos) << unused[0].message;
  EXPECT_TRUE(of_rule(all, kDirectiveNoReason).empty());
}

TEST(DirectiveApply, UnknownRuleIsAnErrorWithASuggestion) {
  auto a = article("a.md", "<!-- wiclint-disable-next-line count-agreemnt -->\nfirst 1,000 guests\n");
  ASSERT_TRUE(a);
  std::vector<Finding> all = {finding_on(*a, "count-agreement", "1,000 guests")};
  EXPECT_EQ(apply_directives(all, {a}, kRules), 0u);
  const auto invalid = of_rule(all, kDirectiveInvalid);
  ASSERT_EQ(invalid.size(), 1u);
  EXPECT_EQ(invalid[0].severity, Severity::error);
  EXPECT_EQ(invalid[0].loc.file, "a.md");
  EXPECT_EQ(invalid[0].loc.line, 1);
  EXPECT_EQ(invalid[0].loc.column, 32);
  EXPECT_NE(invalid[0].message.find("did you mean 'count-agreement'?"), std::string::npos) << invalid[0].message;
  EXPECT_TRUE(of_rule(all, kDirectiveUnused).empty());  // reported as unknown, not as unused
  EXPECT_EQ(of_rule(all, kDirectiveNoReason).size(), 1u);
}

TEST(DirectiveApply, RegionRunsToItsEnable) {
  auto a = article("a.md",
                   "one 1,000 guests\n<!-- wiclint-disable count-agreement -->\ntwo 1,000 guests\n<!-- wiclint-enable -->\n"
                   "three 1,000 guests\n");
  ASSERT_TRUE(a);
  std::vector<Finding> all = {finding_on(*a, "count-agreement", "one"), finding_on(*a, "count-agreement", "two"),
                              finding_on(*a, "count-agreement", "three")};
  EXPECT_EQ(apply_directives(all, {a}, kRules), 1u);
  ASSERT_EQ(of_rule(all, "count-agreement").size(), 2u);
  EXPECT_EQ(all[0].quote, "one");
  EXPECT_EQ(all[1].quote, "three");
  EXPECT_TRUE(of_rule(all, kDirectiveUnused).empty());
  EXPECT_EQ(of_rule(all, kDirectiveNoReason).size(), 1u);  // the disable; an enable needs none
}

TEST(DirectiveApply, EnablingOneRuleKeepsTheOthersDisabled) {
  auto a = article("a.md", "<!-- wiclint-disable -- quoted archive -->\n<!-- wiclint-enable edition-year -->\none\ntwo\n");
  ASSERT_TRUE(a);
  std::vector<Finding> all = {finding_on(*a, "edition-year", "one"), finding_on(*a, "count-agreement", "two")};
  EXPECT_EQ(apply_directives(all, {a}, kRules), 1u);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].rule, "edition-year");
}

TEST(DirectiveApply, EnableWithNothingOpenIsUnused) {
  auto a = article("a.md", "one\n<!-- wiclint-enable count-agreement -->\n");
  ASSERT_TRUE(a);
  std::vector<Finding> all;
  apply_directives(all, {a}, kRules);
  const auto unused = of_rule(all, kDirectiveUnused);
  ASSERT_EQ(unused.size(), 1u);
  EXPECT_EQ(unused[0].loc.line, 2);
}

TEST(DirectiveApply, FrontMatterDisablesTheWholeFileButNotCorpusWideFindings) {
  auto a = article("a.md", "---\nwiclint: {disable: [count-agreement], reason: agency copy}\n---\none\n\n\ntwo\n");
  ASSERT_TRUE(a);
  Finding wide = finding_on(*a, "count-agreement", "two");
  wide.corpus_wide = true;
  std::vector<Finding> all = {finding_on(*a, "count-agreement", "one"), wide};
  EXPECT_EQ(apply_directives(all, {a}, kRules), 1u);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_TRUE(all[0].corpus_wide);
}

// A directive at a source a finding anchored elsewhere cites hides it only when it was the last
// source left for the finding to conflict with.
TEST(DirectiveApply, ACitedSourceHidesAFindingOnlyWhenNoOtherSideIsLeft) {
  auto a = article("a.md", "<!-- wiclint-disable count-agreement -- ours -->\none\n");
  auto b = article("b.md", "\none two three\n");
  auto c = article("c.md", "\nseven\n");
  ASSERT_TRUE(a && b && c);
  auto at = [](const Article& x, const std::string& needle) {
    const std::size_t p = x.bytes().find(needle);
    return x.locate(p, p + needle.size());
  };
  Finding only_a = finding_on(*b, "count-agreement", "one");
  only_a.related.push_back({at(*a, "one"), "a gives", false});
  Finding a_and_c = finding_on(*b, "count-agreement", "two");
  a_and_c.related = {{at(*a, "one"), "a gives", false}, {at(*c, "seven"), "c gives", false}};
  Finding a_and_kb = finding_on(*b, "count-agreement", "three");
  Location kb;
  kb.file = "claims/wic.yaml";
  kb.line = kb.end_line = 40;
  a_and_kb.related = {{at(*a, "one"), "a gives", false}, {kb, "the knowledge base gives", false}};
  Finding corroborated = finding_on(*c, "count-agreement", "seven");
  corroborated.related = {{at(*a, "one"), "a gives", false}, {at(*b, "two"), "b agrees with the reference", true}};
  std::vector<Finding> all = {only_a, a_and_c, a_and_kb, corroborated};
  EXPECT_EQ(apply_directives(all, {a, b, c}, kRules), 2u);
  const auto left = of_rule(all, "count-agreement");
  ASSERT_EQ(left.size(), 2u);
  EXPECT_EQ(left[0].quote, "two");
  EXPECT_EQ(left[1].quote, "three");
  EXPECT_TRUE(of_rule(all, kDirectiveUnused).empty());
}

TEST(DirectiveApply, ADirectiveBesideOneOfSeveralSourcesIsUnused) {
  auto a = article("a.md", "<!-- wiclint-disable-next-line count-agreement -- ours -->\none\n");
  auto b = article("b.md", "\ntwo\n");
  auto c = article("c.md", "\nthree\n");
  ASSERT_TRUE(a && b && c);
  Finding f = finding_on(*b, "count-agreement", "two");
  f.related = {{a->locate(a->bytes().find("one"), a->bytes().find("one") + 3), "a gives", false},
               {c->locate(c->bytes().find("three"), c->bytes().find("three") + 5), "c gives", false}};
  std::vector<Finding> all = {f};
  EXPECT_EQ(apply_directives(all, {a, b, c}, kRules), 0u);
  EXPECT_EQ(of_rule(all, kDirectiveUnused).size(), 1u);
}

TEST(DirectiveApply, DirectiveFindingsCannotBeDisabledByADirective) {
  auto a = article("a.md", "<!-- wiclint-disable directive-unused -- no -->\n");
  ASSERT_TRUE(a);
  std::vector<Finding> all;
  apply_directives(all, {a}, kRules);
  const auto invalid = of_rule(all, kDirectiveInvalid);
  ASSERT_EQ(invalid.size(), 1u);
  EXPECT_NE(invalid[0].message.find("cannot be disabled by a directive"), std::string::npos);
}

TEST(DirectiveApply, ClosestWordSuggestsOnlyNearIds) {
  EXPECT_EQ(closest_word("edition-years", kRules), "edition-year");
  EXPECT_EQ(closest_word("headline", kRules), "");
}

// The claims of an article with directives are those of the same article without them, and
// every span still quotes its own text.
TEST(DirectiveExtraction, CommentsAddNoClaimAndMoveNoSpan) {
  const std::string body =
      "Fifth WIC opens\nPublished: 2018-11-07\n"
      "The 5th World Internet Conference opened on Wednesday in Wuzhen, with about 1,500 guests.\n";
  const std::string comment = "<!-- wiclint-disable-next-line count-agreement -- 2,000 guests in 2017, 12 November -->\n";
  const std::string with = body.substr(0, body.find("The 5th")) + comment + body.substr(body.find("The 5th"));
  KnowledgeBase kb;
  load_default_kb(kb);
  Extractor ex(kb);
  auto plain = article("a.txt", body), directed = article("b.txt", with);
  ASSERT_TRUE(plain && directed);
  const ArticleClaims p = ex.extract(*plain), d = ex.extract(*directed);
  ASSERT_FALSE(p.claims.empty());
  ASSERT_EQ(p.claims.size(), d.claims.size());
  for (std::size_t k = 0; k < p.claims.size(); ++k) {
    EXPECT_EQ(p.claims[k].text, d.claims[k].text);
    EXPECT_EQ(p.claims[k].kind(), d.claims[k].kind());
    const Location& l = d.claims[k].loc;
    EXPECT_EQ(with.substr(l.begin, l.end - l.begin), d.claims[k].text);
  }
}

}  // namespace
}  // namespace wiclint
