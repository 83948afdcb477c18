// The date reader: absolute dates, months, relative dates and years in prose (try_*), weekdays
// paired with dates, relative dates resolved against the day the text speaks from, and which part
// of an edition each date dates (attach_date).
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <tuple>

#include "extract/readers.hpp"
#include "grammar/count.hpp"
#include "grammar/date.hpp"
#include "grammar/number.hpp"
#include "grammar/relative.hpp"
#include "grammar/title.hpp"
#include "grammar/words.hpp"

namespace wiclint::extract {

namespace x3 = grammar::x3;
using grammar::ast::Qualifier;

// The year that puts month/day nearest the article's date: "Dec. 30" in an article of 2 January
// is last December.
int nearest_year(const CivilDate& p, int month, int day) {
  int best = p.year;
  long best_gap = -1;
  for (int y : {p.year - 1, p.year, p.year + 1}) {
    CivilDate probe{y, month, day ? day : 1};
    if (!is_valid(probe)) continue;
    long gap = std::labs(days_from_civil(probe) - days_from_civil(p));
    if (best_gap < 0 || gap < best_gap) best_gap = gap, best = y;
  }
  return best;
}

// Is there a verb among the words of text[b, e), the modifiers a count read between its number and
// its unit noun? A lower-case word in "-s" (not "-ss", "-us", "-is") that is no noun modifier
// ("news", "sports") is a verb in the third person: "2014 shows guests", "2014 marks visitors".
bool verb_before_unit(std::string_view text, std::size_t b, std::size_t e) {
  for (std::size_t p = b; p < e;) {
    while (p < e && !is_alpha(text[p])) ++p;
    std::size_t q = p;
    while (q < e && (is_word(text[q]) || text[q] == '-')) ++q;
    const std::string_view word = text.substr(p, q - p);
    p = q;
    if (word.size() < 3 || word.back() != 's' || !is_lower(word[0])) continue;
    const char before = word[word.size() - 2];
    if (before == 's' || before == 'u' || before == 'i' || !is_lower(before)) continue;
    const auto& nouns = grammar::plural_modifiers();
    if (std::find(nouns.begin(), nouns.end(), word) == nouns.end()) return true;
  }
  return false;
}

// Does "that year" or "that month" follow the date ending at `end` ("opened on Nov 19 that year")?
bool that_period_after(const Work& w, std::size_t end) {
  const std::size_t after = skip_spaces(w.text, end);
  for (std::string_view said : {"that year", "that month"})
    if (std::string_view(w.lower).substr(after, said.size()) == said &&
        (after + said.size() == w.text.size() || !is_word(w.text[after + said.size()])))
      return true;
  return false;
}

// The year of the one edition the sentence names before `pos` (by number or year), 0 when it
// names none, several, or one the series model does not place.
int edition_year_before(const Work& w, std::size_t pos, std::size_t s) {
  int edition = 0;
  for (auto it = w.claims.rbegin(); it != w.claims.rend() && it->sentence == s; ++it)
    if (it->kind() == ClaimKind::edition && it->scan_end <= pos) {
      const auto& e = it->as<EditionValue>();
      const int year = e.year ? e.year : e.ordinal && !e.ordinal_end && w.series ? w.series->year_of(e.ordinal) : 0;
      if (!year || (edition && edition != year)) return 0;
      edition = year;
    }
  return edition;
}

// The year "that year" at `pos` refers back to: the year of the one numbered edition its sentence
// names before it ("The first conference opened on Nov 19 that year"), else the nearest year
// written before it in its paragraph, at most three sentences back ("In 2014, Wuzhen was a quiet
// town. ... opened on Nov 19 that year"); 0 when neither is known.
int year_referred_to(const Work& w, std::size_t pos) {
  const std::size_t s = w.sentence_at(pos);
  bool named = false;
  for (auto it = w.claims.rbegin(); it != w.claims.rend() && it->sentence == s && !named; ++it)
    named = it->kind() == ClaimKind::edition && it->scan_end <= pos;
  if (named) return edition_year_before(w, pos, s);
  const int line = w.sentences[s].line;
  for (auto it = w.claims.rbegin(); it != w.claims.rend() && it->sentence + 3 >= s; ++it) {
    if (it->kind() != ClaimKind::date || it->scan_end > pos || w.sentences[it->sentence].line != line) continue;
    const auto& d = it->as<DateValue>();
    if (d.relation == Relation::absolute && d.resolved && !d.year_from_article && d.begin.year) return d.begin.year;
  }
  return 0;
}

// The month "that month" at `pos` refers back to: the nearest date with a month written before it
// in its paragraph, at most three sentences back; a zero date when there is none.
CivilDate month_referred_to(const Work& w, std::size_t pos) {
  const std::size_t s = w.sentence_at(pos);
  const int line = w.sentences[s].line;
  for (auto it = w.claims.rbegin(); it != w.claims.rend() && it->sentence + 3 >= s; ++it) {
    if (it->kind() != ClaimKind::date || it->scan_end > pos || w.sentences[it->sentence].line != line) continue;
    const auto& d = it->as<DateValue>();
    if (d.relation == Relation::absolute && d.resolved && !d.year_from_article && d.begin.year && d.begin.month) return d.begin;
  }
  return {};
}

bool full_month_at(std::string_view t, std::size_t p, std::size_t& end) {
  static constexpr std::size_t kFullLength[] = {7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8};
  int month = 0;
  if (!parse_at(t, p, grammar::month_words >> !x3::ascii::alpha, month, end) || month < 1 || month > 12) return false;
  return end - p == kFullLength[month - 1];
}

// "from 16 to 18 December.": a month written in full is no abbreviation, so the dot after it
// ends the sentence, not the date ("Dec." keeps its dot).
std::size_t without_sentence_period(std::string_view t, std::size_t pos, std::size_t end) {
  if (end <= pos + 1 || t[end - 1] != '.' || !is_alpha(t[end - 2])) return end;
  std::size_t b = end - 1;
  while (b > pos && is_alpha(t[b - 1])) --b;
  std::size_t month_end = 0;
  return full_month_at(t, b, month_end) && month_end == end - 1 ? end - 1 : end;  // "December"; not "Dec"
}

// A verb of planning (english.yaml's plan_verbs) among the eight words before pos: "was postponed
// to", "had been scheduled for", "was moved to".
bool planned_before(const Work& w, std::size_t pos) {
  for (const auto& word : w.words_back(pos, 8))
    if (w.english.plans.contains(word)) return true;
  return false;
}

namespace {

// "on 19 October, 2000 volunteers were trained", "By Oct. 19, 1500 guests had registered": the
// number after a date's comma is a count, or no year at all; the date then ends before it (d.year
// is cleared and `end` moved back).
void drop_year_that_counts(const Work& w, std::size_t pos, grammar::ast::DateMention& d, std::size_t& end) {
  std::size_t y = end - 4, sep = y;
  while (sep > pos && w.text[sep - 1] == ' ') --sep;
  grammar::ast::CountMention count;
  std::size_t count_end = 0;
  bool counted = parse_at(w.text, y, grammar::count(), count, count_end);
  // "File photo taken on Nov. 19, 2014 shows guests ...": a verb before the unit noun is no
  // modifier of a count; the number is the date's year.
  if (counted && verb_before_unit(w.text, y + 4, count_end - count.noun.size())) counted = false;
  // A head count written without a thousands separator is a round figure ("2000 volunteers");
  // "On Nov. 19, 2014 guests from 100 countries gathered" gives a year. So does a weekday that
  // fits the date in that year ("Wednesday, Nov. 19, 2014").
  if (counted && d.year % 50 != 0) counted = false;
  if (counted && d.weekday >= 0 && d.day && is_valid(CivilDate{d.year, d.month, d.day}) &&
      weekday(CivilDate{d.year, d.month, d.day}) == d.weekday)
    counted = false;
  // "On Nov. 16, 2016 guests from 110 countries attended" in a 2016 article: the year is the
  // article's, so it is a year; "2000 volunteers" in a 2019 article are volunteers.
  bool near = w.published ? std::abs(d.year - w.published->year) <= 1 : d.year >= 1990;
  if (d.year < 1900 || d.year > 2099 || (sep > pos && w.text[sep - 1] == ',' && counted && !near)) {
    if (sep > pos && w.text[sep - 1] == ',') --sep;
    d.year = 0;
    end = sep;
  }
}

// Gives v (a date written without its year, at [pos, end)) the year nearest the publication date,
// or the one a phrase after it states ("from Nov. 5 to 10 next year"), or the next or last such
// day when the clause's tense says so.
void year_near_publication(const Work& w, std::size_t pos, std::size_t end, DateValue& v) {
  const CivilDate& published = *w.published;
  int best = nearest_year(published, v.begin.month, v.begin.day);
  // "from Nov. 5 to 10 next year", "on Dec. 3 last year": the year is said after the date.
  // Such a year is stated, not copied from the article: it binds to an edition as a written
  // year does ("the fifth WIC, held from Oct 20 to 22 this year").
  const std::size_t after = skip_spaces(w.text, end);
  bool stated = false;
  for (const auto& [said, delta] : {std::pair<std::string_view, int>{"next year", 1}, {"last year", -1}, {"this year", 0}})
    if (std::string_view(w.lower).substr(after, said.size()) == said &&
        (after + said.size() == w.text.size() || !is_word(w.text[after + said.size()])))
      best = published.year + delta, stated = true;
  // "Wuzhen will host the fourth WIC from Dec 3 to 5" in May: a future clause names a day to
  // come, the next such day (or the year of the one edition its sentence names, when later).
  // Not a day just past ("originally scheduled to open on Nov. 15" on the 16th: a plan
  // overtaken), nor one whose stated weekday fits the nearest year.
  constexpr long kFutureReach = 60;  // days back beyond which a future clause's date is next year's
  const CivilDate nearest{best, v.begin.month, v.begin.day ? v.begin.day : 1};
  const bool behind = days_from_civil(published) - days_from_civil(nearest) > kFutureReach &&
                      !(v.stated_weekday >= 0 && v.begin.day && is_valid(nearest) && weekday(nearest) == v.stated_weekday);
  const int edition_year = stated ? 0 : edition_year_before(w, pos, w.sentence_at(pos));
  if (!stated && (behind || edition_year > best) && tense_of(w, pos, end) == Tense::future) {
    if (behind) {
      best = published.year;
      if (CivilDate{best, v.begin.month, v.begin.day ? v.begin.day : 1} < published) ++best;
    }
    best = std::max(best, edition_year);
  }
  // "The forum was held on May 16" in December: a past clause names a day gone by, the last
  // such day (not one months ahead, as the nearest would be).
  // Not a plan told in the past, whose day may still lie ahead ("was postponed to May 16").
  const bool ahead = days_from_civil(nearest) - days_from_civil(published) > kFutureReach;
  if (!stated && ahead && best == nearest.year && tense_of(w, pos, end) == Tense::past && !planned_before(w, pos)) --best;
  v.begin.year = v.end.year = best;
  if (v.end.month < v.begin.month) v.end.year = best + 1;  // "Dec. 30 to Jan. 2"
  v.year_from_article = !stated;
}

// "the first conference was in November 2014, from Nov. 19 to 21": a month named with its year
// earlier in the sentence gives its year to a later date of that month. 0 when none does.
int month_year_said_before(const Work& w, std::size_t pos, int month) {
  const std::size_t sentence = w.sentence_at(pos);
  for (auto c = w.claims.rbegin(); c != w.claims.rend() && c->sentence == sentence; ++c) {
    if (c->kind() != ClaimKind::date) continue;
    const auto& d = c->as<DateValue>();
    if (d.relation == Relation::absolute && d.resolved && !d.year_from_article && d.begin.has_year() &&
        d.begin.month == month && d.end.month == month)
      return d.begin.year;
  }
  return 0;
}

// Gives v, a date at [pos, end) written without its year, the year its place in the text gives:
// a timeline's heading, a year named before ("that year"), the publication date, or the undated
// article's edition; else leaves it unresolved.
void complete_year(const Work& w, std::size_t pos, std::size_t end, DateValue& v) {
  auto set_year = [&](int year) {
    v.begin.year = v.end.year = year;
    if (v.end.month < v.begin.month) v.end.year = year + 1;  // "Dec. 30 to Jan. 2"
    v.year_from_article = true;
  };
  if (const int section = w.section_year(pos)) {
    set_year(section);  // under a timeline's "2015 -" heading
  } else if (const int said = month_year_said_before(w, pos, v.begin.month)) {
    set_year(said);
    v.year_from_article = false;  // stated in the text, as a written year is
  } else if (that_period_after(w, end)) {
    // "opened on Nov 19 that year": a year named before, not the article's.
    if (const int year = year_referred_to(w, pos)) set_year(year);
    else v.resolved = false;
  } else if (w.published) {
    year_near_publication(w, pos, end, v);
  } else if (w.event_year) {
    set_year(w.event_year);  // an undated article about one edition: its year
  } else {
    v.resolved = false;
  }
}

// A month without a day ("December 2017") is a whole month; anything else must be a real day.
bool real_days(const DateValue& v) {
  if (!v.begin.day) return true;
  CivilDate probe = v.begin, probe_end = v.end;
  if (!probe.has_year()) {  // leap year: Feb 29 stays possible
    probe.year = 2000;
    probe_end.year = probe_end.month < probe.month ? 2001 : 2000;
  }
  return is_valid(probe) && is_valid(probe_end) && !(probe_end < probe);
}

}  // namespace

bool try_date(Work& w, std::size_t pos, std::size_t& end) {
  grammar::ast::DateMention d;
  if (!parse_at(w.text, pos, grammar::date(), d, end)) return false;
  if (d.month > 12 && d.day >= 1 && d.day <= 12) std::swap(d.month, d.day);  // "21/10/2019": day first
  // "2nd       Dec. 16-18" in a space-aligned table: a run of spaces parts two cells, and no date
  // spans it.
  if (w.text.substr(pos, end - pos).find("   ") != std::string_view::npos) return false;
  end = without_sentence_period(w.text, pos, end);
  if (d.year && end >= pos + 6) drop_year_that_counts(w, pos, d, end);
  DateValue v;
  v.begin = CivilDate{d.year, d.month, d.day};
  v.end = CivilDate{d.year, d.month_end ? d.month_end : d.month, d.day_end ? d.day_end : d.day};
  v.stated_weekday = d.weekday;
  v.dateline = is_dateline_at(w.text, w.line_begin(pos), pos, w.english.agency_words);  // "WUZHEN, Thursday, Nov. 7 --"
  if (!v.begin.has_year()) complete_year(w, pos, end, v);
  else if (v.end.month < v.begin.month) v.end.year = v.begin.year + 1;
  if (!real_days(v)) return false;
  // The article's own dateline without a weekday ("BEIJING, July 3 (Xinhua) --") says when the
  // story was filed, which relative dates count from (see writing_date), not when an event happens:
  // on a page stamped the next day it is no event date either. (A page of briefs or corrections
  // dates each entry by a dateline of its own: those are the entries' dates.) The publication date
  // repeated in a dateline or in page chrome ("Source: China Daily | 2018-11-07 13:45") is
  // metadata too.
  const bool own_dateline = v.dateline && w.dateline_loc && w.article.locate_norm(pos, end).line == w.dateline_loc->line;
  const bool repeats_published = w.published && v.begin == *w.published && (v.dateline || (w.line_flag(pos) & Work::kMetadataLine));
  if (v.stated_weekday < 0 && v.end == v.begin && (own_dateline || repeats_published)) return true;
  Claim& c = w.add_claim(ClaimKind::date, pos, end);
  c.value = std::move(v);
  return true;
}

// The tense the date at [pos, end) is said in ("closes on Friday", "will sign ... on Monday",
// "The opening ceremony on Sunday will feature ..."). Reads back from the date to the sentence's
// start, nearest first, at most twenty words, leaving out relative clauses set off by commas (",
// who is also head of ..., inaugurated ... on Sunday"): the first present, future or past verb
// decides. A past participle counts as a verb only before a preposition, an
// article or the date ("inaugurated the", "opened on"; not "accredited journalists"), and after
// "be" it is a passive that takes its auxiliary's tense ("will be held"). When nothing before the
// date decides, up to six words after it do. "ahead of", "before" or "prior to" governing the date
// with no verb between ("Ahead of the close of the fifth WIC on Friday, we spoke ...") set
// `governed` and do not decide: the date lies after the time of the clause around it.
namespace {

// The words that tell a clause's tense.
struct TenseWords {
  // Present verbs: a range they give may be under way ("which runs from Sunday to Tuesday").
  const WordSet present = {
      "runs", "run", "closes", "opens", "starts", "begins", "is", "are", "ends", "concludes", "wraps",
      "continues", "lasts", "kicks", "takes", "isn't", "aren't", "doesn't", "don't"};
  const WordSet future = {
      "will", "would", "could", "might", "start", "begin", "scheduled", "expected", "expect", "expects", "can",
      "may", "shall", "must", "should", "take", "plans", "plan", "aims", "intends", "hope", "hopes", "want",
      "wants", "won't"};
  // Participles that look forward only in the present: "was scheduled to close" is past.
  const WordSet past_auxiliaries = {"was", "were", "had", "been"};
  const WordSet past = {
      "was", "were", "began", "said", "had", "took", "held", "ran", "met", "spoke", "gave", "came", "drew",
      "did", "told", "went", "saw", "made", "became", "led", "won", "sent", "brought", "left", "got", "paid",
      "kept", "wrote", "heard", "found", "sat", "stood"};
  const WordSet subordinate = {"that", "which", "who", "because", "when", "if"};
  const WordSet not_verbs = {"hundred", "united", "based", "need", "speed", "indeed"};
  const WordSet relative = {"who", "which", "whose", "where"};
  // Participles that open a clause set off by a comma, which describes the noun before it ("the
  // summit, held in Wuzhen from Wednesday to Friday"): the clause it hangs on gives the tense.
  const WordSet reduced = {"held", "hosted", "organized", "organised", "sponsored", "staged", "convened", "co-hosted"};
  const WordSet after_verb = {
      "in", "on", "at", "from", "to", "with", "by", "for", "of", "into", "the", "a", "an", "its", "their", "his",
      "her", "up", "off", "out", "down", "over", "this", "last", "next"};
  // Verbs whose infinitive ("to open", "to close", "to be held") looks ahead: the headline's
  // "Sixth WIC to open in Wuzhen on Sunday", "is set to close on Friday".
  const WordSet infinitives = {
      "open", "close", "be", "run", "start", "begin", "end", "conclude", "kick", "wrap", "take", "hold", "host",
      "convene", "continue", "last", "resume", "launch", "feature", "gather", "attend"};
};
const TenseWords& tense_words() {
  static const TenseWords words;
  return words;
}

// A word before a date, with the clause it lies in (clauses are cut at commas outside parentheses;
// 0 is the date's own).
struct BackWord {
  std::string_view text;
  int clause;
};

// The words before pos in sentence s, nearest first (at most 60), and each clause's first word in
// text order. Returns the number of the last clause. Reuses the caller's vectors: this runs for many
// dates of every article.
int words_back_by_clause(const Work& w, const Sentence& s, std::size_t pos, std::vector<BackWord>& words,
                         std::vector<std::string_view>& clause_first) {
  std::string_view lo = w.lower;
  words.clear();
  clause_first.clear();
  int clause = 0, depth = 0;
  for (std::size_t i = pos; i > s.begin && words.size() < 60;) {
    const char c = lo[i - 1];
    if (!is_word(c) && c != '\'' && c != '-') {
      if (c == ')') ++depth;
      else if (c == '(' && depth > 0) --depth;
      else if (c == ',' && depth == 0 && !(i >= 2 && is_digit(lo[i - 2]) && i < lo.size() && is_digit(lo[i]))) ++clause;
      --i;
      continue;
    }
    std::size_t b = i;
    while (b > s.begin && (is_word(lo[b - 1]) || lo[b - 1] == '\'' || lo[b - 1] == '-')) --b;
    words.push_back({lo.substr(b, i - b), clause});
    if (static_cast<int>(clause_first.size()) <= clause) clause_first.resize(static_cast<std::size_t>(clause) + 1);
    clause_first[static_cast<std::size_t>(clause)] = words.back().text;
    i = b;
  }
  return clause;
}

// The tense the words before a date give (Tense::unknown when none decides), nearest first, at most
// twenty words, leaving out a relative clause closed by commas on both sides. Sets `governed` for
// "ahead of", "prior to", "before".
Tense tense_before(const std::vector<BackWord>& words, const std::vector<std::string_view>& clause_first, int clauses,
                   bool& governed) {
  const TenseWords& tw = tense_words();
  auto dropped = [&](int k) {
    const std::string_view first = clause_first[static_cast<std::size_t>(k)];
    return k < clauses && ((k > 0 && in(tw.relative, first)) || in(tw.reduced, first));
  };
  int seen = 0;
  // An infinitive of the clause's verb ("to open"): it looks ahead of the verb that governs it, so
  // a present or future governor ("is set to open", "expected to close"), or none ("Sixth WIC to
  // open on Sunday"), makes the date future; a past one ("was due to open") keeps it past.
  bool infinitive = false;
  for (std::size_t k = 0; k < words.size() && seen < 20; ++k) {
    if (dropped(words[k].clause)) continue;
    std::string_view word = words[k].text;
    if (word.size() > 1 && !is_digit(word[0])) ++seen;  // "9:00 a.m." is no twenty words
    std::string_view next = k == 0 ? std::string_view() : words[k - 1].text;  // the word after it
    std::string_view prev = k + 1 < words.size() ? words[k + 1].text : std::string_view();
    if ((word == "ahead" && next == "of") || (word == "prior" && next == "to") || word == "before") {
      governed = true;
      continue;
    }
    if (prev == "to" && in(tw.infinitives, word)) {
      infinitive = true;
      continue;
    }
    if (in(tw.present, word)) return infinitive ? Tense::future : Tense::present;
    if (in(tw.future, word) || word.ends_with("'ll"))  // "we'll be back on Monday"
      return word.ends_with("ed") && in(tw.past_auxiliaries, prev) ? Tense::past : Tense::future;
    bool participle = word.size() >= 5 && word.ends_with("ed") && !in(tw.not_verbs, word) && (k == 0 || in(tw.after_verb, next));
    // "read the letter": the past of "read" before an article.
    participle |= word == "read" && k > 0 && (next == "the" || next == "a" || next == "an" || next == "his" || next == "her");
    if (in(tw.past, word) || participle) {
      if (prev == "be" || prev == "being") continue;  // "will be held", "to be released", "is being held"
      return Tense::past;
    }
  }
  return infinitive ? Tense::future : Tense::unknown;
}

// When nothing before the date decided: the verb may follow it ("On Monday, the conference will
// ..."), within six words and not across ", and", ", but", "; ..." (another clause).
Tense tense_after(const Work& w, const Sentence& s, std::size_t end) {
  const TenseWords& tw = tense_words();
  std::string_view lo = w.lower;
  for (std::size_t p = end, n = 0; p < s.end && n < 6; ++n) {
    std::size_t q = p;
    while (q < s.end && !is_word(lo[q])) ++q;
    if (lo.substr(p, q - p).find_first_of(",;") != std::string_view::npos && n > 0) break;
    while (p < s.end && !is_word(lo[p])) ++p;
    std::size_t e = p;
    while (e < s.end && (is_word(lo[e]) || lo[e] == '\'')) ++e;
    if (e == p) break;
    std::string_view word = lo.substr(p, e - p);
    if (in(tw.subordinate, word)) break;  // "told ... on Wednesday that the internet should ..."
    if (in(tw.present, word)) return Tense::present;
    if (in(tw.future, word) || word.ends_with("'ll")) return Tense::future;
    if (in(tw.past, word)) return Tense::past;
    p = e;
  }
  return Tense::past;
}

}  // namespace

Tense clause_tense(const Work& w, std::size_t pos, std::size_t end, bool& governed) {
  const Sentence& s = w.sentences[w.sentence_at(pos)];
  thread_local std::vector<BackWord> words;
  thread_local std::vector<std::string_view> clause_first;  // each clause's first word in text order
  const int clauses = words_back_by_clause(w, s, pos, words, clause_first);
  if (const Tense before = tense_before(words, clause_first, clauses, governed); before != Tense::unknown) return before;
  return tense_after(w, s, end);
}

// The tense the date is said in. A date after "ahead of"/"before" comes after its clause's time:
// in a present or future clause it is ahead; in a past one ("Ahead of the close on Friday, we
// spoke with ...", "Before the opening on Sunday, officials inspected the venue") it may be either
// side of the article's date, and is unknown.
Tense tense_of(const Work& w, std::size_t pos, std::size_t end) {
  bool governed = false;
  const Tense t = clause_tense(w, pos, end, governed);
  if (!governed) return t;
  return t == Tense::past ? Tense::unknown : Tense::future;
}

// "in June", "as of October", "from December", "an October visit": a month alone, after a
// preposition ("May" is also a verb and a name, "March" a noun), written out or abbreviated with a
// dot, and not part of a name ("March Capital", "Jan Koum", "Mar-a-Lago").
namespace {

// "next October", "last November", "this December", said at the article's date: the next such
// month after it, the last before it, the one of its year. Unresolved in an undated article (but
// "this December" in one about an edition: that edition's year).
bool relative_month(Work& w, std::size_t b, std::size_t e, int month, std::string_view which) {
  DateValue v;
  v.begin = v.end = CivilDate{0, month, 0};
  v.resolved = false;
  if (w.published) {
    const CivilDate& p = *w.published;
    v.begin.year = which == "next" ? (month > p.month ? p.year : p.year + 1)
                   : which == "last" ? (month < p.month ? p.year : p.year - 1)
                                     : p.year;
  } else if (which == "this") {
    v.begin.year = w.event_year;
  }
  v.end.year = v.begin.year;
  v.resolved = v.begin.year != 0;
  v.year_from_article = v.resolved;
  Claim& c = w.add_claim(ClaimKind::date, b, e);
  c.value = std::move(v);
  return true;
}

}  // namespace

namespace {

constexpr int kNoRelativeYear = 100;

// "this year", "last year", "next year" at `next`, right after a month: the years from the
// article's (0, -1, 1), with `end` moved past the words; else kNoRelativeYear.
int relative_year_after(const Work& w, std::size_t next, std::size_t& end) {
  const auto after = words_before(w.lower, std::min(w.text.size(), next + 10), next, 2);
  if (after.size() != 2 || after[1] != "year" || next != end + 1) return kNoRelativeYear;
  const int years = after[0] == "last" ? -1 : after[0] == "next" ? 1 : after[0] == "this" ? 0 : kNoRelativeYear;
  if (years != kNoRelativeYear) end = static_cast<std::size_t>(after[1].data() - w.lower.data()) + 4;
  return years;
}

}  // namespace

namespace {

// Can a month name at pos start a date, by the word before it (nearest of `back`)? After a
// preposition ("in October", "since May"), a relative word ("next October") or a month read just
// before ("in October and November"); not in a name ("the Ides of March", "the Fourth of July").
bool month_may_start(const Work& w, std::size_t pos, const WordList& back) {
  static const WordSet prepositions = {
      "in", "since", "from", "until", "till", "by", "through", "of", "early", "late", "mid", "during",
      "before", "after", "throughout", "a", "an"};
  const std::string_view prev0 = back.back();
  const bool joined = (prev0 == "and" || prev0 == "or" || prev0 == "to") && back.size() >= 2 && !w.claims.empty() &&
                      w.claims.back().kind() == ClaimKind::date &&
                      w.claims.back().scan_end + 1 + prev0.size() + 1 >= pos && w.claims.back().scan_end < pos;
  const bool relative = prev0 == "next" || prev0 == "last" || prev0 == "this" || prev0 == "that";
  if (!joined && !relative && !in(prepositions, prev0)) return false;
  if (prev0 != "of") return true;
  // A capitalized word before "of", not at the sentence's start, makes a name.
  auto word_before = [&](std::size_t p) {
    while (p > 0 && w.text[p - 1] == ' ') --p;
    std::size_t e = p;
    while (p > 0 && is_alpha(w.text[p - 1])) --p;
    return std::make_pair(p, e);
  };
  const auto of = word_before(pos);
  const auto name = word_before(of.first);
  return !(name.second > name.first && is_upper(w.text[name.first]) && name.first > w.sentences[w.sentence_at(pos)].begin);
}

// The month name at pos, written in full or abbreviated with its dot ("Jan", "Mar" alone are too
// often names); sets end (before the dot after a full name: "in May." ends the sentence). 0 when
// there is none, or "May" not after a word that makes it the month.
int month_at(const Work& w, std::size_t pos, std::string_view prev0, std::size_t& end) {
  static const WordSet before_may = {"in", "since", "until", "till", "early", "late", "mid"};
  int month = 0;
  if (!parse_at(w.text, pos, grammar::month_words >> -x3::lit('.') >> !(x3::ascii::alnum | '\'' | '-'), month, end)) return 0;
  static constexpr std::size_t kFullLength[] = {7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8};
  const bool dot = w.text[end - 1] == '.';
  const bool full = end - pos - (dot ? 1 : 0) == kFullLength[month - 1];
  if (!full && !dot) return 0;
  if (full && dot) --end;
  if (month == 5 && !in(before_may, prev0)) return 0;
  return month;
}

// The year of a month near the publication date: "since January" is the last January; else the
// tense decides ("In March, the government released ..." is the last March, "will ship from
// December" the next), or leaves it unresolved when it cannot ("Ahead of the launch in December").
void month_near_publication(const Work& w, std::size_t pos, std::size_t end, std::string_view prev0, DateValue& v) {
  const CivilDate& p = *w.published;
  const int month = v.begin.month;
  const int last = month <= p.month ? p.year : p.year - 1, coming = month >= p.month ? p.year : p.year + 1;
  if (prev0 == "since")
    v.begin.year = last;
  else if (const Tense tense = tense_of(w, pos, end); tense == Tense::unknown && coming != last)
    v.begin.year = 0, v.resolved = false;
  else
    v.begin.year = tense == Tense::past ? last : coming;
  v.end.year = v.begin.year;
  v.year_from_article = v.resolved;
}

// The year of a month at [pos, end) written without one; `next` is where the text goes on.
void month_year(const Work& w, std::size_t pos, std::size_t next, std::string_view prev0, std::size_t& end, DateValue& v) {
  auto set_year = [&](int year) {
    v.begin.year = v.end.year = year;
    v.year_from_article = true;
  };
  // "in December last year", "As of June this year": the month of a year told relative to the
  // article's, one date with its words.
  const int years_on = relative_year_after(w, next, end);
  if (years_on != kNoRelativeYear && (w.published || w.event_year)) {
    set_year((w.published ? w.published->year : w.event_year) + years_on);
  } else if (const int section = w.section_year(pos)) {
    set_year(section);  // under a timeline's "2015 -" heading
  } else if (that_period_after(w, end) || prev0 == "that") {
    set_year(year_referred_to(w, pos));  // "in November that year", "that November": a year named before
    v.resolved = v.begin.year != 0;
  } else if (w.published) {
    month_near_publication(w, pos, end, prev0, v);
  } else if (w.event_year) {
    set_year(w.event_year);  // an undated article about one edition: its year
  } else {
    v.resolved = false;
  }
}

}  // namespace

bool try_month(Work& w, std::size_t pos, std::size_t& end) {
  auto back = w.words_back(pos, 3);
  if (back.empty() || !month_may_start(w, pos, back)) return false;
  const std::string_view prev0 = back.back();
  const int month = month_at(w, pos, prev0, end);
  if (!month) return false;
  std::size_t next = skip_spaces(w.text, end);
  if (next < w.text.size() && is_upper(w.text[next]) && next == end + 1) return false;  // "March Capital"
  if (prev0 == "next" || prev0 == "last" || prev0 == "this")  // "next October"
    return relative_month(w, static_cast<std::size_t>(prev0.data() - w.lower.data()), end, month, prev0);
  DateValue v;
  v.begin = v.end = CivilDate{0, month, 0};
  month_year(w, pos, next, prev0, end, v);
  Claim& c = w.add_claim(ClaimKind::date, pos, end);
  c.value = std::move(v);
  return true;
}

namespace {

using RelativeKind = grammar::ast::RelativeKind;

// The relation a relative mention states; resolve_dates() fills the date.
DateValue relative_value(const grammar::ast::RelativeMention& r) {
  DateValue v;
  v.resolved = false;
  switch (r.kind) {
    case RelativeKind::yesterday: v.relation = Relation::yesterday; break;
    case RelativeKind::today: v.relation = Relation::today; break;
    case RelativeKind::tomorrow: v.relation = Relation::tomorrow; break;
    case RelativeKind::weekday:
    case RelativeKind::weekday_range:
      v.relation = Relation::weekday_past;
      v.relative_weekday = r.weekday;
      v.stated_weekday_end = r.weekday_end;
      break;
    case RelativeKind::this_period: v.relation = r.month ? Relation::this_month : Relation::this_year; break;
    case RelativeKind::last_period: v.relation = r.month ? Relation::last_month : Relation::last_year; break;
    case RelativeKind::next_period: v.relation = r.month ? Relation::next_month : Relation::next_year; break;
    case RelativeKind::that_period: break;  // see referred_period
  }
  return v;
}

// "a better tomorrow", "a brighter tomorrow": a day word used as a noun, after an article (perhaps
// with a comparative between), names a time in general, not a day. ("a recap of yesterday" and
// "the summit today" are days.) Only the one-word forms: "this morning" is a day whatever comes
// before it.
bool day_word_as_noun(const Work& w, const grammar::ast::RelativeMention& r, std::size_t pos) {
  const bool day = r.kind == RelativeKind::today || r.kind == RelativeKind::tomorrow || r.kind == RelativeKind::yesterday;
  if (!day || r.possessive || w.text.compare(pos, 4, "this") == 0 || w.text.compare(pos, 4, "This") == 0) return false;
  const auto prev = w.words_back(pos, 3);  // nearest last
  const std::size_t n = prev.size();
  auto article = [](std::string_view word) { return word == "a" || word == "an" || word == "the"; };
  if (n >= 1 && article(prev[n - 1])) return true;
  // An article and a comparative: "a better tomorrow", "a brighter future and a greater tomorrow"
  // (not "opens the summit today").
  return n >= 2 && article(prev[n - 2]) && prev[n - 1].size() > 4 && prev[n - 1].ends_with("er");
}

// "The world today is intertwined with chaos", "China today faces ...": "today" between a noun and a
// verb of a state (english.yaml's state_verbs) means nowadays. Not after a verb of saying or
// "that" ("he said today is a good day"), nor after an event's noun ("the summit today has ...").
// "Today the stage belongs more to AI labs", "Today, the town has a population of 57,000": a
// sentence that opens with "Today" and whose verb, after a subject, is one of a state (not an
// auxiliary before a participle: "Today the summit has drawn ..."), set against the past. Not when
// the subject is the series ("Today the summit is in its second day").
bool opening_today_as_nowadays(const Work& w, std::size_t pos, std::size_t end) {
  constexpr int kSubjectWords = 4;
  const Sentence& s = w.sentences[w.sentence_at(pos)];
  std::size_t b = s.begin;
  while (b < pos && (w.text[b] == ' ' || w.text[b] == '"')) ++b;
  if (b != pos) return false;
  std::size_t p = skip_spaces(w.text, end < w.text.size() && w.text[end] == ',' ? end + 1 : end);
  for (int k = 0; k <= kSubjectWords && p < s.end; ++k) {
    std::size_t e = p;
    while (e < s.end && (is_alpha(w.text[e]) || w.text[e] == '\'')) ++e;
    if (e == p) return false;
    const std::string_view word = std::string_view(w.lower).substr(p, e - p);
    if (w.alias_at(p, true)) return false;
    if (w.english.state_verbs.contains(word)) {
      if (k == 0) return false;  // "Today is the opening day": today itself is the subject
      const std::size_t q = skip_spaces(w.text, e);
      std::size_t qe = q;
      while (qe < s.end && is_alpha(w.text[qe])) ++qe;
      const std::string_view after = std::string_view(w.lower).substr(q, qe - q);
      return !(after.ends_with("ed") || after.ends_with("en") || after.ends_with("wn") || after == "held" ||
               after == "set" || after == "under");
    }
    p = skip_spaces(w.text, e);
  }
  return false;
}

bool today_as_nowadays(const Work& w, std::size_t pos, std::size_t end) {
  if (opening_today_as_nowadays(w, pos, end)) return true;
  const std::size_t next = skip_spaces(w.text, end);
  if (next == end || next >= w.text.size()) return false;
  std::size_t next_end = next;
  while (next_end < w.text.size() && is_alpha(w.text[next_end])) ++next_end;
  if (!w.english.state_verbs.contains(std::string_view(w.lower).substr(next, next_end - next))) return false;
  const auto prev = w.words_back(pos, 1);
  if (prev.empty() || pos < 2 || !is_alpha(w.text[pos - 2])) return false;
  const std::string_view word = prev[0];
  return !w.english.saying.contains(word) && word != "that" && !w.english.event_name_nouns.contains(word) &&
         !w.alias_at(static_cast<std::size_t>(word.data() - w.lower.data()), true);
}

// Is the relative mention at [pos, end) no date: "the day before yesterday", "a year ago today",
// ", today, ..." or "today's 5G networks" (nowadays), "every Friday" (a habit)?
bool relative_of_no_date(const Work& w, const grammar::ast::RelativeMention& r, std::size_t pos, std::size_t end) {
  if (day_word_as_noun(w, r, pos)) return true;
  if (r.kind == RelativeKind::yesterday || r.kind == RelativeKind::tomorrow) {
    auto prev = w.words_back(pos, 2);
    return prev.size() == 2 && prev[0] == "day" && (prev[1] == "before" || prev[1] == "after");
  }
  if (r.kind == RelativeKind::weekday || r.kind == RelativeKind::weekday_range) {
    auto prev = w.words_back(pos, 1);
    return !prev.empty() && (prev[0] == "every" || prev[0] == "each");
  }
  if (r.kind != RelativeKind::today) return false;
  if (const auto prev = w.words_back(pos, 1); !prev.empty() && prev[0] == "ago") return true;
  if (pos >= 2 && w.text[pos - 2] == ',' && end < w.text.size() && w.text[end] == ',') return true;
  if (!r.possessive) return today_as_nowadays(w, pos, end);
  // "today's" before anything but a thing of the day (english.yaml's day_things: "today's ceremony",
  // "today's call", "today's running order" are dates; "today's 5G networks" is nowadays).
  const std::size_t p = skip_spaces(w.text, end);
  return !contains_any(w.lower, p, std::min(w.text.size(), p + 25), w.english.day_things) && !w.alias_at(p, true);
}

// "last year's conference" also names an edition by its year: the article's, or in an undated
// article about one edition, that edition's. Moves `end` past the name.
void possessive_year_edition(Work& w, const grammar::ast::RelativeMention& r, std::size_t pos, const Location& year_location,
                             std::size_t& end) {
  const AliasHit* h = w.alias_at(skip_spaces(w.text, end), true);
  if (!h || longer_name_after(w, h->end)) return;  // "This year's WIC Digital Silk Road Development Forum"
  Claim& e = w.add_claim(ClaimKind::edition, pos, h->end);
  EditionValue ev;
  if (const int year = w.published ? w.published->year : w.event_year) {
    ev.year = year + (r.kind == RelativeKind::last_period ? -1 : r.kind == RelativeKind::next_period ? 1 : 0);
    ev.year_location = year_location;
  }
  e.value = std::move(ev);
  end = h->end;
}

}  // namespace

// "that year", "Later that month": the year (or month) of a date written before it, as
// year_referred_to finds it; no claim when none is.
void referred_period(Work& w, const grammar::ast::RelativeMention& r, std::size_t pos, std::size_t end) {
  DateValue v;
  if (r.month) {
    const CivilDate month = month_referred_to(w, pos);
    if (!month.year) return;
    v.begin = v.end = CivilDate{month.year, month.month, 0};
  } else if (r.year) {
    const int year = year_referred_to(w, pos);
    if (!year) return;
    v.begin = v.end = CivilDate{year, 0, 0};
    v.year_only = true;
  } else {
    return;  // "that week"
  }
  Claim& c = w.add_claim(ClaimKind::date, pos, end);
  c.value = std::move(v);
}

bool try_relative(Work& w, std::size_t pos, std::size_t& end) {
  grammar::ast::RelativeMention r;
  if (!parse_at(w.text, pos, grammar::relative(), r, end)) return false;
  if (r.kind == RelativeKind::that_period) {
    if (!r.possessive) referred_period(w, r, pos, end);
    return true;
  }
  DateValue v = relative_value(r);
  const bool period = r.kind == RelativeKind::this_period || r.kind == RelativeKind::last_period ||
                      r.kind == RelativeKind::next_period;
  if (period && !r.year && !r.month) return true;  // "this week": consumed, but no date claim
  if (relative_of_no_date(w, r, pos, end)) return true;
  if (period) v.year_only = true;
  Claim& c = w.add_claim(ClaimKind::date, pos, end);
  c.value = std::move(v);
  if (period && r.year && r.possessive && w.series) {
    const Location year_location = c.loc;  // c moves when the next claim is added
    possessive_year_edition(w, r, pos, year_location, end);
  }
  return true;
}

// "On the 10th, the reporter learned ...": Chinese wire copy in translation names a day of the
// month the article is written in by its number alone. Read after "on the", when no month follows
// ("on the 10th of September" is the date grammar's); dated by the article's month (the month
// before when the day is still ahead), unresolved in an undated article.
bool try_day_of_month(Work& w, std::size_t pos, std::size_t& end) {
  std::size_t p = pos;
  int day = 0;
  while (p < w.text.size() && is_digit(w.text[p]) && p - pos < 2) day = day * 10 + (w.text[p++] - '0');
  static const WordSet suffixes = {"st", "nd", "rd", "th"};
  if (day < 1 || day > 31 || p + 2 > w.text.size() || !suffixes.contains(std::string_view(w.lower).substr(p, 2))) return false;
  p += 2;
  // The day ends its clause: "On the 10th, the reporter ...", "opened on the 9th." (not "on the
  // 10th floor", nor "on the 10th of September").
  if (p < w.text.size() && !std::strchr(",.;)", w.text[p])) return false;
  const auto before = w.words_back(pos, 2);
  if (before.size() != 2 || before[0] != "on" || before[1] != "the") return false;
  DateValue v;
  v.resolved = false;
  if (w.published) {
    CivilDate d{w.published->year, w.published->month, day};
    if (day > w.published->day) d = w.published->month > 1 ? CivilDate{d.year, d.month - 1, day} : CivilDate{d.year - 1, 12, day};
    v.resolved = is_valid(d);
    if (v.resolved) v.begin = v.end = d, v.year_from_article = true;
  }
  end = p;
  const std::size_t b = static_cast<std::size_t>(before[0].data() - w.lower.data());  // the span starts at "on"
  Claim& c = w.add_claim(ClaimKind::date, b, end);
  c.value = std::move(v);
  return true;
}

namespace {

// "from 2012 to 2018", "between 2014 and 2017", "2014-2021": years as one span, a date from the
// first year to the last (year_only: it binds no edition and dates no part of one). Returns the
// span's end, and its start in `b`; npos when the year at pos starts no span.
std::size_t year_span(const Work& w, std::size_t pos, int first, int& last, std::size_t& b) {
  const std::string_view t = w.text;
  const auto before = w.words_back(pos, 1);
  const bool from = !before.empty() && before[0] == "from", between = !before.empty() && before[0] == "between";
  std::size_t p = pos + 4;
  if (from || between) {
    p = skip_spaces(t, p);
    const std::string_view joint = from ? (word_at(w.lower, p, "to") ? "to" : word_at(w.lower, p, "through") ? "through" : "")
                                        : (word_at(w.lower, p, "and") ? "and" : "");
    if (joint.empty()) return std::string_view::npos;
    p = skip_spaces(t, p + joint.size());
  } else {
    return std::string_view::npos;
  }
  if (!year_at(t, p, last) || last <= first || (p + 4 < t.size() && is_word(t[p + 4]))) return std::string_view::npos;
  b = static_cast<std::size_t>(before[0].data() - w.lower.data());
  return p + 4;
}

// "2014-2021": two years joined by a hyphen (which year_at reads as neither), first before last.
bool hyphen_years(std::string_view t, std::size_t pos, int& first, int& last) {
  auto year = [&](std::size_t p, int& y) {
    y = 0;
    for (std::size_t i = p; i < p + 4; ++i) y = y * 10 + (is_digit(t[i]) ? t[i] - '0' : -100000);
    return y >= 1900 && y <= 2099;
  };
  if (pos + 9 > t.size() || (pos > 0 && (is_word(t[pos - 1]) || t[pos - 1] == '-')) || t[pos + 4] != '-') return false;
  if (pos + 9 < t.size() && (is_word(t[pos + 9]) || t[pos + 9] == '-')) return false;
  return year(pos, first) && year(pos + 5, last) && last > first;
}

// "(1644 - 1911)", "(960-1279)", "(1271–1368)": a span of years of any era in parentheses, as a
// dynasty's, a reign's or a life's is given. Returns where the second year ends (before the
// closing parenthesis), or npos.
std::size_t parenthesized_years(std::string_view t, std::size_t pos, int& first, int& last) {
  auto digits = [&](std::size_t p, int& y) {
    std::size_t e = p;
    y = 0;
    while (e < t.size() && is_digit(t[e]) && e - p < 5) y = y * 10 + (t[e++] - '0');
    return e - p >= 3 && e - p <= 4 ? e : std::string_view::npos;
  };
  if (pos < 3 || t[pos - 1] != '(' || t[pos - 2] != ' ' || !is_alpha(t[pos - 3])) return std::string_view::npos;
  // A name comes before it ("the Qing Dynasty (1644 - 1911)"), not a common noun ("visitors
  // (300-500) each day").
  std::size_t name = pos - 2;
  while (name > 0 && is_alpha(t[name - 1])) --name;
  if (!is_upper(t[name])) return std::string_view::npos;
  std::size_t p = digits(pos, first);
  if (p == std::string_view::npos) return p;
  p = skip_spaces(t, p);
  if (t.compare(p, 1, "-") == 0) p += 1;
  else if (t.compare(p, 3, "\xE2\x80\x93") == 0) p += 3;  // an en dash
  else return std::string_view::npos;
  const std::size_t e = digits(skip_spaces(t, p), last);
  return e != std::string_view::npos && e < t.size() && t[e] == ')' && last > first ? e : std::string_view::npos;
}

}  // namespace

// "No. 2020 Xinhua Road", "Room 2020", "Issue 2019": a number after a noun that numbers things
// (english.yaml's number_nouns) is no year. "Tonggong Tong [2020] No. 37": an official document's
// number gives its year in brackets before "No.", a filing year, not a date of the text.
bool numbered_not_dated(const Work& w, std::size_t pos) {
  if (const auto prev = w.words_back(pos, 1); !prev.empty() && w.english.number_nouns.contains(prev[0]) &&
                                              pos >= 2 && !is_alpha(w.text[pos - 1]))
    return true;
  return pos >= 1 && w.text[pos - 1] == '[' && w.lower.compare(pos + 4, 5, "] no.") == 0;
}

bool try_year(Work& w, std::size_t pos, std::size_t& end) {
  int y = 0;
  if (int last = 0; !(w.line_flag(pos) & Work::kChromeLine)) {
    if (const std::size_t e = parenthesized_years(w.text, pos, y, last); e != std::string_view::npos) {
      push_year_date(w, pos, e, y);
      w.claims.back().as<DateValue>().end = CivilDate{last, 0, 0};
      end = e;
      return true;
    }
  }
  if (int last = 0; !(w.line_flag(pos) & Work::kChromeLine) && hyphen_years(w.text, pos, y, last)) {
    push_year_date(w, pos, pos + 9, y);
    w.claims.back().as<DateValue>().end = CivilDate{last, 0, 0};
    end = pos + 9;
    return true;
  }
  if (!year_at(w.text, pos, y) || (w.line_flag(pos) & Work::kChromeLine)) return false;
  end = pos + 4;
  if (numbered_not_dated(w, pos)) return true;  // consumed: a number, not a year
  if (int last = 0; true) {
    std::size_t b = pos;
    if (const std::size_t e = year_span(w, pos, y, last, b); e != std::string_view::npos) {
      push_year_date(w, b, e, y);
      w.claims.back().as<DateValue>().end = CivilDate{last, 0, 0};
      end = e;
      return true;
    }
  }
  // "since 2014": the span starts at "since", right before the year.
  std::size_t b = pos;
  while (b > 0 && w.text[b - 1] == ' ') --b;
  if (b >= 5 && w.lower.compare(b - 5, 5, "since") == 0 && (b == 5 || !is_word(w.text[b - 6]))) {
    b -= 5;
    Claim& c = w.add_claim(ClaimKind::duration, b, end);
    DurationValue d;
    d.form = DurationForm::since;
    d.unit = "year";
    d.since_year = y;
    c.value = std::move(d);
    push_year_date(w, b, end, y);  // "since 2014" is also a date: the year the span starts
    return true;
  }
  push_year_date(w, pos, end, y);
  return true;
}
// "opened on Friday (Dec 8)", "on Dec. 8 (Friday)": a weekday and a date in parentheses beside it
// are one date whose weekday is stated (weekday-date checks it), not a relative day besides.
void pair_weekdays(Work& w) {
  auto weekday_of = [](const Claim& c) {
    if (c.kind() != ClaimKind::date) return -1;
    const auto& d = c.as<DateValue>();
    return d.relation == Relation::weekday_past && d.stated_weekday_end < 0 ? d.relative_weekday : -1;
  };
  auto full_date = [](const Claim& c) {
    return c.kind() == ClaimKind::date && c.as<DateValue>().relation == Relation::absolute && c.as<DateValue>().begin.day &&
           c.as<DateValue>().end == c.as<DateValue>().begin;
  };
  std::vector<bool> drop(w.claims.size(), false);
  for (std::size_t k = 0; k + 1 < w.claims.size(); ++k) {
    Claim& a = w.claims[k];
    Claim& b = w.claims[k + 1];
    const bool opened = w.text.compare(a.scan_end, 2, " (") == 0 && a.scan_end + 2 == b.scan_begin &&
                        b.scan_end < w.text.size() && w.text[b.scan_end] == ')';
    if (!opened) continue;
    if (const int day = weekday_of(a); day >= 0 && full_date(b)) {
      b.as<DateValue>().stated_weekday = day;
      drop[k] = true;
    } else if (const int named = weekday_of(b); named >= 0 && full_date(a)) {
      a.as<DateValue>().stated_weekday = named;
      drop[k + 1] = true;
    }
  }
  std::size_t k = 0;
  std::erase_if(w.claims, [&](const Claim&) { return drop[k++]; });
}

// The day the article was written, which relative dates count from: its dateline's ("WUZHEN,
// Oct. 22 (Xinhua) --") when that is up to three days before the publication stamp (a wire story
// posted the next day), else the publication date.
CivilDate writing_date(const Work& w) {
  const CivilDate p = *w.published;
  if (!w.dateline || w.published_source == "dateline" || w.published_source == "dateline+edition") return p;
  CivilDate d{p.year, w.dateline->month, w.dateline->day};
  if (is_valid(d) && p < d) d.year -= 1;  // "Dec. 31" over a story posted on Jan. 1
  if (!is_valid(d)) return p;
  const long behind = days_from_civil(p) - days_from_civil(d);
  return behind >= 0 && behind <= 3 ? d : p;
}

// The day a relative date at pos counts from: a live-blog entry's own stamp ("Nov 7, 09:12 - ...
// today"), the stamp of the entry before it when it has none, else the day the story was written.
CivilDate entry_day(const Work& w, std::size_t pos, const CivilDate& written) {
  if (w.blocks.empty() || w.block_kind(pos) != BlockKind::entry) return written;
  for (std::size_t b = w.block_at(pos) + 1; b-- > 0;) {
    const Block& block = w.blocks[b];
    if (block.kind != BlockKind::entry) break;
    if (!block.anchor) continue;
    CivilDate d{block.anchor->year ? block.anchor->year : written.year, block.anchor->month, block.anchor->day};
    if (!block.anchor->year && days_from_civil(d) - days_from_civil(written) > 180) d.year -= 1;
    return is_valid(d) ? d : written;
  }
  return written;
}

// "On December 3, the fourth WIC officially opened today": a sentence that opens with "On" and a
// day names the day its "today", "yesterday" and "tomorrow" count from (Chinese wire copy in
// translation, whose page may be stamped the day after). The day, or nullopt.
std::optional<CivilDate> sentence_day(const Work& w, const Claim& c) {
  const Sentence& s = w.sentences[c.sentence];
  if (!word_at(w.lower, s.begin, "on")) return std::nullopt;
  for (const Claim& o : w.claims) {
    if (o.sentence != c.sentence || o.kind() != ClaimKind::date || &o == &c) continue;
    const auto& d = o.as<DateValue>();
    const bool opens = skip_spaces(w.text, s.begin + 2) == o.scan_begin && o.scan_end < w.text.size() && w.text[o.scan_end] == ',';
    if (opens && d.relation == Relation::absolute && d.resolved && d.begin.day && d.begin == d.end) return d.begin;
  }
  return std::nullopt;
}

// Is pos in the article's headline: its first line of text, short and not a sentence?
bool in_headline(const Work& w, std::size_t pos) {
  std::size_t b = std::min(w.article.body_begin, w.text.size());
  while (b < w.text.size() && (w.text[b] == '\n' || w.text[b] == ' ')) ++b;
  return b < w.text.size() && w.line_begin(pos) == w.line_begin(b) && (w.line_flag(pos) & Work::kMetadataLine);
}

namespace {

// The week a weekday is said to lie in ("from Wednesday to Friday last week": -1, "next week": 1,
// "this week": 0), weeks starting on Monday; kNoWeek when none is said.
constexpr int kNoWeek = 99;

// A weekday relative to the day p ("on Sunday", "from Wednesday to Friday") in `tense`.
void resolve_weekday(DateValue& d, const CivilDate& p, Tense tense, int week) {
  int diff = d.relative_weekday - weekday(p);
  const int span = d.stated_weekday_end >= 0 ? (d.stated_weekday_end - d.relative_weekday + 7) % 7 : 0;
  if (week != kNoWeek) {
    d.begin = add_days(p, diff + 7 * week);
  } else if (d.relation == Relation::weekday_past) {
    d.begin = add_days(p, diff > 0 ? diff - 7 : diff);
    // "which ran from Wednesday to Friday" written on a Wednesday: a range told in the past
    // is over by the article's date.
    if (p < add_days(d.begin, span)) d.begin = add_days(d.begin, -7);
  } else {
    d.begin = add_days(p, diff < 0 ? diff + 7 : diff);
  }
  // "which runs from Sunday to Tuesday" written on the Monday, or in the present on the
  // Tuesday: the range under way ("can see demonstrations from Sunday through Tuesday"
  // written on a Tuesday is next week's).
  if (week == kNoWeek && d.relation == Relation::weekday_future && span > 0) {
    CivilDate started = add_days(d.begin, -7), last = add_days(started, span);
    if (p < last || (tense == Tense::present && p == last)) d.begin = started;
  }
  d.end = add_days(d.begin, span);
}

// A relative date read against the day p the story was written.
void resolve_at(DateValue& d, const CivilDate& p, Tense tense, int week) {
  d.resolved = true;
  switch (d.relation) {
    case Relation::yesterday: d.begin = d.end = add_days(p, -1); break;
    case Relation::today: d.begin = d.end = p; break;
    case Relation::tomorrow: d.begin = d.end = add_days(p, 1); break;
    case Relation::weekday_past:
    case Relation::weekday_future: resolve_weekday(d, p, tense, week); break;
    case Relation::this_year: d.begin = d.end = CivilDate{p.year, 0, 0}; break;
    case Relation::last_year: d.begin = d.end = CivilDate{p.year - 1, 0, 0}; break;
    case Relation::next_year: d.begin = d.end = CivilDate{p.year + 1, 0, 0}; break;
    case Relation::this_month: d.begin = d.end = CivilDate{p.year, p.month, 0}; break;
    case Relation::last_month:
      d.begin = d.end = p.month > 1 ? CivilDate{p.year, p.month - 1, 0} : CivilDate{p.year - 1, 12, 0};
      break;
    case Relation::next_month:
      d.begin = d.end = p.month < 12 ? CivilDate{p.year, p.month + 1, 0} : CivilDate{p.year + 1, 1, 0};
      break;
    case Relation::absolute: break;
  }
}

// A stamp in another time zone than the venue's that falls on another day there ("Nov 18, 2014
// 10:52 PM EST" is Nov. 19 in Wuzhen): "on Wednesday" may count from either day.
std::optional<CivilDate> venue_day(const Work& w, const std::optional<CivilDate>& written) {
  if (!written || *written != *w.published || !w.series || !w.series->utc_offset || !w.published_minutes ||
      !w.published_zone)
    return std::nullopt;
  const int there = *w.published_minutes - *w.published_zone + *w.series->utc_offset;
  const int shift = there < 0 ? -1 : there >= 24 * 60 ? 1 : 0;
  return shift ? std::optional<CivilDate>(add_days(*written, shift)) : std::nullopt;
}

// The tense a relative date is read in: a weekday's clause's ("closes on Friday"), else the past.
Tense relative_tense(const Work& w, const Claim& c, const std::optional<CivilDate>& written) {
  const auto& d = c.as<DateValue>();
  Tense tense = d.relation == Relation::weekday_past ? tense_of(w, c.scan_begin, c.scan_end) : Tense::past;
  // Headlines tell the news in the present ("Sixth WIC opens in Wuzhen on Sunday"): there the
  // present names the nearer day, back or ahead, not always the one ahead.
  if (tense == Tense::present && written && in_headline(w, c.scan_begin)) {
    const int ahead = (d.relative_weekday - weekday(*written) + 7) % 7;
    if (ahead > 3 && d.stated_weekday_end < 0) tense = Tense::past;
  }
  return tense;
}

// "from Wednesday to Friday last week", "on Monday of next week": the week said after a weekday.
int week_said_after(const Work& w, const Claim& c) {
  std::size_t after = skip_spaces(w.text, c.scan_end);
  if (word_at(w.lower, after, "of")) after = skip_spaces(w.text, after + 2);
  int week = kNoWeek;
  for (const auto& [said, delta] : {std::pair<std::string_view, int>{"last week", -1}, {"next week", 1}, {"this week", 0}})
    if (word_at(w.lower, after, said) && w.lower.compare(after + said.size(), 2, "'s") != 0) week = delta;
  return week;
}

// "next Wednesday" (1), "last Friday" (-1), or a weekday said alone (0): the direction a weekday
// claim's own first word gives. Such a weekday is never the day spoken from: "next Wednesday"
// said on a Wednesday is a week on.
int said_direction(const Work& w, const Claim& c) {
  if (word_at(w.lower, c.scan_begin, "next")) return 1;
  if (word_at(w.lower, c.scan_begin, "last")) return -1;
  return 0;
}

// Resolves one relative date claim against the day its article (or live-blog entry, or sentence)
// speaks from.
void resolve_relative(const Work& w, Claim& c, const std::optional<CivilDate>& written,
                      const std::optional<CivilDate>& other_day) {
  auto& d = c.as<DateValue>();
  const int direction = d.relation == Relation::weekday_past ? said_direction(w, c) : 0;
  Tense tense = direction > 0 ? Tense::future : direction < 0 ? Tense::past : relative_tense(w, c, written);
  // "Ahead of the close on Friday, we spoke ...": the last Friday or the next; no date.
  if (tense == Tense::unknown) {
    if (d.relation == Relation::weekday_past) d.resolved = false;
    return;
  }
  if (tense != Tense::past) d.relation = Relation::weekday_future;
  const bool weekday_relative = d.relation == Relation::weekday_past || d.relation == Relation::weekday_future;
  const int week = weekday_relative ? week_said_after(w, c) : kNoWeek;
  // "this year" in an undated article about one edition: the edition's year.
  if (!w.published && w.event_year && (d.relation == Relation::this_year || d.relation == Relation::last_year ||
                                       d.relation == Relation::next_year))
    resolve_at(d, CivilDate{w.event_year, 1, 1}, tense, week);
  if (d.relation == Relation::absolute || !w.published) return;
  const DateValue unresolved = d;
  const bool day_relative = d.relation == Relation::today || d.relation == Relation::yesterday || d.relation == Relation::tomorrow;
  const std::optional<CivilDate> stated = day_relative ? sentence_day(w, c) : std::nullopt;
  const CivilDate day = stated ? *stated : entry_day(w, c.scan_begin, *written);
  resolve_at(d, day, tense, week);
  if (direction && d.begin == day) {
    d.begin = add_days(d.begin, 7 * direction);
    d.end = add_days(d.end, 7 * direction);
  }
  if (other_day && day == *written) {
    DateValue there = unresolved;
    resolve_at(there, *other_day, tense, week);
    if (there.begin != d.begin || there.end != d.end) d.resolved = false;  // the day is not known
  }
}

// "opens on Sunday and closes on Tuesday" written on a Tuesday: the Tuesday looking forward
// after a Sunday still to come is next week's, not today.
void later_weekday_after_and(Work& w) {
  const DateValue* previous = nullptr;
  std::size_t previous_sentence = 0, previous_end = 0;
  for (auto& c : w.claims) {
    if (c.kind() != ClaimKind::date) continue;
    auto& d = c.as<DateValue>();
    if (d.relation != Relation::weekday_future || !d.resolved) continue;
    const bool joined = previous && previous_sentence == c.sentence &&
                        w.text.substr(previous_end, c.scan_begin - std::min(c.scan_begin, previous_end)).find(',') ==
                            std::string_view::npos &&
                        w.lower.find(" and ", previous_end) < c.scan_begin;
    if (joined && w.published && d.begin == *w.published && d.begin < previous->begin) {
      d.begin = add_days(d.begin, 7);
      d.end = add_days(d.end, 7);
    }
    previous = &d, previous_sentence = c.sentence, previous_end = c.scan_end;
  }
}

// Does the date claim c open its sentence, perhaps after "in" or "during" ("Last year, when travel
// was impossible, ...", "In 2014, the conference ...")? Then it sets the time of the whole sentence.
bool opens_sentence(const Work& w, const Claim& c) {
  std::size_t p = w.sentences[c.sentence].begin;
  while (p < c.scan_begin && (w.text[p] == ' ' || w.text[p] == '"')) ++p;
  for (const std::string_view lead : {"in ", "during "})
    if (w.lower.compare(p, lead.size(), lead) == 0) p = skip_spaces(w.text, p + lead.size());
  return p == c.scan_begin;
}

// The year a date claim gives the rest of its sentence: last (or next) year's edition named with
// its possessive ("Last year's conference opened on Sunday, Dec. 3"), or a year that opens the
// sentence ("Last year the gathering was held as a forum, from Nov. 23 to 24", "In 2014, ...");
// 0 for none. (Not a bare "next year" elsewhere: "announced in September that he will step down
// next year".)
int year_for_sentence(const Work& w, const Claim& c) {
  if (c.kind() != ClaimKind::date || !c.as<DateValue>().resolved) return 0;
  const auto& d = c.as<DateValue>();
  const bool relative = d.relation == Relation::last_year || d.relation == Relation::next_year;
  if (relative && (w.possessive_claim(c) || opens_sentence(w, c))) return d.begin.year;
  const bool written_year = d.relation == Relation::absolute && d.year_only && d.begin == d.end;
  return written_year && opens_sentence(w, c) ? d.begin.year : 0;
}

// A date without a year in a sentence whose time a year sets (year_for_sentence) takes that year,
// not the article's.
void years_set_by_sentences(Work& w) {
  std::map<std::size_t, int> sentence_year;
  for (const auto& c : w.claims)
    if (const int year = year_for_sentence(w, c)) sentence_year.emplace(c.sentence, year);
  if (sentence_year.empty()) return;
  for (auto& c : w.claims) {
    if (c.kind() != ClaimKind::date || !c.as<DateValue>().year_from_article) continue;
    auto it = sentence_year.find(c.sentence);
    if (it == sentence_year.end()) continue;
    auto& d = c.as<DateValue>();
    const int shift = it->second - d.begin.year;
    d.begin.year += shift;
    d.end.year += shift;
  }
}

}  // namespace

void resolve_dates(Work& w) {
  const std::optional<CivilDate> written = w.published ? std::optional<CivilDate>(writing_date(w)) : std::nullopt;
  const std::optional<CivilDate> other_day = venue_day(w, written);
  for (auto& c : w.claims)
    if (c.kind() == ClaimKind::date) resolve_relative(w, c, written, other_day);
  later_weekday_after_and(w);
  years_set_by_sentences(w);
}

// Where a programme line's date starts: after "Day 1 (" opening the sentence; npos when it is no
// such line.
std::size_t day_line_date(const Work& w, const Sentence& s) {
  std::size_t p = s.begin;
  if (!word_at(w.text, p, "day")) return std::string_view::npos;
  p = skip_spaces(w.text, p + 3);
  const std::size_t digits = p;
  while (p < s.end && is_digit(w.text[p])) ++p;
  if (p == digits || p - digits > 2 || p + 2 > s.end || w.text.compare(p, 2, " (") != 0) return std::string_view::npos;
  return p + 2;
}

// A programme line that gives a day's date in parentheses and then its opening or closing ceremony
// alone: "Day 1 (Wednesday, Nov 8): opening ceremony", "Day 3 (Nov. 10): closing ceremony and
// press conference". Not "opening ceremony of the Light of Internet Expo" (another thing's), and
// only in a programme introduced by a paragraph that names the series ("The sixth World Internet
// Conference will be held in Wuzhen next week. The programme:").
EventPart schedule_part(const Work& w, const Sentence& s, const Claim& c) {
  std::string_view lo = w.lower;
  if (day_line_date(w, s) != c.scan_begin) return EventPart::mention;
  std::size_t p = c.scan_end;
  if (p + 2 > s.end || w.text.compare(p, 2, "):") != 0) return EventPart::mention;
  p = skip_spaces(w.text, p + 2);
  EventPart part = EventPart::mention;
  for (const auto& [said, what] : {std::pair<std::string_view, EventPart>{"opening ceremony", EventPart::opening},
                                   {"closing ceremony", EventPart::closing}})
    if (lo.substr(p, said.size()) == said) part = what, p += said.size();
  if (part == EventPart::mention) return part;
  // The ceremony alone, or listed with more items ("..., keynote speeches", "... and a gala").
  const std::size_t q = skip_spaces(w.text, p);
  if (!(q >= s.end || lo[q] == ',' || lo[q] == ';' || (lo[q] == '.' && q + 1 >= s.end) || word_at(w.text, q, "and")))
    return EventPart::mention;
  // The paragraph before the programme's lines names the series.
  std::size_t k = c.sentence;
  while (k > 0 && day_line_date(w, w.sentences[k - 1]) != std::string_view::npos) --k;
  if (k == 0) return EventPart::mention;
  const int intro = w.sentences[k - 1].line;
  std::size_t first = k - 1;
  while (first > 0 && w.sentences[first - 1].line == intro) --first;
  return w.aliases_in(w.sentences[first].begin, w.sentences[k - 1].end).empty() ? EventPart::mention : part;
}
// A date: which part of an edition it dates (opening, closing, running), and which edition.
namespace {

// The trigger nearest before the date, and after any date before it in the sentence, decides what
// part of the edition it dates: in "the closing session on Tuesday ... register by Saturday",
// "closing" is Tuesday's. (A year said between the trigger and the date qualifies the date, no
// other date: "which was held last year on Dec. 16-18", "opened this year on Nov. 7".) Returns the
// trigger's position and index in english.trigger_list, or index -1.
std::pair<std::size_t, int> trigger_of(const Attachment& a, const Claim& c) {
  const Work& w = a.w;
  const auto& trigger_list = w.english.trigger_list;
  std::size_t from = w.sentences[c.sentence].begin;
  for (std::size_t k : a.in_sentence[c.sentence]) {
    const Claim& o = w.claims[k];
    if (o.kind() == ClaimKind::date && o.scan_end <= c.scan_begin && !o.as<DateValue>().year_only)
      from = std::max(from, o.scan_end);
  }
  auto [at, k] = w.english.triggers.last_in(w, from, c.scan_begin);
  // "The closing session is set for Friday": a plan phrase of running ("scheduled for", "set
  // for") dates the opening or closing its subject names before it.
  if (k >= 0 && trigger_list[static_cast<std::size_t>(k)].second == EventPart::running) {
    const std::string& phrase = trigger_list[static_cast<std::size_t>(k)].first;
    if (w.english.plans.contains(std::string_view(phrase).substr(0, phrase.find(' '))))
      if (const auto [before, kb] = w.english.triggers.last_in(w, from, at);
          kb >= 0 && trigger_list[static_cast<std::size_t>(kb)].second != EventPart::running)
        at = before, k = kb;
  }
  return {at, k};
}

bool is_preposition_trigger(const std::string& trigger) { return trigger == "until" || trigger == "till"; }

// Does the verb trigger at `at` date something other than the edition: a plan since changed, a
// subject that is another event or a part of one, a negation, a transitive use ("opened the
// expo"), a thing of the series ("the WIC's registration closes")?
bool verb_of_something_else(const Work& w, const Sentence& s, const Claim& c, std::size_t at, const std::string& trigger) {
  const bool verb = !is_preposition_trigger(trigger) && trigger != "opening" && trigger != "closing" &&
                    trigger != "underway" && trigger != "under way";
  // "The second Digital China Summit opened in Fuzhou on May 6 and closed on May 8": a verb
  // after "and" shares the subject of the trigger before it.
  std::size_t subject_at = at;
  if (const auto prev = w.words_back(at, 1); verb && !prev.empty() && prev[0] == "and")
    if (const auto [before, kb] = w.english.triggers.last_in(w, s.begin, static_cast<std::size_t>(prev[0].data() - w.lower.data()));
        kb >= 0)
      subject_at = before;
  return plan_superseded(w, at, at + trigger.size(), c.scan_begin) || subject_is_something_else(w, s, subject_at) ||
         part_of_series_before(w, s, subject_at) || (!is_preposition_trigger(trigger) && negated(w, at)) ||
         (verb && transitive_use(w, at + trigger.size())) || thing_of_the_series(w, s, at);
}

// "..., and registration closes on Saturday": a verb whose subject is a common noun other than
// the series' own ("the summit closes", "which closes", "it officially opened") dates that thing,
// not the edition.
bool common_noun_subject(const Work& w, const Sentence& s, std::size_t at) {
  static const WordSet subjects = {
      "it", "which", "that", "who", "and", "also", "will", "would", "to", "be", "been", "has", "have", "had",
      "is", "was", "then", "just", "already", "finally", "formally", "officially", "they", "we", "not",
      "never", "the", "a", "an", "its", "their", "his", "her", "our", "day", "week", "being"};
  std::size_t b = at;
  while (b > s.begin && w.text[b - 1] == ' ') --b;
  std::size_t a = b;
  while (a > s.begin && is_alpha(w.text[a - 1])) --a;
  const std::string_view word = std::string_view(w.lower).substr(a, b - a);
  return a < b && b == at - 1 && is_lower(w.text[a]) && !w.alias_at(a, true) && !in(subjects, word) &&
         !word.ends_with("ly") && !place_phrase_after_series(w, s, b);
}

// The part of the edition the trigger k at `at` gives the date c, or EventPart::mention when the
// date is of something else.
EventPart part_by_trigger(const Work& w, const Claim& c, std::size_t at, int k) {
  const Sentence& s = w.sentences[c.sentence];
  const auto& [trigger, part] = w.english.trigger_list[static_cast<std::size_t>(k)];
  // "The Light of Internet Expo, which runs until Friday, ...": the trigger's subject is a part of
  // the event, so the date is no opening or closing of the edition.
  if (other_than_series(w.english.sub_events, w, s.begin, at)) return EventPart::mention;
  // "This concludes today's press conference": a possessive date belongs to what follows it.
  if (w.possessive_claim(c) && other_than_series(w.english.sub_events, w, c.scan_end, std::min(s.end, c.scan_end + 40)))
    return EventPart::mention;
  if (verb_of_something_else(w, s, c, at, trigger)) return EventPart::mention;
  EventPart result = part;
  // "won't open until Sunday", "does not open until Sunday": the opening, not a closing.
  if (is_preposition_trigger(trigger))
    for (const auto& word : w.words_back(at, 4))
      if (word == "not" || word == "won't" || word == "doesn't" || word == "isn't" || word == "never" || word == "don't")
        result = EventPart::opening;
  static const WordSet not_verbs = {"till", "until", "opening", "closing", "open", "close", "underway", "under way"};
  if (!in(not_verbs, trigger) && common_noun_subject(w, s, at)) return EventPart::mention;
  // "... as the third WIC opens in the town, the bureau said yesterday": a verb of saying between
  // the trigger and the date makes the date the saying's.
  bool saying = false;
  each_word(w.lower, at, c.scan_begin, [&](std::string_view word) { saying |= w.english.saying.contains(word); });
  return saying ? EventPart::mention : result;
}

// "The fourth WIC opened on Sunday, Dec. 3" in a 2019 article: a date without a year that dates
// an edition takes the edition's year, not the article's.
void take_edition_year(const Work& w, int edition, DateValue& d) {
  if (!edition || d.relation != Relation::absolute || !d.year_from_article || !w.series) return;
  const int year = w.series->year_of(edition);
  if (!year || year == d.begin.year) return;
  const int shift = year - d.begin.year;
  d.begin.year += shift;
  d.end.year += shift;
  d.year_from_article = false;
}

}  // namespace

// "The opening ceremony was held last Thursday", "at last Thursday's opening ceremony": an opening
// or closing named with a part of an edition ("ceremony", "session": english.yaml's event_parts)
// and no name of the series or of another event in the sentence, in an article that reports one
// edition as current, is that edition's. Only a day that says its side of the article's date (a
// full date, "yesterday", "last Thursday"): a bare weekday in a programme without a verb ("Opening
// ceremony on Sunday morning") may be either side. Sets d's part and returns the edition, else 0.
int ceremony_of_main_edition(Attachment& a, const Claim& c, std::size_t at, int k, DateValue& d) {
  const Work& w = a.w;
  const Sentence& s = w.sentences[c.sentence];
  const bool sided = d.relation == Relation::absolute || d.relation == Relation::yesterday ||
                     d.relation == Relation::today || d.relation == Relation::tomorrow ||
                     word_at(w.lower, c.scan_begin, "last") || word_at(w.lower, c.scan_begin, "next");
  if (!sided || !w.main_edition || w.block_kind(s.begin) == BlockKind::caption || !w.aliases_in(s.begin, s.end).empty() ||
      (sentence_facts(w, a.in_sentence, c.sentence, a.facts) & 4))
    return 0;
  std::size_t trigger = at;
  int index = k;
  if (index < 0 && w.possessive_claim(c)) {  // the trigger right after the possessive day
    const auto [after, ka] = w.english.triggers.first_in(w, c.scan_end, std::min(s.end, c.scan_end + 12));
    if (ka < 0 || after != skip_spaces(w.text, c.scan_end)) return 0;
    trigger = after, index = ka;
  }
  if (index < 0) return 0;
  const auto& [phrase, part] = w.english.trigger_list[static_cast<std::size_t>(index)];
  if (part != EventPart::opening && part != EventPart::closing) return 0;
  const std::size_t noun = skip_spaces(w.text, trigger + phrase.size());
  const auto [p, kp] = w.english.parts.first_in(w, noun, std::min(s.end, noun + 12));
  if (kp < 0 || p != noun) return 0;
  d.part = part;
  return w.main_edition;
}

void attach_date(Attachment& a, Claim& c) {
  Work& w = a.w;
  auto& d = c.as<DateValue>();
  if (d.year_only) return;
  const auto [at, k] = trigger_of(a, c);
  if (k >= 0) d.part = part_by_trigger(w, c, at, k);
  if (d.part == EventPart::running && d.end == d.begin && d.stated_weekday_end < 0) d.part = EventPart::mention;
  int ed = d.part == EventPart::mention ? 0 : edition_for_sentence(w, a.in_sentence, c.sentence, true, a.facts);
  // "Day 1 (Wednesday, Nov 8): opening ceremony": a line of the programme of the article's
  // edition.
  if (k < 0 && w.main_edition) {
    if (const EventPart part = schedule_part(w, w.sentences[c.sentence], c); part != EventPart::mention) {
      d.part = part;
      ed = (sentence_facts(w, a.in_sentence, c.sentence, a.facts) & 4) ? 0 : w.main_edition;
    }
  }
  if (!ed) ed = ceremony_of_main_edition(a, c, at, k, d);
  if (!ed) d.part = EventPart::mention;
  c.edition = ed;
  take_edition_year(w, ed, d);
}

namespace {

// The edition an article names a part of: "... Forum is one of the sub-forums of the World
// Internet Conference (WIC) 2022", "a side event of the fifth WIC" (english.yaml's event_parts
// before " of " and the edition, after "one of the" or "a"). 0 when none, or two editions.
int edition_of_parts(const Work& w, std::size_t& stated_in) {
  static constexpr std::string_view joins[] = {" of ", " of the "};  // a part and the edition it is of
  const auto joined = [](std::string_view between) { return between == joins[0] || between == joins[1]; };
  int part_of = 0;
  for (const Claim& c : w.claims) {
    if (c.kind() != ClaimKind::edition || !c.edition) continue;
    const Sentence& s = w.sentences[c.sentence];
    const std::string_view lead = std::string_view(w.lower).substr(s.begin, c.scan_begin - s.begin);
    if (!lead.ends_with(joins[0]) && !lead.ends_with(joins[1])) continue;  // before the phrase search
    const auto [at, k] = w.english.parts.last_in(w, s.begin, c.scan_begin);
    if (k < 0 || !joined(lead.substr(at - s.begin + w.english.parts.phrase(k).size()))) continue;
    std::size_t word = at;  // "sub-forums": the words before the whole hyphenated word
    while (word > s.begin && (is_alpha(w.text[word - 1]) || w.text[word - 1] == '-')) --word;
    const auto before = w.words_back(word, 3);
    const bool one_of = before.size() == 3 && before[0] == "one" && before[1] == "of" && before[2] == "the";
    if (!one_of && (before.empty() || (before.back() != "a" && before.back() != "an"))) continue;
    if (part_of && part_of != c.edition) return 0;
    part_of = c.edition;
    stated_in = c.sentence;
  }
  return part_of;
}

}  // namespace

// "Moin ul Haque attended the forum on Sunday. ... the Forum is one of the sub-forums of the WIC
// 2022": a day the article gives for a part of an edition (within two sentences of saying so, in a
// sentence that names a part and a verb of attending, hosting, opening or running before the day)
// lies within that edition's days.
void attach_part_dates(Work& w) {
  std::size_t stated_in = 0;
  const int part_of = edition_of_parts(w, stated_in);
  if (!part_of) return;
  const EnglishTables& e = w.english;
  for (Claim& c : w.claims) {
    if (c.kind() != ClaimKind::date || c.edition || c.sentence + 2 < stated_in || c.sentence > stated_in + 2) continue;
    auto& d = c.as<DateValue>();
    if (!d.resolved || d.year_only || d.end != d.begin || !d.begin.day) continue;
    const std::size_t b = w.sentences[c.sentence].begin;
    bool saying = false;
    each_word(w.lower, b, c.scan_begin, [&](std::string_view word) { saying |= e.saying.contains(word); });
    if (saying || !e.parts.any_in(w, b, c.scan_begin) ||
        !(e.attendance.any_in(w, b, c.scan_begin) || e.hosting.any_in(w, b, c.scan_begin) || e.triggers.any_in(w, b, c.scan_begin)))
      continue;
    c.edition = part_of;
    d.part = EventPart::during;
  }
}

}  // namespace wiclint::extract
