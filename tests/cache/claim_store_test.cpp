// The claims cache: claims round-trip exactly; a changed file is extracted again, an unchanged one
// read from the store, a deleted one dropped; a corrupt, foreign or damaged store is rebuilt with
// a warning and never trusted; a new knowledge base misses every record; concurrent writers.
#include "cache/claim_store.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

#include "cache/claim_codec.hpp"
#include "cache/cli_run.hpp"
#include "cli/app.hpp"
#include "corpus/temp_dir.hpp"
#include "engine/engine.hpp"
#include "extract/extractor.hpp"
#include "util/content_hash.hpp"

namespace wiclint {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

using test::CliRun;
using test::wiclint;

const std::string kSource = WICLINT_SOURCE_DIR;

// Every real corpus of the repository: the example and the held-out sets.
std::vector<std::string> real_corpora() {
  std::vector<std::string> out = {kSource + "/examples/corpus"};
  for (const auto& e : fs::directory_iterator(kSource + "/tests"))
    if (e.path().filename().string().starts_with("heldout")) out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(ClaimCache, FindingsAndClaimsAreByteIdenticalWithAndWithoutIt) {
  const auto corpora = real_corpora();
  ASSERT_GE(corpora.size(), 8u);
  for (const auto& corpus : corpora) {
    TempDir cache;
    for (const char* format : {"json", "text"}) {
      const CliRun plain = wiclint({"--format", format, "--no-cache", "--fail-on", "never", corpus});
      const CliRun cold = wiclint({"--format", format, "--cache", cache.str(), "--fail-on", "never", corpus});
      const CliRun warm = wiclint({"--format", format, "--cache", cache.str(), "--fail-on", "never", corpus});
      ASSERT_EQ(plain.status, 0) << plain.err;
      EXPECT_EQ(cold.out, plain.out) << corpus << " " << format;
      EXPECT_EQ(warm.out, plain.out) << corpus << " " << format;
      EXPECT_EQ(warm.err, "") << corpus;
    }
    const CliRun plain = wiclint({"claims", "--format", "json", "--no-cache", corpus});
    const CliRun warm = wiclint({"claims", "--format", "json", "--cache", cache.str(), corpus});
    EXPECT_EQ(warm.out, plain.out) << corpus;
    ASSERT_TRUE(fs::exists(cache.path() / "claims.db"));
  }
}

void expect_same(const Location& a, const Location& b, const std::string& what) {
  EXPECT_EQ(a.file.str(), b.file.str()) << what;
  EXPECT_EQ(std::tie(a.begin, a.end, a.line, a.column, a.end_line, a.end_column),
            std::tie(b.begin, b.end, b.line, b.column, b.end_line, b.end_column))
      << what;
  static const SourceContext none;
  const SourceContext& ca = a.context ? *a.context : none;
  const SourceContext& cb = b.context ? *b.context : none;
  EXPECT_EQ(std::tie(ca.lines, ca.begin, ca.end), std::tie(cb.lines, cb.begin, cb.end)) << what;
}

// Field by field: a claim's value as the rules see it.
void expect_same_value(const Claim& a, const Claim& b, const std::string& what) {
  ASSERT_EQ(a.kind(), b.kind()) << what;
  switch (a.kind()) {
    case ClaimKind::published: {
      const auto &x = a.as<PublishedValue>(), &y = b.as<PublishedValue>();
      EXPECT_EQ(std::tie(x.date, x.stated_weekday, x.source), std::tie(y.date, y.stated_weekday, y.source)) << what;
      break;
    }
    case ClaimKind::date: {
      const auto &x = a.as<DateValue>(), &y = b.as<DateValue>();
      EXPECT_EQ(std::tie(x.begin, x.end, x.relation, x.relative_weekday, x.stated_weekday, x.stated_weekday_end, x.resolved,
                         x.year_from_article, x.year_only, x.dateline, x.part),
                std::tie(y.begin, y.end, y.relation, y.relative_weekday, y.stated_weekday, y.stated_weekday_end, y.resolved,
                         y.year_from_article, y.year_only, y.dateline, y.part))
          << what;
      break;
    }
    case ClaimKind::edition: {
      const auto &x = a.as<EditionValue>(), &y = b.as<EditionValue>();
      EXPECT_EQ(std::tie(x.ordinal, x.ordinal_end, x.year, x.current, x.history, x.of_years),
                std::tie(y.ordinal, y.ordinal_end, y.year, y.current, y.history, y.of_years))
          << what;
      ASSERT_EQ(x.year_location.has_value(), y.year_location.has_value()) << what;
      if (x.year_location) expect_same(*x.year_location, *y.year_location, what);
      break;
    }
    case ClaimKind::count: {
      const auto &x = a.as<CountValue>(), &y = b.as<CountValue>();
      EXPECT_EQ(std::tie(x.number, x.min, x.max, x.qualifier, x.unit, x.noun, x.attendance, x.forecast, x.every_edition,
                         x.may_attend, x.subgroup),
                std::tie(y.number, y.min, y.max, y.qualifier, y.unit, y.noun, y.attendance, y.forecast, y.every_edition,
                         y.may_attend, y.subgroup))
          << what;
      break;
    }
    case ClaimKind::title: {
      const auto &x = a.as<TitleValue>(), &y = b.as<TitleValue>();
      EXPECT_EQ(std::tie(x.person, x.role, x.rank, x.body, x.post, x.also, x.former),
                std::tie(y.person, y.role, y.rank, y.body, y.post, y.also, y.former))
          << what;
      break;
    }
    case ClaimKind::duration: {
      const auto &x = a.as<DurationValue>(), &y = b.as<DurationValue>();
      EXPECT_EQ(std::tie(x.amount, x.unit, x.form, x.since_year, x.series, x.round),
                std::tie(y.amount, y.unit, y.form, y.since_year, y.series, y.round))
          << what;
      break;
    }
    case ClaimKind::status:
      EXPECT_EQ(a.as<StatusValue>().status, b.as<StatusValue>().status) << what;
      break;
  }
}

void expect_same(const ArticleClaims& a, const ArticleClaims& b) {
  EXPECT_EQ(std::tie(a.path, a.title, a.published, a.published_inferred, a.series, a.main_edition),
            std::tie(b.path, b.title, b.published, b.published_inferred, b.series, b.main_edition));
  ASSERT_EQ(a.published_loc.has_value(), b.published_loc.has_value());
  if (a.published_loc) expect_same(*a.published_loc, *b.published_loc, a.path + " published");
  ASSERT_EQ(a.main_edition_loc.has_value(), b.main_edition_loc.has_value());
  if (a.main_edition_loc) expect_same(*a.main_edition_loc, *b.main_edition_loc, a.path + " edition");
  ASSERT_EQ(a.claims.size(), b.claims.size()) << a.path;
  for (std::size_t k = 0; k < a.claims.size(); ++k) {
    const Claim &x = a.claims[k], &y = b.claims[k];
    const std::string what = a.path + " claim " + std::to_string(k) + " \"" + x.text + "\"";
    expect_same(x.loc, y.loc, what);
    EXPECT_EQ(std::tie(x.text, x.edition, x.sentence, x.block, x.block_index, x.scan_begin, x.scan_end),
              std::tie(y.text, y.edition, y.sentence, y.block, y.block_index, y.scan_begin, y.scan_end))
        << what;
    expect_same_value(x, y, what);
  }
  ASSERT_EQ(a.directives.list.size(), b.directives.list.size()) << a.path;
  for (std::size_t k = 0; k < a.directives.list.size(); ++k) {
    const Directive &x = a.directives.list[k], &y = b.directives.list[k];
    EXPECT_EQ(std::tie(x.kind, x.rules, x.has_reason, x.text), std::tie(y.kind, y.rules, y.has_reason, y.text)) << a.path;
    expect_same(x.loc, y.loc, a.path + " directive");
    ASSERT_EQ(x.rule_locs.size(), y.rule_locs.size()) << a.path;
    for (std::size_t r = 0; r < x.rule_locs.size(); ++r) expect_same(x.rule_locs[r], y.rule_locs[r], a.path + " directive rule");
  }
  ASSERT_EQ(a.directives.problems.size(), b.directives.problems.size()) << a.path;
  for (std::size_t k = 0; k < a.directives.problems.size(); ++k) {
    const DirectiveProblem &x = a.directives.problems[k], &y = b.directives.problems[k];
    EXPECT_EQ(std::tie(x.message, x.text), std::tie(y.message, y.text)) << a.path;
    expect_same(x.loc, y.loc, a.path + " directive problem");
  }
}

Location somewhere(const std::string& file, std::size_t at) {
  Location l;
  l.file = FilePath(file);
  l.begin = at, l.end = at + 7, l.line = 3, l.column = 5, l.end_line = 4, l.end_column = 2;
  l.set_context("a line", 1, 4);
  return l;
}

// One claim of each kind with every field away from its default, so a field the codec forgot
// (a new one left at its default by the extractor on the corpora) cannot pass.
ArticleClaims every_field_set() {
  ArticleClaims a;
  a.path = "n/a.md", a.title = "T", a.published = CivilDate{2019, 10, 20}, a.published_loc = somewhere("n/a.md", 1);
  a.published_inferred = true, a.series = "wic", a.main_edition = 6, a.main_edition_loc = somewhere("kb.yaml", 2);
  auto add = [&](auto value) {
    Claim c;
    c.value = value;
    c.loc = somewhere("n/a.md", 10 * a.claims.size()), c.text = "t" + std::to_string(a.claims.size()), c.edition = 5;
    c.sentence = 3, c.block = BlockKind::table_row, c.block_index = 8, c.scan_begin = 11, c.scan_end = 19;
    a.claims.push_back(c);
  };
  add(PublishedValue{CivilDate{2019, 10, 21}, 2, "dateline"});
  add(DateValue{CivilDate{2019, 10, 20}, CivilDate{2019, 10, 22}, Relation::next_month, 3, 4, 5, false, true, true, true,
                EventPart::closing});
  add(EditionValue{4, 7, 2017, true, true, true, somewhere("n/a.md", 99)});
  add(CountValue{1500, 1400.5, 1600.25, "about", "people", "guests", true, true, true, false, "experts"});
  add(TitleValue{"Huang Kunming", "head", "deputy", "publicity department", "deputy head", true, true});
  add(DurationValue{6, "year", DurationForm::anniversary, 2014, true, true});
  add(StatusValue{EditionStatus::online});
  Directive d;
  d.kind = Directive::Kind::next_line, d.rules = {"count-agreement", "edition-year"};
  d.rule_locs = {somewhere("n/a.md", 3), somewhere("n/a.md", 4)}, d.has_reason = true;
  d.loc = somewhere("n/a.md", 2), d.text = "<!-- wiclint-disable-next-line count-agreement -- agency copy -->";
  a.directives.list.push_back(d);
  a.directives.problems.push_back({somewhere("n/a.md", 5), "unknown directive", "<!-- wiclint-disabel -->"});
  return a;
}

TEST(ClaimCodec, EveryFieldSetAwayFromItsDefaultRoundTrips) {
  const ArticleClaims original = every_field_set();
  ArticleClaims back;
  std::vector<InputProblem> problems;
  decode_article(encode_article(original, {}), FilePath("n/a.md"), back, problems);
  expect_same(original, back);
  EXPECT_TRUE(back.claims[2].as<EditionValue>().of_years);
  EXPECT_EQ(back.main_edition_loc->file.str(), "kb.yaml");  // a location in another file keeps its path
  EXPECT_TRUE(problems.empty());
}

TEST(ClaimCodec, EveryFieldOfEveryClaimOfTheRealCorporaRoundTrips) {
  KnowledgeBase kb;
  load_default_kb(kb);
  const Extractor extractor(kb);
  std::set<ClaimKind> kinds;
  std::size_t claims = 0;
  for (const auto& corpus : real_corpora()) {
    LoadedCorpus c = load_corpus({corpus}, LoadOptions{});
    for (const auto& article : c.articles) {
      const ArticleClaims original = extractor.extract(*article);
      const std::vector<InputProblem> problems = {{article->path(), "front matter is not a mapping of keys", 2, 1, true}};
      ArticleClaims back;
      std::vector<InputProblem> back_problems;
      decode_article(encode_article(original, problems), article->file_path(), back, back_problems);
      expect_same(original, back);
      ASSERT_EQ(back_problems.size(), 1u);
      EXPECT_EQ(std::tie(back_problems[0].path, back_problems[0].message, back_problems[0].line, back_problems[0].checked),
                std::tie(problems[0].path, problems[0].message, problems[0].line, problems[0].checked));
      for (const auto& claim : original.claims) kinds.insert(claim.kind());
      claims += original.claims.size();
    }
  }
  EXPECT_EQ(kinds.size(), 7u) << "the corpora no longer hold every claim kind";
  EXPECT_GT(claims, 1000u);
}

// The codec refuses an enum value past its count: each count must be the enum's, which to_string
// tells by naming the last value and giving "?" past it.
TEST(ClaimCodec, EnumCountsAreTheEnumsOwn) {
  auto check = [](auto last_plus_one, int count) {
    using E = decltype(last_plus_one);
    EXPECT_STRNE(to_string(static_cast<E>(count - 1)), "?");
    EXPECT_STREQ(to_string(static_cast<E>(count)), "?");
  };
  check(Relation{}, kClaimEnumCounts.relations);
  check(EventPart{}, kClaimEnumCounts.event_parts);
  check(DurationForm{}, kClaimEnumCounts.duration_forms);
  check(EditionStatus{}, kClaimEnumCounts.statuses);
  check(BlockKind{}, kClaimEnumCounts.block_kinds);
  check(ClaimKind{}, kClaimEnumCounts.claim_kinds);
}

// Records store enums by index: a value inserted before others renumbers them, and old records
// would decode wrongly unless kClaimCodecVersion (part of every cache key) is bumped. When this
// fails, bump it and record the new order here.
TEST(ClaimCodec, EnumIndexesAreThoseOfThisCodecVersion) {
  auto names = [](auto first, int count) {
    using E = decltype(first);
    std::string all;
    for (int k = 0; k < count; ++k) all += std::string(to_string(static_cast<E>(k))) + " ";
    return all;
  };
  EXPECT_EQ(kClaimCodecVersion, 5);
  EXPECT_EQ(names(DurationForm{}, kClaimEnumCounts.duration_forms),
            "history consecutive past span since ago age later on ahead anniversary ");
  EXPECT_EQ(names(EditionStatus{}, kClaimEnumCounts.statuses), "held planned cancelled postponed replaced online ");
  EXPECT_EQ(names(EventPart{}, kClaimEnumCounts.event_parts), "mention opening closing running during ");
  EXPECT_EQ(names(ClaimKind{}, kClaimEnumCounts.claim_kinds), "published date edition count title duration status ");
  EXPECT_EQ(kClaimEnumCounts.relations, 12);
  EXPECT_EQ(kClaimEnumCounts.block_kinds, 13);
}

TEST(ClaimCodec, DamagedRecordsAreRefusedNotTrusted) {
  ArticleClaims a;
  a.path = "a.txt";
  Claim c;
  c.set_kind(ClaimKind::count);
  c.text = "1,500 guests";
  a.claims.push_back(c);
  const std::string good = encode_article(a, {});
  ArticleClaims out;
  std::vector<InputProblem> problems;
  EXPECT_NO_THROW(decode_article(good, FilePath("a.txt"), out, problems));
  EXPECT_THROW(decode_article(good.substr(0, good.size() - 3), FilePath("a.txt"), out, problems), CodecError);
  EXPECT_THROW(decode_article(good + "x", FilePath("a.txt"), out, problems), CodecError);
  // The header's fields are each one byte here (empty strings, no dates), then the claim count
  // and the claim's kind.
  const std::size_t kind_at = good.find(static_cast<char>(ClaimKind::count), 4);
  ASSERT_NE(kind_at, std::string::npos);
  std::string bad_kind = good;
  bad_kind[kind_at] = 9;
  EXPECT_THROW(decode_article(bad_kind, FilePath("a.txt"), out, problems), CodecError);
  EXPECT_THROW(decode_article("", FilePath("a.txt"), out, problems), CodecError);
}

const char* kOpening = "WIC opens\nUpdated 19:04, 21-Oct-2019\nThe 6th World Internet Conference opened on Sunday in Wuzhen. "
                       "About 1,500 guests from 80 countries attended.\n";
const char* kOtherFigure = "WIC\nUpdated 10:00, 22-Oct-2019\nThe 6th World Internet Conference drew over 3,000 guests.\n";

class CachedLint : public ::testing::Test {
 protected:
  CachedLint() { load_default_kb(kb); }
  LintResult lint(ClaimStore* store) {
    Engine engine(kb, Config{});
    engine.set_store(store, true);
    return engine.run(list_corpus({corpus()}, LoadOptions{}));
  }
  std::unique_ptr<ClaimStore> open(const std::string& key = "key-1") {
    return ClaimStore::open((dir.path() / "cache").string(), key, warnings);
  }
  std::string corpus() const { return (dir.path() / "corpus").string(); }
  long long rows() const {
    sqlite3* db = nullptr;
    sqlite3_open((dir.path() / "cache/claims.db").c_str(), &db);
    sqlite3_stmt* q = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM articles", -1, &q, nullptr);
    long long n = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : -1;
    sqlite3_finalize(q);
    sqlite3_close(db);
    return n;
  }
  TempDir dir;
  KnowledgeBase kb;
  std::ostringstream warnings;
};

TEST_F(CachedLint, UnchangedFilesAreReadChangedOnesExtractedDeletedOnesDropped) {
  dir.write("corpus/a.txt", kOpening);
  dir.write("corpus/b.txt", kOpening);
  dir.write("corpus/c.txt", kOpening);
  auto store = open();
  ASSERT_NE(store, nullptr) << warnings.str();
  const LintResult first = lint(store.get());
  EXPECT_EQ(first.extraction.extracted, 3u);
  EXPECT_EQ(first.extraction.from_cache, 0u);
  auto disagreements = [](const LintResult& r) {
    return std::count_if(r.findings.begin(), r.findings.end(), [](const Finding& f) { return f.rule == "count-agreement"; });
  };
  EXPECT_EQ(disagreements(first), 0);
  const LintResult second = lint(store.get());
  EXPECT_EQ(second.extraction.extracted, 0u);
  EXPECT_EQ(second.extraction.from_cache, 3u);
  EXPECT_EQ(second.claims, first.claims);
  dir.write("corpus/b.txt", kOtherFigure);  // changed: its new figure contradicts the others
  const LintResult third = lint(store.get());
  EXPECT_EQ(third.extraction.extracted, 1u);
  EXPECT_EQ(third.extraction.from_cache, 2u);
  EXPECT_GE(disagreements(third), 1);
  EXPECT_EQ(rows(), 3);
  fs::remove(dir.path() / "corpus/c.txt");
  const LintResult fourth = lint(store.get());
  EXPECT_EQ(fourth.extraction.from_cache, 2u);
  EXPECT_EQ(rows(), 2);
  EXPECT_EQ(warnings.str(), "");
}

TEST_F(CachedLint, AnotherKnowledgeBaseMissesEveryRecord) {
  dir.write("corpus/a.txt", kOpening);
  dir.write("extra.yaml", "series: []\n");
  auto store = open(cache_key("0.1.0", true, {}, ""));
  lint(store.get());
  EXPECT_EQ(lint(store.get()).extraction.from_cache, 1u);
  store.reset();
  const std::string other = cache_key("0.1.0", true, {(dir.path() / "extra.yaml").string()}, "");
  EXPECT_NE(other, cache_key("0.1.0", true, {}, ""));
  EXPECT_NE(cache_key("0.1.1", true, {}, ""), cache_key("0.1.0", true, {}, ""));
  EXPECT_NE(cache_key("0.1.0", false, {}, ""), cache_key("0.1.0", true, {}, ""));
  store = open(other);
  const LintResult r = lint(store.get());
  EXPECT_EQ(r.extraction.extracted, 1u);
  EXPECT_EQ(r.extraction.from_cache, 0u);
}

TEST_F(CachedLint, AFileThatIsNoStoreIsRebuiltWithAWarning) {
  dir.write("corpus/a.txt", kOpening);
  dir.write("cache/claims.db", std::string(8192, 'x'));
  auto store = open();
  ASSERT_NE(store, nullptr);
  EXPECT_NE(warnings.str().find("rebuilding it"), std::string::npos) << warnings.str();
  EXPECT_EQ(lint(store.get()).extraction.extracted, 1u);
  EXPECT_EQ(rows(), 1);
}

TEST_F(CachedLint, AnotherProgramsDatabaseIsRebuiltWithAWarning) {
  dir.write("corpus/a.txt", kOpening);
  fs::create_directories(dir.path() / "cache");
  sqlite3* db = nullptr;
  sqlite3_open((dir.path() / "cache/claims.db").c_str(), &db);
  sqlite3_exec(db, "CREATE TABLE articles (path TEXT); INSERT INTO articles VALUES ('x')", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto store = open();
  ASSERT_NE(store, nullptr);
  EXPECT_NE(warnings.str().find("not a wiclint claims cache"), std::string::npos) << warnings.str();
  EXPECT_EQ(lint(store.get()).extraction.extracted, 1u);
}

TEST_F(CachedLint, ADamagedRecordIsExtractedAgainWithAWarning) {
  dir.write("corpus/a.txt", kOpening);
  auto store = open();
  const LintResult clean = lint(store.get());
  store.reset();
  sqlite3* db = nullptr;
  sqlite3_open((dir.path() / "cache/claims.db").c_str(), &db);
  // The record's bytes change but its checksum does not: a bit flip on disk.
  ASSERT_EQ(sqlite3_exec(db, "UPDATE articles SET record = substr(record, 1, 10) || x'00' || substr(record, 12)", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  store = open();
  const LintResult again = lint(store.get());
  EXPECT_NE(warnings.str().find("damaged"), std::string::npos) << warnings.str();
  EXPECT_EQ(again.extraction.extracted, 1u);
  EXPECT_EQ(again.claims, clean.claims);
}

TEST_F(CachedLint, ConcurrentWritersBothLand) {
  auto write = [&](int writer) {
    std::ostringstream warn;
    auto store = ClaimStore::open((dir.path() / "cache").string(), "k", warn);
    ASSERT_NE(store, nullptr) << warn.str();
    for (int round = 0; round < 20; ++round) {
      std::vector<ClaimStore::Record> records(10);
      for (int k = 0; k < 10; ++k) {
        auto& r = records[k];
        r.path = "/w" + std::to_string(writer) + "/" + std::to_string(round * 10 + k);
        r.hash = static_cast<std::uint64_t>(round * 10 + k);
        r.blob = "record " + r.path;
      }
      store->update(records, {}, {});
    }
    EXPECT_EQ(warn.str(), "");
  };
  std::thread a(write, 1), b(write, 2);
  a.join();
  b.join();
  EXPECT_EQ(rows(), 400);
  auto store = open("k");
  ASSERT_NE(store, nullptr);
  auto found = store->find("/w2/123", 123);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(*found, "record /w2/123");
  EXPECT_FALSE(store->find("/w2/123", 124).has_value());  // another content
}

TEST_F(CachedLint, ACorruptDatabaseIsRebuiltWithAWarningAndNeverTrusted) {
  for (const char* name : {"a.txt", "b.txt", "c.txt", "d.txt"}) dir.write(std::string("corpus/") + name, kOpening);
  auto store = open();
  const LintResult clean = lint(store.get());
  store.reset();
  // Its pages after the header are overwritten: SQLite reads a malformed image.
  const fs::path db = dir.path() / "cache/claims.db";
  ASSERT_GT(fs::file_size(db), 4096u);
  std::string bytes = test::read_file(db.string());
  for (std::size_t k = 100; k < bytes.size(); ++k) bytes[k] = static_cast<char>(k * 7);
  dir.write("cache/claims.db", bytes);
  store = open();
  ASSERT_NE(store, nullptr) << warnings.str();
  const LintResult again = lint(store.get());
  EXPECT_NE(warnings.str().find("rebuilding it"), std::string::npos) << warnings.str();
  EXPECT_EQ(again.extraction.extracted, 4u);
  EXPECT_EQ(again.claims, clean.claims);
  EXPECT_EQ(rows(), 4);
}

TEST(ClaimCache, InlineSuppressionsOfCachedArticlesStillApply) {
  TempDir dir;
  dir.write("corpus/a.md", kOpening);
  dir.write("corpus/b.md", std::string("WIC\nUpdated 10:00, 22-Oct-2019\n<!-- wiclint-disable-next-line count-agreement -- agency copy -->\n") +
                                 "The 6th World Internet Conference drew over 3,000 guests.\n");
  const std::string corpus = (dir.path() / "corpus").string(), cache = (dir.path() / "cache").string();
  const CliRun plain = wiclint({"--format", "json", "--no-cache", corpus});
  const CliRun cold = wiclint({"--format", "json", "--cache", cache, corpus});
  const CliRun warm = wiclint({"--format", "json", "--cache", cache, corpus});
  EXPECT_EQ(plain.out.find("\"count-agreement\""), std::string::npos) << plain.out;
  EXPECT_EQ(plain.out.find("directive-unused"), std::string::npos) << plain.out;
  EXPECT_EQ(cold.out, plain.out);
  EXPECT_EQ(warm.out, plain.out);
  EXPECT_EQ(warm.err, "");
}

TEST(ClaimCache, ChangingAKnowledgeBaseFileGivenOnTheCommandLineMissesEveryRecord) {
  TempDir dir;
  dir.write("corpus/a.txt", kOpening);
  const std::string kb = dir.write("extra.yaml", "series: []\n");
  const std::string corpus = (dir.path() / "corpus").string(), cache = (dir.path() / "cache").string();
  auto cached_rows = [&] {
    sqlite3* db = nullptr;
    sqlite3_open((dir.path() / "cache/claims.db").c_str(), &db);
    sqlite3_stmt* q = nullptr;
    sqlite3_prepare_v2(db, "SELECT key FROM articles", -1, &q, nullptr);
    std::string key = sqlite3_step(q) == SQLITE_ROW ? reinterpret_cast<const char*>(sqlite3_column_text(q, 0)) : "";
    sqlite3_finalize(q);
    sqlite3_close(db);
    return key;
  };
  ASSERT_EQ(wiclint({"--kb", kb, "--cache", cache, corpus}).status, kExitClean);
  const std::string first = cached_rows();
  ASSERT_EQ(wiclint({"--kb", kb, "--cache", cache, corpus}).status, kExitClean);
  EXPECT_EQ(cached_rows(), first);
  dir.write("extra.yaml", "# another knowledge base\nseries: []\n");
  ASSERT_EQ(wiclint({"--kb", kb, "--cache", cache, corpus}).status, kExitClean);
  EXPECT_NE(cached_rows(), first);
  EXPECT_FALSE(first.empty());
}

TEST(CacheFolder, BesideTheConfigAndNeverInsideACorpus) {
  TempDir dir;
  dir.write("corpus/a.txt", kOpening);
  dir.write("wiclint.yaml", "kb: []\n");
  dir.write("corpus/wiclint.yaml", "kb: []\n");
  const std::string corpus = (dir.path() / "corpus").string();
  std::string error;
  EXPECT_EQ(cache_folder("", false, (dir.path() / "wiclint.yaml").string(), {corpus}, error),
            (dir.path() / ".wiclint-cache").string());
  EXPECT_EQ(error, "");
  // A config found in the corpus would put the default cache inside it: no cache.
  EXPECT_EQ(cache_folder("", false, corpus + "/wiclint.yaml", {corpus}, error), "");
  EXPECT_EQ(error, "");
  EXPECT_EQ(cache_folder("", true, (dir.path() / "wiclint.yaml").string(), {corpus}, error), "");
  // Asked for explicitly inside the corpus: refused.
  EXPECT_EQ(cache_folder(corpus + "/.cache", false, "", {corpus}, error), "");
  EXPECT_NE(error.find("inside the corpus folder"), std::string::npos) << error;
}

TEST(CacheFolder, TheCliRefusesACacheInsideTheCorpusAndWritesNothingThere) {
  TempDir dir;
  dir.write("corpus/a.txt", kOpening);
  const std::string corpus = (dir.path() / "corpus").string();
  const CliRun r = wiclint({"--cache", corpus + "/cache", corpus});
  EXPECT_EQ(r.status, kExitUsage);
  EXPECT_NE(r.err.find("inside the corpus folder"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(corpus + "/cache"));
  const CliRun check = wiclint({"check", dir.write("new.txt", kOtherFigure), "--corpus", corpus, "--cache", corpus});
  EXPECT_EQ(check.status, kExitUsage);
  EXPECT_EQ(std::distance(fs::directory_iterator(corpus), fs::directory_iterator()), 1);
}

TEST(CacheFolder, CheckReadsTheCorpusFromTheCacheAndTheNewArticleFromDisk) {
  TempDir dir;
  dir.write("corpus/a.txt", kOpening);
  dir.write("corpus/b.txt", kOpening);
  const std::string corpus = (dir.path() / "corpus").string(), cache = (dir.path() / "cache").string();
  ASSERT_EQ(wiclint({"--cache", cache, corpus}).status, kExitClean);
  const std::string fresh = dir.write("new.txt", kOtherFigure);
  const CliRun plain = wiclint({"check", fresh, "--corpus", corpus, "--no-cache", "--format", "json"});
  const CliRun cached = wiclint({"check", fresh, "--corpus", corpus, "--cache", cache, "--format", "json"});
  EXPECT_EQ(cached.status, kExitFindings);
  EXPECT_EQ(cached.out, plain.out);
  EXPECT_NE(cached.out.find("count-agreement"), std::string::npos);
}

// "wiclint --no-cache claims f" and "wiclint --cache D check ...": the run options given before a
// subcommand's name are its own, not silently dropped (a cache written where none was wanted).
TEST(CacheFolder, OptionsBeforeASubcommandApplyToIt) {
  TempDir dir;
  dir.write("corpus/a.txt", kOpening);
  const std::string corpus = (dir.path() / "corpus").string(), cache = (dir.path() / "cache").string();
  const fs::path here = fs::current_path();
  fs::current_path(dir.path());
  const CliRun uncached = wiclint({"--no-cache", "claims", corpus});
  const bool default_cache_written = fs::exists(dir.path() / ".wiclint-cache");
  const CliRun cached = wiclint({"--cache", cache, "check", dir.write("new.txt", kOtherFigure), "--corpus", corpus});
  fs::current_path(here);
  EXPECT_EQ(uncached.status, kExitClean) << uncached.err;
  EXPECT_FALSE(default_cache_written);
  EXPECT_EQ(cached.status, kExitFindings) << cached.err;
  EXPECT_TRUE(fs::exists(cache + "/claims.db"));
  EXPECT_FALSE(fs::exists(dir.path() / ".wiclint-cache"));
}

}  // namespace
}  // namespace wiclint
