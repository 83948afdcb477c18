#include <gtest/gtest.h>

#include <sstream>

#include "reports/reporter.hpp"
#include "tests/reports/sample_run.hpp"

using namespace wiclint;

namespace {

std::string markdown(const test::SampleRun& s) { return test::render("markdown", s); }

TEST(MarkdownReport, SummaryLineAndOneRowPerFinding) {
  std::string m = markdown(test::sample_run());
  EXPECT_EQ(m.rfind("## wiclint: 3 errors, 1 warning, 1 note\n\n4 files and 7 claims checked (World Internet Conference).\n", 0),
            0u);
  EXPECT_NE(m.find("| Severity | Location | Rule | Message |"), std::string::npos);
  EXPECT_NE(m.find("| **error** | `corpus/001_recap.txt:2:13` | `edition-year` | the 6th edition was held in 2019, not 2018"
                   "<br>note: `claims/wic.yaml:31:5` the knowledge base: 2019"),
            std::string::npos);
}

TEST(MarkdownReport, EscapesPipesNewlinesAndHtml) {
  auto run = test::sample_run();
  run.findings.resize(1);
  run.findings[0].message = "a | b\nc <script>x</script> [link](http://e) `code`";
  run.findings[0].loc.file = "a|b.txt";
  std::string m = markdown(run);
  EXPECT_NE(m.find("`a\\|b.txt:1:5`"), std::string::npos);
  EXPECT_NE(m.find("a \\| b<br>c &lt;script&gt;x&lt;/script&gt; \\[link\\](http://e) \\`code\\`"), std::string::npos);
  EXPECT_EQ(m.find("<script>"), std::string::npos);
  // Every table row keeps exactly four cells.
  auto row = m.substr(m.find("| **error**"));
  row = row.substr(0, row.find('\n'));
  std::size_t pipes = 0;
  for (std::size_t i = 0; i < row.size(); ++i)
    if (row[i] == '|' && (i == 0 || row[i - 1] != '\\')) ++pipes;
  EXPECT_EQ(pipes, 5u);
}

TEST(MarkdownReport, NoFindings) {
  auto run = test::sample_run();
  run.findings.clear();
  run.summary.errors = run.summary.warnings = run.summary.notes = 0;
  std::string m = markdown(run);
  EXPECT_NE(m.find("No findings."), std::string::npos);
  EXPECT_EQ(m.find("| Severity"), std::string::npos);
}

TEST(MarkdownReport, StaysUnderTheCommentLimit) {
  auto run = test::sample_run();
  auto f = run.findings[0];
  f.message = std::string(500, 'x');
  run.findings.assign(400, f);
  std::string m = markdown(run);
  EXPECT_LT(m.size(), 65536u);
  EXPECT_NE(m.find("more findings not shown"), std::string::npos);
}

}  // namespace
