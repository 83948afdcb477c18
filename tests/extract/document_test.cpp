// Claims take their time and edition from their block: captions, live-blog entries, tables.
#include <gtest/gtest.h>

#include "extract/extract_fixture.hpp"

namespace wiclint {
namespace {

using extract_fixture::extract;
using extract_fixture::find;
using extract_fixture::kb;
using extract_fixture::published;

TEST(Document, ACaptionOfAnEarlierEditionIsNotTheArticlesEdition) {
  const auto ac = extract(
      "Sixth WIC opens\nPublished: 2019-10-20\n\n"
      "The sixth World Internet Conference opened in Wuzhen on Sunday.\n"
      "Guests at the fifth World Internet Conference, which opened on Nov 7, 2018. [Photo/Xinhua]\n"
      "More than 1,500 guests attended the conference, the organizers said. [Photo/VCG]\n");
  EXPECT_EQ(ac.main_edition, 6);
  const Claim* fifth = find(ac, ClaimKind::edition, "fifth World Internet Conference");
  ASSERT_NE(fifth, nullptr);
  EXPECT_EQ(fifth->block, BlockKind::caption);
  EXPECT_FALSE(fifth->as<EditionValue>().current);
  // A caption naming no edition is of none: its figure is not the sixth edition's.
  const Claim* guests = find(ac, ClaimKind::count, "More than 1,500 guests");
  ASSERT_NE(guests, nullptr);
  EXPECT_EQ(guests->block, BlockKind::caption);
  EXPECT_EQ(guests->edition, 0);
  // Near miss: the same edition named in the body is current.
  const Claim* sixth = find(ac, ClaimKind::edition, "sixth World Internet Conference");
  ASSERT_NE(sixth, nullptr);
  EXPECT_TRUE(sixth->as<EditionValue>().current);
}

TEST(Document, ALiveBlogEntryCountsRelativeDaysFromItsStamp) {
  const auto ac = extract(
      "Live: the fifth WIC\nPublished: 2018-11-09\n\n"
      "Nov 7, 09:12 - The fifth World Internet Conference opened today in Wuzhen with a speech.\n"
      "Nov 9, 17:40 - The fifth World Internet Conference closed today after three days.\n"
      "Earlier, the summit's organizers said that today the weather was fine.\n");
  std::vector<CivilDate> todays;
  for (const auto& c : ac.claims)
    if (c.kind() == ClaimKind::date && c.as<DateValue>().relation == Relation::today) todays.push_back(c.as<DateValue>().begin);
  ASSERT_EQ(todays.size(), 3u);
  EXPECT_EQ(todays[0], (CivilDate{2018, 11, 7}));
  EXPECT_EQ(todays[1], (CivilDate{2018, 11, 9}));
  EXPECT_EQ(todays[2], (CivilDate{2018, 11, 9})) << "body text counts from the article's date";
}

// A channel's posts, each under its stamp in brackets on a line of its own ("[20.10.2019 19:55]"):
// the stamp dates the post's lines, not the page, whose own date is the export stamp in the header
// ("exported 23.10.2019 09:30", after a dash between fields). Near miss: a bracketed line that is
// no date ("[Photo]") starts no post.
TEST(Document, APostUnderItsBracketedStamp) {
  const auto ac = extract("Wuzhen Watch | 18,406 subscribers\nChannel digest - exported 23.10.2019 09:30 - 9 posts\n"
                          "----\n[19.10.2019 21:05]\nArrived in Wuzhen. The summit opens tomorrow.\n[20.10.2019 19:55]\n"
                          "Fifteen technologies were released this evening.\n[21.10.2019 22:30]\nReminder: the last "
                          "shuttle leaves at midnight. Tomorrow is the last day.\n[Photo]\nThe canal at night, this "
                          "evening.\n");
  ASSERT_TRUE(ac.published);
  EXPECT_EQ(*ac.published, (CivilDate{2019, 10, 23}));
  EXPECT_EQ(extract_fixture::date_begin(ac, "tomorrow"), (CivilDate{2019, 10, 20}));
  EXPECT_EQ(extract_fixture::date_begin(ac, "Tomorrow"), (CivilDate{2019, 10, 22})) << "a label in a post is no turn";
  std::vector<CivilDate> evenings;
  for (const auto& c : ac.claims)
    if (c.kind() == ClaimKind::date && c.text == "this evening") evenings.push_back(c.as<DateValue>().begin);
  EXPECT_EQ(evenings, (std::vector<CivilDate>{{2019, 10, 20}, {2019, 10, 23}}));
}

// An updated story's or a notices column's entry, a label in capitals, a comma, a date and a colon
// ("UPDATE, Dec. 17: On Thursday, ..."), counts its relative days from that date. Near miss: a
// dateline ("WUZHEN, Dec. 16 (Xinhua) --") is no entry.
TEST(Document, ALabelledEntryCountsRelativeDaysFromItsDate) {
  const auto ac = extract("Published: 2015-12-16\n\nWUZHEN, Dec. 16 (Xinhua) -- The second World Internet Conference "
                          "opened on Wednesday.\n\nUPDATE, Dec. 17: On Thursday, the second day of the conference, "
                          "Jimmy Wales spoke.\n");
  EXPECT_EQ(extract_fixture::date_begin(ac, "Wednesday"), (CivilDate{2015, 12, 16}));
  EXPECT_EQ(extract_fixture::date_begin(ac, "Thursday"), (CivilDate{2015, 12, 17}));
}

TEST(Document, ATableRowIsOneEditionsRecord) {
  const auto ac = extract(
      "WIC at a glance\nPublished: 2019-10-19\n\nThe World Internet Conference in figures:\n\n"
      "| Year | Edition | Dates | Guests |\n|---|---|---|---|\n"
      "| 2014 | 1st | Nov 19-21 | 1,000+ |\n| 2016 | 4th | Nov 16-18 | about 1,600 |\n");
  const Claim* first = find(ac, ClaimKind::edition, "1st");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->as<EditionValue>().year, 2014);
  EXPECT_EQ(first->block, BlockKind::table_row);
  const Claim* guests = find(ac, ClaimKind::count, "1,000+");
  ASSERT_NE(guests, nullptr);
  EXPECT_EQ(guests->edition, 1);
  EXPECT_TRUE(guests->as<CountValue>().attendance);
  EXPECT_EQ(guests->as<CountValue>().qualifier, "over");
  const Claim* dates = find(ac, ClaimKind::date, "Nov 19-21");
  ASSERT_NE(dates, nullptr);
  EXPECT_EQ(dates->as<DateValue>().begin, (CivilDate{2014, 11, 19}));
  EXPECT_EQ(dates->edition, 1);
  // The row that numbers 2016's edition the 4th keeps both, for edition-year to judge.
  const Claim* fourth = find(ac, ClaimKind::edition, "4th");
  ASSERT_NE(fourth, nullptr);
  EXPECT_EQ(fourth->as<EditionValue>().year, 2016);
  // Near miss: a figure in a column that names no attendance is no count.
  const auto other = extract("Facts\n| Year | Sub-forums |\n|---|---|\n| 2014 | 20 |\n| 2015 | 22 |\nThe WIC grew.\n");
  for (const auto& c : other.claims) EXPECT_NE(c.kind(), ClaimKind::count) << c.text;
}

}  // namespace
}  // namespace wiclint

namespace wiclint {
namespace {

// "The second day of the fourth WIC began this morning": the day began, not the edition.
TEST(Document, APartOfTheEditionNamedByOfIsTheSubject) {
  const auto ac = extract("Live: the fourth WIC\nMonday, December 4, 2017\n\n"
                          "09:12 Dec 4 - The second day of the fourth World Internet Conference began this morning.\n");
  const Claim* morning = find(ac, ClaimKind::date, "this morning");
  ASSERT_NE(morning, nullptr);
  EXPECT_EQ(morning->as<DateValue>().begin, (CivilDate{2017, 12, 4}));
  EXPECT_EQ(morning->as<DateValue>().part, EventPart::mention);
  // Near miss: the edition itself began.
  const auto opened = extract("Published: 2017-12-03\n\nThe fourth World Internet Conference began this morning.\n");
  const Claim* began = find(opened, ClaimKind::date, "this morning");
  ASSERT_NE(began, nullptr);
  EXPECT_EQ(began->as<DateValue>().part, EventPart::opening);
}

// A sentence wrapped to a fixed width (e-mailed releases, copied PDFs) reads as one line: "from
// December\n16 to 18" is one date, "the first international\nsummit of ..." one phrase. The lines
// keep their numbers. Near misses: a timeline's year lines, a byline under a long headline and a
// table's rows stay lines of their own.
TEST(Document, AHardWrappedSentenceReadsAsOneLine) {
  const Article wrapped("a.txt", "Mamnoon Hussain spoke at the 2nd World Internet Conference held in Wuzhen from December\n"
                                 "16 to 18, and the conference, which drew guests from many countries and\nregions, closed.\n");
  EXPECT_EQ(wrapped.norm().find('\n'), wrapped.norm().size() - 1) << wrapped.norm();
  const auto ac = extract("Published: 2015-12-19\n\nMamnoon Hussain spoke at the 2nd World Internet Conference held in "
                          "Wuzhen from December\n16 to 18.\n");
  const Claim* range = nullptr;
  for (const auto& c : ac.claims)
    if (c.kind() == ClaimKind::date && c.text.starts_with("December")) range = &c;
  ASSERT_NE(range, nullptr);
  EXPECT_EQ(range->as<DateValue>().begin, (CivilDate{2015, 12, 16}));
  EXPECT_EQ(range->as<DateValue>().end, (CivilDate{2015, 12, 18}));
  EXPECT_EQ(range->loc.line, 3);
  EXPECT_EQ(range->loc.end_line, 4);
  const std::string apart =
      "2014 - The first World Internet Conference opens in Wuzhen with guests\n"
      "2015 - The second World Internet Conference opens in Wuzhen with guests\n"
      "Wuzhen summit opens with a call for shared governance of cyberspace\nby Staff Reporter\n"
      "Year   Edition   Dates of the conference in Wuzhen    Guests\n2016   3rd   Nov 16-18    1,600\n";
  const Article kept("b.txt", apart);
  EXPECT_EQ(std::count(kept.norm().begin(), kept.norm().end(), '\n'), 6);
}

// A wrapped line that ends in a word no sentence ends in ("and", "of", "the") goes on into the next
// line even when that starts with a capital. Near miss: a line that ends in a noun before a
// capitalized line stays apart (a heading, a name on a line of its own).
TEST(Document, AWrappedLineEndingInAJoiningWordGoesOnBeforeACapital) {
  const Article joined("a.txt", "Zhuang Rongwen, Director of the National Internet Information Office and\n"
                                "Chairman of the World Internet Conference, noted that new technologies matter.\n");
  EXPECT_EQ(joined.norm().find('\n'), joined.norm().size() - 1) << joined.norm();
  const auto ac = extract("Published: 2025-04-20\n\nZhuang Rongwen, Director of the National Internet Information "
                          "Office and\nChairman of the World Internet Conference, noted that it matters.\n");
  const Claim* chairman = find(ac, ClaimKind::title, "Chairman of the World Internet Conference");
  ASSERT_NE(chairman, nullptr);
  EXPECT_EQ(chairman->as<TitleValue>().person, "Zhuang Rongwen");
  const Article apart("b.txt", "The summit in Wuzhen closed with a speech by the head of the office\n"
                               "Chairman Li Spoke Of Cyberspace\n");
  EXPECT_EQ(std::count(apart.norm().begin(), apart.norm().end(), '\n'), 2);
}

}  // namespace
}  // namespace wiclint
