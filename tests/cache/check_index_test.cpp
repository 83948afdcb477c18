// `check` through the claims cache's index (engine/check_index.hpp): it reads only the corpus
// articles that share a group with the new one, yet reports exactly what reading the whole corpus
// reports; a changed or deleted corpus file is seen; a cache of the previous schema is rebuilt.
#include "engine/check_index.hpp"

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <sstream>

#include <gtest/gtest.h>

#include "cache/claim_store.hpp"
#include "cache/cli_run.hpp"
#include "cli/app.hpp"
#include "engine/engine.hpp"
#include "corpus/temp_dir.hpp"
#include "extract/extractor.hpp"

namespace wiclint {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

using test::CliRun;
using test::wiclint;

const std::string kSource = WICLINT_SOURCE_DIR;

// Files written a moment ago are never vouched for by their size and time (they could change again
// within the same tick): the tests date their corpus an hour back, as a corpus usually is.
void age(const fs::path& folder, std::chrono::hours back = std::chrono::hours(1)) {
  for (const auto& e : fs::recursive_directory_iterator(folder))
    if (e.is_regular_file()) fs::last_write_time(e.path(), fs::file_time_type::clock::now() - back);
}

// Copies a folder's articles into `to`.
void copy_corpus(const std::string& from, const fs::path& to) {
  fs::create_directories(to);
  fs::copy(from, to, fs::copy_options::recursive);
}

const char* kSixth = "WIC opens\nUpdated 19:04, 21-Oct-2019\nThe 6th World Internet Conference opened on Sunday in Wuzhen. "
                     "About 1,500 guests from 80 countries attended.\n";
const char* kSixthOther = "WIC\nUpdated 10:00, 22-Oct-2019\nThe 6th World Internet Conference drew over 3,000 guests.\n";
const char* kFourth = "WIC\nUpdated 10:00, 17-Dec-2017\nThe 4th World Internet Conference closed in Wuzhen. "
                      "More than 1,500 guests attended it.\n";

// The whole-corpus check (no cache) and the indexed one (a cache warmed by a lint) of `article`.
struct Both {
  CliRun whole, indexed;
};
Both check_both(const std::string& article, const std::string& corpus, const std::string& cache) {
  Both b;
  b.whole = wiclint({"check", article, "--corpus", corpus, "--no-cache", "--format", "json", "--fail-on", "never"});
  b.indexed = wiclint({"check", article, "--corpus", corpus, "--cache", cache, "--format", "json", "--fail-on", "never"});
  return b;
}

TEST(CheckIndex, FindingsEqualTheWholeCorpusCheckOnTheRealCorpora) {
  std::vector<std::string> corpora = {kSource + "/examples/corpus"};
  for (const auto& e : fs::directory_iterator(kSource + "/tests"))
    if (e.path().filename().string().starts_with("heldout")) corpora.push_back(e.path().string());
  std::vector<std::string> articles;  // new articles from every corpus, checked against every other
  for (const auto& c : corpora)
    for (const auto& e : fs::directory_iterator(c))
      if (e.path().extension() == ".txt" && articles.size() < 3 * corpora.size()) articles.push_back(e.path().string());
  for (const auto& c : corpora) {
    TempDir dir;
    copy_corpus(c, dir.path() / "corpus");
    age(dir.path() / "corpus");
    const std::string corpus = (dir.path() / "corpus").string(), cache = (dir.path() / "cache").string();
    ASSERT_NE(wiclint({"--cache", cache, corpus, "--fail-on", "never", "-q"}).status, kExitUsage);
    std::vector<std::string> news = articles;
    for (const auto& e : fs::directory_iterator(corpus)) news.push_back(e.path().string());  // re-checked in place
    for (const auto& a : news) {
      const Both b = check_both(a, corpus, cache);
      EXPECT_EQ(b.indexed.out, b.whole.out) << a << " against " << c;
      EXPECT_EQ(b.indexed.status, b.whole.status) << a << " against " << c;
    }
  }
}

class IndexedCheck : public ::testing::Test {
 protected:
  IndexedCheck() {
    load_default_kb(kb);
    dir.write("corpus/a.txt", kSixth);
    dir.write("corpus/b.txt", kSixthOther);
    dir.write("corpus/c.txt", kFourth);
    dir.write("corpus/d.txt", kFourth);
    age(dir.path() / "corpus");
    EXPECT_NE(wiclint({"--cache", cache(), corpus(), "--fail-on", "never", "-q"}).status, kExitUsage);
  }
  std::string corpus() const { return (dir.path() / "corpus").string(); }
  std::string cache() const { return (dir.path() / "cache").string(); }
  TempDir dir;
  KnowledgeBase kb;
};

TEST_F(IndexedCheck, ReadsOnlyTheArticlesThatShareAGroupWithTheNewOne) {
  const std::string fresh = dir.write("new.txt", kSixthOther);
  std::ostringstream warn;
  auto store = ClaimStore::open(cache(), cache_key("test", true, {}, ""), warn);
  ASSERT_NE(store, nullptr);
  // The CLI's records were written under its own run key: this store's key reads none of them,
  // so first lint under it.
  Engine engine(kb, Config{});
  engine.set_store(store.get(), true);
  engine.run(list_corpus({corpus()}, LoadOptions{}));
  LoadedCorpus c = list_corpus({corpus()}, LoadOptions{});
  std::vector<InputProblem> problems;
  c.articles.push_back(load_article(fresh, problems));
  Extractor extractor(kb);
  const auto selection = select_for_check(c, *store, kb, extractor, 1);
  ASSERT_TRUE(selection.has_value());
  // The 6th edition's two articles are read (only their claims of its groups), and the first
  // article about the 4th (edition-gap's witness that the corpus covers it); the second is not.
  ASSERT_EQ(selection->corpus.listed.size(), 3u);
  EXPECT_EQ(fs::path(selection->corpus.listed[0].path).filename(), "a.txt");
  EXPECT_EQ(fs::path(selection->corpus.listed[1].path).filename(), "b.txt");
  EXPECT_EQ(fs::path(selection->corpus.listed[2].path).filename(), "c.txt");
  EXPECT_EQ(selection->preloaded.size(), 3u);
  ASSERT_EQ(selection->others.size(), 1u);
  EXPECT_EQ(fs::path(selection->others[0]).filename(), "d.txt");
  EXPECT_GT(selection->claims_not_read, 0u);
  // And the report is the whole corpus's: the same findings, files and claims counted.
  const Both b = check_both(fresh, corpus(), cache());
  EXPECT_EQ(b.indexed.out, b.whole.out);
  EXPECT_NE(b.indexed.out.find("count-agreement"), std::string::npos);
  EXPECT_NE(b.indexed.out.find("\"files\": 5"), std::string::npos) << b.indexed.out.substr(0, 300);
}

TEST_F(IndexedCheck, TouchedFilesAreReadOnceThenKnownByTheirNewTimeAgain) {
  std::ostringstream warn;
  auto store = ClaimStore::open(cache(), cache_key("test", true, {}, ""), warn);
  ASSERT_NE(store, nullptr);
  Engine engine(kb, Config{});
  engine.set_store(store.get(), true);
  engine.run(list_corpus({corpus()}, LoadOptions{}));
  const std::string fresh = dir.write("new.txt", kSixthOther);
  Extractor extractor(kb);
  auto select = [&] {
    LoadedCorpus c = list_corpus({corpus()}, LoadOptions{});
    std::vector<InputProblem> problems;
    c.articles.push_back(load_article(fresh, problems));
    return select_for_check(c, *store, kb, extractor, 1);
  };
  auto chosen = select();
  ASSERT_TRUE(chosen.has_value());
  EXPECT_EQ(chosen->preloaded.size(), chosen->corpus.listed.size());  // every file known by a stat
  // Touched (a copy, a checkout): same content, another time. The first check reads the files
  // again (and finds their content in the store); their records take the new time.
  age(dir.path() / "corpus", std::chrono::hours(2));
  chosen = select();
  ASSERT_TRUE(chosen.has_value());
  EXPECT_EQ(chosen->preloaded.size(), chosen->corpus.listed.size());  // known again after the refresh
  EXPECT_EQ(warn.str(), "");
}

TEST_F(IndexedCheck, AChangedCorpusFileIsReadAgainAndADeletedOneLeftOut) {
  const std::string fresh = dir.write("new.txt", kSixth);
  // c.txt now reports the 6th edition with a figure the new article contradicts: the store's keys
  // for it are stale, its size and time tell.
  dir.write("corpus/c.txt", kSixthOther);
  Both b = check_both(fresh, corpus(), cache());
  EXPECT_EQ(b.indexed.out, b.whole.out);
  EXPECT_NE(b.indexed.out.find("corpus/c.txt"), std::string::npos);
  // Deleted: no finding rests on it any more, and it is not counted.
  fs::remove(dir.path() / "corpus/b.txt");
  fs::remove(dir.path() / "corpus/c.txt");
  fs::remove(dir.path() / "corpus/d.txt");
  b = check_both(fresh, corpus(), cache());
  EXPECT_EQ(b.indexed.out, b.whole.out);
  EXPECT_EQ(b.indexed.out.find("corpus/b.txt"), std::string::npos);
  EXPECT_EQ(b.indexed.out.find("corpus/c.txt"), std::string::npos);
  EXPECT_NE(b.indexed.out.find("\"files\": 2"), std::string::npos) << b.indexed.out.substr(0, 300);
}

TEST_F(IndexedCheck, AnArticleEditedInPlaceReplacesItsCachedClaims) {
  // Re-checking a corpus article after editing it: the new text is what is checked, and its old
  // claims (still in the store under its path) are not counted as another source.
  const std::string edited = dir.write("corpus/a.txt", kSixthOther);
  const Both b = check_both(edited, corpus(), cache());
  EXPECT_EQ(b.indexed.out, b.whole.out);
}

TEST(CheckIndexRules, PostsAndOfficesAcrossArticlesComeOutAsFromTheWholeCorpus) {
  // title-agreement across articles: the new article gives Zhuang Rongwen another office of the
  // same rank (one person's posts), and another person the office he holds in the corpus (two
  // holders of one office). Both findings rest on corpus articles that share no edition figure.
  TempDir dir;
  dir.write("corpus/a.txt", "CAC chief speaks\nUpdated 10:00, 21-Oct-2019\nZhuang Rongwen, director of the Cyberspace "
                            "Administration of China, spoke at the 6th World Internet Conference on Sunday.\n");
  dir.write("corpus/b.txt", kSixth);
  dir.write("corpus/c.txt", kFourth);
  age(dir.path() / "corpus");
  const std::string corpus = (dir.path() / "corpus").string(), cache = (dir.path() / "cache").string();
  ASSERT_NE(wiclint({"--cache", cache, corpus, "--fail-on", "never", "-q"}).status, kExitUsage);
  const std::string posts = dir.write("posts.txt", "Speech\nUpdated 12:00, 23-Oct-2019\nZhuang Rongwen, director of the "
                                                   "State Council Information Office, addressed the forum.\n");
  const std::string holders = dir.write("holders.txt", "Speech\nUpdated 12:00, 23-Oct-2019\nLi Ming, director of the "
                                                       "Cyberspace Administration of China, addressed the forum.\n");
  for (const auto& fresh : {posts, holders}) {
    const Both b = check_both(fresh, corpus, cache);
    EXPECT_NE(b.whole.out.find("title-agreement"), std::string::npos) << fresh << b.whole.out;
    EXPECT_NE(b.whole.out.find("corpus/a.txt"), std::string::npos) << fresh;
    EXPECT_EQ(b.indexed.out, b.whole.out) << fresh;
  }
}

TEST(CheckIndexSchema, ACacheOfThePreviousSchemaIsRebuiltWithAWarning) {
  TempDir dir;
  dir.write("corpus/a.txt", kSixth);
  fs::create_directories(dir.path() / "cache");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((dir.path() / "cache/claims.db").c_str(), &db), SQLITE_OK);
  // Schema 1, as wiclint wrote it before the index: no modification times, no keys.
  const char* v1 =
      "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
      "CREATE TABLE articles (path TEXT PRIMARY KEY, key TEXT NOT NULL, hash TEXT NOT NULL, bytes INTEGER NOT NULL,"
      " series TEXT NOT NULL, main_edition INTEGER NOT NULL, published TEXT NOT NULL, title TEXT NOT NULL,"
      " claims INTEGER NOT NULL, checksum TEXT NOT NULL, record BLOB NOT NULL);"
      "INSERT INTO meta VALUES ('application', 'wiclint-claims-cache'), ('schema', '1');"
      "INSERT INTO articles VALUES ('/x/a.txt', 'k', '0', 1, '', 0, '', '', 0, '0', x'00');";
  ASSERT_EQ(sqlite3_exec(db, v1, nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  const std::string corpus = (dir.path() / "corpus").string(), cache = (dir.path() / "cache").string();
  const CliRun lint = wiclint({"--cache", cache, corpus, "--fail-on", "never", "-q"});
  EXPECT_NE(lint.err.find("another cache schema (1)"), std::string::npos) << lint.err;
  EXPECT_NE(lint.err.find("rebuilding it"), std::string::npos) << lint.err;
  // Rebuilt as schema 2, with the article's keys.
  ASSERT_EQ(sqlite3_open((dir.path() / "cache/claims.db").c_str(), &db), SQLITE_OK);
  sqlite3_stmt* q = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT (SELECT value FROM meta WHERE key = 'schema'), (SELECT count(*) FROM article_keys)",
                               -1, &q, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(q), SQLITE_ROW);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(sqlite3_column_text(q, 0))), "2");
  EXPECT_GT(sqlite3_column_int64(q, 1), 0);
  sqlite3_finalize(q);
  sqlite3_close(db);
  // A second run finds nothing to warn about, and check answers from it as from the whole corpus.
  const std::string fresh = dir.write("new.txt", kSixthOther);
  const CliRun indexed = wiclint({"check", fresh, "--corpus", corpus, "--cache", cache, "--format", "json", "--fail-on", "never"});
  EXPECT_EQ(indexed.err, "");
  const CliRun whole = wiclint({"check", fresh, "--corpus", corpus, "--no-cache", "--format", "json", "--fail-on", "never"});
  EXPECT_EQ(indexed.out, whole.out);
}

TEST(CheckIndexKeys, ClaimsOfOneGroupShareAKeyAndOthersDoNot) {
  KnowledgeBase kb;
  load_default_kb(kb);
  Extractor extractor(kb);
  std::vector<InputProblem> problems;
  auto key_set = [&](const char* text) {
    auto a = make_article("x.txt", text, problems);
    const auto keys = stored_keys(extractor.extract(*a), kb);
    return std::set<std::string>(keys.begin(), keys.end());
  };
  const auto sixth = key_set(kSixth), other = key_set(kSixthOther), fourth = key_set(kFourth);
  const std::string people6 = std::string("count\x1f") + "wic\x1f" "6\x1fpeople";
  EXPECT_TRUE(sixth.count(people6)) << *sixth.begin();
  EXPECT_TRUE(other.count(people6));
  EXPECT_FALSE(fourth.count(people6));
  EXPECT_TRUE(fourth.count(std::string("count\x1f") + "wic\x1f" "4\x1fpeople"));
}

}  // namespace
}  // namespace wiclint
