// The command line end to end through run_cli: exit statuses, output files, reports, claims,
// check against a corpus, and baselines. The corpus is never modified.
#include "cli/app.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

#include <fstream>

#include <gtest/gtest.h>

#include "corpus/temp_dir.hpp"

namespace wiclint {
namespace {

namespace fs = std::filesystem;
using test::read_file;
using test::TempDir;

const char* kClean =
    "WIC opens\nUpdated 19:04, 21-Oct-2019\nThe 6th World Internet Conference opened on Sunday in Wuzhen.\n";
// 2016-11-16 was a Wednesday: a weekday-date error.
const char* kWrongWeekday =
    "WIC\nPublished: 2016-11-17\nOn Tuesday, Nov. 16, the third World Internet Conference opened.\n";
// "Saturday" from 22-Oct-2019 is the 19th; the 6th edition opened on the 20th.
const char* kWrongOpening =
    "WIC opens\nUpdated 19:04, 22-Oct-2019\nThe 6th World Internet Conference opened on Saturday in Wuzhen.\n";

struct Result {
  int status;
  std::string out, err;
};

Result run(std::vector<std::string> args, const std::string& input = "") {
  std::istringstream in(input);
  std::ostringstream out, err;
  int status = run_cli(args, in, out, err);
  return {status, out.str(), err.str()};
}

// Every file under `dir` with its contents and modification time.
std::map<std::string, std::pair<std::string, fs::file_time_type>> snapshot(const fs::path& dir) {
  std::map<std::string, std::pair<std::string, fs::file_time_type>> m;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) m[e.path().string()] = {read_file(e.path().string()), fs::last_write_time(e.path())};
  return m;
}

class Cli : public ::testing::Test {
 protected:
  TempDir dir;
  std::string corpus() const { return (dir.path() / "corpus").string(); }
  std::string in_corpus(const std::string& name, const std::string& text) { return dir.write("corpus/" + name, text); }
};

TEST_F(Cli, CleanCorpusExitsZero) {
  in_corpus("a.txt", kClean);
  auto before = snapshot(corpus());
  auto r = run({"-q", corpus()});
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(snapshot(corpus()), before);
}

TEST_F(Cli, ErrorFindingExitsOne) {
  in_corpus("w.txt", kWrongWeekday);
  auto before = snapshot(corpus());
  auto r = run({corpus()});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("w.txt:3:4: error: November 16, 2016 was a Wednesday, not a Tuesday [weekday-date]"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(snapshot(corpus()), before);
}

TEST_F(Cli, FailOnNeverExitsZeroDespiteErrors) {
  in_corpus("w.txt", kWrongWeekday);
  EXPECT_EQ(run({"--fail-on", "never", corpus()}).status, 0);
}

TEST_F(Cli, BadFlagExitsTwo) {
  in_corpus("a.txt", kClean);
  auto r = run({"--no-such-flag", corpus()});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("wiclint: error:"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST_F(Cli, MalformedConfigExitsTwoAndNamesFileLineColumn) {
  in_corpus("a.txt", kClean);
  auto cfg = dir.write("wiclint.yaml", "rules:\n  weekday-date: loud\n");
  auto r = run({"--config", cfg, corpus()});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find(cfg + ":2:17: error: unknown severity 'loud'"), std::string::npos) << r.err;
}

TEST_F(Cli, UnknownRuleInConfigExitsTwo) {
  in_corpus("a.txt", kClean);
  auto cfg = dir.write("wiclint.yaml", "rules:\n  weekday-dates: off\n");
  auto r = run({"--config", cfg, corpus()});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("unknown rule 'weekday-dates'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(cfg + ":2:"), std::string::npos) << r.err;
}

TEST_F(Cli, OutputGoesToTheFileAndNothingToStdout) {
  in_corpus("w.txt", kWrongWeekday);
  auto file = (dir.path() / "out.txt").string();
  auto r = run({"-o", file, corpus()});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_NE(read_file(file).find("[weekday-date]"), std::string::npos);
}

TEST_F(Cli, ReportCreatesItsParentFolder) {
  in_corpus("a.txt", kClean);
  auto report = (dir.path() / "reports" / "deep" / "x.json").string();
  auto r = run({"-q", corpus(), "--report", "json=" + report});
  EXPECT_EQ(r.status, 0) << r.err;
  ASSERT_TRUE(fs::exists(report));
  EXPECT_EQ(read_file(report).front(), '{');
}

TEST_F(Cli, UnwritableReportExitsTwoAndLeavesNoTempFile) {
  in_corpus("a.txt", kClean);
  // The report path is an existing folder: the write fails after the temp file is made.
  auto target = dir.path() / "out" / "x.json";
  fs::create_directories(target);
  auto r = run({"-q", corpus(), "--report", "json=" + target.string()});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("wiclint: error: cannot write " + target.string()), std::string::npos) << r.err;
  std::vector<std::string> left;
  for (const auto& e : fs::directory_iterator(dir.path() / "out")) left.push_back(e.path().filename().string());
  EXPECT_EQ(left, std::vector<std::string>{"x.json"});
  EXPECT_TRUE(fs::is_empty(target));
}

// A second report that cannot be written once left the first one written: now every report goes
// to a temporary file first, and none is renamed into place unless all were written.
TEST_F(Cli, OneUnwritableReportLeavesTheOthersUnwritten) {
  in_corpus("a.txt", kClean);
  dir.write("out/blocker", "a file where a folder is needed");
  const auto old_json = dir.write("out/old.json", "old");
  auto r = run({"-q", corpus(), "--report", "json=" + (dir.path() / "out/new.json").string(), "--report",
                "json=" + (dir.path() / "out/old.json").string(), "--report",
                "sarif=" + (dir.path() / "out/blocker/x.sarif").string(), "-o", (dir.path() / "out/o.txt").string()});
  EXPECT_EQ(r.status, 2) << r.err;
  EXPECT_NE(r.err.find("cannot create folder"), std::string::npos) << r.err;
  std::vector<std::string> left;
  for (const auto& e : fs::directory_iterator(dir.path() / "out")) left.push_back(e.path().filename().string());
  std::sort(left.begin(), left.end());
  EXPECT_EQ(left, (std::vector<std::string>{"blocker", "old.json"}));  // no new file, no temporary file
  EXPECT_EQ(read_file(old_json), "old");
}

// Each --report takes exactly one value: in `wiclint --report json=x.json corpus`, "corpus" stays
// a path.
TEST_F(Cli, ReportBeforeThePathsTakesOneValue) {
  in_corpus("a.txt", kClean);
  auto report = (dir.path() / "x.json").string();
  auto r = run({"-q", "--report", "json=" + report, corpus()});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(fs::exists(report));
}

TEST_F(Cli, RulesListsAllRules) {
  auto r = run({"rules"});
  EXPECT_EQ(r.status, 0);
  for (const char* id : {"anniversary-year", "count-agreement", "count-forecast", "count-generalisation", "count-implicature", "count-reference", "duration-arithmetic", "edition-gap", "edition-numbering", "edition-status", "edition-year", "event-date-agreement",
                         "replaced-edition", "schedule-opening", "single-source", "title-agreement", "title-rendering", "undated-article", "unreadable-input", "weekday-date"})
    EXPECT_NE(r.out.find(std::string(id) + " "), std::string::npos) << id;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 20);
}

TEST_F(Cli, ClaimsJsonHasPublishedAndEditionKinds) {
  auto f = in_corpus("a.txt", kClean);
  auto r = run({"claims", "--format", "json", f});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"kind\": \"published\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"kind\": \"edition\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"text\": \"21-Oct-2019\""), std::string::npos) << r.out;
}

TEST_F(Cli, CheckReportsConflictsOfTheNewArticleOnly) {
  in_corpus("a.txt", kClean);
  in_corpus("w.txt", kWrongWeekday);  // a finding wholly inside the corpus
  auto before = snapshot(corpus());
  auto fresh = dir.write("new.txt", kWrongOpening);
  auto r = run({"check", fresh, "--corpus", corpus()});
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("new.txt:3:45: error:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[event-date-agreement]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("a.txt:3:45: note: another source gives 2019-10-20"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("weekday-date"), std::string::npos) << r.out;
  EXPECT_EQ(snapshot(corpus()), before);
}

TEST_F(Cli, CheckDashReadsStandardInput) {
  in_corpus("a.txt", kClean);
  auto r = run({"check", "-", "--corpus", corpus()}, kWrongOpening);
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("<stdin>:3:45: error:"), std::string::npos) << r.out;
}

TEST_F(Cli, BaselineHidesRecordedFindingsEvenAfterLinesMove) {
  in_corpus("w.txt", kWrongWeekday);
  auto baseline = (dir.path() / "baseline.json").string();
  auto first = run({"--write-baseline", baseline, corpus()});
  EXPECT_EQ(first.status, 0) << first.out << first.err;
  ASSERT_TRUE(fs::exists(baseline));

  auto again = run({"--baseline", baseline, corpus()});
  EXPECT_EQ(again.status, 0) << again.out;
  EXPECT_EQ(again.out.find("[weekday-date]"), std::string::npos) << again.out;

  // Two lines inserted above the finding: the fingerprint quotes the span, not its line.
  dir.write("corpus/w.txt", std::string("WIC\nPublished: 2016-11-17\nA new paragraph.\n\n") +
                                "On Tuesday, Nov. 16, the third World Internet Conference opened.\n");
  auto moved = run({"--baseline", baseline, corpus()});
  EXPECT_EQ(moved.status, 0) << moved.out;
  EXPECT_EQ(moved.out.find("[weekday-date]"), std::string::npos) << moved.out;
}

TEST_F(Cli, BaselineStillReportsNewFindings) {
  in_corpus("a.txt", kClean);
  auto baseline = (dir.path() / "baseline.json").string();
  ASSERT_EQ(run({"-q", "--write-baseline", baseline, corpus()}).status, 0);
  in_corpus("w.txt", kWrongWeekday);
  auto r = run({"--baseline", baseline, corpus()});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("[weekday-date]"), std::string::npos) << r.out;
}

// --- a baseline never hides a new problem (issue #14) ---

// Two old sources disagree on the 6th edition's attendance; the baseline records that finding.
const char* kThousand =
    "WIC\nUpdated 19:04, 22-Oct-2019\nThe 6th World Internet Conference opened on Sunday.\n"
    "Some 1,000 guests attended the conference.\n";
const char* kSixteenHundred =
    "WIC\nUpdated 19:04, 21-Oct-2019\nThe 6th World Internet Conference opened on Sunday.\n"
    "Over 1,600 guests attended the conference.\n";

// A new article agrees with one old source and contradicts the other, already flagged one: its
// contradiction folds into the old finding (anchored on the old file), but it involves a file the
// baseline never saw, so it is reported.
TEST_F(Cli, BaselineDoesNotHideANewSourceFoldedIntoAnOldFinding) {
  in_corpus("a.txt", kThousand);
  in_corpus("b.txt", kSixteenHundred);
  auto baseline = (dir.path() / "baseline.json").string();
  ASSERT_EQ(run({"-q", "--fail-on", "never", "--write-baseline", baseline, corpus()}).status, 0);
  auto quiet = run({"--baseline", baseline, corpus()});
  EXPECT_EQ(quiet.status, 0) << quiet.out << quiet.err;

  auto fresh = dir.write("new.txt", kSixteenHundred);
  auto checked = run({"check", fresh, "--corpus", corpus(), "--baseline", baseline});
  EXPECT_EQ(checked.status, 1) << checked.out << checked.err;
  EXPECT_NE(checked.out.find("new.txt:4:1: note: another source gives \"Over 1,600 guests\""), std::string::npos)
      << checked.out;

  in_corpus("c.txt", kSixteenHundred);
  auto linted = run({"--baseline", baseline, corpus()});
  EXPECT_EQ(linted.status, 1) << linted.out << linted.err;
  EXPECT_NE(linted.out.find("c.txt:4:1: note: another source gives \"Over 1,600 guests\""), std::string::npos)
      << linted.out;
}

// --write-baseline records; it says what it wrote, exits 0 and prints no finding.
TEST_F(Cli, WriteBaselineSaysWhatItWroteAndExitsZero) {
  in_corpus("w.txt", kWrongWeekday);
  auto baseline = (dir.path() / "baseline.json").string();
  auto r = run({"--write-baseline", baseline, corpus()});
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("[weekday-date]"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("wiclint: wrote 2 findings to " + baseline), std::string::npos) << r.err;
}

// A fixed problem leaves its baseline entry behind: the summary says how many no longer match.
TEST_F(Cli, StaleBaselineEntriesAreCountedInTheSummary) {
  in_corpus("w.txt", kWrongWeekday);
  auto baseline = (dir.path() / "baseline.json").string();
  ASSERT_EQ(run({"-q", "--fail-on", "never", "--write-baseline", baseline, corpus()}).status, 0);
  in_corpus("w.txt", kClean);
  auto r = run({"--baseline", baseline, corpus()});
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("; 0 in the baseline; 2 stale in the baseline"), std::string::npos) << r.out;
}

// edition-gap is about the whole corpus: adding or renaming an article that changes neither the
// missing editions nor the latest one keeps its fingerprint.
TEST_F(Cli, EditionGapKeepsItsFingerprintWhenFilesAreAddedOrRenamed) {
  in_corpus("a.txt", kClean);
  auto baseline = (dir.path() / "baseline.json").string();
  ASSERT_EQ(run({"-q", "--write-baseline", baseline, corpus()}).status, 0);
  fs::rename(dir.path() / "corpus" / "a.txt", dir.path() / "corpus" / "renamed.txt");
  in_corpus("z.txt", kClean);
  auto r = run({"--fail-on", "note", "--baseline", baseline, corpus()});
  EXPECT_EQ(r.out.find("[edition-gap]"), std::string::npos) << r.out;
}

// --- outputs never replace what is not a report (issue #14) ---

// `-o` at a FIFO wrote a temporary file and renamed it over the FIFO. It is written directly now
// and stays a FIFO. (A device such as /dev/null is the same case; it is not tested here because
// the old code, run as root, would replace the machine's /dev/null.)
TEST_F(Cli, OutputToAFifoWritesIntoItAndLeavesItAFifo) {
  in_corpus("a.txt", kClean);
  const auto fifo = dir.path() / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const int fd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);  // a reader, so the writer need not wait
  ASSERT_GE(fd, 0);
  auto r = run({corpus(), "-o", fifo.string()});
  char buf[4096];
  const ssize_t n = ::read(fd, buf, sizeof buf);
  ::close(fd);
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_TRUE(fs::is_fifo(fifo));
  EXPECT_NE(std::string(buf, n > 0 ? n : 0).find("wiclint: 1 file"), std::string::npos);
}

TEST_F(Cli, OutputDashIsStandardOutput) {
  in_corpus("a.txt", kClean);
  auto r = run({corpus(), "-o", "-"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("wiclint: 1 file"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists("-"));
}

// A report written into the corpus would be read back as an article (or clobber one): refused.
TEST_F(Cli, OutputInsideTheCorpusIsRefused) {
  in_corpus("a.txt", kClean);
  const auto before = snapshot(corpus());
  const std::string c = corpus();
  const std::vector<std::vector<std::string>> cases = {
      {c, "-o", c + "/out.txt"},
      {c, "--report", "json=" + c + "/reports/x.json"},
      {"--write-baseline", c + "/../corpus/b.json", c},
      {"check", dir.write("new.txt", kClean), "--corpus", c, "-o", c + "/a.txt"},
  };
  for (const auto& args : cases) {
    auto r = run(args);
    EXPECT_EQ(r.status, 2) << args.back() << r.out;
    EXPECT_NE(r.err.find("is inside the corpus folder"), std::string::npos) << r.err;
    EXPECT_EQ(snapshot(corpus()), before);
    EXPECT_FALSE(fs::exists(dir.path() / "corpus" / "reports"));
  }
}

// With no path the corpus is the current folder: a report there is fine (`wiclint -o report.json` in
// a repository), an output that would be read as an article is not.
TEST_F(Cli, WithNoPathOnlyOutputsReadAsArticlesAreRefused) {
  in_corpus("a.txt", kClean);
  const fs::path before = fs::current_path();
  fs::current_path(corpus());
  auto report = run({"--fail-on", "never", "-o", "report.json", "--format", "json"});
  auto article = run({"--fail-on", "never", "-o", "notes.txt"});
  fs::current_path(before);
  EXPECT_EQ(report.status, 0) << report.err;
  EXPECT_TRUE(fs::exists(fs::path(corpus()) / "report.json"));
  EXPECT_EQ(article.status, 2) << article.err;
  EXPECT_NE(article.err.find("is inside the corpus folder"), std::string::npos) << article.err;
}

// `wiclint` with no path in a repository: build trees, version control and what .gitignore leaves
// out are never read (a build folder's CMakeCache.txt gave 86 errors), and a `corpus:` key in the
// config names what to lint.
TEST_F(Cli, WithNoPathBuildTreesAndIgnoredFilesAreSkipped) {
  const fs::path repo = dir.path() / "repo";
  fs::create_directories(repo / "articles");
  fs::create_directories(repo / "build");
  fs::create_directories(repo / "drafts");
  std::ofstream(repo / "articles" / "a.txt") << kClean;
  std::ofstream(repo / "build" / "CMakeCache.txt") << "CMAKE_BUILD_TYPE:STRING=Release\n\xff\xfe broken\n";
  std::ofstream(repo / "drafts" / "old.txt") << "\xff not utf-8\n";
  std::ofstream(repo / ".gitignore") << "# drafts are not published\ndrafts/\n";
  const fs::path before = fs::current_path();
  fs::current_path(repo);
  auto all = run({"--format", "json", "--fail-on", "never"});
  std::ofstream("wiclint.yaml") << "corpus: [articles]\n";
  auto named = run({"--format", "json", "--fail-on", "never"});
  fs::current_path(before);
  EXPECT_EQ(all.status, 0) << all.err;
  EXPECT_NE(all.out.find("\"files\": 1,"), std::string::npos) << all.out;
  EXPECT_EQ(all.out.find("CMakeCache"), std::string::npos) << all.out;
  EXPECT_EQ(all.out.find("drafts"), std::string::npos) << all.out;
  EXPECT_NE(named.out.find("\"files\": 1,"), std::string::npos) << named.out;
}

// `suppress: file:` globs match the path relative to the corpus folder, like `exclude`, so one
// config works whatever folder wiclint is run from and however the corpus is named.
TEST_F(Cli, SuppressionGlobsAreRelativeToTheCorpusFolder) {
  in_corpus("2016/w.txt", kWrongWeekday);
  in_corpus("wiclint.yaml", "suppress:\n  - {file: '2016/*.txt', rule: weekday-date, reason: known typo}\n");
  auto baseline = (dir.path() / "baseline.json").string();
  ASSERT_EQ(run({"-q", "--write-baseline", baseline, corpus()}).status, 0);
  auto r = run({"--baseline", baseline, corpus()});
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("[weekday-date]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("; 1 suppressed by " + corpus() + "/wiclint.yaml; 1 in the baseline\n"), std::string::npos)
      << r.out;
}

TEST_F(Cli, ConfigSeverityOverrideChangesTheExitStatus) {
  in_corpus("w.txt", kWrongWeekday);
  auto cfg = dir.write("wiclint.yaml", "rules:\n  weekday-date: warning\n");
  auto r = run({"--config", cfg, corpus()});
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("warning: November 16, 2016 was a Wednesday"), std::string::npos) << r.out;
}

TEST_F(Cli, ConfigInTheCorpusFolderIsFound) {
  in_corpus("w.txt", kWrongWeekday);
  in_corpus("wiclint.yaml", "rules:\n  weekday-date: off\n");
  auto r = run({corpus()});
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("[weekday-date]"), std::string::npos) << r.out;
}

TEST_F(Cli, SuppressionHidesMatchingFindings) {
  in_corpus("w.txt", kWrongWeekday);
  auto cfg = dir.write("wiclint.yaml",
                       "suppress:\n  - file: '**/w.txt'\n    rule: weekday-date\n    reason: known typo in the source\n");
  auto r = run({"--config", cfg, corpus()});
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("[weekday-date]"), std::string::npos) << r.out;
}

TEST_F(Cli, UnwritableOutputExitsTwoAndLeavesNoTempFile) {
  in_corpus("a.txt", kClean);
  auto target = dir.path() / "o" / "out.txt";
  fs::create_directories(target);
  auto r = run({"-q", corpus(), "-o", target.string()});
  EXPECT_EQ(r.status, 2);
  std::vector<std::string> left;
  for (const auto& e : fs::directory_iterator(dir.path() / "o")) left.push_back(e.path().filename().string());
  EXPECT_EQ(left, std::vector<std::string>{"out.txt"});
}

TEST_F(Cli, CheckReplacesTheCorpusCopyOfAnEditedArticle) {
  // Re-checking a corpus file after editing it: the edit replaces the old text, so the old
  // (correct) copy does not count as a second source.
  auto a = in_corpus("a.txt", kClean);
  auto before = snapshot(corpus());
  auto r = run({"-q", "check", a, "--corpus", corpus()});
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(snapshot(corpus()), before);
}

TEST_F(Cli, UnreadableFileIsAnErrorFinding) {
  in_corpus("a.txt", kClean);
  in_corpus("bad.txt", "ok\nab\xFF rest");
  auto r = run({corpus()});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("bad.txt:2:3: error: invalid UTF-8 at byte offset 5"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[unreadable-input]"), std::string::npos) << r.out;
}

TEST_F(Cli, MissingCorpusPathIsReported) {
  auto r = run({(dir.path() / "nope").string()});
  EXPECT_NE(r.status, 0);
  EXPECT_NE((r.out + r.err).find("no such file or folder"), std::string::npos) << r.out << r.err;
}

TEST_F(Cli, MalformedKbFileExitsTwoWithLocation) {
  in_corpus("a.txt", kClean);
  auto kb = dir.write("kb.yaml", "series:\n  id: x\n  alias: [X]\n");
  auto r = run({"--kb", kb, corpus()});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find(kb + ":3:3: error: unknown key 'alias'; did you mean 'aliases'?"), std::string::npos) << r.err;
}

TEST_F(Cli, CheckReportsACorpusClaimTheNewArticleContradicts) {
  // The finding lands on the (later) corpus article, but it exists only because of the new one.
  in_corpus("a.txt",
            "WIC\nUpdated 19:04, 22-Oct-2019\nThe 6th World Internet Conference opened on Sunday.\n"
            "Some 1,000 guests attended the conference.\n");
  auto fresh = dir.write("new.txt",
                         "WIC\nUpdated 19:04, 21-Oct-2019\nThe 6th World Internet Conference opened on Sunday.\n"
                         "Over 1,600 guests attended the conference.\n");
  auto r = run({"check", fresh, "--corpus", corpus()});
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("a.txt:4:1: error: \"Some 1,000 guests\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("new.txt:4:1: note: another source gives \"Over 1,600 guests\""), std::string::npos) << r.out;
}

// A new article that only agrees with the knowledge base against an old corpus error does not
// bring that error into `check`: the finding exists without it.
TEST_F(Cli, CheckDoesNotRepeatACorpusErrorTheNewArticleOnlyCorroborates) {
  in_corpus("old.txt", kWrongOpening);
  auto fresh = dir.write("new.txt", kClean);
  auto r = run({"check", fresh, "--corpus", corpus()});
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(r.out.find("old.txt:3:45: error:"), std::string::npos) << r.out;
}

// --- a config found in a corpus is not trusted with the rest of the machine (issue #13) ---

// `kb: [/etc/shadow]` in a wiclint.yaml dropped into the corpus echoed that file's first line in
// the error. A kb path leaving the config's folder tree is refused, located in the config, and
// the file is not opened.
TEST_F(Cli, ConfigKbPathOutsideItsFolderIsRefused) {
  in_corpus("a.txt", kClean);
  const auto secret = dir.write("home/secret.yaml", "TOKEN-LINE: hunter2\n");
  fs::create_symlink(secret, dir.path() / "corpus" / "inside.yaml");
  for (const std::string& kb : {std::string("../home/secret.yaml"), secret, std::string("inside.yaml")}) {
    in_corpus("wiclint.yaml", "kb: ['" + kb + "']\n");
    auto r = run({"-q", corpus()});
    EXPECT_EQ(r.status, 2) << kb << r.out << r.err;
    EXPECT_EQ(r.err.rfind(corpus() + "/wiclint.yaml:1:6: error: knowledge-base file '", 0), 0u) << r.err;
    EXPECT_NE(r.err.find("--allow-outside-kb"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("hunter2"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("TOKEN-LINE"), std::string::npos) << r.err;
  }
}

TEST_F(Cli, AllowOutsideKbLoadsAConfigKbElsewhere) {
  in_corpus("a.txt", kClean);
  dir.write("kbs/other.yaml", "series:\n  id: other\n  name: Other Expo\n  first_year: 2018\n");
  in_corpus("wiclint.yaml", "kb: [../kbs/other.yaml]\n");
  EXPECT_EQ(run({"-q", corpus()}).status, 2);
  auto r = run({"-q", "--allow-outside-kb", corpus()});
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  in_corpus("wiclint.yaml", "kb: [sub/mine.yaml]\n");  // inside: no option needed
  dir.write("corpus/sub/mine.yaml", "series:\n  id: mine\n  name: Mine Summit\n  first_year: 2018\n");
  EXPECT_EQ(run({"-q", corpus()}).status, 0);
}

// One suppression in a dropped-in config could silence a corpus unseen: the summary says what was
// hidden and by which file.
TEST_F(Cli, SummaryStatesSuppressionsAndRulesTurnedOff) {
  in_corpus("w.txt", kWrongWeekday);
  auto r = run({corpus()});
  EXPECT_NE(r.out.find(", 1 note; 0 suppressed\n"), std::string::npos) << r.out;
  in_corpus("wiclint.yaml",
            "rules:\n  edition-gap: off\nsuppress:\n  - {file: '**', rule: '*', reason: planted}\n");
  r = run({corpus()});
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("wiclint: 1 file, "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(": 0 errors, 0 warnings, 0 notes; 1 suppressed by " + corpus() +
                       "/wiclint.yaml; rules off in " + corpus() + "/wiclint.yaml: edition-gap\n"),
            std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace wiclint
