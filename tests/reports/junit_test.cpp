#include <gtest/gtest.h>

#include <sstream>

#include "reports/reporter.hpp"
#include "tests/reports/sample_run.hpp"

using namespace wiclint;

namespace {

std::string junit(const test::SampleRun& s) { return test::render("junit", s); }

using test::count;

TEST(JunitReport, OneSuitePerActiveRuleAndOneCasePerFileWithFindings) {
  std::string x = junit(test::sample_run());
  EXPECT_EQ(count(x, "<testsuite "), 4u);  // weekday-date is off
  EXPECT_EQ(x.find("weekday-date"), std::string::npos);
  // 5 files with a finding of a rule, plus one passing case per rule for the clean files.
  EXPECT_EQ(count(x, "<testcase "), 9u);
  EXPECT_NE(x.find("<testsuites name=\"wiclint\" tests=\"9\" failures=\"3\" errors=\"0\" time=\"0\">"), std::string::npos);
  EXPECT_NE(x.find("<testsuite name=\"edition-year\" tests=\"3\" failures=\"2\" errors=\"0\" skipped=\"0\" time=\"0\">"),
            std::string::npos);
  EXPECT_NE(x.find("<testcase name=\"(files without a finding)\" classname=\"wiclint.count-agreement\" time=\"0\">"
                   "<system-out>3 of 4 checked files</system-out></testcase>"),
            std::string::npos);
}

// At 10,000 articles a case per rule and file made 50 MB; GitLab refuses over 30 MB.
TEST(JunitReport, SizeGrowsWithFindingsNotRulesTimesFiles) {
  auto run = test::sample_run();
  for (int i = 0; i < 5000; ++i) run.info.files.push_back("corpus/clean-" + std::to_string(i) + ".txt");
  std::string x = junit(run);
  EXPECT_EQ(count(x, "<testcase "), 9u);
  EXPECT_LT(x.size(), 12000u);
  EXPECT_NE(x.find("5003 of 5004 checked files"), std::string::npos);
}

TEST(JunitReport, NotesWithOneMessageShareALineAndAreCapped) {
  auto run = test::sample_run();
  Finding& f = run.findings[0];
  f.related.clear();
  for (int i = 1; i <= 9; ++i)
    f.related.push_back({test::loc("corpus/00" + std::to_string(i) + ".txt", i, 2), "another source gives 1,600", false});
  f.related.push_back({test::loc(f.loc.file, 7, 3), "this article: 2019", false});
  std::string x = junit(run);
  EXPECT_NE(x.find("  note: another source gives 1,600: corpus/001.txt:1:2, corpus/002.txt:2:2 (+7)\n"), std::string::npos) << x;
  EXPECT_NE(x.find("  note: this article: 2019: 7:3\n"), std::string::npos);  // same file as the finding
}

TEST(JunitReport, FailureCarriesDiagnosticAndNotes) {
  std::string x = junit(test::sample_run());
  EXPECT_NE(x.find("<testcase name=\"corpus/001_recap.txt\" classname=\"wiclint.edition-year\" time=\"0\">"
                   "<failure type=\"error\" message=\"the 6th edition was held in 2019, not 2018\">"
                   "corpus/001_recap.txt:2:13: error\n"
                   "  note: the knowledge base: 2019: claims/wic.yaml:31:5\n"
                   "  note: this article: 2019: corpus/000_wuzhen.txt:3:25\n</failure>"),
            std::string::npos) << x;
  EXPECT_NE(x.find("corpus/003_broken.txt: error\n"), std::string::npos);
}

TEST(JunitReport, WarningsAndNotesGoToSystemOutUnlessFailOnSaysSo) {
  auto run = test::sample_run();
  std::string x = junit(run);
  EXPECT_NE(x.find("<system-out>corpus/000_wuzhen.txt:3:79: warning:"), std::string::npos);
  EXPECT_EQ(x.find("<failure type=\"warning\""), std::string::npos);
  EXPECT_EQ(x.find("<failure type=\"note\""), std::string::npos);

  run.info.fail_on = "warning";
  x = junit(run);
  EXPECT_NE(x.find("<failure type=\"warning\""), std::string::npos);
  EXPECT_EQ(x.find("<failure type=\"note\""), std::string::npos);
  EXPECT_NE(x.find("failures=\"4\""), std::string::npos);

  run.info.fail_on = "never";
  x = junit(run);
  EXPECT_EQ(x.find("<failure"), std::string::npos);
  EXPECT_NE(x.find("<testsuites name=\"wiclint\" tests=\"9\" failures=\"0\""), std::string::npos);
  EXPECT_NE(x.find("<system-out>corpus/001_recap.txt:2:13: error:"), std::string::npos);
}

TEST(JunitReport, EscapesMarkupAndQuotes) {
  std::string x = junit(test::sample_run());
  EXPECT_NE(x.find("in 2018 &lt;b&gt;&amp; \"so\"&lt;/b&gt; [single-source]"), std::string::npos);
  EXPECT_EQ(x.find("<b>"), std::string::npos);
}

TEST(JunitReport, ControlCharactersAndBadUtf8CannotBreakTheXml) {
  auto run = test::sample_run();
  run.findings[0].message = std::string("bad \x01 byte \xff end");
  std::string x = junit(run);
  EXPECT_NE(x.find("bad \xEF\xBF\xBD byte \xEF\xBF\xBD end"), std::string::npos);
}

TEST(JunitReport, EmptyRunStillHasASuite) {
  test::SampleRun empty;
  std::string x = junit(empty);
  EXPECT_NE(x.find("<testsuite name=\"wiclint\" tests=\"0\""), std::string::npos);
  EXPECT_EQ(x.find("timestamp"), std::string::npos);
}

}  // namespace
