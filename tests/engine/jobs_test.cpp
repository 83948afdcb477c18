// --jobs: the reports do not depend on how many threads read, extracted and checked the corpus;
// reports quote their source lines read back from the files, and say so when a file changed.
#include <filesystem>
#include <mutex>
#include <sstream>

#include <gtest/gtest.h>

#include "cli/app.hpp"
#include "corpus/temp_dir.hpp"
#include "engine/engine.hpp"
#include "engine/extraction.hpp"
#include "kb/knowledge_base.hpp"
#include "reports/reporter.hpp"
#include "util/content_hash.hpp"

namespace wiclint {
namespace {

namespace fs = std::filesystem;

std::string lint(std::vector<std::string> args) {
  std::istringstream in;
  std::ostringstream out, err;
  args.push_back("--no-cache");
  if (args[0] != "claims") args.insert(args.end(), {"--fail-on", "never"});
  EXPECT_EQ(run_cli(args, in, out, err), 0) << err.str();
  return out.str();
}

TEST(Jobs, OneThreadAndTwoGiveByteIdenticalReports) {
  const std::string src = WICLINT_SOURCE_DIR;
  std::vector<std::string> corpora = {src + "/examples/corpus"};
  for (const auto& e : fs::directory_iterator(src + "/tests"))
    if (e.path().filename().string().starts_with("heldout")) corpora.push_back(e.path().string());
  ASSERT_GE(corpora.size(), 8u);
  const std::vector<std::string> formats = report_formats();
  ASSERT_GE(formats.size(), 6u);
  for (const std::string& format : formats) {
    std::vector<std::string> one = {"--format", format, "--jobs", "1"}, two = {"--format", format, "--jobs", "2"};
    one.insert(one.end(), corpora.begin(), corpora.end());
    two.insert(two.end(), corpora.begin(), corpora.end());
    const std::string a = lint(one), b = lint(two);
    EXPECT_GT(a.size(), 1000u) << format;
    EXPECT_EQ(a, b) << format;
  }
  std::vector<std::string> claims1 = {"claims", "--format", "jsonl", "--jobs", "1"}, claims2 = claims1;
  claims2[4] = "3";
  claims1.insert(claims1.end(), corpora.begin(), corpora.end());
  claims2.insert(claims2.end(), corpora.begin(), corpora.end());
  EXPECT_EQ(lint(claims1), lint(claims2));
}

TEST(Jobs, ClaimsJsonlIsOneClaimObjectPerLine) {
  const std::string out = lint({"claims", "--format", "jsonl", std::string(WICLINT_SOURCE_DIR) + "/examples/corpus"});
  const std::string json = lint({"claims", "--format", "json", std::string(WICLINT_SOURCE_DIR) + "/examples/corpus"});
  std::istringstream lines(out);
  std::size_t n = 0;
  for (std::string line; std::getline(lines, line); ++n) {
    ASSERT_FALSE(line.empty());
    EXPECT_EQ(line.front(), '{');
    EXPECT_EQ(line.back(), '}');
    EXPECT_NE(line.find("\"kind\":"), std::string::npos) << line;
    EXPECT_NE(line.find("\"series\":"), std::string::npos) << line;
  }
  EXPECT_GT(n, 50u);
  // The same claims as the JSON document, one "file" each.
  std::size_t files = 0;
  for (auto at = json.find("\"file\": "); at != std::string::npos; at = json.find("\"file\": ", at + 1)) ++files;
  EXPECT_EQ(files, n);
}

TEST(SourceTexts, ReadsContextBackAndTellsAChangedFile) {
  test::TempDir dir;
  const std::string path = dir.write("a.txt", "Title\nThe 6th World Internet Conference opened.\n");
  SourceTexts sources;
  sources.add_file(path, content_hash(test::read_file(path)));
  Location loc;
  loc.file = path;
  loc.begin = 10, loc.end = 13, loc.line = loc.end_line = 2, loc.column = 5, loc.end_column = 8;
  bool changed = true;
  sources.visit({&loc}, 1, [&](const SourceTexts::Visit& v) {
    changed = v.changed;
    ASSERT_NE(v.article, nullptr);
    v.article->fill_context(*v.loc);
  });
  EXPECT_FALSE(changed);
  ASSERT_TRUE(loc.context);
  EXPECT_EQ(loc.context->lines, "The 6th World Internet Conference opened.");
  EXPECT_EQ(loc.context->lines.substr(loc.context->begin, loc.context->end - loc.context->begin), "6th");
  dir.write("a.txt", "Title\nThe 7th World Internet Conference opened.\n");
  sources.visit({&loc}, 1, [&](const SourceTexts::Visit& v) { changed = v.changed; });
  EXPECT_TRUE(changed);
  fs::remove(path);
  const Article* seen = reinterpret_cast<const Article*>(1);
  sources.visit({&loc}, 1, [&](const SourceTexts::Visit& v) { changed = v.changed, seen = v.article; });
  EXPECT_TRUE(changed);
  EXPECT_EQ(seen, nullptr);
}


// Locations come file by file, each with its index among those given; a file not read for the
// run is not visited.
TEST(SourceTexts, VisitsEachKnownLocationOnceWithItsIndex) {
  test::TempDir dir;
  const std::string a = dir.write("a.txt", "Title\nThe 6th World Internet Conference opened.\n");
  const std::string b = dir.write("b.txt", "Title\nThe 5th World Internet Conference opened.\n");
  SourceTexts sources;
  sources.add_file(a, content_hash(test::read_file(a)));
  sources.add_file(b, content_hash(test::read_file(b)));
  std::vector<Location> all(5);
  const std::vector<std::string> files = {a, b, a, "elsewhere.txt", b};
  std::vector<Location*> locs;
  for (std::size_t k = 0; k < all.size(); ++k) all[k].file = files[k], locs.push_back(&all[k]);
  std::vector<int> seen(all.size(), 0);
  std::mutex m;
  sources.visit(locs, 2, [&](const SourceTexts::Visit& v) {
    std::lock_guard<std::mutex> lock(m);
    ASSERT_LT(v.index, all.size());
    EXPECT_EQ(v.loc, locs[v.index]);
    ASSERT_NE(v.article, nullptr);
    EXPECT_EQ(v.article->path(), files[v.index]);
    ++seen[v.index];
  });
  EXPECT_EQ(seen, (std::vector<int>{1, 1, 1, 0, 1}));
}

// Only the text and HTML reports quote source lines: for the others the engine leaves every
// location without context, and nothing else of the findings changes.
TEST(Engine, QuotesSourceLinesOnlyWhenAReportShowsThem) {
  EXPECT_TRUE(report_quotes("text"));
  EXPECT_TRUE(report_quotes("html"));
  for (const char* f : {"json", "sarif", "junit", "markdown"}) EXPECT_FALSE(report_quotes(f)) << f;
  KnowledgeBase kb;
  load_default_kb(kb);
  Engine engine(kb, Config{});
  const std::string corpus = std::string(WICLINT_SOURCE_DIR) + "/examples/corpus";
  const LintResult quoted = engine.run(list_corpus({corpus}, LoadOptions{}));
  engine.set_quote(false);
  const LintResult bare = engine.run(list_corpus({corpus}, LoadOptions{}));
  ASSERT_FALSE(quoted.findings.empty());
  ASSERT_EQ(quoted.findings.size(), bare.findings.size());
  std::size_t with_context = 0;
  for (std::size_t k = 0; k < bare.findings.size(); ++k) {
    with_context += quoted.findings[k].loc.context != nullptr;
    EXPECT_EQ(bare.findings[k].loc.context, nullptr);
    EXPECT_EQ(bare.findings[k].message, quoted.findings[k].message);
    EXPECT_EQ(bare.findings[k].evidence, quoted.findings[k].evidence);
  }
  EXPECT_GT(with_context, 0u);
}

}  // namespace
}  // namespace wiclint

namespace wiclint {
namespace {

// One span, one cause, one finding: a figure that conflicts with another source's and with the
// knowledge base gives one count-agreement finding stating both reasons (count-reference names
// count-agreement as the rule that states its cause). With count-agreement off, count-reference
// reports on its own.
TEST(Engine, AFindingOfOneCauseFoldsIntoTheBroaderOne) {
  test::TempDir dir;
  dir.write("a.txt", "Second WIC opens\nPublished: 2015-12-16\n\nMore than 2,000 guests attended the second World "
                     "Internet Conference.\n");
  dir.write("b.txt", "Second WIC closes\nPublished: 2015-12-18\n\nAround 1,200 participants attended the second "
                     "World Internet Conference.\n");
  const std::string both = lint({"--format", "json", dir.path().string()});
  EXPECT_EQ(both.find("\"rule\": \"count-reference\""), std::string::npos) << both;
  const std::size_t folded = both.find("cannot be squared with another source's figure, and fits none of the knowledge base's figures");
  EXPECT_NE(folded, std::string::npos) << both;
  dir.write("wiclint.yaml", "rules:\n  count-agreement: off\n");
  const std::string alone = lint({"--format", "json", "--config", (dir.path() / "wiclint.yaml").string(), dir.path().string()});
  EXPECT_NE(alone.find("\"rule\": \"count-reference\""), std::string::npos) << alone;
}

}  // namespace
}  // namespace wiclint
