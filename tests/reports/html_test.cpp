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
  EXPECT_NE(h.find("<a class=\"loc\" href=\"#f-4-r1\">corpus/001_recap.txt:2:64</a>"), std::string::npos);
  EXPECT_NE(h.find("(no line: the finding is about the whole file)"), std::string::npos);
}

TEST(HtmlReport, LongLinesAreCutAroundTheSpan) {
  auto run = test::sample_run();
  run.findings.resize(1);
  auto& l = run.findings[0].loc;
  std::string pad(2000, 'a');
  l.set_context(pad + " \xC3\xBC span \xC3\xBC " + pad, pad.size() + 4, pad.size() + 8);
  std::string h = html(run);
  EXPECT_NE(h.find("<mark>span</mark>"), std::string::npos);
  EXPECT_EQ(h.find(pad), std::string::npos);
}

TEST(HtmlReport, MatrixHasEditionRowsSourceColumnsAndConflicts) {
  std::string h = html(test::sample_run());
  EXPECT_EQ(count(h, "<th scope=\"row\">#"), 7u);  // editions 1..7 from the knowledge base
  EXPECT_NE(h.find("<th scope=\"col\" title=\"corpus/001_recap.txt: A look back at Wuzhen\">001_recap</th>"), std::string::npos);
  // 001_recap says the 6th was in 2018; the reference says 2019.
  EXPECT_NE(h.find("<a class=\"v conflict cited\" href=\"#f-1\" title=\"corpus/001_recap.txt"), std::string::npos);
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

namespace {

// A run shaped like a large corpus: `files` articles, each with an edition claim and
// `per_file` findings whose source line is a long paragraph and which cite two other places.
test::SampleRun large_run(int files, int per_file) {
  auto s = test::sample_run();
  std::string para(600, 'x');
  for (int i = 0; i < files; ++i) {
    std::string path = "corpus/d" + std::to_string(i / 1000) + "/" + std::to_string(100000 + i) + ".txt";
    s.info.files.push_back(path);
    ArticleClaims a;
    a.path = path;
    a.title = "The 6th World Internet Conference opens";
    Location at = test::loc(path, 3, 5, para + " the sixth edition in 2018 " + para, "sixth edition");
    a.claims.push_back(test::edition_claim(at, 6, 2018, "sixth edition"));
    s.articles.push_back(a);
    for (int k = 0; k < per_file; ++k) {
      Finding f = s.findings[0];
      f.loc = at;
      f.severity = k % 2 ? Severity::warning : Severity::error;
      f.message = "the 6th edition was held in 2019, not 2018 (" + std::to_string(k) + ")";
      f.related = {{test::loc(path, 9, 2, para, ""), "the year is given here", false},
                   {test::loc("claims/wic.yaml", 31, 5), "the knowledge base: 2019", false}};
      s.findings.push_back(f);
    }
  }
  return s;
}

// At 10,000 articles and 63,000 findings the report was 141 MB and never rendered. Now a
// group shows only its first findings in full and the rest are compact JSON: bytes per finding
// stay far under the 160 that a 10 MB page at 63,000 findings allows.
TEST(HtmlReport, SizeStaysBoundedPerFinding) {
  auto run = large_run(2000, 3);
  std::string h = html(run);
  double per_finding = static_cast<double>(h.size()) / static_cast<double>(run.findings.size());
  EXPECT_LT(per_finding, 160.0) << h.size() << " bytes for " << run.findings.size() << " findings";
  EXPECT_LE(count(h, "<li class=\"finding "), 24u);  // groups (rule x edition) x 3, not 6,000
  EXPECT_NE(h.find("Show more ("), std::string::npos);
  EXPECT_LE(count(h, "<tr><td><code>"), 300u);  // the files table is capped
}

TEST(HtmlReport, GroupsByRuleAndEditionMostSevereFirst) {
  std::string h = html(large_run(20, 2));
  auto first_warning = h.find("<details class=\"group sev-warning\"");
  auto last_error = h.rfind("<details class=\"group sev-error\"");
  ASSERT_NE(last_error, std::string::npos);
  EXPECT_TRUE(first_warning == std::string::npos || last_error < first_warning);
  EXPECT_NE(h.find("<code class=\"rule\">edition-year</code> <span class=\"ged\">edition #6</span>"), std::string::npos);
  // Inside a group the errors come before the warnings.
  auto group = h.find("<span class=\"ged\">edition #6</span>");
  auto warn = h.find("data-sev=\"warning\"", group), err = h.find("data-sev=\"error\"", group);
  EXPECT_LT(err, warn);
}

// The embedded JSON is read by the script into textContent; it must not close its element.
TEST(HtmlReport, EmbeddedDataCannotCloseItsScriptElement) {
  auto run = test::sample_run();
  run.findings[0].message = "</script><script>window.PWNED=1</script>";
  std::string h = html(run);
  EXPECT_EQ(h.find("</script><script>window.PWNED"), std::string::npos);
  EXPECT_NE(h.find("\\u003c/script\\u003e\\u003cscript\\u003ewindow.PWNED=1"), std::string::npos);
}

// Past a dozen sources the matrix is one row per edition with how many sources give each value,
// and a drill-down per edition, instead of a column per source.
TEST(HtmlReport, ManySourcesGiveOneRowPerEditionWithADrillDown) {
  std::string h = html(large_run(50, 1));
  EXPECT_NE(h.find("<table class=\"matrix summary\" id=\"claims-matrix\">"), std::string::npos);
  EXPECT_NE(h.find("2018 \xC3\x97" "51</a>"), std::string::npos) << h.substr(h.find("claims-matrix"), 3000);
  EXPECT_NE(h.find("<summary>Edition #6: 52 sources</summary>"), std::string::npos);
  EXPECT_EQ(count(h, "<th scope=\"col\""), 4u + 5u);  // the matrix's, the files table's
}

TEST(HtmlReport, FitsAPhone) {
  std::string h = html(test::sample_run());
  EXPECT_NE(h.find("content=\"width=device-width, initial-scale=1\""), std::string::npos);
  EXPECT_NE(h.find("overflow-wrap: anywhere"), std::string::npos);
  EXPECT_NE(h.find("max-width: 100%"), std::string::npos);
}

}  // namespace
