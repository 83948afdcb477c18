#pragma once
// The knowledge base: event series, their aliases and reference facts, and the title lexicon,
// all read from YAML (claims/*.yaml). Nothing about a particular event lives in C++.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kb/english.hpp"
#include "model/civil_date.hpp"
#include "model/claim.hpp"
#include "model/location.hpp"

namespace wiclint {

// A figure as one source gives it, in the form of an article's count so that the rules compare the
// two alike: an edition's attendance ("more than 2,100 guests", "126 countries and regions"), or
// an organization's membership (MembershipFact).
struct AttendanceFact {
  long long count = 0;
  std::string qualifier;  // as CountValue: "" (exact), "over", "at-least", "about", "nearly", "under"
  std::string unit;       // "people" or "countries" (attendance); "members" or "countries" (membership)
  std::string source;
  Location loc;  // the entry in the YAML file

  // The figure as a count of the edition's whole attendance, its interval set with `t`.
  CountValue value(const CountTolerances& t) const;
  // "more than 2,100 people" for messages.
  std::string describe() const;
};

// A membership figure of the series' organization on a date ("about 170 members", "from over 30
// countries and regions"): unit "members" or "countries".
struct MembershipFact {
  AttendanceFact figure;  // count, qualifier, unit, source, loc
  CivilDate date;
};

// The organization that holds the series, when it is one (the WIC became an international
// organization in 2022). Membership grows: figures of different dates are no contradiction.
struct Organization {
  std::optional<CivilDate> founded;
  std::string seat;
  std::string source;
  std::vector<MembershipFact> membership;  // by date
  Location loc;
};

struct EditionFact {
  int number = 0;
  int year = 0;
  std::optional<CivilDate> opening, closing;
  // The programme's first day when events began before the opening ceremony (the 2024 summit ran
  // "from Nov. 19 to 22" and opened on the 20th): running dates from it, and an opening on it, fit.
  std::optional<CivilDate> first_day;
  std::string source;
  EditionStatus status = EditionStatus::held;  // "replaced": the year held another event in its place
  Location status_loc;
  // For a year that was no regular edition: are later editions' ordinals settled (they count this
  // year, as the knowledge base numbers them) or unsettled (sources also number them counting only
  // the editions held, one lower)?
  bool ordinals_unsettled = false;
  Location numbering_loc;
  // Attendance figures official or agency sources give; two that disagree are both kept.
  std::vector<AttendanceFact> attendance;
  Location loc;        // the entry in the YAML file
  Location year_loc, opening_loc, closing_loc, first_day_loc;

  // Can an edition that a source says opened on `d` be this one: the opening ceremony's day, or
  // the programme's first day before it?
  bool opens_on(const CivilDate& d) const { return (opening && d == *opening) || (first_day && d == *first_day); }
};

struct Series {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;  // names that denote the series ("World Internet Conference", "WIC")
  std::vector<std::string> nouns;    // generic nouns that refer back to it in an article about it
  std::vector<std::string> noun_modifiers;  // words allowed between an ordinal and a noun ("annual")
  // Generic nouns that refer back to the series but never number its editions: "the three-day
  // meeting" is the edition, "the ninth session" is a part of one.
  std::vector<std::string> unnumbered_nouns;
  // Generic nouns an ordinal makes an edition when "of" and the series' name follow, even when they
  // are unnumbered alone: "the third session of the World Internet Conference" (not "the inaugural
  // meeting of the World Internet Conference", the organisation's).
  std::vector<std::string> numbered_of_name;
  int first_year = 0;                // 0: not given; inferred from the corpus (see Engine)
  bool inferred = false;             // first_year was inferred from the corpus
  int cadence = 1;                   // years between editions
  // The last edition known by its number; later ones are named by their year ("the 2021 WIC Wuzhen
  // Summit"). 0: every edition is numbered.
  int last_numbered = 0;
  std::string venue;
  // The venue and the places around it that name it too ("Zhejiang", "China"): an edition "held in"
  // another place is counted there, not in the series.
  std::vector<std::string> venue_places;
  std::optional<Organization> organization;
  // The venue's offset from UTC, in minutes, when given: a stamp in another time zone ("10:52 PM
  // EST") may fall on another day there.
  std::optional<int> utc_offset;
  std::vector<EditionFact> editions;  // reference facts, sorted by number
  Location loc, first_year_loc;
  std::string file;

  // The year edition n is held in: a reference fact, or the cadence from the first year.
  int year_of(int n) const;
  // The edition held in `year`, or 0 when none is.
  int edition_in(int year) const;
  const EditionFact* fact(int n) const;
  // Is edition n known by its year rather than a number?
  bool named_by_year(int n) const { return last_numbered && n > last_numbered; }
  // The year that was no regular edition after which ordinals are unsettled, or null.
  const EditionFact* numbering_gap() const;
  // The year of the edition a source means by ordinal n when it counts only the editions held
  // (n + 1 by the knowledge base's numbering), for an n past an unsettled gap; 0 otherwise.
  int year_counting_held(int n) const;
  // When edition n opens: its reference date, else the latest reference opening's month and day
  // in edition n's year (an annual series keeps its season); none when no edition has a date.
  std::optional<CivilDate> expected_opening(int n) const;
};

struct TitleLexicon {
  // Groups of phrases that name the same thing; every phrase folds to the group's first.
  std::vector<std::vector<std::string>> aliases;
  std::map<std::string, std::string> roles;  // role phrase (lower case) -> canonical role
  std::vector<std::string> exclusive;        // canonical roles one person holds for one body only
  std::vector<std::string> ranks;            // "vice", "deputy", ...: a lower rank of the same role
  std::vector<std::string> interim_ranks;    // "acting": holds the post for now, beside any other rank
  std::vector<std::string> nationalities;    // "Chinese", "US": a body named by adjective
  std::vector<std::string> body_suffixes;    // "group", "ltd": dropped from the end of a body's name
  std::vector<std::string> org_nouns;        // "giant", "firm": "chairman of e-commerce giant Alibaba"
  std::vector<std::string> unit_nouns;       // "desk", "office": "head of RSF's Asia-Pacific desk"
  std::vector<std::string> place_nouns;      // "province": "... Committee of Zhejiang province"
  // Words that name the kind of an office, not which one: "national committee of the CPPCC" and
  // "the CPPCC" are one body rendered two ways (title-agreement).
  std::vector<std::string> office_nouns;
  // Words that make a body public ("ministry", "government", "committee"): the same role of two
  // companies at once is no contradiction, of two public bodies it is.
  std::vector<std::string> public_nouns;
  std::vector<std::string> public_roles;  // canonical roles that are public offices ("minister")
  // One office under several names, for one role: a country's premier is "premier of the State
  // Council". Bodies (lower case) fold to the first of their group for that role only.
  struct SamePost {
    std::string role;  // canonical
    std::vector<std::string> bodies;
  };
  std::vector<SamePost> same_posts;
  // Who held which post when, as sources date it: a person's successive posts, and successors in one
  // office, are no contradiction when each article's post is the one the person held at its date.
  struct PersonPost {
    std::string name;                // as written ("Xu Lin")
    std::vector<std::string> roles;  // canonical roles naming the post ("head", "director")
    std::vector<std::string> ranks;  // the rank as sources render it ("deputy", "vice"); {""}: the full post
    std::string body;                // lower case
    std::optional<CivilDate> from, to;  // none: from (or to) some time the sources do not give
    std::string source;
    Location loc;
    bool held_on(const CivilDate& d) const { return !(from && d < *from) && !(to && *to < d); }
  };
  std::vector<PersonPost> people;
};

struct KnowledgeBase {
  std::vector<Series> series;
  TitleLexicon titles;
  English english;  // claims/english.yaml and any `english:` block of a loaded file
  std::vector<std::string> files;

  const Series* find_series(const std::string& id) const;
};

// Loads YAML text into kb. A series with an id already present replaces it. Throws YamlError.
void load_kb_text(KnowledgeBase& kb, const std::string& file, const std::string& text);
void load_kb_file(KnowledgeBase& kb, const std::string& file);
// The knowledge base compiled into wiclint (claims/english.yaml, claims/lexicon.yaml and claims/wic.yaml).
void load_default_kb(KnowledgeBase& kb, bool with_series = true);

}  // namespace wiclint
