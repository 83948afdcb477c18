#pragma once
// What the claim readers (dates.cpp, durations.cpp, counts.cpp; editions.cpp and people.cpp for
// editions and titles) and the shared English analyses (analysis.cpp) give each other. Each reader
// has a try_* function that scan_mentions calls at a word and an attach_* function that
// attach_claims calls for each claim of its kind.
#include <string_view>
#include <vector>

#include "extract/internal.hpp"
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace wiclint::extract {

namespace x3 = grammar::x3;

template <class Parser, class Attr>
bool parse_at(std::string_view t, std::size_t pos, const Parser& p, Attr& attr, std::size_t& end) {
  const char* first = t.data() + pos;
  if (!x3::parse(first, t.data() + t.size(), p, attr)) return false;
  end = static_cast<std::size_t>(first - t.data());
  return true;
}

inline std::size_t skip_spaces(std::string_view t, std::size_t p) {
  while (p < t.size() && t[p] == ' ') ++p;
  return p;
}

// `unknown`: a date after "ahead of" / "before" in a past clause ("Ahead of the close on Friday, we
// spoke with ..."), which may lie either side of the article's date.
enum class Tense { past, present, future, unknown };
Tense tense_of(const Work& w, std::size_t pos, std::size_t end);
inline bool in(const WordSet& set, std::string_view word) { return set.contains(word); }

// Per sentence, what edition_for_sentence found out once: bit 1 set when known, bit 2 "lists
// editions", bit 4 "tells of another time".
using SentenceFacts = std::vector<unsigned char>;

// What attaching one article's claims shares: the claims of each sentence, what is known of each
// sentence, and where the last forecast head count ended ("Organizers expect 2,000 guests"), so
// that the countries its guests come from ("... from over 120 countries") are no head count either.
struct Attachment {
  Work& w;
  const Work::ClaimsBySentence in_sentence;
  SentenceFacts facts;
  std::size_t forecast_end = std::string_view::npos, forecast_sentence = 0;
};

// Shared English analyses (analysis.cpp)
bool elsewhere_in_time(const Work& w, const Work::ClaimsBySentence& in_sentence, std::size_t s);
bool lists_editions(const Work& w, std::size_t s);
unsigned char sentence_facts(const Work& w, const Work::ClaimsBySentence& in_sentence, std::size_t s, SentenceFacts& facts);
int edition_for_sentence(const Work& w, const Work::ClaimsBySentence& in_sentence, std::size_t s, bool needs_reference, SentenceFacts& facts);
bool plan_superseded(const Work& w, std::size_t at, std::size_t trigger_end, std::size_t date_begin);
bool negated(const Work& w, std::size_t at);
bool part_of_series_before(const Work& w, const Sentence& s, std::size_t at);
bool subject_is_something_else(const Work& w, const Sentence& s, std::size_t at);
bool other_than_series(const PhraseIndex& words, const Work& w, std::size_t b, std::size_t e);
bool transitive_use(const Work& w, std::size_t trigger_end);
bool thing_of_the_series(const Work& w, const Sentence& s, std::size_t at);
bool place_phrase_after_series(const Work& w, const Sentence& s, std::size_t word_end);

// Editions (editions.cpp): does the series' name ending at name_end begin another event's longer
// name ("World Internet Conference (WIC) Digital Silk Road Development Forum")?
bool longer_name_after(const Work& w, std::size_t name_end);

// Dates (dates.cpp)
int nearest_year(const CivilDate& p, int month, int day);
bool verb_before_unit(std::string_view text, std::size_t b, std::size_t e);
bool that_period_after(const Work& w, std::size_t end);
int edition_year_before(const Work& w, std::size_t pos, std::size_t s);
int year_referred_to(const Work& w, std::size_t pos);
bool try_date(Work& w, std::size_t pos, std::size_t& end);
Tense clause_tense(const Work& w, std::size_t pos, std::size_t end, bool& governed);
Tense tense_of(const Work& w, std::size_t pos, std::size_t end);
bool try_month(Work& w, std::size_t pos, std::size_t& end);
bool try_relative(Work& w, std::size_t pos, std::size_t& end);
bool try_year(Work& w, std::size_t pos, std::size_t& end);
bool try_day_of_month(Work& w, std::size_t pos, std::size_t& end);
bool try_past_span(Work& w, std::size_t pos, std::size_t& end);
void pair_weekdays(Work& w);
CivilDate writing_date(const Work& w);
CivilDate entry_day(const Work& w, std::size_t pos, const CivilDate& written);
bool in_headline(const Work& w, std::size_t pos);
void resolve_dates(Work& w);
std::size_t day_line_date(const Work& w, const Sentence& s);
EventPart schedule_part(const Work& w, const Sentence& s, const Claim& c);
void attach_date(Attachment& a, Claim& c);

// Durations (durations.cpp)
bool try_duration(Work& w, std::size_t pos, std::size_t& end);
bool try_anniversary(Work& w, std::size_t pos, std::size_t& end);
// A month's name written in full at p ("December", not "Dec"); `end` is where it ends.
bool full_month_at(std::string_view t, std::size_t p, std::size_t& end);
bool history_of_series(const Work& w, const Claim& c);
bool subject_after(const Work& w, std::size_t from, std::size_t sentence_end);
bool history_of_subject(const Work& w, const Claim& c, const Sentence& s);
void attach_duration(Attachment& a, Claim& c);

// Counts (counts.cpp)
const char* qualifier_name(grammar::ast::Qualifier q);
bool enumeration_after(const Work& w, std::size_t end);
std::string countries_of(const Work& w, std::size_t pos);
bool try_count(Work& w, std::size_t pos, std::size_t& end);
bool try_total(Work& w, std::size_t pos, std::size_t& end);
// "- **2,100+** — guests, according to the organizers", "1,000-plus — Guests, by the organizers'
// count": a figure that opens its line, then a dash and its unit noun (a "by the numbers" list).
bool try_figure_item(Work& w, std::size_t pos, std::size_t& end);
// "there were about 1,000 of us", "more than 1,600 from over 110 countries and regions", "the more
// than 2,000 who came in 2015": a figure of people whose noun is left out.
bool try_elided_people(Work& w, std::size_t pos, std::size_t& end);
bool attends_one_way(const Work& w, std::size_t from, std::size_t sentence_end);
bool clause_of_another_year(const Work& w, const Work::ClaimsBySentence& in_sentence, const Claim& c);
bool count_of_other_event(const Work& w, const Sentence& s, const Claim& c, std::size_t pred);
void attach_count(Attachment& a, Claim& c);

}  // namespace wiclint::extract
