// The document model: each kind of block on real page shapes, with a near miss that stays body.
#include "extract/blocks.hpp"

#include <gtest/gtest.h>

#include "kb/knowledge_base.hpp"

namespace wiclint::extract {
namespace {

const BlockVocabulary& vocabulary() {
  static const KnowledgeBase kb = [] {
    KnowledgeBase k;
    load_default_kb(k);
    return k;
  }();
  static const BlockVocabulary v(kb.english);
  return v;
}

std::vector<Block> blocks_of(const std::string& text) {
  std::string lower = text;
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return read_blocks(text, lower, 0, vocabulary());
}

// The kind of the block holding the first occurrence of `needle`.
BlockKind kind_of(const std::string& text, const std::string& needle) {
  const auto blocks = blocks_of(text);
  const std::size_t at = text.find(needle);
  for (const auto& b : blocks)
    if (at >= b.begin && at < b.end) return b.kind;
  ADD_FAILURE() << "no block holds " << needle;
  return BlockKind::body;
}

const std::string kPage =
    "Sixth WIC opens in Wuzhen\n"
    "Updated: 2019-10-20 18:02\n"
    "By Li Ming\n"
    "Share  Print  E-mail\n"
    "The sixth World Internet Conference opened on Sunday in Wuzhen.\n"
    "Guests visit the Light of Internet Expo in Wuzhen on Nov 7, 2018. [Photo/Xinhua]\n"
    "The expo showed new phones. (Photo by staff) is how the agency credits them.\n"
    "\"We welcome friends from all over the world,\" the host said.\n";

TEST(Blocks, HeaderBlocksOfANewsPage) {
  EXPECT_EQ(kind_of(kPage, "Sixth WIC opens"), BlockKind::headline);
  EXPECT_EQ(kind_of(kPage, "Updated:"), BlockKind::stamp);
  EXPECT_EQ(kind_of(kPage, "By Li Ming"), BlockKind::byline);
  EXPECT_EQ(kind_of(kPage, "Share"), BlockKind::chrome);
  EXPECT_EQ(kind_of(kPage, "The sixth World"), BlockKind::body);
}

TEST(Blocks, CaptionsAreKnownByTheirCredit) {
  EXPECT_EQ(kind_of(kPage, "Guests visit"), BlockKind::caption);
  EXPECT_EQ(kind_of("Xi Jinping delivers a speech. (Xinhua/Li Xueren)\n", "Xi"), BlockKind::caption);
  EXPECT_EQ(kind_of("File photo taken on Nov. 19, 2014 shows the venue.\n", "File"), BlockKind::caption);
  EXPECT_EQ(kind_of("Wuzhen is the permanent site of the WIC. /CGTN Photo\n", "Wuzhen"), BlockKind::caption);
  // Near misses: a photo exhibition in prose, and a slash in a name.
  EXPECT_EQ(kind_of("Title line\nThe photo exhibition opened on Monday and drew crowds to the hall.\n", "The photo"),
            BlockKind::body);
  EXPECT_EQ(kind_of("Title line\nThe TCP/IP pioneer Vint Cerf spoke at the summit on the first day.\n", "The TCP"),
            BlockKind::body);
}

TEST(Blocks, QuotesAndTurnsSpeakInAnotherVoice) {
  const auto blocks = blocks_of(kPage);
  EXPECT_EQ(kind_of(kPage, "\"We welcome"), BlockKind::quote);
  const std::string transcript =
      "Press briefing\nModerator: That concludes today's press conference, thank you all.\n"
      "Ren Xianliang: The summit will open on Sunday in Wuzhen.\n"
      "Release time: 2019-10-15 15:30\n";
  const auto t = blocks_of(transcript);
  ASSERT_GE(t.size(), 4u);
  EXPECT_EQ(t[1].kind, BlockKind::turn);
  EXPECT_EQ(t[1].speaker, "Moderator");
  EXPECT_EQ(t[1].voice, Voice::quoted);
  EXPECT_EQ(t[2].kind, BlockKind::turn);
  EXPECT_EQ(t[2].speaker, "Ren Xianliang");
  EXPECT_EQ(t[3].kind, BlockKind::stamp) << "a header field is no speaker";
  // Near miss: a colon in prose after a lower-case word.
  EXPECT_EQ(kind_of("Title line\nThe theme is clear: build a community with a shared future.\n", "The theme"),
            BlockKind::body);
}

TEST(Blocks, LiveBlogEntriesCarryTheirStamp) {
  const std::string blog =
      "Live: WIC day one\n"
      "Nov 7, 09:12 - The opening ceremony started today with a speech.\n"
      "14:05 BJT - The expo opened its doors to visitors this afternoon.\n"
      "At 10:30 the forum began.\n";
  const auto b = blocks_of(blog);
  ASSERT_EQ(b.size(), 4u);
  EXPECT_EQ(b[1].kind, BlockKind::entry);
  ASSERT_TRUE(b[1].anchor.has_value());
  EXPECT_EQ(b[1].anchor->month, 11);
  EXPECT_EQ(b[1].anchor->day, 7);
  EXPECT_EQ(b[2].kind, BlockKind::entry);
  EXPECT_EQ(b[3].kind, BlockKind::body) << "a time inside prose opens no entry";
}

TEST(Blocks, TablesAreRecordsUnderTheirHead) {
  const std::string md =
      "Facts\n| Year | Edition | Guests |\n|---|---|---|\n| 2014 | 1st | 1,000+ |\n| 2015 | 2nd | 2,000+ |\n";
  const auto b = blocks_of(md);
  ASSERT_EQ(b.size(), 5u);
  EXPECT_EQ(b[1].kind, BlockKind::table_head);
  EXPECT_EQ(b[2].kind, BlockKind::chrome) << "the rule row";
  EXPECT_EQ(b[3].kind, BlockKind::table_row);
  EXPECT_EQ(b[3].head, 1u);
  EXPECT_EQ(b[3].anchor_year, 2014);
  EXPECT_EQ(b[3].cells.size(), 3u);
  const std::string aligned = "Facts\nYear    Dates         Guests\n2014    Nov 19-21     1,000\n2015    Dec 16-18     2,000\n";
  const auto a = blocks_of(aligned);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[1].kind, BlockKind::table_head);
  EXPECT_EQ(a[2].kind, BlockKind::table_row);
  EXPECT_EQ(a[3].anchor_year, 2015);
  // Near misses: prose typed with two spaces after a full stop, in paragraphs, is no table.
  const std::string typed = "Title\nThe summit opened.  Guests came.\n\nXi spoke.  Many listened.\n\nIt closed.  All left.\n";
  for (const auto& b : blocks_of(typed)) EXPECT_NE(b.kind, BlockKind::table_row);
  // One spaced header line is no table.
  EXPECT_NE(kind_of("Facts\nRelease time: 2015-12-16  Source: Zhejiang\n", "Release"), BlockKind::table_row);
}

TEST(Blocks, ListItemsAndYearHeadings) {
  const std::string text = "Timeline\n2015\n- The second conference opened.\n1. Xi spoke.\n";
  const auto b = blocks_of(text);
  ASSERT_EQ(b.size(), 4u);
  EXPECT_EQ(b[1].kind, BlockKind::heading);
  EXPECT_EQ(b[1].anchor_year, 2015);
  EXPECT_EQ(b[2].kind, BlockKind::list_item);
  EXPECT_EQ(b[3].kind, BlockKind::list_item);
}

}  // namespace
}  // namespace wiclint::extract
