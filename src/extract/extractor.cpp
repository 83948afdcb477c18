#include "extract/extractor.hpp"

#include <algorithm>
#include <array>
#include <tuple>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#include "extract/readers.hpp"
#include "grammar/count.hpp"
#include "grammar/date.hpp"
#include "grammar/number.hpp"
#include "grammar/relative.hpp"
#include "grammar/title.hpp"
#include "grammar/words.hpp"

namespace wiclint {

namespace extract {

bool try_edition(Work& w, std::size_t pos, std::size_t& end_out);

namespace x3 = grammar::x3;
using grammar::ast::Qualifier;

void WordClasses::add(std::string_view word, WordClassBits cls) {
  map[word] |= cls;
  max_length = std::max(max_length, word.size());
}

std::span<const std::string_view> retraction_words() {
  static constexpr std::string_view kWords[] = {"earlier", "previous", "misstated", "misidentified", "misreported",
                                                "incorrectly", "erroneously", "mistakenly", "wrongly"};
  return kWords;
}

WordClasses::WordClasses(const TitleTables& titles, const SeriesNames& names) {
  for (const char* w : {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
    add(w, kNumberWord);
  for (const char* w : {"hundred", "thousand", "million", "billion"}) add(w, kScaleWord);
  // ("a" starts a count only before a number: "a thousand guests".)
  for (const char* w : {"a", "over", "more", "above", "upwards", "in", "at", "no", "about", "around", "some", "roughly",
                        "approximately", "an", "close", "nearly", "almost", "up", "fewer", "less", "under"})
    add(w, kQualifierWord);
  for (const char* w : {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                        "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "hundredth",
                        "twenty", "thirty", "forty", "fifty", "inaugural"})
    add(w, kOrdinalWord);
  for (const char* w : {"yesterday", "today", "tonight", "tomorrow", "this", "that", "last", "next", "past", "monday", "tuesday",
                        "wednesday", "thursday", "friday", "saturday", "sunday"})
    add(w, kRelativeWord);
  for (const char* w : {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                        "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
                        "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})
    add(w, kDateWord);
  for (const auto& r : titles.role_starts)
    if (!r.empty() && is_lower(r[0])) add(r, kRoleWord);
  for (const auto& u : grammar::units()) {
    const std::string_view noun = u.noun;
    add(noun.substr(0, noun.find(' ')), kUnitWord);
  }
  // A name's leading letters, as the tokenizer keys a word ("G20 Summit": "g").
  for (const auto& n : names.names)
    if (n.first_word) add(lower(std::string_view(n.text).substr(0, n.first_word)), kAliasWord);
  for (std::string_view w : retraction_words()) add(w, kRetractWord);
  for (std::string_view w : duration_units()) add(w, kDurationUnitWord);
  for (const char* w : {"copyright", "all", "c"}) add(w, kChromeWord);
}

// The first token after k with a count's unit word, within a dozen space-separated chunks (the
// unit comes after at most a qualifier, the number and its scale words, and two modifiers), or 0.
std::size_t unit_token_ahead(const Work& w, std::size_t k) {
  constexpr int kMaxChunks = 12;
  int chunks = 0;
  for (std::size_t j = k + 1; j < w.tokens.size(); ++j) {
    if (w.text[w.tokens[j].begin - 1] == ' ' && ++chunks > kMaxChunks) return 0;
    if (w.token_class[j] & kUnitWord) return j;
  }
  return 0;
}

// Can a count start at token k? Most numbers (years, days, percentages) have no unit word ahead,
// and the count grammar is not tried there.
bool unit_ahead(const Work& w, std::size_t k) { return unit_token_ahead(w, k) != 0; }

// unit_ahead for the count grammar, which reads its unit across nothing but the number's own
// separators ("1,600", "1.8", "twenty-five", "110+"), spaces and the commas and hyphens of its
// modifiers ("local, Mainland and overseas", "ministerial-level"): other punctuation before the
// first unit word ("2015. Over 800 guests", "(about 500") leaves it no unit to reach.
bool count_unit_ahead(const Work& w, std::size_t k) {
  const std::size_t unit = unit_token_ahead(w, k);
  if (!unit) return false;
  std::string_view t = w.text;
  std::size_t p = w.tokens[k].begin;
  for (std::size_t j = k + 1; j <= unit; ++j) {
    const std::size_t next = w.tokens[j].begin;
    while (p < next && is_word(t[p])) ++p;  // the end of token j - 1
    const std::size_t gap = p;
    for (; p < next; ++p) {
      const char c = t[p];
      if (c != ' ' && c != ',' && c != '-' && c != '+' && (c != '.' || next - gap != 1)) return false;
    }
  }
  return true;
}

// Can the date grammar match at the number token k? A date that opens with digits is numeric
// ("2018-11-07", "21.10.2019", "11/7/2018", "19-21 Nov") or names its month within three words
// ("16 November", "3rd of December", "16 to 18 December").
bool date_may_start_at_number(const Work& w, std::size_t k) {
  std::string_view t = w.text;
  std::size_t q = w.tokens[k].begin;
  while (q < t.size() && is_digit(t[q])) ++q;
  if (q < t.size() && (t[q] == '-' || t[q] == '/' || t[q] == '.')) return true;
  for (std::size_t j = k + 1; j < w.tokens.size() && j <= k + 3; ++j)
    if (w.token_class[j] & kDateWord) return true;
  return false;
}

// Can a duration start at token k? Its unit word ("years", "days") follows the number, which is
// at most a few words ("nine thousand nine hundred", the longest one read as a duration) and
// perhaps "consecutive": most numbers (dates, counts, figures) have none within reach.
bool duration_unit_ahead(const Work& w, std::size_t k) {
  constexpr std::size_t kMaxTokens = 16;
  for (std::size_t j = k + 1; j < w.tokens.size() && j <= k + kMaxTokens; ++j)
    if (w.token_class[j] & kDurationUnitWord) return true;
  return false;
}

void scan_mentions(Work& w) {
  std::string_view t = w.text;
  std::size_t skip_to = 0;
  const auto& tokens = w.tokens;
  std::size_t header_end = 0;  // past the last header stamp, no word is in one
  for (const auto& [b, e] : w.header_skips) header_end = std::max(header_end, e);
  // The series names (aliases are fixed by now, in text order) are met in order too: a cursor
  // answers Work::alias_at(i, false) without its binary search at every capitalized word.
  auto next_alias = w.aliases.begin();
  auto series_name_at = [&](std::size_t i) {
    while (next_alias != w.aliases.end() && next_alias->begin < i) ++next_alias;
    return next_alias != w.aliases.end() && next_alias->begin == i && !next_alias->generic;
  };
  for (const std::size_t k : w.mention_tokens) {
    std::size_t i = tokens[k].begin;
    if (i < skip_to || (i < header_end && w.in_header_skip(i))) continue;
    std::size_t end = 0;
    char c = t[i];
    bool digit = is_digit(c);
    // "300" in "1,300-year-old" or "1.8 million" is the inside of a number that did not parse whole.
    // Inside a number ("1,300", "2.5") or a clock ("09:12 Dec 4": 12 is minutes, no day).
    if (digit && i >= 2 && (t[i - 1] == ',' || t[i - 1] == '.' || t[i - 1] == ':') && is_digit(t[i - 2])) continue;
    // Which parsers may match here, decided from the word alone: most words start no claim.
    // (A word of no class is none of the list: not even a capitalized one starts an edition named
    // by the series, "WIC 2019", since every series name starts with a word of class kAliasWord.)
    const WordClassBits cls = digit ? (kDateWord | kNumberWord | kOrdinalWord) : (w.token_class[k] & kListedClasses);
    const bool number = cls & kNumberWord, qualifier = cls & kQualifierWord;
    // "a decade", "a year ago": the article counts one, and the duration reader reads it.
    const bool a_unit = qualifier && k + 1 < tokens.size() && w.key(tokens[k]) == "a" &&
                        (w.key(tokens[k + 1]) == "decade" || w.key(tokens[k + 1]) == "year");
    if (qualifier && !number && !a_unit) {
      // "over", "about", "more than": a count only if a number follows within three words.
      bool number_follows = false;
      for (std::size_t j = k + 1; j < tokens.size() && j <= k + 3 && !number_follows; ++j)
        number_follows = is_digit(t[tokens[j].begin]) || (w.token_class[j] & (kNumberWord | kScaleWord));
      if (!number_follows) continue;
    }
    bool upper = is_upper(c);
    bool alias = upper && series_name_at(i);
    if (((cls & kOrdinalWord) || alias || digit) && try_edition(w, i, end)) {
    } else if (((cls & kOrdinalWord) || digit) && try_anniversary(w, i, end)) {
    } else if (digit && try_day_of_month(w, i, end)) {
    } else if ((digit ? date_may_start_at_number(w, k) : upper && (cls & kDateWord)) && try_date(w, i, end)) {
    } else if (upper && (cls & kDateWord) && try_month(w, i, end)) {
    } else if ((cls & kRelativeWord) && try_relative(w, i, end)) {
    } else if ((cls & kRelativeWord) && try_past_span(w, i, end)) {
    } else if ((number || a_unit) && duration_unit_ahead(w, k) && try_duration(w, i, end)) {
    } else if ((number || qualifier) && count_unit_ahead(w, k) && try_count(w, i, end)) {
    } else if (digit && unit_ahead(w, k) && try_figure_item(w, i, end)) {
    } else if ((number || qualifier) && try_total(w, i, end)) {
    } else if ((number || qualifier) && try_elided_people(w, i, end)) {
    } else if (digit && try_year(w, i, end)) {
    } else {
      continue;
    }
    skip_to = end;
  }
}

void attach_claims(Work& w) {
  Attachment a{w, w.claims_by_sentence(), SentenceFacts(w.sentences.size(), 0)};
  for (auto& c : w.claims) {
    if (c.kind() == ClaimKind::date) attach_date(a, c);
    else if (c.kind() == ClaimKind::count) attach_count(a, c);
    else if (c.kind() == ClaimKind::duration) attach_duration(a, c);
  }
}

// Where a retraction in sentence s at the word at `at` starts to drop claims: at that word when the
// sentence (or its part after a label's colon: "WORLD, Oct. 21: An article ...") opens with what
// was wrong, a report (english.yaml report_nouns): "An article on the sixth World Internet
// Conference misstated the conference's dates" says what the article was about before it; else
// at the sentence's start.
std::size_t retraction_start(const Work& w, std::size_t s, std::size_t at) {
  const Sentence& sentence = w.sentences[s];
  const std::size_t colon = w.text.substr(0, at).rfind(": ");
  std::size_t b = colon != std::string_view::npos && colon >= sentence.begin ? colon + 2 : sentence.begin;
  while (b < at && (w.text[b] == ' ' || w.text[b] == '"')) ++b;
  std::size_t e = b;
  while (e < at && is_alpha(w.text[e])) ++e;
  std::string_view first = std::string_view(w.lower).substr(b, e - b);
  if (first == "a" || first == "an" || first == "the" || first == "our" || first == "this") {
    b = skip_spaces(w.text, e);
    e = b;
    while (e < at && is_alpha(w.text[e])) ++e;
    first = std::string_view(w.lower).substr(b, e - b);
  }
  return w.english.report_nouns.contains(first) ? at : sentence.begin;
}

// "Correction: An earlier version of this article said the conference opened on Saturday.", "A
// previous version misstated that the conference would close on Wednesday": what such a sentence
// reports is what the article no longer says. Its claims are dropped (the corrected statement is a
// sentence of its own), from the retraction on when a report opens it (retraction_start).
void drop_retracted(Work& w) {
  if (!w.retracted) {
    // A word that says so ("misstated", "incorrectly"), or "earlier"/"previous" before "version"
    // ("An earlier version of this article ..."): the tokenizer listed the tokens of those words.
    auto& found = w.retracted.emplace();
    for (const std::uint32_t k : w.retract_tokens) {
      const Token& tk = w.tokens[k];
      const std::string_view word = w.key(tk);
      if ((word == "earlier" || word == "previous") && !(k + 1 < w.tokens.size() && w.key(w.tokens[k + 1]) == "version"))
        continue;
      const std::size_t s = w.sentence_at(tk.begin);
      if (found.empty() || found.back().first != s) found.emplace_back(s, retraction_start(w, s, tk.begin));
    }
  }
  const auto& found = *w.retracted;
  if (found.empty()) return;
  std::erase_if(w.claims, [&](const Claim& c) {
    return std::any_of(found.begin(), found.end(), [&](const auto& r) { return r.first == c.sentence && c.scan_begin >= r.second; });
  });
}

}  // namespace extract

Extractor::~Extractor() = default;

bool register_grammar_words(const KnowledgeBase& kb) {
  for (const auto& [phrase, canon] : kb.titles.roles) grammar::add_role_phrase(phrase);
  for (const auto& r : kb.titles.ranks) grammar::add_rank_phrase(r);
  for (const auto& n : kb.titles.nationalities) grammar::add_nationality(extract::lower(n));
  for (const auto& n : kb.titles.org_nouns) grammar::add_org_noun(n);
  for (const auto& n : kb.titles.unit_nouns) grammar::add_unit_noun(n);
  for (const auto& n : kb.titles.place_nouns) grammar::add_place_noun(n);
  for (const auto& n : kb.titles.body_suffixes) grammar::add_body_suffix(n);
  // A country's names: the alias groups that hold a nationality ("China", "PRC", "People's
  // Republic of China"), without the adjectives.
  for (const auto& group : kb.titles.aliases) {
    auto nationality = [&](const std::string& name) {  // (alias groups are in lower case)
      return std::any_of(kb.titles.nationalities.begin(), kb.titles.nationalities.end(),
                         [&](const std::string& n) { return extract::lower(n) == name; });
    };
    if (std::any_of(group.begin(), group.end(), nationality))
      for (const auto& name : group)
        if (!nationality(name)) grammar::add_country_name(name);
  }
  for (const char* cls : {"post_modifiers", "former_words", "present_adverbs"})
    for (const auto& word : kb.english.words(cls)) grammar::add_post_modifier(word);
  for (const auto& word : kb.english.words("possessive_pronouns")) grammar::add_pronoun_owner(word);
  for (const auto* nouns : {&kb.titles.office_nouns, &kb.titles.public_nouns})
    for (const auto& n : *nouns) grammar::add_office_noun(n);
  // {class, unit compared in, can count attendees, counts all of them}
  const std::tuple<const char*, const char*, bool, bool> unit_classes[] = {
      {"count_people", "people", true, true},        {"count_groups", "people", true, false},
      {"count_not_attendance", "people", false, true}, {"count_countries", "countries", true, true},
      {"count_organizations", "organizations", true, true}, {"count_other_organizations", "organizations", false, true}};
  for (const auto& [cls, unit, attends, total] : unit_classes)
    for (const auto& noun : kb.english.words(cls)) grammar::add_unit({noun, unit, attends, total});
  return true;
}

Extractor::Extractor(const KnowledgeBase& kb)
    : kb_(kb),
      grammar_words_(register_grammar_words(kb)),
      tables_(std::make_unique<extract::TitleTables>(kb.titles, kb.series)),
      names_(std::make_unique<extract::SeriesNames>(kb)),
      classes_(std::make_unique<extract::WordClasses>(*tables_, *names_)),
      english_(std::make_unique<extract::EnglishTables>(kb.english)) {}

namespace extract {

std::vector<std::pair<std::string, EventPart>> event_part_triggers(const English& e) {
  std::vector<std::pair<std::string, EventPart>> t;
  for (const auto& [cls, part] : {std::pair<const char*, EventPart>{"opening", EventPart::opening},
                                  {"closing", EventPart::closing}, {"running", EventPart::running}})
    for (const auto& phrase : e.words(cls)) t.emplace_back(phrase, part);
  return t;
}
// The nouns of the three classes of people a count may count, as one set.
std::vector<std::string> people_nouns_of(const English& e) {
  std::vector<std::string> out;
  for (const char* cls : {"count_people", "count_groups", "count_not_attendance"})
    for (const auto& noun : e.words(cls)) out.push_back(noun);
  return out;
}
// The last words of the phrases of some classes ("has been" gives "been").
std::vector<std::string> last_words(const English& e, std::initializer_list<const char*> classes) {
  std::vector<std::string> out;
  for (const char* cls : classes)
    for (const auto& phrase : e.words(cls)) out.push_back(phrase.substr(phrase.rfind(' ') + 1));
  return out;
}
std::vector<std::string> first_of(const std::vector<std::pair<std::string, EventPart>>& list) {
  std::vector<std::string> out;
  for (const auto& [phrase, part] : list) out.push_back(phrase);
  return out;
}

EnglishTables::EnglishTables(const English& e)
    : trigger_list(event_part_triggers(e)),
      triggers(first_of(trigger_list)),
      attendance(e.words("attendance")),
      parts(e.words("event_parts")),
      hosting(e.words("hosting")),
      sub_events(e.words("sub_events")),
      every_edition(e.words("every_edition")),
      totals(e.words("total_verbs")),
      counterfactual(e.words("counterfactual_phrases")),
      name_stops(e.words("name_stop_words")),
      saying(e.words("saying_verbs")),
      plans(e.words("plan_verbs")),
      former_words(e.words("former_words")),
      agency_words(e.words("dateline_agency_words")),
      present_adverbs(e.words("present_adverbs")),
      relative_pronouns(e.words("relative_pronouns")),
      event_field_labels(e.words("event_field_labels")),
      footer_stamp_labels(e.words("footer_stamp_labels")),
      number_nouns(e.words("number_nouns")),
      year_prepositions(e.words("year_prepositions")),
      relative_post_verbs(e.words("relative_post_verbs")),
      relative_former_verbs(e.words("relative_former_verbs")),
      relative_verb_end_words(last_words(e, {"relative_post_verbs", "relative_former_verbs"})),
      relative_verb_ends(relative_verb_end_words),
      list_openers(e.words("list_openers")),
      not_owner_words(e.words("not_owner_words")),
      report_nouns(e.words("report_nouns")),
      possessive_pronouns(e.words("possessive_pronouns")),
      personal_possessives(e.words("personal_possessives")),
      year_not_naming(e.words("year_not_naming")),
      event_name_nouns(e.words("event_name_nouns")),
      sponsor_participles(e.words("sponsor_participles")),
      have_auxiliaries(e.words("have_auxiliaries")),
      state_verbs(e.words("state_verbs")),
      day_things(e.words("day_things")),
      subject_blockers(e.words("subject_blockers")),
      elided_ordinal_owners(e.words("elided_ordinal_owners")),
      day_prepositions(e.words("day_prepositions")),
      after_elided_one(e.words("after_elided_one")),
      span_words(e.words("span_words")),
      span_fillers(e.words("span_fillers")),
      forecast_words(e.words("forecast_words")),
      plan_words(e.words("plan_words")),
      plan_past_words(e.words("plan_past_words")),
      attendance_ways(e.words("attendance_ways")),
      running_year_words(e.words("running_year_words")),
      ordinal_intensifiers(e.words("ordinal_intensifiers")),
      membership_nouns(e.words("membership_nouns")),
      people_nouns(people_nouns_of(e)),
      blocks(e),
      statuses(e) {}

}  // namespace extract

namespace {

// "HONG KONG, April 15 (Xinhua) -- The 2025 World Internet Conference Asia-Pacific Summit kicked
// off here Monday": a dateline without its year, on the line of an event named by its year, is
// of that year. One year only; none when the line names two or none.
// A year that names an event: "the 2025 World Internet Conference", not "since 2014".
bool year_names_event(const extract::Work& w, const Claim& c) {
  if (c.kind() != ClaimKind::date || !c.as<DateValue>().year_only) return false;
  const auto before = w.words_back(c.scan_begin, 1);
  const std::size_t next = extract::skip_spaces(w.text, c.scan_end);
  return !before.empty() && before[0] == "the" && next < w.text.size() && extract::is_upper(w.text[next]);
}

int dateline_event_year(const extract::Work& w) {
  auto names_event = [&](const Claim& c) { return year_names_event(w, c); };
  int year = 0;
  for (const auto& c : w.claims) {
    if (c.loc.line != w.dateline_loc->line) continue;
    int y = 0;
    if (c.kind() == ClaimKind::edition) y = c.as<EditionValue>().year;
    else if (c.kind() == ClaimKind::date && c.as<DateValue>().year_only && names_event(c)) y = c.as<DateValue>().begin.year;
    if (!y) continue;
    if (year && y != year) return 0;
    year = y;
  }
  return year;
}

// Does a claim wait for a year: a date without one ("Dec 16 to 18", "this year"), or an edition named
// by the year ("this year's conference")? Only then is an undated article read again.
bool needs_a_year(const extract::Work& w) {
  return std::any_of(w.claims.begin(), w.claims.end(), [](const Claim& c) {
    return (c.kind() == ClaimKind::date && !c.as<DateValue>().resolved) ||
           (c.kind() == ClaimKind::edition && !c.as<EditionValue>().ordinal && !c.as<EditionValue>().year);
  });
}

// "holding the first World Internet Conference last year", "next year's conference": an edition
// the article places a year before or after its own. Returns the article's year less the edition's
// (1, -1), or 0 when no "last year" or "next year" stands right beside the edition.
int years_from_edition(const extract::Work& w, const Claim& edition) {
  for (const auto& d : w.claims) {
    if (d.kind() != ClaimKind::date || d.sentence != edition.sentence) continue;
    const bool beside = (d.scan_begin >= edition.scan_end && d.scan_begin <= edition.scan_end + 1) ||
                        (d.scan_end <= edition.scan_begin && d.scan_end + 3 >= edition.scan_begin);
    if (!beside) continue;
    if (d.as<DateValue>().relation == Relation::last_year) return 1;
    if (d.as<DateValue>().relation == Relation::next_year) return -1;
  }
  return 0;
}

// Is edition claim c dated in its own sentence by its own year ("China held its first World
// Internet Conference in Wuzhen in 2014")? Such a mention tells history with its date.
bool dated_in_its_sentence(const extract::Work& w, const Claim& c, int year) {
  return std::any_of(w.claims.begin(), w.claims.end(), [&](const Claim& d) {
    return d.kind() == ClaimKind::date && d.sentence == c.sentence && d.as<DateValue>().year_only &&
           d.as<DateValue>().begin.year == year;
  });
}

// The one year the article's editions give (history aside; those dated in their own sentence too
// when `undated_only`), or 0 when they give none or disagree.
int editions_year(const extract::Work& w, bool undated_only) {
  int year = 0;
  for (const auto& c : w.claims) {
    if (c.kind() != ClaimKind::edition || c.as<EditionValue>().history) continue;
    const auto& e = c.as<EditionValue>();
    // "this year's WIC" in an undated page gives no year of its own, and takes no side.
    if (!e.ordinal && !e.year) continue;
    int y = e.year ? e.year : e.ordinal && !e.ordinal_end ? w.series->year_of(e.ordinal) : 0;
    if (undated_only && y && dated_in_its_sentence(w, c, y)) continue;
    if (y) y += years_from_edition(w, c);
    if (!y || (year && y != year)) return 0;
    year = y;
  }
  return year;
}

// An undated page about "the 2025 World Internet Conference (WIC) Asia-Pacific Summit", which no
// edition claim names (a regional summit): the one year its text gives an event, or 0 when it
// gives none or several.
int event_named_year(const extract::Work& w) {
  int year = 0;
  for (const auto& c : w.claims) {
    if (!year_names_event(w, c)) continue;
    const int y = c.as<DateValue>().begin.year;
    if (year && y != year) return 0;
    year = y;
  }
  return year;
}

// The year of the edition an undated article is about: the edition it reports as current, else the
// one edition it names (by ordinal or year) when all its editions, history aside, are that one;
// moved by a year when the article says the edition was last year or will be next year. When they
// disagree, those the article dates in their own sentence are history ("China held its first World
// Internet Conference in Wuzhen in 2014", in a page about the seventh) and the rest decide.
int undated_event_year(const extract::Work& w) {
  if (w.main_edition) return w.series->year_of(w.main_edition);
  if (const int year = editions_year(w, false)) return year;
  if (const int year = editions_year(w, true)) return year;
  return event_named_year(w);
}

}  // namespace

namespace {

// The passes that read the text alone (tokens, blocks, sentences): nothing they find depends on a
// publication date or an event year, so an article read again keeps them (Work::take_text).
void read_text(extract::Work& w, const extract::BlockVocabulary& vocabulary) {
  const Article& article = w.article;
  w.tokenize();
  w.blocks = extract::read_blocks(w.text, w.lower, article.body_begin, vocabulary, w.line_starts);
  w.claims.reserve(w.tokens.size() / 12 + 8);
  extract::split_sentences(w.text, article.body_begin, w.sentences);
  if (w.sentences.empty()) w.sentences.push_back({article.body_begin, article.body_begin, 0});
  w.index_sentences();
}

}  // namespace

ArticleClaims Extractor::extract(const Article& article) const {
  extract::Work w(article, kb_, *tables_, *names_, *classes_, *english_);
  read_text(w, english_->blocks);
  return read(w, std::nullopt);
}

ArticleClaims Extractor::read_again(extract::Work& w, std::optional<std::pair<CivilDate, Location>> given,
                                    int event_year) const {
  extract::Work again(w.article, kb_, *tables_, *names_, *classes_, *english_);
  again.take_text(w);
  again.names_from = &w;
  return read(again, given, event_year);
}

ArticleClaims Extractor::read(extract::Work& w, std::optional<std::pair<CivilDate, Location>> given,
                              int event_year) const {
  const Article& article = w.article;
  w.event_year = event_year;
  if (given) {
    w.published = given->first;
    w.published_loc = given->second;
    w.published_source = "dateline+edition";
  }
  extract::find_publication_date(w);
  if (w.names_from) {
    w.take_names(*w.names_from);  // read again: the first read's, which no date changes
  } else {
    extract::find_section_years(w);
    extract::find_aliases(w);
  }
  extract::scan_mentions(w);
  extract::pair_weekdays(w);
  extract::drop_retracted(w);
  extract::resolve_dates(w);
  extract::resolve_editions(w);
  // "BEIJING, Nov. 16 (Xinhua)" in an article that reports the 3rd edition as current: the year is
  // that edition's, and every relative date can then be resolved. Read the article again with it.
  if (!w.published && w.dateline && w.series && !given) {
    CivilDate d = *w.dateline;
    d.year = w.main_edition ? w.series->year_of(w.main_edition) : dateline_event_year(w);
    if (d.year && is_valid(d)) return read_again(w, std::make_pair(d, *w.dateline_loc));
  }
  // An undated article without a dateline about one edition: a date without a year ("from Dec 16
  // to 18", "in October") and "this year" are that edition's year. Read again with it (no
  // publication date is made up: relative days stay unresolved).
  if (!w.published && !given && !event_year && w.series && needs_a_year(w))
    if (const int year = undated_event_year(w)) return read_again(w, std::nullopt, year);
  extract::attach_claims(w);
  extract::attach_part_dates(w);
  extract::read_table_rows(w);
  extract::read_statuses(w);
  extract::find_titles(w);
  extract::drop_retracted(w);
  // "this year's conference" in an undated article names an edition nobody can tell: no claim.
  std::erase_if(w.claims, [](const Claim& c) {
    return c.kind() == ClaimKind::edition && !c.as<EditionValue>().ordinal && !c.as<EditionValue>().year;
  });

  ArticleClaims out;
  out.path = article.path();
  out.title = article.front.title;
  if (out.title.empty()) {
    std::string_view t = w.text;
    std::size_t b = article.body_begin;
    while (b < t.size() && (t[b] == '\n' || t[b] == ' ')) ++b;
    std::size_t e = t.find('\n', b);
    out.title = std::string(article.original(b, e == std::string_view::npos ? t.size() : e));
  }
  out.published = w.published;
  out.published_loc = w.published_loc;
  out.published_inferred = given.has_value();
  out.series = w.series ? w.series->id : "";
  out.main_edition = w.main_edition;
  std::optional<Claim> published;
  if (w.published) {
    Claim& p = published.emplace();
    if (w.published_loc) p.loc = *w.published_loc;
    p.text = w.published_loc ? std::string(article.bytes().substr(p.loc.begin, p.loc.end - p.loc.begin)) : "";
    p.value = PublishedValue{*w.published, w.published_weekday, w.published_source};
  }
  for (const auto& c : w.claims) {
    if (c.kind() == ClaimKind::edition && c.edition == out.main_edition && c.edition && !out.main_edition_loc) {
      out.main_edition_loc = c.loc;
      break;
    }
  }
  // Text order, the publication date first among claims at one position. Claims are large: sort
  // their indexes (the publication date is index n) and move each claim once.
  const std::size_t n = w.claims.size();
  std::vector<std::size_t> order(n + (published ? 1 : 0));
  if (published) order[0] = n;
  for (std::size_t k = 0; k < n; ++k) order[k + (published ? 1 : 0)] = k;
  auto claim_at = [&](std::size_t k) -> Claim& { return k == n ? *published : w.claims[k]; };
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return claim_at(a).loc.begin < claim_at(b).loc.begin; });
  out.claims.reserve(order.size());
  std::size_t block = 0;  // the last claim's: claims come in text order (a binary search each was 1.5%)
  for (std::size_t k : order) {
    Claim& c = out.claims.emplace_back(std::move(claim_at(k)));
    if (w.blocks.empty()) continue;
    c.block_index = block = w.block_at(c.scan_begin, block);
    c.block = w.blocks[c.block_index].kind;
  }
  return out;
}

}  // namespace wiclint
