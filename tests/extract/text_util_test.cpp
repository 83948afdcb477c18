// The extraction stage's small pieces: word sets, sentence splitting into reused storage, and the
// per-thread buffers an extractor borrows from one article to the next.
#include "extract/text_util.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "corpus/article.hpp"
#include "extract/extractor.hpp"
#include "kb/knowledge_base.hpp"
#include "model/claim.hpp"
#include "util/uninit_allocator.hpp"

namespace wiclint {
namespace {

using extract::WordSet;

TEST(WordSet, FindsListedWordsOnly) {
  const WordSet set = {"said", "told", "isn't", "internationalization"};
  EXPECT_TRUE(set.contains("said"));
  EXPECT_TRUE(set.contains("isn't"));
  EXPECT_TRUE(set.contains("internationalization"));  // longer than the 16 bytes packed in a key
  EXPECT_FALSE(set.contains("says"));
  EXPECT_FALSE(set.contains("sai"));
  EXPECT_FALSE(set.contains("saids"));
  EXPECT_FALSE(set.contains("internationalisation"));
  EXPECT_FALSE(set.contains(""));
  EXPECT_FALSE(set.contains("Said"));  // contains() takes the word as written
}

TEST(WordSet, FoldedLookupIgnoresCase) {
  const WordSet set = {"province", "monday", "internationalization"};
  EXPECT_TRUE(set.contains_folded("Province"));
  EXPECT_TRUE(set.contains_folded("MONDAY"));
  EXPECT_TRUE(set.contains_folded("Internationalization"));
  EXPECT_FALSE(set.contains_folded("Huang"));
  EXPECT_FALSE(set.contains_folded(std::string(100, 'A')));  // longer than the folding buffer
}

TEST(SplitSentences, IntoReusedStorageMatchesAFreshSplit) {
  const std::string a = "The summit opened on Sunday. Mr. Li spoke! Did he? Yes.\nA new line";
  const std::string b = "One sentence only";
  std::vector<extract::Sentence> out = {{1, 2, 3}, {4, 5, 6}};  // stale contents must go
  extract::split_sentences(a, 0, out);
  const auto fresh = extract::split_sentences(a, 0);
  ASSERT_EQ(out.size(), fresh.size());
  ASSERT_EQ(out.size(), 5u);
  for (std::size_t k = 0; k < out.size(); ++k) {
    EXPECT_EQ(out[k].begin, fresh[k].begin);
    EXPECT_EQ(out[k].end, fresh[k].end);
    EXPECT_EQ(out[k].line, fresh[k].line);
  }
  extract::split_sentences(b, 0, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(b.substr(out[0].begin, out[0].end - out[0].begin), b);
}

// A sentence is cut at a space once it is 1,000 characters long; with no space at all, at any
// byte that is no letter or digit once it is 2,000 long, and a run of letters is never split.
TEST(SplitSentences, LongRunsWithoutSpacesAreCut) {
  std::string run;
  for (int k = 0; k < 3000; ++k) run += "Sunday,";
  const std::string word(5000, 'a');
  const std::string text = run + "\n" + word + "\n";
  const auto out = extract::split_sentences(text, 0);
  ASSERT_GE(out.size(), 10u);
  std::size_t covered = 0;
  for (const auto& s : out) {
    if (s.begin >= run.size()) {
      EXPECT_EQ(text.substr(s.begin, s.end - s.begin), word);  // one word, kept whole
    } else {
      EXPECT_LE(s.end - s.begin, 2001u + 7u) << s.begin;
    }
    covered += s.end - s.begin;
  }
  EXPECT_GT(covered, text.size() - 3000u);  // only the cut bytes themselves are left out
  // A long sentence with spaces is still cut at a space, as before.
  std::string spaced;
  for (int k = 0; k < 400; ++k) spaced += "on Sunday ";
  for (const auto& s : extract::split_sentences(spaced, 0)) EXPECT_NE(spaced[s.end - 1], ' ');
}

// find_bytes is std::string_view::find: from every start, in the 16-byte steps, across their
// edges and in the tail.
TEST(FindBytes, MatchesFind) {
  const std::string text = "the ago  agoago a g o\nago " + std::string(37, 'a') + "go ago";
  for (const std::string needle : {"ago", "go", "a", "", "aaa", "o\na", "agoago", "x"})
    for (std::size_t from = 0; from <= text.size() + 1; ++from)
      EXPECT_EQ(extract::find_bytes(text, needle, from), std::string_view(text).find(needle, from))
          << "needle \"" << needle << "\" from " << from;
}

// find_all finds what repeated std::string_view::find calls find, for needles of one byte up.
TEST(FindAll, MatchesRepeatedFind) {
  const std::string text = "who who  swho who\nwho wwho ww www who " + std::string(40, 'w') + " who";
  for (const std::string needle : {"who ", "w", "ww", "www", "o w", "who\nwho", "x"}) {
    std::vector<std::size_t> expected, found;
    for (std::size_t p = 0; (p = text.find(needle, p)) != std::string::npos; p += needle.size()) expected.push_back(p);
    for (std::size_t cut = 0; cut <= text.size(); ++cut) {
      found.clear();
      extract::find_all(std::string_view(text).substr(0, cut), needle, found);
      std::vector<std::size_t> within;
      for (std::size_t p : expected)
        if (p + needle.size() <= cut) within.push_back(p);
      EXPECT_EQ(found, within) << "needle \"" << needle << "\", text cut at " << cut;
    }
  }
}

// words_before reads words 16 bytes at a time: a word longer than that, or crossing a step's edge,
// comes whole, with its apostrophes and hyphens; other bytes (punctuation, UTF-8) part words.
TEST(WordsBefore, LongWordsAndStepEdges) {
  const std::string text = "the Sixteen-year-old's counter-counter-proposals, x \xC3\xA9t\xC3\xA9 2019's end";
  const auto words = extract::words_before(text, text.size(), 0, 8);
  const std::vector<std::string_view> expected = {"the", "Sixteen-year-old's", "counter-counter-proposals", "x", "t", "2019's", "end"};
  EXPECT_EQ(std::vector<std::string_view>(words.begin(), words.end()), expected);
  // Not before the limit: the word it cuts starts there.
  const auto cut = extract::words_before(text, 38, 10, 8);  // ends inside "counter-counter-proposals"
  const std::vector<std::string_view> cut_expected = {"n-year-old's", "counter-counter"};
  EXPECT_EQ(std::vector<std::string_view>(cut.begin(), cut.end()), cut_expected);
}

TEST(UninitAllocator, SizedVectorHoldsWhatIsWritten) {
  std::vector<std::uint32_t, UninitAllocator<std::uint32_t>> v(1000);
  for (std::uint32_t k = 0; k < v.size(); ++k) v[k] = k * 3;
  v.resize(10);
  v.push_back(7);
  ASSERT_EQ(v.size(), 11u);
  EXPECT_EQ(v[9], 27u);
  EXPECT_EQ(v[10], 7u);
  std::vector<std::string, UninitAllocator<std::string>> s(3);  // non-trivial: still constructed
  EXPECT_TRUE(s[2].empty());
}

// The claims of an article, as text: kind, span, value, edition.
std::vector<std::string> fingerprint(const ArticleClaims& ac) {
  std::vector<std::string> out;
  for (const Claim& c : ac.claims)
    out.push_back(std::string(to_string(c.kind())) + "|" + std::to_string(c.loc.begin) + "-" +
                  std::to_string(c.loc.end) + "|" + c.text + "|" + describe_value(c) + "|" +
                  std::to_string(c.edition));
  return out;
}

TEST(ExtractorBuffers, AnArticleReadsTheSameAfterALargerOne) {
  KnowledgeBase kb;
  load_default_kb(kb);
  const Extractor ex(kb);
  std::string large = "Published: 2019-10-21\n\n";
  for (int k = 0; k < 40; ++k)
    large += "The 6th World Internet Conference opened in Wuzhen on Sunday. More than 1,500 guests from "
             "over 80 countries attended, and Huang Kunming, head of the Publicity Department of the CPC "
             "Central Committee, spoke.\n";
  const std::string small =
      "Updated 19:04, 21-Oct-2019\nThe conference closes on Tuesday. About 300 experts attended the "
      "4th World Internet Conference in 2017.";
  // On a thread of its own, the small article meets fresh buffers.
  std::vector<std::string> alone;
  std::thread([&] { alone = fingerprint(ex.extract(Article("small.txt", small))); }).join();
  ASSERT_FALSE(alone.empty());

  const auto large_first = fingerprint(ex.extract(Article("large.txt", large)));
  EXPECT_EQ(fingerprint(ex.extract(Article("small.txt", small))), alone);
  EXPECT_EQ(fingerprint(ex.extract(Article("large.txt", large))), large_first);
  EXPECT_EQ(fingerprint(ex.extract(Article("small.txt", small))), alone);
}

}  // namespace
}  // namespace wiclint
