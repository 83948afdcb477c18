// The knowledge base: the compiled-in default and located errors in user-supplied YAML.
#include "kb/knowledge_base.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "kb/yaml_error.hpp"

namespace wiclint {
namespace {

KnowledgeBase default_kb() {
  KnowledgeBase kb;
  load_default_kb(kb);
  return kb;
}

// Runs load_kb_text and returns the error it throws; fails the test when it does not throw.
YamlError kb_error(const std::string& text) {
  KnowledgeBase kb;
  try {
    load_kb_text(kb, "user.yaml", text);
  } catch (const YamlError& e) {
    return e;
  }
  ADD_FAILURE() << "no YamlError for:\n" << text;
  return YamlError("", 0, 0, "");
}

TEST(KnowledgeBase, DefaultHasTheWicSeries) {
  auto kb = default_kb();
  const Series* s = kb.find_series("wic");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->first_year, 2014);
  EXPECT_EQ(s->year_of(6), 2019);
  EXPECT_EQ(s->edition_in(2016), 3);
  EXPECT_EQ(s->edition_in(2013), 0);
}

TEST(KnowledgeBase, DefaultHasAliasesAndReferenceFacts) {
  auto kb = default_kb();
  const Series* s = kb.find_series("wic");
  ASSERT_NE(s, nullptr);
  auto has = [&](const std::string& a) { return std::find(s->aliases.begin(), s->aliases.end(), a) != s->aliases.end(); };
  EXPECT_TRUE(has("WIC"));
  EXPECT_TRUE(has("World Internet Conference"));
  EXPECT_TRUE(has("Wuzhen Summit"));
  const EditionFact* f = s->fact(4);
  ASSERT_NE(f, nullptr);
  ASSERT_TRUE(f->opening);
  EXPECT_EQ(*f->opening, (CivilDate{2017, 12, 3}));
}

TEST(KnowledgeBase, MalformedYamlIsLocatedOneBased) {
  auto e = kb_error("series:\n  id: x\n  name: [unclosed\n");
  EXPECT_EQ(e.file(), "user.yaml");
  EXPECT_GE(e.line(), 3);
  EXPECT_GE(e.column(), 1);
  EXPECT_EQ(std::string(e.what()).rfind("user.yaml:" + std::to_string(e.line()) + ":", 0), 0u) << e.what();
}

TEST(KnowledgeBase, BadIndentationPointsAtTheLine) {
  // yaml-cpp reports line 2 (0-based 1) for the stray mapping; users read 1-based.
  auto e = kb_error("series:\n  id: x\n bad: y\n");
  EXPECT_EQ(e.line(), 3);
}

TEST(KnowledgeBase, UnknownKeySuggestsTheNearestOne) {
  auto e = kb_error("series:\n  id: x\n  first_year: 2014\n  alias: [X]\n");
  EXPECT_EQ(e.line(), 4);
  EXPECT_EQ(e.column(), 3);
  EXPECT_NE(e.detail().find("unknown key 'alias'"), std::string::npos) << e.detail();
  EXPECT_NE(e.detail().find("did you mean 'aliases'"), std::string::npos) << e.detail();
}

TEST(KnowledgeBase, BadDateIsAnErrorAtTheValue) {
  auto e = kb_error(
      "series:\n  id: x\n  first_year: 2014\n  editions:\n    - number: 1\n      opening: 2014-13-40\n");
  EXPECT_EQ(e.line(), 6);
  EXPECT_EQ(e.column(), 16);
  EXPECT_NE(e.detail().find("YYYY-MM-DD"), std::string::npos) << e.detail();
}

TEST(KnowledgeBase, DuplicateEditionIsAnError) {
  auto e = kb_error(
      "series:\n  id: x\n  first_year: 2014\n  editions:\n    - number: 1\n      year: 2014\n"
      "    - number: 1\n      year: 2014\n");
  EXPECT_EQ(e.line(), 7);
  EXPECT_NE(e.detail().find("listed twice"), std::string::npos) << e.detail();
}

TEST(KnowledgeBase, ClosingBeforeOpeningIsAnError) {
  auto e = kb_error(
      "series:\n  id: x\n  first_year: 2014\n  editions:\n    - number: 1\n      opening: 2014-11-19\n"
      "      closing: 2014-11-18\n");
  EXPECT_EQ(e.line(), 7);
  EXPECT_NE(e.detail().find("before the opening"), std::string::npos) << e.detail();
}

TEST(KnowledgeBase, SeriesWithTheSameIdReplacesTheDefault) {
  auto kb = default_kb();
  auto before = kb.series.size();
  load_kb_text(kb, "mine.yaml", "series:\n  id: wic\n  name: Mine\n  first_year: 2015\n");
  EXPECT_EQ(kb.series.size(), before);
  const Series* s = kb.find_series("wic");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name, "Mine");
  EXPECT_EQ(s->first_year, 2015);
  EXPECT_EQ(s->year_of(6), 2020);
}

TEST(KnowledgeBase, BiennialSeriesSkipsOffYears) {
  KnowledgeBase kb;
  load_kb_text(kb, "b.yaml", "series:\n  id: b\n  name: B\n  first_year: 2010\n  cadence: biennial\n");
  const Series* s = kb.find_series("b");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->year_of(3), 2014);
  EXPECT_EQ(s->edition_in(2014), 3);
  EXPECT_EQ(s->edition_in(2013), 0);
}

TEST(KnowledgeBase, UnknownCadenceListsTheAllowedValues) {
  auto e = kb_error("series:\n  id: x\n  first_year: 2014\n  cadence: weekly\n");
  EXPECT_EQ(e.line(), 4);
  EXPECT_EQ(e.column(), 12);
  EXPECT_NE(e.detail().find("annual, biennial"), std::string::npos) << e.detail();
}

TEST(KnowledgeBase, UnknownKeyInAnEditionIsLocated) {
  auto e = kb_error("series:\n  id: x\n  first_year: 2014\n  editions:\n    - number: 1\n      openin: 2014-11-19\n");
  EXPECT_EQ(e.line(), 6);
  EXPECT_EQ(e.column(), 7);
  EXPECT_NE(e.detail().find("did you mean 'opening'"), std::string::npos) << e.detail();
}

TEST(KnowledgeBase, FactYearOverridesTheCadence) {
  // Editions not listed follow the cadence from the nearest listed one (claims/wic.yaml).
  KnowledgeBase kb;
  load_kb_text(kb, "s.yaml",
               "series:\n  id: s\n  name: S\n  first_year: 2014\n  editions:\n    - number: 2\n      year: 2016\n");
  const Series* s = kb.find_series("s");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->year_of(2), 2016);
  EXPECT_EQ(s->year_of(3), 2017);
  EXPECT_EQ(s->edition_in(2016), 2);
}


TEST(KnowledgeBase, SamePostsFoldBodiesForTheirRole) {
  const auto kb = default_kb();
  const auto& posts = kb.titles.same_posts;
  const auto premier = std::find_if(posts.begin(), posts.end(), [](const auto& p) { return p.role == "premier"; });
  ASSERT_NE(premier, posts.end());
  EXPECT_EQ(premier->bodies.front(), "china");
  EXPECT_NE(std::find(premier->bodies.begin(), premier->bodies.end(), "state council"), premier->bodies.end());
}

TEST(KnowledgeBase, SamePostWithAnUnknownRoleIsLocated) {
  auto e = kb_error("titles:\n  roles:\n    head: [head]\n  same_posts:\n    - {role: chancellor, bodies: [A, B]}\n");
  EXPECT_EQ(e.line(), 5);
  EXPECT_NE(e.detail().find("'chancellor' is not a role"), std::string::npos) << e.detail();
}

TEST(KnowledgeBase, SamePostNeedsTwoBodies) {
  auto e = kb_error("titles:\n  roles:\n    head: [head]\n  same_posts:\n    - role: head\n      bodies: [A]\n");
  EXPECT_EQ(e.line(), 6);
  EXPECT_NE(e.detail().find("at least two"), std::string::npos) << e.detail();
}


TEST(KnowledgeBase, UnnumberedNounMustBeOneOfTheNouns) {
  auto e = kb_error("series:\n  id: x\n  first_year: 2014\n  nouns: [conference]\n  unnumbered_nouns: [session]\n");
  EXPECT_EQ(e.line(), 5);
  EXPECT_NE(e.detail().find("'session' is not one of the series' 'nouns'"), std::string::npos) << e.detail();
  const auto kb = default_kb();
  const auto& wic = kb.series.front();
  EXPECT_NE(std::find(wic.unnumbered_nouns.begin(), wic.unnumbered_nouns.end(), "session"), wic.unnumbered_nouns.end());
}

TEST(KnowledgeBase, The2024SummitsProgrammeBeganBeforeItsOpeningCeremony) {
  auto kb = default_kb();
  const EditionFact* f = kb.find_series("wic")->fact(11);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->year, 2024);
  EXPECT_TRUE(f->opens_on({2024, 11, 20}));
  EXPECT_TRUE(f->opens_on({2024, 11, 19}));  // the programme's first day
  EXPECT_FALSE(f->opens_on({2024, 11, 21}));
  EXPECT_GT(f->first_day_loc.line, 0);
  const EditionFact* f12 = kb.find_series("wic")->fact(12);
  ASSERT_NE(f12, nullptr);
  EXPECT_EQ(f12->year, 2025);
}

TEST(KnowledgeBase, FirstDayIsCheckedAgainstTheOpening) {
  auto after = kb_error("series:\n  id: x\n  editions:\n    - number: 1\n      opening: 2014-11-19\n"
                        "      first_day: 2014-11-20\n");
  EXPECT_EQ(after.line(), 6);
  EXPECT_EQ(after.column(), 18);
  EXPECT_EQ(after.detail(), "first_day is after the opening date");
  auto alone = kb_error("series:\n  id: x\n  editions:\n    - number: 1\n      year: 2014\n      first_day: 2014-11-20\n");
  EXPECT_EQ(alone.line(), 6);
  EXPECT_EQ(alone.detail(), "'first_day' needs the edition's 'opening' date");
  auto typo = kb_error("series:\n  id: x\n  editions:\n    - number: 1\n      opening: 2014-11-19\n      first_dy: 2014-11-18\n");
  EXPECT_EQ(typo.line(), 6);
  EXPECT_NE(typo.detail().find("did you mean 'first_day'"), std::string::npos) << typo.detail();
}

TEST(KnowledgeBase, AttendanceFiguresKeepTheirSourceAndForm) {
  auto kb = default_kb();
  const EditionFact* f = kb.find_series("wic")->fact(9);
  ASSERT_NE(f, nullptr);
  ASSERT_EQ(f->attendance.size(), 2u);
  EXPECT_EQ(f->attendance[0].describe(), "more than 2,100 people");
  EXPECT_EQ(f->attendance[1].unit, "countries");
  EXPECT_FALSE(f->attendance[0].source.empty());
  const CountValue v = f->attendance[0].value({});
  EXPECT_EQ(v.min, 2101);
  EXPECT_TRUE(v.attendance);
  // "exact" is written out or left out: both are a bare figure.
  KnowledgeBase k;
  load_kb_text(k, "user.yaml", "series:\n  id: x\n  editions:\n    - number: 1\n      year: 2014\n      attendance:\n"
                               "        - {count: 126, qualifier: exact, unit: countries, source: S}\n");
  EXPECT_EQ(k.find_series("x")->fact(1)->attendance[0].qualifier, "");
}

TEST(KnowledgeBase, AttendanceFiguresAreValidated) {
  const std::string head = "series:\n  id: x\n  editions:\n    - number: 1\n      year: 2014\n      attendance:\n";
  auto unit = kb_error(head + "        - {count: 100, unit: peple, source: S}\n");
  EXPECT_EQ(unit.line(), 7);
  EXPECT_EQ(unit.detail(), "unknown unit 'peple'; did you mean 'people'? (allowed: people, countries)");
  auto qualifier = kb_error(head + "        - {count: 100, qualifier: ovr, unit: people, source: S}\n");
  EXPECT_NE(qualifier.detail().find("did you mean 'over'"), std::string::npos) << qualifier.detail();
  auto key = kb_error(head + "        - {count: 100, unit: people, sorce: S}\n");
  EXPECT_NE(key.detail().find("did you mean 'source'"), std::string::npos) << key.detail();
  auto zero = kb_error(head + "        - {count: 0, unit: people, source: S}\n");
  EXPECT_EQ(zero.detail(), "a count must be between 1 and 100000000, got 0");
  auto missing = kb_error(head + "        - {count: 100, unit: people}\n");
  EXPECT_EQ(missing.detail(), "an attendance figure needs a 'source'");
  auto not_list = kb_error(head + "        count: 100\n");
  EXPECT_EQ(not_list.line(), 7);
}

TEST(KnowledgeBase, TheWicIsAnOrganizationWithItsMembershipByDate) {
  auto kb = default_kb();
  const auto& o = kb.find_series("wic")->organization;
  ASSERT_TRUE(o.has_value());
  EXPECT_EQ(o->founded, (CivilDate{2022, 7, 12}));
  EXPECT_EQ(o->seat, "Beijing");
  ASSERT_GE(o->membership.size(), 3u);
  for (std::size_t i = 1; i < o->membership.size(); ++i) EXPECT_FALSE(o->membership[i].date < o->membership[i - 1].date);
  EXPECT_EQ(o->membership.back().figure.describe(), "more than 30 countries");
  EXPECT_FALSE(o->membership.front().figure.source.empty());
}

TEST(KnowledgeBase, MembershipFiguresAreValidated) {
  const std::string head = "series:\n  id: x\n  organization:\n    founded: 2022-07-12\n    membership:\n";
  auto unit = kb_error(head + "      - {date: 2023-01-01, count: 100, unit: member, source: S}\n");
  EXPECT_EQ(unit.line(), 6);
  EXPECT_EQ(unit.detail(), "unknown unit 'member'; did you mean 'members'? (allowed: members, countries)");
  auto early = kb_error(head + "      - {date: 2021-01-01, count: 100, unit: members, source: S}\n");
  EXPECT_EQ(early.detail(), "a membership figure dated before the founding");
  auto undated = kb_error(head + "      - {count: 100, unit: members, source: S}\n");
  EXPECT_EQ(undated.detail(), "a membership figure needs a 'date'");
  auto key = kb_error("series:\n  id: x\n  organization:\n    seats: Beijing\n");
  EXPECT_EQ(key.line(), 4);
  EXPECT_NE(key.detail().find("did you mean 'seat'"), std::string::npos) << key.detail();
  auto founded = kb_error("series:\n  id: x\n  organization:\n    founded: 12-07-2022\n");
  EXPECT_NE(founded.detail().find("YYYY-MM-DD"), std::string::npos) << founded.detail();
}

TEST(KnowledgeBase, PeoplesPostsHaveTheirDates) {
  auto kb = default_kb();
  const auto& people = kb.titles.people;
  auto xu = std::find_if(people.begin(), people.end(), [](const auto& p) { return p.name == "Xu Lin" && p.ranks[0].empty(); });
  ASSERT_NE(xu, people.end());
  EXPECT_EQ(xu->body, "cyberspace administration of china");
  EXPECT_TRUE(xu->held_on({2017, 12, 3}));
  EXPECT_FALSE(xu->held_on({2016, 6, 1}));
  EXPECT_FALSE(xu->held_on({2018, 8, 1}));
  EXPECT_FALSE(xu->source.empty());
}

TEST(KnowledgeBase, PeopleEntriesAreValidated) {
  // (A file's own roles and ranks come first; the default lexicon is not loaded here.)
  const std::string head = "titles:\n  roles:\n    minister: [minister]\n  ranks: [deputy]\n  people:\n";
  auto role = kb_error(head + "    - {name: A B, role: minster, body: X Ministry, source: S}\n");
  EXPECT_EQ(role.line(), 6);
  EXPECT_NE(role.detail().find("'minster' is not a role"), std::string::npos) << role.detail();
  auto rank = kb_error(head + "    - {name: A B, role: minister, rank: depty, body: X Ministry, source: S}\n");
  EXPECT_NE(rank.detail().find("did you mean 'deputy'"), std::string::npos) << rank.detail();
  auto order = kb_error(head + "    - {name: A B, role: minister, body: X Ministry, from: 2020-01-01, to: 2019-01-01, source: S}\n");
  EXPECT_EQ(order.detail(), "'to' is before 'from'");
  auto key = kb_error(head + "    - {name: A B, role: minister, body: X Ministry, untill: 2019-01-01, source: S}\n");
  EXPECT_NE(key.detail().find("unknown key 'untill'"), std::string::npos) << key.detail();
  auto missing = kb_error(head + "    - {name: A B, role: minister, source: S}\n");
  EXPECT_EQ(missing.detail(), "each entry of 'people' needs a 'body'");
}

TEST(KnowledgeBase, EditionsPastTheLastNumberedAreNamedByYear) {
  auto kb = default_kb();
  const Series* s = kb.find_series("wic");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->last_numbered, 6);
  EXPECT_FALSE(s->named_by_year(6));
  EXPECT_TRUE(s->named_by_year(7));
  auto e = kb_error("series:\n  id: x\n  first_year: 2014\n  last_numbered: 0\n");
  EXPECT_EQ(e.line(), 4);
}

// --- values out of range or form: each a located error, never a hang or undefined behaviour ---

struct BadValue {
  const char* yaml;
  int line, column;
  const char* message;
};

class KbBadValue : public ::testing::TestWithParam<BadValue> {};

TEST_P(KbBadValue, IsALocatedError) {
  const BadValue& b = GetParam();
  auto e = kb_error(b.yaml);
  EXPECT_EQ(e.line(), b.line) << b.yaml;
  EXPECT_EQ(e.column(), b.column) << b.yaml;
  EXPECT_EQ(e.detail(), b.message) << b.yaml;
}

INSTANTIATE_TEST_SUITE_P(
    Issue13, KbBadValue,
    ::testing::Values(
        // An empty name matched everywhere; the search for it never moved on (a hang).
        BadValue{"series:\n  id: x\n  name: X Summit\n  aliases: ['', XS]\n", 4, 13,
                 "an empty phrase is not allowed; remove it or write the phrase"},
        BadValue{"titles:\n  aliases:\n    - ['', state council]\n", 3, 8,
                 "an empty phrase is not allowed; remove it or write the phrase"},
        BadValue{"series:\n  id: x\n  nouns: [summit, ' ']\n", 3, 19,
                 "an empty phrase is not allowed; remove it or write the phrase"},
        // Edition 2147483647 overflowed the year arithmetic (undefined behaviour), then edition-gap
        // allocated tens of gigabytes.
        BadValue{"series:\n  id: x\n  editions:\n    - number: 2147483647\n      year: 2019\n", 4, 15,
                 "an edition number must be between 1 and 1000, got 2147483647"},
        BadValue{"series:\n  id: x\n  editions:\n    - number: 0\n      year: 2019\n", 4, 15,
                 "an edition number must be between 1 and 1000, got 0"},
        BadValue{"series:\n  id: x\n  last_numbered: 1001\n", 3, 18,
                 "an edition number must be between 1 and 1000, got 1001"},
        BadValue{"series:\n  id: x\n  first_year: 99999\n", 3, 15, "a year must be between 1900 and 2200, got 99999"},
        BadValue{"series:\n  id: x\n  editions:\n    - number: 1\n      year: 1899\n", 5, 13,
                 "a year must be between 1900 and 2200, got 1899"},
        BadValue{"series:\n  id: x\n  editions:\n    - number: 1\n      opening: 2201-01-01\n", 5, 16,
                 "a date's year must be between 1900 and 2200, got 2201"},
        // A non-ASCII phrase tripped an assertion in the grammar's ASCII classification (undefined
        // behaviour in a release build).
        BadValue{"titles:\n  roles:\n    premier: [\"premier\u00e0\"]\n", 3, 15,
                 "'premier\u00e0' is not ASCII: the title grammar reads ASCII letters only; spell it without accents"},
        BadValue{"titles:\n  ranks:\n    - vice\n    - \"d\u00e9put\u00e9\"\n", 4, 7,
                 "'d\u00e9put\u00e9' is not ASCII: the title grammar reads ASCII letters only; spell it without accents"}));

}  // namespace
}  // namespace wiclint
