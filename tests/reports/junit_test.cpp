#include <gtest/gtest.h>

#include <sstream>

#include "reports/reporter.hpp"
#include "tests/reports/sample_run.hpp"

using namespace wiclint;

namespace {

std::string junit(const test::SampleRun& s) { return test::render("junit", s); }

using test::count;

TEST(JunitReport, OneSuitePerActiveRuleAndOneCasePerFile) {
  std::string x = junit(test::sample_run());
  EXPECT_EQ(count(x, "<testsuite "), 4u);  // weekday-date is off
  EXPECT_EQ(x.find("weekday-date"), std::string::npos);
  EXPECT_EQ(count(x, "<testcase "), 16u);  // 4 rules x 4 files, passing checks included
  EXPECT_NE(x.find("<testsuites name=\"wiclint\" tests=\"16\" failures=\"3\" errors=\"0\" time=\"0\">"), std::string::npos);
  EXPECT_NE(x.find("<testsuite name=\"edition-year\" tests=\"4\" failures=\"2\" errors=\"0\" skipped=\"0\" time=\"0\">"),
            std::string::npos);
  EXPECT_NE(x.find("<testcase name=\"corpus/001_recap.txt\" classname=\"wiclint.count-agreement\" time=\"0\"/>"),
            std::string::npos);
}

TEST(JunitReport, FailureCarriesDiagnosticAndNotes) {
  std::string x = junit(test::sample_run());
  EXPECT_NE(x.find("<failure type=\"error\" message=\"the 6th edition was held in 2019, not 2018\">"
                   "corpus/001_recap.txt:2:13: error: the 6th edition was held in 2019, not 2018 [edition-year]\n"
                   "  claims/wic.yaml:31:5: note: the knowledge base: 2019\n"
                   "  corpus/000_wuzhen.txt:3:25: note: this article: 2019\n</failure>"),
            std::string::npos);
  EXPECT_NE(x.find("corpus/003_broken.txt: error: cannot read the file"), std::string::npos);
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
  EXPECT_NE(x.find("<testsuites name=\"wiclint\" tests=\"16\" failures=\"0\""), std::string::npos);
  EXPECT_NE(x.find("<system-out>corpus/001_recap.txt:2:13: error:"), std::string::npos);
}

TEST(JunitReport, EscapesMarkupAndQuotes) {
  std::string x = junit(test::sample_run());
  EXPECT_NE(x.find("in 2018 &lt;b&gt;&amp; &quot;so&quot;&lt;/b&gt; [single-source]"), std::string::npos);
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
