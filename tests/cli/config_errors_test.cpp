// Config errors through the real command line (issue #14): a typo in a rule id, an option or a
// severity is named with a "did you mean", and every error of the file is reported in one run.
#include <algorithm>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "cli/app.hpp"
#include "corpus/temp_dir.hpp"
#include "kb/config.hpp"

namespace wiclint {
namespace {

using test::TempDir;

const char* kClean =
    "WIC opens\nUpdated 19:04, 21-Oct-2019\nThe 6th World Internet Conference opened on Sunday in Wuzhen.\n";

struct Run {
  int status;
  std::string out, err;
};

Run lint_with_config(const TempDir& dir, const std::string& config) {
  dir.write("corpus/a.txt", kClean);
  const std::string cfg = dir.write("wiclint.yaml", config);
  std::istringstream in;
  std::ostringstream out, err;
  int status = run_cli({"--config", cfg, (dir.path() / "corpus").string()}, in, out, err);
  return {status, out.str(), err.str()};
}

std::size_t lines_of(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

TEST(ConfigErrors, UnknownRuleSuggestsTheNearestRule) {
  TempDir dir;
  auto r = lint_with_config(dir, "rules:\n  count-agreemnt: off\n");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("wiclint.yaml:2:3: error: unknown rule 'count-agreemnt'; did you mean 'count-agreement'?"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST(ConfigErrors, UnknownOptionSuggestsTheNearestOption) {
  TempDir dir;
  auto r = lint_with_config(dir, "rules:\n  count-agreement: {about_tolerence: 0.2}\n");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("rule 'count-agreement' has no option 'about_tolerence'; did you mean 'about_tolerance'?"),
            std::string::npos)
      << r.err;
}

TEST(ConfigErrors, UnknownSeveritySuggestsTheNearestSeverity) {
  TempDir dir;
  auto r = lint_with_config(dir, "rules:\n  edition-gap: eror\n");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("unknown severity 'eror'; did you mean 'error'?"), std::string::npos) << r.err;
}

TEST(ConfigErrors, UnknownRuleOfASuppressionIsAnError) {
  TempDir dir;
  auto r = lint_with_config(dir, "suppress:\n  - {file: a.txt, rule: single-sorce, reason: agency copy}\n");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("wiclint.yaml:2:25: error: unknown rule 'single-sorce'; did you mean 'single-source'?"),
            std::string::npos)
      << r.err;
}

// Four mistakes in four places: all four are reported, in file order, one line each.
TEST(ConfigErrors, EveryErrorOfTheFileIsReportedInOneRun) {
  TempDir dir;
  auto r = lint_with_config(dir,
                            "exclud: ['*.md']\n"
                            "rules:\n"
                            "  weekday-dates: off\n"
                            "  edition-gap: loud\n"
                            "  count-agreement: {about_tolerance: -1}\n"
                            "suppress:\n"
                            "  - {file: a.txt, rule: '*'}\n");
  EXPECT_EQ(r.status, 2);
  const auto exclud = r.err.find("wiclint.yaml:1:1: error: unknown key 'exclud'; did you mean 'exclude'?");
  const auto rule = r.err.find("wiclint.yaml:3:3: error: unknown rule 'weekday-dates'; did you mean 'weekday-date'?");
  const auto severity = r.err.find("wiclint.yaml:4:16: error: unknown severity 'loud'");
  const auto option = r.err.find("wiclint.yaml:5:21: error: option 'about_tolerance' must not be negative");
  const auto reason = r.err.find("wiclint.yaml:7:5: error: a suppression needs 'file', 'rule' and 'reason'");
  ASSERT_NE(exclud, std::string::npos) << r.err;
  ASSERT_NE(rule, std::string::npos) << r.err;
  ASSERT_NE(severity, std::string::npos) << r.err;
  ASSERT_NE(option, std::string::npos) << r.err;
  ASSERT_NE(reason, std::string::npos) << r.err;
  EXPECT_LT(exclud, rule);
  EXPECT_LT(rule, severity);
  EXPECT_LT(severity, option);
  EXPECT_LT(option, reason);
  EXPECT_EQ(lines_of(r.err), 5u) << r.err;
}

TEST(ConfigErrors, AllErrorsAreKeptInTheException) {
  try {
    load_config_text("w.yaml", "include: {a: 1}\nexclude: {b: 2}\ndefault_kb: maybe\n");
    ADD_FAILURE() << "no error";
  } catch (const ConfigErrors& e) {
    ASSERT_EQ(e.all().size(), 3u) << e.what();
    EXPECT_EQ(e.all()[0].line(), 1);
    EXPECT_EQ(e.all()[1].line(), 2);
    EXPECT_EQ(e.all()[2].line(), 3);
    EXPECT_EQ(e.line(), 1);  // the YamlError accessors describe the first
  }
}

// Without a catalogue (the library alone) rule ids are not judged; with one, they are.
TEST(ConfigErrors, RuleIdsAreCheckedOnlyAgainstACatalogue) {
  EXPECT_NO_THROW(load_config_text("w.yaml", "rules:\n  anything: off\n"));
  const RuleCatalogue catalogue{{"edition-gap", {}}};
  EXPECT_THROW(load_config_text("w.yaml", "rules:\n  anything: off\n", catalogue), ConfigErrors);
  EXPECT_NO_THROW(load_config_text("w.yaml", "rules:\n  edition-gap: off\n", catalogue));
}

}  // namespace
}  // namespace wiclint
