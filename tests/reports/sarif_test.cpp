#include <gtest/gtest.h>

#include <sstream>

#include "reports/reporter.hpp"
#include "tests/reports/sample_run.hpp"

using namespace wiclint;

namespace {

std::string sarif(const test::SampleRun& s) { return test::render("sarif", s); }

using test::count;

TEST(SarifReport, DeclaresSchemaVersionAndCodePointColumns) {
  std::string s = sarif(test::sample_run());
  EXPECT_NE(s.find("\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\""), std::string::npos);
  EXPECT_NE(s.find("\"version\": \"2.1.0\""), std::string::npos);
  EXPECT_NE(s.find("\"columnKind\": \"unicodeCodePoints\""), std::string::npos);
  EXPECT_NE(s.find("\"informationUri\": \"https://github.com/wiclint/wiclint\""), std::string::npos);
  EXPECT_EQ(count(s, "\"runs\""), 1u);
}

TEST(SarifReport, ListsEveryRuleWithHelpAndLevel) {
  auto run = test::sample_run();
  std::string s = sarif(run);
  for (const auto& r : run.info.rules) EXPECT_NE(s.find("\"id\": \"" + r.id + "\""), std::string::npos) << r.id;
  // help.markdown is the rule page; a rule without a page falls back to its summary.
  EXPECT_NE(s.find("\"markdown\": \"# edition-year\\n\\nFlags an edition ordinal"), std::string::npos);
  EXPECT_NE(s.find("\"fullDescription\": {\n                \"text\": \"Flags an edition ordinal that does not match"),
            std::string::npos);
  EXPECT_NE(s.find("\"text\": \"A fact only one article states\",\n                \"markdown\": \"A fact only one"),
            std::string::npos);
  // A rule that is off stays listed, disabled.
  EXPECT_NE(s.find("\"enabled\": false"), std::string::npos);
}

TEST(SarifReport, ResultsPointAtRulesAndRegions) {
  std::string s = sarif(test::sample_run());
  EXPECT_EQ(count(s, "\"ruleId\""), 5u);
  // edition-year is rules[1] in the run's order.
  EXPECT_NE(s.find("\"ruleId\": \"edition-year\",\n          \"ruleIndex\": 1,\n          \"level\": \"error\""), std::string::npos);
  EXPECT_NE(s.find("\"startLine\": 1,\n                  \"startColumn\": 5,\n                  \"endLine\": 1,\n"
                   "                  \"endColumn\": 34"),
            std::string::npos);
}

TEST(SarifReport, LinksRelatedLocationsFromTheMessage) {
  std::string s = sarif(test::sample_run());
  // Brackets in the finding's own text are escaped so they cannot pass for links.
  EXPECT_NE(s.find("the 7th \\\\[sic\\\\]; the 6th was held in 2019; write '6th' See [claims/wic.yaml:31:5](1) and "
                   "[corpus/000_wuzhen.txt:3:25](2)."),
            std::string::npos);
  EXPECT_NE(s.find("\"relatedLocations\""), std::string::npos);
  EXPECT_NE(s.find("\"id\": 2"), std::string::npos);
  EXPECT_NE(s.find("\"text\": \"the same article says 'sixth edition'\""), std::string::npos);
}

TEST(SarifReport, FileWithoutLineStillHasARegion) {
  std::string s = sarif(test::sample_run());
  auto at = s.find("\"uri\": \"corpus/003_broken.txt\"");
  ASSERT_NE(at, std::string::npos);
  EXPECT_NE(s.find("\"startLine\": 1,\n                  \"startColumn\": 1\n", at), std::string::npos);
}

TEST(SarifReport, UrisAreRelativeAndPercentEncoded) {
  auto run = test::sample_run();
  run.findings.resize(1);
  run.findings[0].loc.file = "./corpus\\my file#1:ü.txt";
  std::string s = sarif(run);
  EXPECT_NE(s.find("\"uri\": \"corpus/my%20file%231%3A%C3%BC.txt\""), std::string::npos);
  run.findings[0].loc.file = "/abs/a.txt";
  EXPECT_NE(sarif(run).find("\"uri\": \"file:///abs/a.txt\""), std::string::npos);
}

// Absolute command-line paths still give URIs relative to %SRCROOT%, which names their folder.
TEST(SarifReport, AbsolutePathsAreRelativeToSrcRoot) {
  auto run = test::sample_run();
  run.info.working_dir = "/work/repo";
  for (auto& f : run.info.files) f = "/data/news/" + f;
  for (auto& f : run.findings) {
    f.loc.file = "/data/news/" + f.loc.file;
    for (auto& r : f.related)
      if (r.loc.file.str().rfind("corpus/", 0) == 0) r.loc.file = "/data/news/" + r.loc.file;
  }
  std::string s = sarif(run);
  EXPECT_EQ(count(s, "file://"), 1u);  // only %SRCROOT% itself
  EXPECT_NE(s.find("\"uri\": \"001_recap.txt\",\n                  \"uriBaseId\": \"%SRCROOT%\""), std::string::npos) << s;
  EXPECT_NE(s.find("\"%SRCROOT%\": {\n          \"uri\": \"file:///data/news/corpus/\""), std::string::npos);
  // Under the working folder: relative to it.
  run.info.working_dir = "/data";
  EXPECT_NE(sarif(run).find("\"uri\": \"news/corpus/001_recap.txt\""), std::string::npos);
}

TEST(SarifReport, RelativePathsNeedNoMachineFolder) {
  std::string s = sarif(test::sample_run());
  EXPECT_NE(s.find("\"uri\": \"corpus/001_recap.txt\",\n                  \"uriBaseId\": \"%SRCROOT%\""), std::string::npos);
  EXPECT_EQ(s.find("file://"), std::string::npos);
}

// The built-in knowledge base is no file of the linted repository: it is named as an artifact
// with a description and wiclint's own address.
TEST(SarifReport, KnowledgeBaseLocationsNameWiclintsKnowledgeBase) {
  std::string s = sarif(test::sample_run());
  EXPECT_EQ(s.find("\"uri\": \"claims/wic.yaml\""), std::string::npos);
  EXPECT_NE(s.find("\"uri\": \"wic.yaml\",\n                  \"uriBaseId\": \"WICLINT_KB\""), std::string::npos) << s;
  EXPECT_NE(s.find("\"WICLINT_KB\": {\n          \"uri\": \"https://github.com/wiclint/wiclint/blob/main/claims/\""),
            std::string::npos);
  EXPECT_NE(s.find("\"artifacts\": ["), std::string::npos);
  EXPECT_NE(s.find("wiclint's built-in knowledge base"), std::string::npos);
}

TEST(SarifReport, FingerprintIgnoresLineNumbers) {
  auto run = test::sample_run();
  run.findings.resize(1);
  std::string before = sarif(run);
  run.findings[0].loc.line += 7;
  run.findings[0].loc.end_line += 7;
  std::string after = sarif(run);
  auto fp = [](const std::string& s) {
    auto at = s.find("\"primaryLocationLineHash\": \"");
    return s.substr(at, 48);
  };
  EXPECT_NE(before, after);
  EXPECT_EQ(fp(before), fp(after));
  EXPECT_NE(fp(before).find(run.findings[0].fingerprint()), std::string::npos);
}

TEST(SarifReport, UnknownRuleIsAddedSoRuleIdResolves) {
  auto run = test::sample_run();
  run.findings[0].rule = "title-agreement";
  std::string s = sarif(run);
  EXPECT_NE(s.find("\"id\": \"title-agreement\""), std::string::npos);
  EXPECT_NE(s.find("\"ruleId\": \"title-agreement\",\n          \"ruleIndex\": 5"), std::string::npos);
}

TEST(SarifReport, IsDeterministic) { EXPECT_EQ(sarif(test::sample_run()), sarif(test::sample_run())); }

}  // namespace

namespace {

TEST(SarifReport, KeepsTheMostSevereWithinGitHubsResultLimit) {
  // GitHub rejects a run with more than 25,000 results: the notes go first, and the run says how
  // many were left out.
  auto run = test::sample_run();
  Finding error = run.findings.front();
  error.severity = Severity::error;
  Finding note = error;
  note.severity = Severity::note;
  run.findings.clear();
  for (int i = 0; i < 24990; ++i) run.findings.push_back(error);
  for (int i = 0; i < 20; ++i) run.findings.push_back(note);
  std::string s = sarif(run);
  EXPECT_EQ(count(s, "\"ruleId\""), 25000u);
  std::string results = s.substr(s.find("\"results\""));
  EXPECT_EQ(count(results, "\"level\": \"note\""), 10u);  // 20 notes, 10 left out
  EXPECT_EQ(count(results, "\"level\": \"error\""), 24990u);
  EXPECT_NE(s.find("\"resultsOmitted\": 10"), std::string::npos);
}

}  // namespace
