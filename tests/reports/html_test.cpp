#include <gtest/gtest.h>

#include <sstream>

#include "reports/reporter.hpp"
#include "reports/sha256.hpp"
#include "tests/reports/sample_run.hpp"

using namespace wiclint;

namespace {

std::string html(const test::SampleRun& s) { return test::render("html", s); }

using test::count;

TEST(HtmlReport, ArticleTextIsEscapedEverywhere) {
  std::string h = html(test::sample_run());
  EXPECT_EQ(h.find("window.PWNED=1</script>"), std::string::npos);
  EXPECT_EQ(h.find("<img"), std::string::npos);
  EXPECT_EQ(h.find("<b>net"), std::string::npos);
  EXPECT_EQ(h.find("<b>&"), std::string::npos);
  EXPECT_NE(h.find("&lt;script&gt;window.PWNED=1&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(h.find("&lt;img src=x onerror=&quot;document.title=&#39;PWNED&#39;&quot;&gt;"), std::string::npos);
  EXPECT_NE(h.find("AI &amp; the &lt;b&gt;net&lt;/b&gt;"), std::string::npos);
  // The article title lands in an attribute: quotes must not end it.
  EXPECT_NE(h.find("title=\"corpus/002_evil.txt: &lt;script&gt;window.PWNED=1&lt;/script&gt; Evil &amp; &quot;quoted&quot; title\""),
            std::string::npos);
  // Our own script is the only one.
  EXPECT_EQ(count(h, "<script>"), 1u);
}

TEST(HtmlReport, SelfContainedWithAStrictPolicy) {
  std::string h = html(test::sample_run());
  EXPECT_EQ(h.find("http://"), std::string::npos);
  EXPECT_EQ(h.find("<link"), std::string::npos);
  EXPECT_EQ(h.find("@import"), std::string::npos);
  EXPECT_NE(h.find("<meta name=\"viewport\""), std::string::npos);
  auto policy = h.find("Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-");
  ASSERT_NE(policy, std::string::npos);
  // The hash in the policy is the hash of the script as embedded.
  auto open = h.find("<script>") + 8;
  std::string js = h.substr(open, h.find("</script>", open) - open);
  EXPECT_NE(h.find("script-src " + sha256::csp_source(js)), std::string::npos);
}

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(sha256::csp_source(""), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  EXPECT_EQ(sha256::csp_source("abc"), "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
}

TEST(HtmlReport, SummaryCountsAndFilters) {
  std::string h = html(test::sample_run());
  EXPECT_NE(h.find("<div class=\"card sev-error\"><span class=\"n\">3</span><span class=\"l\">errors</span>"), std::string::npos);
  EXPECT_NE(h.find("<div class=\"card sev-warning\"><span class=\"n\">1</span><span class=\"l\">warning</span>"), std::string::npos);
  EXPECT_NE(h.find("<div class=\"card files\"><span class=\"n\">4</span>"), std::string::npos);
  EXPECT_EQ(count(h, "<li class=\"finding "), 5u);
  EXPECT_NE(h.find("id=\"f-rule\"><option value=\"\">All rules</option><option>count-agreement</option>"), std::string::npos);
  EXPECT_NE(h.find("data-sev=\"note\" data-rule=\"single-source\" data-file=\"corpus/002_evil.txt\""), std::string::npos);
  EXPECT_NE(h.find("id=\"f-text\""), std::string::npos);
}

TEST(HtmlReport, SpanHighlightedAndRelatedLinked) {
  std::string h = html(test::sample_run());
  EXPECT_NE(h.find("<span class=\"ln\">1</span>The <mark>7th World Internet Conference</mark> opens in Wuzhen</pre>"),
            std::string::npos);
  // Related locations have anchors; one that is another finding's location links to it.
  EXPECT_NE(h.find("id=\"f-1-r2\""), std::string::npos);
  EXPECT_NE(h.find("id=\"f-2-r1\"><figcaption><span class=\"note-label\">note</span>"), std::string::npos);
  EXPECT_NE(h.find("<a class=\"loc\" href=\"#f-2-r1\">corpus/001_recap.txt:2:64</a>"), std::string::npos);
  EXPECT_NE(h.find("(no line: the finding is about the whole file)"), std::string::npos);
}

TEST(HtmlReport, LongLinesAreCutAroundTheSpan) {
  auto run = test::sample_run();
  run.findings.resize(1);
  auto& l = run.findings[0].loc;
  std::string pad(2000, 'a');
  l.context = pad + " \xC3\xBC span \xC3\xBC " + pad;
  l.context_begin = pad.size() + 4;
  l.context_end = l.context_begin + 4;
  std::string h = html(run);
  EXPECT_NE(h.find("<mark>span</mark>"), std::string::npos);
  EXPECT_EQ(h.find(pad), std::string::npos);
}

TEST(HtmlReport, MatrixHasEditionRowsSourceColumnsAndConflicts) {
  std::string h = html(test::sample_run());
  EXPECT_EQ(count(h, "<th scope=\"row\">#"), 7u);  // editions 1..7 from the knowledge base
  EXPECT_NE(h.find("<th scope=\"col\" title=\"corpus/001_recap.txt: A look back at Wuzhen\">001_recap</th>"), std::string::npos);
  // 001_recap says the 6th was in 2018; the reference says 2019.
  EXPECT_NE(h.find("<a class=\"v conflict cited\" href=\"#f-3\""), std::string::npos);
  EXPECT_NE(h.find(">2018</a>"), std::string::npos);
  // about 1,500 and over 1,600 guests cannot both hold.
  EXPECT_NE(h.find(">about 1500 guests</a>"), std::string::npos);
  EXPECT_NE(h.find("<tr class=\"gap\"><th scope=\"row\">#3</th>"), std::string::npos);
  EXPECT_NE(h.find("<tr class=\"row-conflict\"><th scope=\"row\">#6</th>"), std::string::npos);
}

TEST(HtmlReport, TimelineShowsGapsAndContradictions) {
  std::string h = html(test::sample_run());
  EXPECT_NE(h.find("<svg class=\"timeline\""), std::string::npos);
  EXPECT_NE(h.find("<g class=\"lane gap\"><text class=\"ed\" x=\"8\" y=\"53\">#1</text>"), std::string::npos);
  EXPECT_NE(h.find("<g class=\"lane conflict\"><text class=\"ed\" x=\"8\" y=\"203\">#6</text>"), std::string::npos);
  EXPECT_NE(h.find("2 sources, disagree"), std::string::npos);
  EXPECT_NE(h.find("#6 in 2018 according to:&#10;corpus/001_recap.txt"), std::string::npos);
}

TEST(HtmlReport, EmptyRunRenders) {
  test::SampleRun empty;
  std::string h = html(empty);
  EXPECT_NE(h.find("No findings"), std::string::npos);
  EXPECT_NE(h.find("</html>"), std::string::npos);
}

TEST(HtmlReport, IsDeterministic) { EXPECT_EQ(html(test::sample_run()), html(test::sample_run())); }

}  // namespace

namespace {

// The claims matrix shows what the engine decided: two disjoint figures that no finding reports
// (two groups, say) stay plain; the same figures with a finding on one turn that one red.
TEST(HtmlReport, MatrixCellsAreRedOnlyWhereAFindingIs) {
  test::SampleRun s = test::sample_run();
  s.findings.clear();
  s.summary = RunSummary{};
  std::string h = html(s);
  EXPECT_EQ(h.find("class=\"v conflict\" title"), std::string::npos) << "no finding, no red cell";
  EXPECT_EQ(count(h, "class=\"conflict-cell\""), 0u);
  s = test::sample_run();
  h = html(s);
  EXPECT_GT(count(h, "class=\"conflict-cell\""), 0u) << "a finding's own span is red";
}

}  // namespace
