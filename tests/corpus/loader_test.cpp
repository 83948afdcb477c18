// Reading files into articles: encodings, line ends, positions, front matter and file listing.
#include "corpus/loader.hpp"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "corpus/temp_dir.hpp"
#include "util/input_file.hpp"

namespace wiclint {
namespace {

using test::TempDir;

std::shared_ptr<const Article> make(const std::string& bytes, std::vector<InputProblem>& problems) {
  return make_article("a.txt", bytes, problems);
}

// Location of the first occurrence of `needle` in the original bytes.
Location find(const Article& a, const std::string& needle) {
  auto b = a.bytes().find(needle);
  EXPECT_NE(b, std::string::npos) << needle;
  return a.locate(b, b + needle.size());
}

TEST(Loader, BomIsSkippedAndNotCountedAsAColumn) {
  std::vector<InputProblem> p;
  auto a = make("\xEF\xBB\xBFWuzhen opened", p);
  ASSERT_TRUE(a);
  EXPECT_TRUE(p.empty());
  auto loc = find(*a, "Wuzhen");
  EXPECT_EQ(loc.line, 1);
  EXPECT_EQ(loc.column, 1);
  EXPECT_EQ(find(*a, "opened").column, 8);
  EXPECT_EQ(a->norm().find("Wuzhen"), 0u);
}

TEST(Loader, CrlfLineEndsGiveCorrectLineNumbers) {
  std::vector<InputProblem> p;
  auto a = make("one\r\ntwo\r\nthree word\r\n", p);
  ASSERT_TRUE(a);
  auto loc = find(*a, "word");
  EXPECT_EQ(loc.line, 3);
  EXPECT_EQ(loc.column, 7);
  EXPECT_EQ(a->norm(), "one\ntwo\nthree word\n");
}

TEST(Loader, LoneCrLineEndsGiveCorrectLineNumbers) {
  std::vector<InputProblem> p;
  auto a = make("one\rtwo\rthree word", p);
  ASSERT_TRUE(a);
  auto loc = find(*a, "word");
  EXPECT_EQ(loc.line, 3);
  EXPECT_EQ(loc.column, 7);
}

TEST(Loader, ColumnsCountCodePointsNotBytes) {
  std::vector<InputProblem> p;
  // "’" is three bytes but one column.
  auto a = make("China\xE2\x80\x99s summit", p);
  ASSERT_TRUE(a);
  auto loc = find(*a, "summit");
  EXPECT_EQ(loc.column, 9);
  EXPECT_EQ(loc.end_column, 15);
  EXPECT_EQ(a->norm(), "China's summit");  // the curly quote folds to ASCII
}

TEST(Loader, InvalidUtf8IsAProblemWithLineColumnAndByteOffset) {
  std::vector<InputProblem> p;
  auto a = make("ok\nab\xFF rest", p);
  EXPECT_FALSE(a);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 2);
  EXPECT_EQ(p[0].column, 3);
  EXPECT_NE(p[0].message.find("UTF-8"), std::string::npos) << p[0].message;
  EXPECT_NE(p[0].message.find("byte offset 5"), std::string::npos) << p[0].message;
}

TEST(Loader, NulByteIsAProblemWithLineColumnAndByteOffset) {
  std::vector<InputProblem> p;
  auto a = make(std::string("line\nx\0y", 8), p);
  EXPECT_FALSE(a);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 2);
  EXPECT_EQ(p[0].column, 2);
  EXPECT_NE(p[0].message.find("NUL"), std::string::npos) << p[0].message;
  EXPECT_NE(p[0].message.find("byte offset 6"), std::string::npos) << p[0].message;
}

TEST(Loader, EmptyFileIsAnArticleWithoutProblem) {
  TempDir d;
  auto f = d.write("empty.txt", "");
  std::vector<InputProblem> p;
  auto a = load_article(f, p);
  ASSERT_TRUE(a);
  EXPECT_TRUE(p.empty());
  EXPECT_TRUE(a->norm().empty());
}

TEST(Loader, FrontMatterDateAndTitleAreRead) {
  std::vector<InputProblem> p;
  auto a = make("---\ntitle: WIC opens\ndate: 2019-10-20\n---\nBody text.\n", p);
  ASSERT_TRUE(a);
  EXPECT_TRUE(p.empty());
  EXPECT_TRUE(a->front.present);
  EXPECT_EQ(a->front.title, "WIC opens");
  ASSERT_TRUE(a->front.date);
  EXPECT_EQ(*a->front.date, (CivilDate{2019, 10, 20}));
  ASSERT_TRUE(a->front.date_location);
  EXPECT_EQ(a->front.date_location->line, 3);
  EXPECT_EQ(a->front.date_location->column, 7);
}

TEST(Loader, FrontMatterBlockIsBlankedInTheScannedView) {
  std::vector<InputProblem> p;
  auto a = make("---\ndate: 2019-10-20\n---\nBody text.\n", p);
  ASSERT_TRUE(a);
  // The grammars never see the metadata, so no claim can come from it; lines are kept.
  EXPECT_EQ(a->norm().find("2019"), std::string::npos);
  EXPECT_NE(a->norm().find("Body text."), std::string::npos);
  EXPECT_EQ(std::count(a->norm().begin(), a->norm().end(), '\n'), 4);
  EXPECT_EQ(a->body_begin, a->norm().find("Body"));
}

TEST(Loader, MalformedFrontMatterIsAProblemWithALine) {
  std::vector<InputProblem> p;
  auto a = make("---\ntitle: x\ndate: [2019\n---\nBody\n", p);
  ASSERT_EQ(p.size(), 1u);
  // The rest of the file is still an article.
  EXPECT_TRUE(a);
  EXPECT_TRUE(p[0].checked);
  EXPECT_GE(p[0].line, 2);
  EXPECT_LE(p[0].line, 4);
  EXPECT_NE(p[0].message.find("front matter"), std::string::npos) << p[0].message;
}

TEST(Loader, FrontMatterBadDateIsAProblemAtTheValue) {
  std::vector<InputProblem> p;
  make("---\ntitle: x\ndate: soon\n---\nBody\n", p);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 3);
  EXPECT_EQ(p[0].column, 7);
}

TEST(Loader, ListFilesIsSortedAndRecursive) {
  TempDir d;
  d.write("b.txt", "b");
  d.write("a.txt", "a");
  d.write("sub/deeper/c.md", "c");
  d.write("sub/notes.pdf", "x");
  std::vector<InputProblem> p;
  auto files = list_files({d.str()}, LoadOptions{}, p);
  EXPECT_TRUE(p.empty());
  auto root = std::filesystem::path(d.str()).lexically_normal().generic_string();
  EXPECT_EQ(files, (std::vector<std::string>{root + "/a.txt", root + "/b.txt", root + "/sub/deeper/c.md"}));
}

TEST(Loader, ListFilesAppliesIncludeAndExcludeGlobs) {
  TempDir d;
  d.write("keep.txt", "");
  d.write("drafts/skip.txt", "");
  d.write("page.html", "");
  LoadOptions o;
  o.include = {"*.txt", "*.html"};
  o.exclude = {"drafts/**"};
  std::vector<InputProblem> p;
  auto files = list_files({d.str()}, o, p);
  ASSERT_EQ(files.size(), 2u);
  EXPECT_NE(files[0].find("keep.txt"), std::string::npos);
  EXPECT_NE(files[1].find("page.html"), std::string::npos);
}

TEST(Loader, ListFilesSkipsHiddenFolders) {
  TempDir d;
  d.write(".git/x.txt", "");
  d.write("seen.txt", "");
  std::vector<InputProblem> p;
  auto files = list_files({d.str()}, LoadOptions{}, p);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_NE(files[0].find("seen.txt"), std::string::npos);
}

TEST(Loader, MissingPathIsAProblem) {
  TempDir d;
  std::vector<InputProblem> p;
  auto files = list_files({d.str() + "/nope"}, LoadOptions{}, p);
  EXPECT_TRUE(files.empty());
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].path.find("nope"), std::string::npos);
  EXPECT_NE(p[0].message.find("no such"), std::string::npos) << p[0].message;
}

TEST(Loader, BrokenSymlinkInAFolderIsAProblem) {
  TempDir d;
  d.write("ok.txt", "");
  std::filesystem::create_symlink(d.path() / "gone.txt", d.path() / "link.txt");
  std::vector<InputProblem> p;
  auto files = list_files({d.str()}, LoadOptions{}, p);
  ASSERT_EQ(files.size(), 1u);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].path.find("link.txt"), std::string::npos);
  EXPECT_NE(p[0].message.find("broken symbolic link"), std::string::npos);
}

TEST(Loader, BrokenSymlinkNamedDirectlyIsAProblem) {
  TempDir d;
  std::filesystem::create_symlink(d.path() / "gone.txt", d.path() / "link.txt");
  std::vector<InputProblem> p;
  auto files = list_files({(d.path() / "link.txt").string()}, LoadOptions{}, p);
  EXPECT_TRUE(files.empty());
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].message.find("broken symbolic link"), std::string::npos);
}

TEST(Glob, StarMatchesWithinAName) {
  EXPECT_TRUE(glob_match("*.txt", "a.txt"));
  EXPECT_TRUE(glob_match("*.txt", "dir/sub/a.txt"));  // no '/': matched against the file name
  EXPECT_FALSE(glob_match("*.txt", "a.md"));
  EXPECT_FALSE(glob_match("dir/*.txt", "dir/sub/a.txt"));
}

TEST(Glob, DoubleStarCrossesFolders) {
  EXPECT_TRUE(glob_match("dir/**/a.txt", "dir/x/y/a.txt"));
  EXPECT_TRUE(glob_match("drafts/**", "drafts/one/two.txt"));
  EXPECT_FALSE(glob_match("drafts/**", "final/one.txt"));
}

TEST(Glob, QuestionMarkMatchesOneCharacter) {
  EXPECT_TRUE(glob_match("a?.txt", "ab.txt"));
  EXPECT_FALSE(glob_match("a?.txt", "abc.txt"));
  EXPECT_FALSE(glob_match("a?.txt", "a.txt"));
}

TEST(Glob, BracketsMatchASetOrRange) {
  EXPECT_TRUE(glob_match("seed[0-9].txt", "seed3.txt"));
  EXPECT_FALSE(glob_match("seed[0-9].txt", "seedx.txt"));
  EXPECT_TRUE(glob_match("[ab].md", "b.md"));
  EXPECT_FALSE(glob_match("[ab].md", "c.md"));
}

TEST(Loader, TabIsOneColumn) {
  std::vector<InputProblem> p;
  auto a = make("\tWuzhen", p);
  ASSERT_TRUE(a);
  EXPECT_EQ(find(*a, "Wuzhen").column, 2);
}

TEST(Loader, InvalidUtf8AfterBomDoesNotCountTheBom) {
  std::vector<InputProblem> p;
  make("\xEF\xBB\xBF" "ab\xC3", p);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 1);
  EXPECT_EQ(p[0].column, 3);
  EXPECT_NE(p[0].message.find("byte offset 5"), std::string::npos) << p[0].message;
}

TEST(Loader, InvalidUtf8AfterLoneCrCountsLines) {
  std::vector<InputProblem> p;
  make("one\rtwo\r\n\xFF", p);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 3);
  EXPECT_EQ(p[0].column, 1);
}

TEST(Loader, FrontMatterWithCrlfLineEnds) {
  std::vector<InputProblem> p;
  auto a = make("---\r\ndate: 2019-10-20\r\n---\r\nBody\r\n", p);
  ASSERT_TRUE(a);
  EXPECT_TRUE(p.empty());
  ASSERT_TRUE(a->front.date);
  EXPECT_EQ(*a->front.date, (CivilDate{2019, 10, 20}));
  ASSERT_TRUE(a->front.date_location);
  EXPECT_EQ(a->front.date_location->line, 2);
}

TEST(Loader, LoneDashLineIsNotFrontMatter) {
  std::vector<InputProblem> p;
  auto a = make("---\nNo closing line, just a rule.\n", p);
  ASSERT_TRUE(a);
  EXPECT_TRUE(p.empty());
  EXPECT_FALSE(a->front.present);
}

TEST(Loader, FileNamedDirectlyIsTakenWhateverItsExtension) {
  TempDir d;
  auto f = d.write("notes.html", "x");
  std::vector<InputProblem> p;
  auto files = list_files({f}, LoadOptions{}, p);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_TRUE(p.empty());
}

TEST(Loader, LoadCorpusCountsUnreadableFiles) {
  TempDir d;
  d.write("a.txt", "fine");
  d.write("b.txt", "bad \xFF");
  auto c = load_corpus({d.str()}, LoadOptions{});
  EXPECT_EQ(c.files, 2u);
  EXPECT_EQ(c.articles.size(), 1u);
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_NE(c.problems[0].path.find("b.txt"), std::string::npos);
}

// --- special files: only regular files are read (issue #13) ---

// A FIFO blocks whoever opens it until a writer comes: it is reported, never opened (the test
// would hang, and time out, if it were).
TEST(Loader, FifoInAFolderIsAProblemAndNeverOpened) {
  TempDir d;
  d.write("a.txt", "fine");
  ASSERT_EQ(::mkfifo((d.path() / "pipe.txt").c_str(), 0600), 0);
  auto c = load_corpus({d.str()}, LoadOptions{});
  EXPECT_EQ(c.articles.size(), 1u);
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_NE(c.problems[0].path.find("pipe.txt"), std::string::npos);
  EXPECT_EQ(c.problems[0].message, "not a regular file: a FIFO");
}

TEST(Loader, FifoNamedDirectlyIsAProblem) {
  TempDir d;
  const auto fifo = (d.path() / "pipe.txt").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::vector<InputProblem> p;
  EXPECT_FALSE(load_article(fifo, p));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].message, "not a regular file: a FIFO");
}

// A device has no end (/dev/zero) and no size: the link is reported by its own name. (Met in a
// folder, the link leads out of the corpus and is not followed at all.)
TEST(Loader, SymlinkToADeviceIsAProblemNamingTheLink) {
  TempDir d;
  std::filesystem::create_symlink("/dev/zero", d.path() / "zero.txt");
  std::vector<InputProblem> p;
  EXPECT_FALSE(load_article((d.path() / "zero.txt").string(), p));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].path.find("zero.txt"), std::string::npos);
  EXPECT_EQ(p[0].message, "not a regular file: a character device");
  auto c = load_corpus({d.str()}, LoadOptions{});
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_NE(c.problems[0].path.find("zero.txt"), std::string::npos);
}

TEST(Loader, StreamIsReadUpToTheLimitOnly) {
  std::string error;
  std::istringstream big(std::string(5000, 'x'));
  EXPECT_FALSE(read_stream(big, 1000, error));
  EXPECT_EQ(error, "file too large (over 1000 bytes; the limit is 1000 bytes)");
  std::istringstream small(std::string(1000, 'x'));
  auto text = read_stream(small, 1000, error);
  ASSERT_TRUE(text);
  EXPECT_EQ(text->size(), 1000u);
}

TEST(Loader, FileIsReadUpToTheLimitOnly) {
  TempDir d;
  const auto f = d.write("big.txt", std::string(5000, 'x'));
  std::string error;
  EXPECT_FALSE(read_regular_file(f, 1000, error));
  EXPECT_EQ(error, "file too large (5000 bytes; the limit is 1000 bytes)");
  EXPECT_TRUE(read_regular_file(f, 5000, error));
}

// --- links out of the corpus, and one file reached twice (issue #13) ---

// A link in the corpus to a file outside every folder named on the command line (a credentials
// file in the runner's home) is not followed: the finding names the link, never the target.
TEST(Loader, SymlinkOutOfTheCorpusIsAProblemNamingTheLinkOnly) {
  TempDir outside, d;
  const auto secret = outside.write("secret.txt", "TOKEN=hunter2\n");
  d.write("a.txt", "fine");
  std::filesystem::create_symlink(secret, d.path() / "link.txt");
  auto c = load_corpus({d.str()}, LoadOptions{});
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0]->bytes(), "fine");
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_NE(c.problems[0].path.find("link.txt"), std::string::npos);
  EXPECT_EQ(c.problems[0].message, "symbolic link to a file outside the corpus folders; not followed");
}

// Inside the corpus, or into another folder named on the command line, a link is followed.
TEST(Loader, SymlinkIntoAnotherNamedFolderIsFollowed) {
  TempDir other, d;
  const auto target = other.write("b.txt", "other");
  std::filesystem::create_symlink(target, d.path() / "link.txt");
  auto c = load_corpus({d.str(), other.str()}, LoadOptions{});
  EXPECT_TRUE(c.problems.empty());
  ASSERT_EQ(c.articles.size(), 1u);  // b.txt and link.txt are one file
  EXPECT_EQ(c.duplicates, 1u);
}

// Three links to one article would give it three votes in count-agreement's majority.
TEST(Loader, SeveralLinksToOneFileAreReadOnce) {
  TempDir d;
  const auto a = d.write("a.txt", "one");
  for (const char* name : {"l1.txt", "l2.txt", "l3.txt"}) std::filesystem::create_symlink(a, d.path() / name);
  auto c = load_corpus({d.str()}, LoadOptions{});
  EXPECT_TRUE(c.problems.empty());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_NE(c.articles[0]->path().find("a.txt"), std::string::npos);  // the first in path order
  EXPECT_EQ(c.duplicates, 3u);
  EXPECT_EQ(c.files, 1u);
}

// One corpus named twice, once through a link to its folder: every file reached twice.
TEST(Loader, OneFolderNamedByTwoPathsIsReadOnce) {
  TempDir d;
  d.write("corpus/a.txt", "one");
  d.write("corpus/b.txt", "two");
  std::filesystem::create_directory_symlink(d.path() / "corpus", d.path() / "alias");
  auto c = load_corpus({(d.path() / "corpus").string(), (d.path() / "alias").string()}, LoadOptions{});
  EXPECT_TRUE(c.problems.empty());
  EXPECT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.duplicates, 2u);
}

// An unreadable sub-folder was skipped silently: its articles escaped every rule. Root reads any
// folder, so as root the listing runs in a child process that has become `nobody`.
TEST(Loader, UnreadableSubFolderIsAProblem) {
  TempDir d;
  d.write("a.txt", "fine");
  d.write("locked/b.txt", "hidden");
  std::filesystem::permissions(d.path() / "locked", std::filesystem::perms::none);
  auto check = [&] {
    auto c = load_corpus({d.str()}, LoadOptions{});
    return c.articles.size() == 1 && c.problems.size() == 1 && c.problems[0].path.ends_with("/locked") &&
           c.problems[0].message == "cannot read folder: Permission denied";
  };
  if (::geteuid() != 0) {
    EXPECT_TRUE(check());
  } else {
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) ::_exit(::setgid(65534) == 0 && ::setuid(65534) == 0 && check() ? 0 : 1);
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  std::filesystem::permissions(d.path() / "locked", std::filesystem::perms::owner_all);
}

// Many '*' against a long name: the recursive matcher retried every split for every star (this
// pattern against 200 letters would not finish); the automaton answers at once, and right.
TEST(Glob, ManyStarsAgainstALongNameAnswerAtOnce) {
  std::string pattern;
  for (int i = 0; i < 20; ++i) pattern += "*a";
  pattern += "*b";
  EXPECT_FALSE(glob_match(pattern, std::string(200, 'a')));
  EXPECT_TRUE(glob_match(pattern, std::string(200, 'a') + "b"));
  EXPECT_FALSE(glob_match("**/" + pattern, "x/" + std::string(200, 'a') + ".txt"));
}

// "**/" matches zero folders only where it starts: after "**" took characters, the '/' is due.
TEST(Glob, DoubleStarSlashSkipsOnlyWhereItStarts) {
  EXPECT_FALSE(glob_match("**/", "ca"));
  EXPECT_FALSE(glob_match("**/c", "/./cbc"));
  EXPECT_TRUE(glob_match("**/c", "a/b/c"));
  EXPECT_TRUE(glob_match("a/**/c", "a/c"));
  EXPECT_FALSE(glob_match("a/**/c", "a/xc"));
  EXPECT_TRUE(glob_match("[a", "[a"));  // an unterminated class is a literal '['
  EXPECT_FALSE(glob_match("*.txt", "a/b.md"));
  EXPECT_FALSE(glob_match("a/*.txt", "a/b/c.txt"));  // '*' stays within a folder
}

TEST(Glob, DoubleStarMatchesZeroFolders) {
  EXPECT_TRUE(glob_match("dir/**/a.txt", "dir/a.txt"));
}

TEST(Glob, NegatedBracket) {
  EXPECT_TRUE(glob_match("[!a].md", "b.md"));
  EXPECT_FALSE(glob_match("[!a].md", "a.md"));
}

// A reported span's context is its line; of a very long line (a whole article on one line), only
// a window around the span, cut on code-point boundaries, with the span where context_begin says.
TEST(Loader, ContextOfAHugeLineIsAWindowAroundTheSpan) {
  std::string line;
  for (int i = 0; i < 20000; ++i) line += "Wuzhen caf\xC3\xA9 ";  // 13 bytes, 12 code points each
  const std::string bytes = "Title\n" + line + "The sixth conference opened. " + line + "\nEnd\n";
  std::vector<InputProblem> p;
  auto a = make(bytes, p);
  ASSERT_TRUE(a);
  Location loc = find(*a, "sixth conference");
  a->fill_context(loc);
  ASSERT_TRUE(loc.context);
  const SourceContext& c = *loc.context;
  EXPECT_LE(c.lines.size(), 4100u);
  EXPECT_EQ(c.lines.substr(c.begin, c.end - c.begin), "sixth conference");
  EXPECT_NE((static_cast<unsigned char>(c.lines.front()) & 0xC0), 0x80u);  // starts on a code point
  EXPECT_EQ(c.lines.find('\n'), std::string::npos);
  // A short line is kept whole.
  Location end = find(*a, "End");
  a->fill_context(end);
  ASSERT_TRUE(end.context);
  EXPECT_EQ(end.context->lines, "End");
  EXPECT_EQ(end.context->begin, 0u);
  EXPECT_EQ(end.context->end, 3u);
}

// Locations of one span (a claim quoted by many findings) share one context; another span on the
// same line gets its own, with its own offsets.
TEST(Loader, LocationsOfOneSpanShareTheirContext) {
  std::vector<InputProblem> p;
  auto a = make("Title\nThe sixth conference opened in Wuzhen.\n", p);
  ASSERT_TRUE(a);
  Location first = find(*a, "sixth"), again = find(*a, "sixth"), other = find(*a, "Wuzhen");
  a->fill_context(first);
  a->fill_context(again);
  a->fill_context(other);
  ASSERT_TRUE(first.context && other.context);
  EXPECT_EQ(first.context.get(), again.context.get());
  EXPECT_NE(first.context.get(), other.context.get());
  EXPECT_EQ(other.context->lines, "The sixth conference opened in Wuzhen.");
  EXPECT_EQ(other.context->lines.substr(other.context->begin, other.context->end - other.context->begin), "Wuzhen");
}

}  // namespace
}  // namespace wiclint
