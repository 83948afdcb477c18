#include "extract/extractor.hpp"

#include <algorithm>
#include <array>
#include <tuple>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#include "extract/internal.hpp"
#include "grammar/count.hpp"
#include "grammar/date.hpp"
#include "grammar/number.hpp"
#include "grammar/relative.hpp"
#include "grammar/title.hpp"
#include "grammar/words.hpp"

namespace wiclint {

namespace extract {

bool try_edition(Work& w, std::size_t pos, std::size_t& end_out);

namespace {

namespace x3 = grammar::x3;
using grammar::ast::Qualifier;

template <class Parser, class Attr>
bool parse_at(std::string_view t, std::size_t pos, const Parser& p, Attr& attr, std::size_t& end) {
  const char* first = t.data() + pos;
  if (!x3::parse(first, t.data() + t.size(), p, attr)) return false;
  end = static_cast<std::size_t>(first - t.data());
  return true;
}

std::size_t skip_spaces(std::string_view t, std::size_t p) {
  while (p < t.size() && t[p] == ' ') ++p;
  return p;
}

const char* qualifier_name(Qualifier q) {
  switch (q) {
    case Qualifier::exact: return "";
    case Qualifier::over: return "over";
    case Qualifier::at_least: return "at-least";
    case Qualifier::about: return "about";
    case Qualifier::nearly: return "nearly";
    case Qualifier::under: return "under";
  }
  return "";
}



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
    if (it->kind == ClaimKind::edition && it->scan_end <= pos) {
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
    named = it->kind == ClaimKind::edition && it->scan_end <= pos;
  if (named) return edition_year_before(w, pos, s);
  const int line = w.sentences[s].line;
  for (auto it = w.claims.rbegin(); it != w.claims.rend() && it->sentence + 3 >= s; ++it) {
    if (it->kind != ClaimKind::date || it->scan_end > pos || w.sentences[it->sentence].line != line) continue;
    const auto& d = it->as<DateValue>();
    if (d.relation == Relation::absolute && d.resolved && !d.year_from_article && d.begin.year) return d.begin.year;
  }
  return 0;
}

// `unknown`: a date after "ahead of" / "before" in a past clause ("Ahead of the close on Friday, we
// spoke with ..."), which may lie either side of the article's date.
enum class Tense { past, present, future, unknown };
Tense tense_of(const Work& w, std::size_t pos, std::size_t end);

bool try_date(Work& w, std::size_t pos, std::size_t& end) {
  grammar::ast::DateMention d;
  if (!parse_at(w.text, pos, grammar::date(), d, end)) return false;
  if (d.month > 12 && d.day >= 1 && d.day <= 12) std::swap(d.month, d.day);  // "21/10/2019": day first
  if (d.year && end >= pos + 6) {
    // "on 19 October, 2000 volunteers were trained", "By Oct. 19, 1500 guests had registered": the
    // number after the comma is a count, or no year at all; the date ends before it.
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
  DateValue v;
  v.begin = CivilDate{d.year, d.month, d.day};
  v.end = CivilDate{d.year, d.month_end ? d.month_end : d.month, d.day_end ? d.day_end : d.day};
  v.stated_weekday = d.weekday;
  v.dateline = is_dateline_at(w.text, w.line_begin(pos), pos);  // "WUZHEN, Thursday, Nov. 7 --"
  if (!v.begin.has_year()) {
    if (const int section = w.section_year(pos)) {
      v.begin.year = v.end.year = section;  // under a timeline's "2015 -" heading
      if (v.end.month < v.begin.month) v.end.year = section + 1;
      v.year_from_article = true;
    } else if (that_period_after(w, end)) {
      // "opened on Nov 19 that year": a year named before, not the article's.
      if (const int year = year_referred_to(w, pos)) {
        v.begin.year = v.end.year = year;
        if (v.end.month < v.begin.month) v.end.year = year + 1;
        v.year_from_article = true;
      } else {
        v.resolved = false;
      }
    } else if (w.published) {
      int best = nearest_year(*w.published, v.begin.month, v.begin.day);
      // "from Nov. 5 to 10 next year", "on Dec. 3 last year": the year is said after the date.
      // Such a year is stated, not copied from the article: it binds to an edition as a written
      // year does ("the fifth WIC, held from Oct 20 to 22 this year").
      const std::size_t after = skip_spaces(w.text, end);
      bool stated = false;
      for (const auto& [said, delta] : {std::pair<std::string_view, int>{"next year", 1}, {"last year", -1}, {"this year", 0}})
        if (std::string_view(w.lower).substr(after, said.size()) == said &&
            (after + said.size() == w.text.size() || !is_word(w.text[after + said.size()])))
          best = w.published->year + delta, stated = true;
      // "Wuzhen will host the fourth WIC from Dec 3 to 5" in May: a future clause names a day to
      // come, the next such day (or the year of the one edition its sentence names, when later).
      // Not a day just past ("originally scheduled to open on Nov. 15" on the 16th: a plan
      // overtaken), nor one whose stated weekday fits the nearest year.
      constexpr long kFutureReach = 60;  // days back beyond which a future clause's date is next year's
      const CivilDate nearest{best, v.begin.month, v.begin.day ? v.begin.day : 1};
      const bool behind = days_from_civil(*w.published) - days_from_civil(nearest) > kFutureReach &&
                          !(v.stated_weekday >= 0 && v.begin.day && is_valid(nearest) && weekday(nearest) == v.stated_weekday);
      const int edition_year = stated ? 0 : edition_year_before(w, pos, w.sentence_at(pos));
      if (!stated && (behind || edition_year > best) && tense_of(w, pos, end) == Tense::future) {
        if (behind) {
          best = w.published->year;
          if (CivilDate{best, v.begin.month, v.begin.day ? v.begin.day : 1} < *w.published) ++best;
        }
        best = std::max(best, edition_year);
      }
      v.begin.year = v.end.year = best;
      if (v.end.month < v.begin.month) v.end.year = best + 1;  // "Dec. 30 to Jan. 2"
      v.year_from_article = !stated;
    } else {
      v.resolved = false;
    }
  } else if (v.end.month < v.begin.month) {
    v.end.year = v.begin.year + 1;
  }
  // A month without a day ("December 2017") is a whole month; anything else must be a real day.
  if (v.begin.day) {
    CivilDate probe = v.begin, probe_end = v.end;
    if (!probe.has_year()) {  // leap year: Feb 29 stays possible
      probe.year = 2000;
      probe_end.year = probe_end.month < probe.month ? 2001 : 2000;
    }
    if (!is_valid(probe) || !is_valid(probe_end) || probe_end < probe) return false;
  }
  // The publication date repeated in page chrome ("Source: China Daily | 2018-11-07 13:45") or in a
  // dateline without a weekday ("BEIJING, Nov. 16 (Xinhua)") is metadata, not a claim of the text.
  if (w.published && v.begin == *w.published && v.end == v.begin && v.stated_weekday < 0 &&
      (v.dateline || (w.line_flag(pos) & Work::kMetadataLine)))
    return true;
  Claim& c = w.add_claim(ClaimKind::date, pos, end);
  c.value = std::move(v);
  return true;
}

bool in(const WordSet& set, std::string_view word) { return set.contains(word); }

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
Tense clause_tense(const Work& w, std::size_t pos, std::size_t end, bool& governed) {
  // Present verbs: a range they give may be under way ("which runs from Sunday to Tuesday").
  static const WordSet present = {
      "runs", "run", "closes", "opens", "starts", "begins", "is", "are", "ends", "concludes", "wraps",
      "continues", "lasts", "kicks", "takes", "isn't", "aren't", "doesn't", "don't"};
  static const WordSet future = {
      "will", "would", "could", "might", "start", "begin", "scheduled", "expected", "expect", "expects", "can",
      "may", "shall", "must", "should", "take", "plans", "plan", "aims", "intends", "hope", "hopes", "want",
      "wants", "won't"};
  // Participles that look forward only in the present: "was scheduled to close" is past.
  static const WordSet past_auxiliaries = {"was", "were", "had", "been"};
  static const WordSet past = {
      "was", "were", "began", "said", "had", "took", "held", "ran", "met", "spoke", "gave", "came", "drew",
      "did", "told", "went", "saw", "made", "became", "led", "won", "sent", "brought", "left", "got", "paid",
      "kept", "wrote", "heard", "found", "sat", "stood"};
  static const WordSet subordinate = {"that", "which", "who", "because", "when", "if"};
  static const WordSet not_verbs = {"hundred", "united", "based", "need", "speed", "indeed"};
  static const WordSet relative = {"who", "which", "whose", "where"};
  static const WordSet after_verb = {
      "in", "on", "at", "from", "to", "with", "by", "for", "of", "into", "the", "a", "an", "its", "their", "his",
      "her", "up", "off", "out", "down", "over", "this", "last", "next"};
  // Verbs whose infinitive ("to open", "to close", "to be held") looks ahead: the headline's
  // "Sixth WIC to open in Wuzhen on Sunday", "is set to close on Friday".
  static const WordSet infinitives = {
      "open", "close", "be", "run", "start", "begin", "end", "conclude", "kick", "wrap", "take", "hold", "host",
      "convene", "continue", "last", "resume", "launch", "feature", "gather", "attend"};
  const Sentence& s = w.sentences[w.sentence_at(pos)];
  std::string_view lo = w.lower;
  // The words before the date, nearest first, each with the clause it lies in (clauses are cut at
  // commas outside parentheses).
  struct Word {
    std::string_view text;
    int clause;
  };
  // Reused from call to call on this thread: this runs for many dates of every article.
  thread_local std::vector<Word> words;
  thread_local std::vector<std::string_view> clause_first;  // each clause's first word in text order
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
  // A relative clause closed by commas on both sides says nothing of the date's own tense.
  auto dropped = [&](int k) { return k > 0 && k < clause && in(relative, clause_first[static_cast<std::size_t>(k)]); };
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
    if (prev == "to" && in(infinitives, word)) {
      infinitive = true;
      continue;
    }
    if (in(present, word)) return infinitive ? Tense::future : Tense::present;
    if (in(future, word) || word.ends_with("'ll"))  // "we'll be back on Monday"
      return word.ends_with("ed") && in(past_auxiliaries, prev) ? Tense::past : Tense::future;
    bool participle = word.size() >= 5 && word.ends_with("ed") && !in(not_verbs, word) && (k == 0 || in(after_verb, next));
    // "read the letter": the past of "read" before an article.
    participle |= word == "read" && k > 0 && (next == "the" || next == "a" || next == "an" || next == "his" || next == "her");
    if (in(past, word) || participle) {
      if (prev == "be" || prev == "being") continue;  // "will be held", "to be released", "is being held"
      return Tense::past;
    }
  }
  if (infinitive) return Tense::future;
  // Nothing before the date decided: the verb may follow it ("On Monday, the conference will ...").
  for (std::size_t p = end, n = 0; p < s.end && n < 6; ++n) {
    // Not across ", and", ", but", "; ...": another clause.
    std::size_t q = p;
    while (q < s.end && !is_word(lo[q])) ++q;
    if (lo.substr(p, q - p).find_first_of(",;") != std::string_view::npos && n > 0) break;
    while (p < s.end && !is_word(lo[p])) ++p;
    std::size_t e = p;
    while (e < s.end && (is_word(lo[e]) || lo[e] == '\'')) ++e;
    if (e == p) break;
    std::string_view word = lo.substr(p, e - p);
    if (in(subordinate, word)) break;  // "told ... on Wednesday that the internet should ..."
    if (in(present, word)) return Tense::present;
    if (in(future, word) || word.ends_with("'ll")) return Tense::future;
    if (in(past, word)) return Tense::past;
    p = e;
  }
  return Tense::past;
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
bool try_month(Work& w, std::size_t pos, std::size_t& end) {
  static const WordSet prepositions = {
      "in", "since", "from", "until", "till", "by", "through", "of", "early", "late", "mid", "during",
      "before", "after", "throughout", "a", "an"};
  static const WordSet before_may = {"in", "since", "until", "till", "early", "late", "mid"};
  auto back = w.words_back(pos, 3);
  if (back.empty()) return false;
  const std::string_view prev0 = back.back();
  // "in October and November": a month joined to a month read just before.
  const bool joined = (prev0 == "and" || prev0 == "or" || prev0 == "to") && back.size() >= 2 &&
                      !w.claims.empty() && w.claims.back().kind == ClaimKind::date &&
                      w.claims.back().scan_end + 1 + prev0.size() + 1 >= pos && w.claims.back().scan_end < pos;
  if (!joined && !in(prepositions, prev0)) return false;
  // "the Ides of March", "the Fourth of July": a name (a capitalized word before "of", not at the
  // sentence's start).
  if (prev0 == "of") {
    auto word_before = [&](std::size_t p) {
      while (p > 0 && w.text[p - 1] == ' ') --p;
      std::size_t e = p;
      while (p > 0 && is_alpha(w.text[p - 1])) --p;
      return std::make_pair(p, e);
    };
    const auto of = word_before(pos);
    const auto name = word_before(of.first);
    if (name.second > name.first && is_upper(w.text[name.first]) && name.first > w.sentences[w.sentence_at(pos)].begin)
      return false;
  }
  int month = 0;
  if (!parse_at(w.text, pos, grammar::month_words >> -x3::lit('.') >> !(x3::ascii::alnum | '\'' | '-'), month, end))
    return false;
  static constexpr std::size_t kFullLength[] = {7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8};
  const bool dot = w.text[end - 1] == '.';
  const std::size_t letters = end - pos - (dot ? 1 : 0);
  const bool full = letters == kFullLength[month - 1];
  if (!full && !dot) return false;  // "Jan", "Mar": too often a name
  if (full && dot) --end;           // the dot after "in May." ends the sentence
  if (month == 5 && !in(before_may, prev0)) return false;
  std::size_t next = skip_spaces(w.text, end);
  if (next < w.text.size() && is_upper(w.text[next]) && next == end + 1) return false;  // "March Capital"
  DateValue v;
  v.begin = v.end = CivilDate{0, month, 0};
  if (const int section = w.section_year(pos)) {
    v.begin.year = v.end.year = section;  // under a timeline's "2015 -" heading
    v.year_from_article = true;
  } else if (that_period_after(w, end)) {
    // "in November that year": a year named before, not the article's.
    v.begin.year = v.end.year = year_referred_to(w, pos);
    v.year_from_article = true;
    v.resolved = v.begin.year != 0;
  } else if (w.published) {
    // "in December last year"; "since January" is the last January; else the tense decides: "In
    // March, the government released ..." is the last March, "will ship from December" the next.
    const CivilDate& p = *w.published;
    const int last = month <= p.month ? p.year : p.year - 1, coming = month >= p.month ? p.year : p.year + 1;
    auto after = words_before(w.lower, std::min(w.text.size(), next + 10), next, 2);
    if (after.size() == 2 && after[1] == "year" && (after[0] == "last" || after[0] == "next" || after[0] == "this"))
      v.begin.year = p.year + (after[0] == "last" ? -1 : after[0] == "next" ? 1 : 0);
    else if (prev0 == "since")
      v.begin.year = last;
    else if (const Tense tense = tense_of(w, pos, end); tense == Tense::unknown && coming != last)
      v.begin.year = 0, v.resolved = false;  // "Ahead of the launch in December, the firm hired ...": either
    else
      v.begin.year = tense == Tense::past ? last : coming;
    v.end.year = v.begin.year;
    v.year_from_article = v.resolved;
  } else {
    v.resolved = false;
  }
  Claim& c = w.add_claim(ClaimKind::date, pos, end);
  c.value = std::move(v);
  return true;
}

bool try_relative(Work& w, std::size_t pos, std::size_t& end) {
  grammar::ast::RelativeMention r;
  if (!parse_at(w.text, pos, grammar::relative(), r, end)) return false;
  using K = grammar::ast::RelativeKind;
  DateValue v;
  v.resolved = false;  // resolve_dates() fills the date
  switch (r.kind) {
    case K::yesterday: v.relation = Relation::yesterday; break;
    case K::today: v.relation = Relation::today; break;
    case K::tomorrow: v.relation = Relation::tomorrow; break;
    case K::weekday:
    case K::weekday_range:
      v.relation = Relation::weekday_past;
      v.relative_weekday = r.weekday;
      v.stated_weekday_end = r.weekday_end;
      break;
    case K::this_period: v.relation = r.month ? Relation::this_month : Relation::this_year; break;
    case K::last_period: v.relation = r.month ? Relation::last_month : Relation::last_year; break;
    case K::next_period: v.relation = r.month ? Relation::next_month : Relation::next_year; break;
  }
  bool period = r.kind == K::this_period || r.kind == K::last_period || r.kind == K::next_period;
  if (period && !r.year && !r.month) return true;  // "this week": consumed, but no date claim
  // "the day before yesterday", "the day after tomorrow": another day, not read here.
  if (r.kind == K::yesterday || r.kind == K::tomorrow) {
    auto prev = w.words_back(pos, 2);
    if (prev.size() == 2 && prev[0] == "day" && (prev[1] == "before" || prev[1] == "after")) return true;
  }
  // "a year ago today": the day years back, not the article's date.
  if (r.kind == K::today) {
    const auto prev = w.words_back(pos, 1);
    if (!prev.empty() && prev[0] == "ago") return true;
  }
  // ", today, ..." set off by commas means "nowadays", not the article's date.
  if (r.kind == K::today && pos >= 2 && w.text[pos - 2] == ',' && end < w.text.size() && w.text[end] == ',') return true;
  // So does "today's" before anything but an event ("today's 5G networks", "today's ceremony").
  if (r.kind == K::today && r.possessive) {
    static const std::vector<std::string> events = {
        "ceremony", "opening", "closing", "session", "sessions", "forum", "forums", "meeting", "meetings", "event",
        "events", "speech", "keynote", "talks", "panel", "summit", "conference", "gathering", "launch", "programme",
        "program", "agenda", "schedule"};
    std::size_t p = skip_spaces(w.text, end);
    if (!contains_any(w.lower, p, std::min(w.text.size(), p + 25), events) && !w.alias_at(p, true)) return true;
  }
  // "every Friday" is a habit, not a day.
  if (r.kind == K::weekday || r.kind == K::weekday_range) {
    auto prev = w.words_back(pos, 1);
    if (!prev.empty() && (prev[0] == "every" || prev[0] == "each")) return true;
  }
  if (period) v.year_only = true;
  Claim& c = w.add_claim(ClaimKind::date, pos, end);
  c.value = std::move(v);
  // "last year's conference" also names an edition by its year.
  if (period && r.year && r.possessive && w.series) {
    std::size_t p = skip_spaces(w.text, end);
    if (const AliasHit* h = w.alias_at(p, true)) {
      const Location year_location = c.loc;  // c moves when the next claim is added
      Claim& e = w.add_claim(ClaimKind::edition, pos, h->end);
      EditionValue ev;
      if (w.published) {
        ev.year = w.published->year + (r.kind == K::last_period ? -1 : r.kind == K::next_period ? 1 : 0);
        ev.year_location = year_location;
      }
      e.value = std::move(ev);
      end = h->end;
    }
  }
  return true;
}

bool try_year(Work& w, std::size_t pos, std::size_t& end) {
  int y = 0;
  if (!year_at(w.text, pos, y) || (w.line_flag(pos) & Work::kChromeLine)) return false;
  end = pos + 4;
  // "since 2014": the span starts at "since", right before the year.
  std::size_t b = pos;
  while (b > 0 && w.text[b - 1] == ' ') --b;
  if (b >= 5 && w.lower.compare(b - 5, 5, "since") == 0 && (b == 5 || !is_word(w.text[b - 6]))) {
    b -= 5;
    Claim& c = w.add_claim(ClaimKind::duration, b, end);
    DurationValue d;
    d.form = "since";
    d.unit = "year";
    d.since_year = y;
    c.value = std::move(d);
    push_year_date(w, b, end, y);  // "since 2014" is also a date: the year the span starts
    return true;
  }
  push_year_date(w, pos, end, y);
  return true;
}

// Durations: "four-year history", "eight consecutive years", "over the past five years",
// "for three days", "three-day meeting", "50 years since", "two years ago".
bool try_duration(Work& w, std::size_t pos, std::size_t& end) {
  std::string_view t = w.text;
  double n = 0;
  std::size_t after = 0;
  if (!parse_at(t, pos, grammar::number(), n, after)) {
    // "a four-year history" is read from the number; "over the past years" has no number.
    return false;
  }
  if (n <= 0 || n > 1000 || n != std::floor(n)) return false;
  static const WordSet span_words = {"for", "over", "within", "lasts", "last", "lasted", "lasting", "spanning"};
  DurationValue d;
  d.amount = static_cast<int>(n);
  std::size_t b = pos, e = 0;
  // "decades" count years by ten: "three decades ago", "a two-decade history".
  auto unit_word = [&](std::size_t p, std::string& unit, std::size_t& ue) {
    for (const std::string_view u : {"years", "year", "days", "day", "decades", "decade"}) {
      if (word_at(t, p, u)) {
        const bool decades = u.starts_with("decade");
        unit = u.starts_with("day") ? "day" : "year";
        if (decades && d.amount <= 100) d.amount *= 10;
        ue = p + u.size();
        return true;
      }
    }
    return false;
  };
  if (after < t.size() && t[after] == '-' && unit_word(after + 1, d.unit, e)) {
    // "four-year history", "three-day meeting"; a "Five-Year Plan" is a name.
    std::size_t p = skip_spaces(t, e);
    if (word_at(t, p, "plan") || word_at(t, p, "plans")) return false;
    if (word_at(t, p, "history")) {
      d.form = "history";
      e = p + 7;
    } else if (word_at(t, p, "old")) {
      d.form = "age";
    } else {
      d.form = "span";
    }
  } else if (after < t.size() && t[after] == ' ') {
    std::size_t p = skip_spaces(t, after);
    if (word_at(t, p, "consecutive") || word_at(t, p, "straight")) {
      std::size_t q = skip_spaces(t, p + (word_at(t, p, "straight") ? 8 : 11));
      if (!unit_word(q, d.unit, e)) return false;
      d.form = "consecutive";
    } else if (unit_word(p, d.unit, e)) {
      std::size_t q = skip_spaces(t, e);
      auto prev = w.words_back(pos, 3);
      bool past = !prev.empty() && (prev.back() == "past" || prev.back() == "last");
      if (!prev.empty() && prev.back() == "next") {
        d.form = "ahead";  // "in the next 30 years": a time to come, no age of anything
      } else if (past) {
        d.form = "past";
        // Start the span at "over the past" / "in the past" / "the past".
        std::size_t s = pos;
        for (int k = 0; k < 3 && s > 0; ++k) {
          std::size_t s2 = s;
          while (s2 > 0 && t[s2 - 1] == ' ') --s2;
          std::size_t s3 = s2;
          while (s3 > 0 && is_word(t[s3 - 1])) --s3;
          std::string word = lower(t.substr(s3, s2 - s3));
          if (word == "past" || word == "last" || word == "the" || word == "over" || word == "in" || word == "during")
            s = s3;
          else
            break;
        }
        b = s;
      } else if (word_at(t, q, "since")) {
        d.form = "since";
        e = q + 5;
      } else if (word_at(t, q, "ago")) {
        d.form = "ago";
        e = q + 3;
      } else if (word_at(t, q, "later") || (word_at(t, q, "on") && (q + 2 >= t.size() || !is_alpha(t[skip_spaces(t, q + 2)])))) {
        d.form = "later";  // "Five years later", "Seven years on,": a time after, no age
        e = q + (word_at(t, q, "on") ? 2 : 5);
      } else if ((!prev.empty() && in(span_words, prev.back())) || word_at(t, q, "of")) {
        d.form = "span";  // "for three days", "over three days", "lasts two days", "four years of watching"
      } else {
        return false;
      }
    } else {
      return false;
    }
  } else {
    return false;
  }
  Claim& c = w.add_claim(ClaimKind::duration, b, e);
  c.value = std::move(d);
  end = e;
  return true;
}

// "1,600 Internet entrepreneurs, opinion leaders, experts, officials and heads": a count followed
// by an enumeration of more kinds of people counts them all.
bool enumeration_after(const Work& w, std::size_t end) {
  // Items are words joined by ", " and closed by "and" + one more item, within 80 characters; no
  // item holds a preposition, a determiner, a pronoun or a verb ("300 experts, from over 20
  // countries, attended ... and", "500 officials, business leaders attended ..., and").
  static const WordSet not_items = {
      "from", "in", "at", "of", "with", "to", "for", "on", "by", "who", "which", "that", "including", "according",
      "said", "mostly", "many", "most", "some", "all", "the", "a", "an", "were", "was", "had", "have", "has", "are",
      "is", "will", "among", "as", "also", "each"};
  std::string_view t = w.text, lo = w.lower;
  if (end + 2 >= t.size() || t[end] != ',' || t[end + 1] != ' ') return false;
  const std::size_t stop = std::min({t.size(), end + 80, w.sentences[w.sentence_at(end)].end});
  bool after_and = false, new_item = true;
  int kinds = 1;  // the count's own noun; each item after it adds one ("opinion leaders" is one)
  for (std::size_t p = end + 2; p < stop;) {
    std::size_t e = p;
    while (e < stop && (is_alpha(t[e]) || t[e] == '-' || t[e] == '\'')) ++e;
    if (e == p) return false;
    std::string_view word = lo.substr(p, e - p);
    if (word == "and" && !after_and) {
      after_and = new_item = true;  // ", and" (a serial comma) starts no extra item
    } else {
      if (not_items.contains(word)) return false;
      if (word.size() >= 5 && word.ends_with("ed")) return false;
      if (new_item) ++kinds, new_item = false;
      // The last item. Four kinds of people or more read as everyone who came ("entrepreneurs,
      // opinion leaders, experts, officials and heads"); fewer as a group of them ("officials,
      // scholars and entrepreneurs").
      if (after_and) return kinds >= 4;
    }
    if (e < stop && t[e] == ',') new_item = true, ++e;
    if (e >= stop || t[e] != ' ') return false;
    p = e + 1;
  }
  return false;
}

bool try_count(Work& w, std::size_t pos, std::size_t& end) {
  grammar::ast::CountMention m;
  if (!parse_at(w.text, pos, grammar::count(), m, end)) return false;
  if (m.number <= 0 || m.number != std::floor(m.number)) return false;
  CountValue v;
  v.number = static_cast<long long>(m.number);
  v.qualifier = qualifier_name(m.qualifier);
  const grammar::Unit& unit = grammar::units()[static_cast<std::size_t>(m.unit)];
  v.unit = unit.unit;
  v.may_attend = unit.attends;
  v.noun = lower(m.noun);
  // The noun phrase after the number: "experts", "world leaders", "foreign guests". Only a bare
  // noun that counts everyone ("guests", "countries") is the whole attendance; anything narrower
  // is a group, compared only with the same group, unless a list of more kinds of people follows.
  std::size_t q = skip_spaces(w.text, pos + m.qualifier_text.size());
  double n = 0;
  std::size_t number_end = q;
  if (parse_at(w.text, q, grammar::number(), n, number_end)) {
    if (w.text.compare(number_end, 5, "-plus") == 0) number_end += 5;
    else if (number_end < w.text.size() && w.text[number_end] == '+') number_end += 1;
    std::string phrase = lower(w.text.substr(skip_spaces(w.text, number_end), end - skip_spaces(w.text, number_end)));
    // People of one origin are a group even when a list follows: "500 foreign officials,
    // entrepreneurs, experts and scholars".
    static const WordSet origins = {"foreign", "overseas", "international", "domestic",
                                                          "local", "chinese", "non-chinese"};
    bool origin = false;
    const auto& nationalities = w.tables.nationalities;
    each_word(phrase, 0, phrase.size(), [&](std::string_view word) {
      origin |= in(origins, word) || std::binary_search(nationalities.begin(), nationalities.end(), word);
    });
    // "local and overseas participants", "domestic and foreign enterprises": origins that together
    // cover home and abroad count everyone.
    static const WordSet home = {"local", "domestic", "chinese", "mainland"}, abroad = {"overseas", "foreign", "international"};
    bool at_home = false, from_abroad = false;
    each_word(phrase, 0, phrase.size(), [&](std::string_view word) {
      at_home |= in(home, word);
      from_abroad |= in(abroad, word);
    });
    const bool everyone = at_home && from_abroad && unit.total && phrase.ends_with(v.noun);
    if (!everyone && (phrase != v.noun || !unit.total) && (origin || !enumeration_after(w, end)))
      v.subgroup = std::move(phrase);
    // "300 experts from 20 countries": the countries are the group's too.
    if (v.unit == "countries" && v.subgroup.empty() && !w.claims.empty()) {
      const Claim& people = w.claims.back();
      if (people.kind == ClaimKind::count && people.as<CountValue>().unit == "people" &&
          !people.as<CountValue>().subgroup.empty() && people.scan_end <= pos &&
          lower(w.text.substr(people.scan_end, pos - people.scan_end)) == " from ")
        v.subgroup = people.as<CountValue>().subgroup;
    }
  }
  set_count_interval(v);
  Claim& c = w.add_claim(ClaimKind::count, pos, end);
  c.value = std::move(v);
  return true;
}

}  // namespace

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
  for (const char* w : {"yesterday", "today", "tonight", "tomorrow", "this", "last", "next", "monday", "tuesday",
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
  for (const char* w : {"copyright", "all", "c"}) add(w, kChromeWord);
}

// Can a count start at token k? Its unit noun comes after at most a qualifier ("no fewer than"),
// the number and its scale words ("1.8 million"), and two modifiers ("Internet entrepreneurs"):
// a dozen space-separated chunks at most. Most numbers (years, days, percentages) have none, and
// the count grammar is not tried there.
bool unit_ahead(const Work& w, std::size_t k) {
  constexpr int kMaxChunks = 12;
  int chunks = 0;
  for (std::size_t j = k + 1; j < w.tokens.size(); ++j) {
    if (w.text[w.tokens[j].begin - 1] == ' ' && ++chunks > kMaxChunks) return false;
    if (w.token_class[j] & kUnitWord) return true;
  }
  return false;
}

void scan_mentions(Work& w) {
  std::string_view t = w.text;
  std::size_t skip_to = 0;
  const auto& tokens = w.tokens;
  std::size_t header_end = 0;  // past the last header stamp, no word is in one
  for (const auto& [b, e] : w.header_skips) header_end = std::max(header_end, e);
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (!(w.token_class[k] & kMentionStart)) continue;
    std::size_t i = tokens[k].begin;
    if (i < skip_to || (i < header_end && w.in_header_skip(i))) continue;
    std::size_t end = 0;
    char c = t[i];
    bool digit = is_digit(c);
    // "300" in "1,300-year-old" or "1.8 million" is the inside of a number that did not parse whole.
    // Inside a number ("1,300", "2.5") or a clock ("09:12 Dec 4": 12 is minutes, no day).
    if (digit && i >= 2 && (t[i - 1] == ',' || t[i - 1] == '.' || t[i - 1] == ':') && is_digit(t[i - 2])) continue;
    // Which parsers may match here, decided from the word alone: most words start no claim.
    const WordClassBits cls = digit ? (kDateWord | kNumberWord | kOrdinalWord) : (w.token_class[k] & kListedClasses);
    if (!cls && !is_upper(c)) continue;
    const bool number = cls & kNumberWord, qualifier = cls & kQualifierWord;
    if (qualifier && !number) {
      // "over", "about", "more than": a count only if a number follows within three words.
      bool number_follows = false;
      for (std::size_t j = k + 1; j < tokens.size() && j <= k + 3 && !number_follows; ++j)
        number_follows = is_digit(t[tokens[j].begin]) || (w.token_class[j] & (kNumberWord | kScaleWord));
      if (!number_follows) continue;
    }
    bool upper = is_upper(c);
    bool alias = upper && w.alias_at(i, false);
    if (((cls & kOrdinalWord) || alias || digit) && try_edition(w, i, end)) {
    } else if ((digit || (upper && (cls & kDateWord))) && try_date(w, i, end)) {
    } else if (upper && (cls & kDateWord) && try_month(w, i, end)) {
    } else if ((cls & kRelativeWord) && try_relative(w, i, end)) {
    } else if (number && try_duration(w, i, end)) {
    } else if ((number || qualifier) && unit_ahead(w, k) && try_count(w, i, end)) {
    } else if (digit && try_year(w, i, end)) {
    } else {
      continue;
    }
    skip_to = end;
  }
}

// "opened on Friday (Dec 8)", "on Dec. 8 (Friday)": a weekday and a date in parentheses beside it
// are one date whose weekday is stated (weekday-date checks it), not a relative day besides.
void pair_weekdays(Work& w) {
  auto weekday_of = [](const Claim& c) {
    if (c.kind != ClaimKind::date) return -1;
    const auto& d = c.as<DateValue>();
    return d.relation == Relation::weekday_past && d.stated_weekday_end < 0 ? d.relative_weekday : -1;
  };
  auto full_date = [](const Claim& c) {
    return c.kind == ClaimKind::date && c.as<DateValue>().relation == Relation::absolute && c.as<DateValue>().begin.day &&
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

namespace {

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

// Is pos in the article's headline: its first line of text, short and not a sentence?
bool in_headline(const Work& w, std::size_t pos) {
  std::size_t b = std::min(w.article.body_begin, w.text.size());
  while (b < w.text.size() && (w.text[b] == '\n' || w.text[b] == ' ')) ++b;
  return b < w.text.size() && w.line_begin(pos) == w.line_begin(b) && (w.line_flag(pos) & Work::kMetadataLine);
}

}  // namespace

void resolve_dates(Work& w) {
  const std::optional<CivilDate> written = w.published ? std::optional<CivilDate>(writing_date(w)) : std::nullopt;
  // A relative date read against the day p the story was written.
  // `week`: the week a weekday is said to lie in ("from Wednesday to Friday last week": -1, "next
  // week": 1, "this week": 0), weeks starting on Monday; kNoWeek when none is said.
  constexpr int kNoWeek = 99;
  auto resolve_at = [](DateValue& d, const CivilDate& p, Tense tense, int week) {
    d.resolved = true;
    switch (d.relation) {
      case Relation::yesterday: d.begin = d.end = add_days(p, -1); break;
      case Relation::today: d.begin = d.end = p; break;
      case Relation::tomorrow: d.begin = d.end = add_days(p, 1); break;
      case Relation::weekday_past:
      case Relation::weekday_future: {
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
        break;
      }
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
  };
  // A stamp in another time zone than the venue's that falls on another day there ("Nov 18, 2014
  // 10:52 PM EST" is Nov. 19 in Wuzhen): "on Wednesday" may count from either day.
  std::optional<CivilDate> other_day;
  if (written && *written == *w.published && w.series && w.series->utc_offset && w.published_minutes &&
      w.published_zone) {
    const int there = *w.published_minutes - *w.published_zone + *w.series->utc_offset;
    const int shift = there < 0 ? -1 : there >= 24 * 60 ? 1 : 0;
    if (shift) other_day = add_days(*written, shift);
  }
  for (auto& c : w.claims) {
    if (c.kind != ClaimKind::date) continue;
    auto& d = c.as<DateValue>();
    Tense tense = d.relation == Relation::weekday_past ? tense_of(w, c.scan_begin, c.scan_end) : Tense::past;
    // Headlines tell the news in the present ("Sixth WIC opens in Wuzhen on Sunday"): there the
    // present names the nearer day, back or ahead, not always the one ahead.
    if (tense == Tense::present && written && in_headline(w, c.scan_begin)) {
      const int ahead = (d.relative_weekday - weekday(*written) + 7) % 7;
      if (ahead > 3 && d.stated_weekday_end < 0) tense = Tense::past;
    }
    // "Ahead of the close on Friday, we spoke ...": the last Friday or the next; no date.
    if (tense == Tense::unknown) {
      if (d.relation == Relation::weekday_past) d.resolved = false;
      continue;
    }
    if (tense != Tense::past) d.relation = Relation::weekday_future;
    // "from Wednesday to Friday last week", "on Monday of next week": the week is said after it.
    int week = kNoWeek;
    if (d.relation == Relation::weekday_past || d.relation == Relation::weekday_future) {
      std::size_t after = skip_spaces(w.text, c.scan_end);
      if (word_at(w.lower, after, "of")) after = skip_spaces(w.text, after + 2);
      for (const auto& [said, delta] : {std::pair<std::string_view, int>{"last week", -1}, {"next week", 1}, {"this week", 0}})
        if (word_at(w.lower, after, said) && w.lower.compare(after + said.size(), 2, "'s") != 0) week = delta;
    }
    if (d.relation != Relation::absolute && w.published) {
      const DateValue unresolved = d;
      const CivilDate day = entry_day(w, c.scan_begin, *written);
      resolve_at(d, day, tense, week);
      if (other_day && day == *written) {
        DateValue there = unresolved;
        resolve_at(there, *other_day, tense, week);
        if (there.begin != d.begin || there.end != d.end) d.resolved = false;  // the day is not known
      }
    }
  }
  // "opens on Sunday and closes on Tuesday" written on a Tuesday: the Tuesday looking forward
  // after a Sunday still to come is next week's, not today.
  const DateValue* previous = nullptr;
  std::size_t previous_sentence = 0, previous_end = 0;
  for (auto& c : w.claims) {
    if (c.kind != ClaimKind::date) continue;
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
  // "Last year's conference opened on Sunday, Dec. 3": a date without a year in a sentence about
  // last (or next) year's edition takes that year, not the article's. (Not after a bare "next
  // year": "announced in September that he will step down next year".)
  std::map<std::size_t, int> sentence_year;
  for (const auto& c : w.claims)
    if (c.kind == ClaimKind::date && c.as<DateValue>().resolved && c.text.ends_with("'s") &&
        (c.as<DateValue>().relation == Relation::last_year || c.as<DateValue>().relation == Relation::next_year))
      sentence_year.emplace(c.sentence, c.as<DateValue>().begin.year);
  if (sentence_year.empty()) return;
  for (auto& c : w.claims) {
    if (c.kind != ClaimKind::date || !c.as<DateValue>().year_from_article) continue;
    auto it = sentence_year.find(c.sentence);
    if (it == sentence_year.end()) continue;
    auto& d = c.as<DateValue>();
    const int shift = it->second - d.begin.year;
    d.begin.year += shift;
    d.end.year += shift;
  }
}

namespace {

// "the event's four-year history", "the WIC's history", "the four-year history of the summit":
// the history belongs to the series only when the series owns it in the text.
bool history_of_series(const Work& w, const Claim& c) {
  std::string_view t = w.text;
  std::size_t b = c.scan_begin;
  while (b > 0 && t[b - 1] == ' ') --b;
  if (b >= 2 && t.compare(b - 2, 2, "'s") == 0) {
    std::size_t e = b - 2, a = e;
    while (a > 0 && (is_word(t[a - 1]) || t[a - 1] == ' ') && e - a < 60) {
      --a;
      if (const AliasHit* h = w.alias_at(a, true); h && h->end == e) return true;
    }
    return false;
  }
  std::size_t p = c.scan_end;
  while (p < t.size() && t[p] == ' ') ++p;
  if (!word_at(t, p, "of")) return false;
  p += 2;
  while (p < t.size() && t[p] == ' ') ++p;
  if (word_at(t, p, "the")) p += 3;
  while (p < t.size() && t[p] == ' ') ++p;
  return w.alias_at(p, true) != nullptr;
}

// "Over the past five years, the Wuzhen summit has ...": the series is the subject right after
// the duration, not merely named later in the sentence.
bool subject_after(const Work& w, std::size_t from, std::size_t sentence_end) {
  constexpr std::size_t kSubjectReach = 40;
  for (const AliasHit& h : w.aliases_in(from, std::min(sentence_end, from + kSubjectReach + 30)))
    if (h.begin <= from + kSubjectReach) return true;
  return false;
}

// "With a ten-year history behind it, the conference has become ...": a history brought in by an
// opening "with" phrase belongs to the subject after the phrase's comma.
bool history_of_subject(const Work& w, const Claim& c, const Sentence& s) {
  const auto before = words_before(w.lower, c.scan_begin, s.begin, 3);  // nearest last
  if (before.size() != 2 || before[0] != "with" || (before[1] != "a" && before[1] != "an" && before[1] != "its"))
    return false;
  const std::size_t comma = w.text.find(',', c.scan_end);
  if (comma >= s.end || count_words(w.lower, c.scan_end, comma) > 4) return false;  // "behind it", "under its belt"
  // The subject is the series' name itself, right after the comma ("the conference", "the WIC").
  std::size_t p = skip_spaces(w.text, comma + 1);
  for (std::string_view article : {"the", "this"})
    if (word_at(w.text, p, article)) {
      p = skip_spaces(w.text, p + article.size());
      break;
    }
  return w.alias_at(p, true) != nullptr;
}

// The edition a claim in sentence `s` is about: the one numbered edition the sentence names, else
// the article's main edition when the sentence speaks of the series, else 0.
// Does sentence `s` tell of another time than the article's edition? It stands under a timeline
// heading of another year ("**2014** - ... About 1,000 guests attend."), or one of its claims moves
// it ("Five years ago, about 1,000 people attended", "last year", "in 2015").
bool elsewhere_in_time(const Work& w, const Work::ClaimsBySentence& in_sentence, std::size_t s) {
  if (!w.series || !w.main_edition) return false;
  const int year = w.series->year_of(w.main_edition);
  if (!year) return false;
  if (const int section = w.section_year(w.sentences[s].begin); section && section != year) return true;
  for (std::size_t k : in_sentence[s]) {
    const Claim& c = w.claims[k];
    if (c.kind == ClaimKind::duration && c.as<DurationValue>().form == "ago") return true;
    if (c.kind == ClaimKind::date) {
      const DateValue& d = c.as<DateValue>();
      // "held every year since 2014" reaches to now.
      if (std::string_view(w.lower).substr(c.scan_begin, 6) == "since ") continue;
      if (const auto prev = w.words_back(c.scan_begin, 1); !prev.empty() && prev[0] == "since") continue;
      if (d.resolved && d.begin.year && d.begin.year != year && d.end.year != year) return true;
    }
  }
  return false;
}

// "The third, fourth and fifth conferences each drew ...", "while the second, in 2015, remains the
// largest": ordinals of editions the sentence lists or elides, so that no one edition is its
// subject. An ordinal followed by a comma or by "and"/"or" and another ordinal.
bool lists_editions(const Work& w, std::size_t s) {
  const Sentence& sent = w.sentences[s];
  auto k = std::lower_bound(w.tokens.begin(), w.tokens.end(), sent.begin,
                            [](const Token& t, std::size_t p) { return t.begin < p; });
  auto ordinal_at = [&](std::size_t j) { return j < w.tokens.size() && (w.token_class[j] & kOrdinalWord); };
  for (std::size_t j = static_cast<std::size_t>(k - w.tokens.begin()); j < w.tokens.size() && w.tokens[j].begin < sent.end;
       ++j) {
    if (!ordinal_at(j)) continue;
    const std::size_t e = w.tokens[j].begin + w.tokens[j].letters;
    // ("First, ..." opening a sentence lists points, not editions.)
    if (e < w.text.size() && w.text[e] == ',' && w.tokens[j].begin != sent.begin) return true;
    if (j + 2 < w.tokens.size() && (w.key(w.tokens[j + 1]) == "and" || w.key(w.tokens[j + 1]) == "or") &&
        ordinal_at(j + 2))
      return true;
  }
  return false;
}

// Per sentence, what edition_for_sentence found out once: bit 1 set when known, bit 2 "lists
// editions", bit 4 "tells of another time".
using SentenceFacts = std::vector<unsigned char>;

unsigned char sentence_facts(const Work& w, const Work::ClaimsBySentence& in_sentence, std::size_t s, SentenceFacts& facts) {
  unsigned char& f = facts[s];
  if (!(f & 1)) f = static_cast<unsigned char>(1 | (lists_editions(w, s) ? 2 : 0) | (elsewhere_in_time(w, in_sentence, s) ? 4 : 0));
  return f;
}

int edition_for_sentence(const Work& w, const Work::ClaimsBySentence& in_sentence, std::size_t s,
                         bool needs_reference, SentenceFacts& facts) {
  const unsigned char f = sentence_facts(w, in_sentence, s, facts);
  if (f & 2) return 0;
  int found = 0;
  bool ambiguous = false;
  for (std::size_t k : in_sentence[s]) {
    const Claim& c = w.claims[k];
    if (c.kind != ClaimKind::edition || !c.edition) continue;
    // A range, or history named in passing ("more than at the first conference"), is no subject.
    if (c.as<EditionValue>().ordinal_end || c.as<EditionValue>().history) continue;
    if (found && found != c.edition) ambiguous = true;
    found = c.edition;
  }
  if (ambiguous) return 0;
  if (found) return found;
  // Right after a sentence about another edition, and naming none itself, the sentence may go on
  // about that one: "The first conference was much smaller. Only about 1,000 guests attended it."
  if (s > 0 && w.main_edition) {
    for (std::size_t k : in_sentence[s - 1]) {
      const Claim& c = w.claims[k];
      if (c.kind == ClaimKind::edition && c.edition && c.edition != w.main_edition &&
          !c.as<EditionValue>().ordinal_end && !c.as<EditionValue>().history)
        return 0;
    }
  }
  const Sentence& sent = w.sentences[s];
  if ((needs_reference || w.other_subject) && w.aliases_in(sent.begin, sent.end).empty()) return 0;
  if (f & 4) return 0;
  // A caption may show a file photo: naming no edition, it is of none.
  if (w.block_kind(sent.begin) == BlockKind::caption) return 0;
  return w.main_edition;
}

}  // namespace

namespace {

// A plan told in the past may since have changed: "was scheduled to close on Monday (but was
// extended)", "had been planned to open on ...", "originally scheduled to open on Nov. 15", "the
// closing, originally set for Monday". The trigger is at [at, trigger_end), the date at date_begin.
bool plan_superseded(const Work& w, std::size_t at, std::size_t trigger_end, std::size_t date_begin) {
  static const WordSet plans = {"scheduled", "planned", "supposed", "due", "set", "slated", "expected", "meant"};
  static const WordSet past = {"was", "were", "had", "been", "originally", "initially"};
  const auto before = w.words_back(at, 4);  // nearest last
  const std::size_t n = before.size();
  if (n >= 3 && before[n - 1] == "to" && in(plans, before[n - 2]) && in(past, before[n - 3])) return true;
  if (trigger_end < date_begin)
    for (const auto& word : words_before(w.lower, date_begin, trigger_end, 6))
      if (word == "originally" || word == "initially") return true;
  return false;
}

// "did not open on Tuesday, as an earlier schedule had said": a negated opening or closing.
bool negated(const Work& w, std::size_t at) {
  for (const auto& word : w.words_back(at, 2))
    if (word == "not" || word == "never" || word.ends_with("n't")) return true;
  return false;
}

// Does the trigger at `at` open or close something other than the edition? Another event ("weeks
// after the World Artificial Intelligence Conference opened in Shanghai on Aug. 29"), the thing a
// relative clause hangs on ("the fourth meeting of the BRICS ministers, which opened on Monday"),
// or, after a parenthesis, a part of the edition that is the sentence's subject ("The forum on
// AI, one of 20 sub-forums at the sixth WIC, closed on Monday", "The second session, on digital
// trade, opened on Monday").
// "The second day of the fourth World Internet Conference began this morning", "the closing
// session of the summit opened": the trigger's subject is a part of the edition named by "of".
bool part_of_series_before(const Work& w, const Sentence& s, std::size_t at) {
  std::size_t e = at;
  while (e > s.begin && w.text[e - 1] == ' ') --e;
  auto h = std::lower_bound(w.aliases.begin(), w.aliases.end(), e, [](const AliasHit& a, std::size_t p) { return a.end < p; });
  if (h == w.aliases.end() || h->end != e) return false;
  const auto before = words_before(w.lower, h->begin, s.begin, 5);  // nearest last
  const auto& time = w.kb.english.words("time_parts");
  const auto& parts = w.kb.english.words("event_parts");
  for (std::size_t k = before.size(); k-- > 1;) {
    if (before[k] != "of") continue;
    const std::string head(before[k - 1]);
    return std::find(time.begin(), time.end(), head) != time.end() ||
           std::find(parts.begin(), parts.end(), head) != parts.end();
  }
  return false;
}

bool subject_is_something_else(const Work& w, const Sentence& s, std::size_t at) {
  static const WordSet event_nouns = {"conference", "summit", "forum", "congress", "expo", "exhibition", "fair",
                                      "festival", "meeting", "session", "games", "week", "show", "convention",
                                      "symposium", "assembly", "dialogue"};
  std::string_view t = w.text;
  auto word_start = [&](std::size_t e) {
    while (e > s.begin && is_alpha(t[e - 1])) --e;
    return e;
  };
  auto series_ends_at = [&](std::size_t e, bool named_only) {
    for (auto h = std::lower_bound(w.aliases.begin(), w.aliases.end(), s.begin,
                                   [](const AliasHit& a, std::size_t p) { return a.begin < p; });
         h != w.aliases.end() && h->begin < e; ++h)
      if (h->end == e && !(named_only && h->generic)) return true;
    return false;
  };
  // Back over a short parenthesis after a name, to the name: "The 2019 World Artificial
  // Intelligence Conference (WAIC) opened on Thursday", "the expo (CIIE), which opened".
  auto skip_parenthesis = [&](std::size_t e) {
    if (e <= s.begin || t[e - 1] != ')') return e;
    std::size_t p = e - 1;
    while (p > s.begin && e - p < 40 && t[p - 1] != '(' && t[p - 1] != ')') --p;
    if (p <= s.begin || t[p - 1] != '(') return e;
    p -= 1;
    while (p > s.begin && t[p - 1] == ' ') --p;
    return p;
  };
  // An acronym: two or more capitals and no small letter, in a sentence that is not all capitals.
  auto acronym = [&](std::size_t b, std::size_t e) {
    if (e < b + 2) return false;
    for (std::size_t p = b; p < e; ++p)
      if (!is_upper(t[p])) return false;
    for (std::size_t p = s.begin; p < s.end; ++p)
      if (is_lower(t[p])) return true;
    return false;
  };
  std::size_t e = at;
  while (e > s.begin && t[e - 1] == ' ') --e;
  e = skip_parenthesis(e);
  std::size_t b = word_start(e);
  std::string_view word = std::string_view(w.lower).substr(b, e - b);
  // Past the auxiliaries to the subject's last word: "the first Digital China Summit was held in
  // Fuzhou", "the expo has officially opened".
  static const WordSet auxiliaries = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had",
                                      "will", "would", "also", "officially", "formally", "successfully"};
  for (int skipped = 0; skipped < 3 && b < e && auxiliaries.contains(word) && b > s.begin; ++skipped) {
    std::size_t pe = b;
    while (pe > s.begin && t[pe - 1] == ' ') --pe;
    if (pe == b) break;
    const std::size_t pb = word_start(pe);
    if (pb == pe) break;
    e = pe, b = pb;
    word = std::string_view(w.lower).substr(b, e - b);
  }
  if ((word == "which" || word == "that") && b >= 2 && t[b - 1] == ' ' && t[b - 2] == ',') {
    e = skip_parenthesis(b - 2);
    b = word_start(e);
    word = std::string_view(w.lower).substr(b, e - b);
    if (b < e && !series_ends_at(e, false) && !w.alias_at(b, true) && (is_lower(t[b]) || acronym(b, e)))
      return true;
  }
  // An acronym that is none of the series' names: "The CIIE opened on Monday".
  if (acronym(b, e) && !series_ends_at(e, false) && !w.alias_at(b, true)) return true;
  // A generic noun ends a name that is not the series' when a capitalized word comes before it
  // ("the second World Artificial Intelligence Conference"), not when it stands alone.
  const bool in_other_name = b < e && is_upper(t[b]) && b >= 2 && t[b - 1] == ' ' && word_start(b - 1) < b - 1 &&
                             is_upper(t[word_start(b - 1)]);
  if (b < e && in(event_nouns, word) &&
      (in_other_name ? !series_ends_at(e, true) : !series_ends_at(e, false) && !w.alias_at(b, true)))
    return true;
  if (e != b || e <= s.begin || t[e - 1] != ',') return false;
  // A participle set off by commas hangs on the noun before it: "its booth, opened on Tuesday, is
  // again among the busiest". (Not "The event, hosted by Zhejiang, opened on Sunday": there the
  // verb is the sentence's own, and no finite verb follows the next comma.)
  {
    static const WordSet finite = {"is", "was", "are", "were", "has", "have", "had", "remains", "remained", "will",
                                   "would", "drew", "draws", "attracted", "attracts", "became", "stays", "stayed"};
    const std::size_t comma = e - 1;
    const std::size_t nb = word_start(comma);
    if (nb < comma && is_lower(t[nb]) && !series_ends_at(comma, false)) {
      const std::size_t next = std::string_view(t).substr(0, s.end).find(',', at);
      if (next != std::string_view::npos) {
        std::size_t p = next + 1;
        while (p < s.end && t[p] == ' ') ++p;
        std::size_t q = p;
        while (q < s.end && is_alpha(t[q])) ++q;
        if (q > p && finite.contains(std::string_view(w.lower).substr(p, q - p))) return true;
      }
    }
  }
  // After a parenthesis: the sentence's first noun, past a determiner and an ordinal.
  static const WordSet determiners = {"the", "a", "an", "this", "its", "their", "our"};
  static const WordSet sub_event_subjects = {
      "forum", "sub-forum", "subforum", "session", "panel", "workshop", "expo", "exhibition", "registration",
      "briefing", "dinner", "banquet", "seminar", "roundtable", "meeting", "competition", "contest", "tour"};
  std::size_t p = s.begin;
  auto next_word = [&]() {
    while (p < s.end && !is_alpha(t[p])) ++p;
    const std::size_t from = p;
    while (p < s.end && (is_alpha(t[p]) || t[p] == '-')) ++p;
    return std::make_pair(from, std::string_view(w.lower).substr(from, p - from));
  };
  auto [first_at, first] = next_word();
  if (in(determiners, first)) std::tie(first_at, first) = next_word();
  // Past an ordinal, a noun the series never numbers its editions with is a part of one.
  bool numbered = false;
  if (const WordClassBits* cls = w.classes.map.find(first); cls && (*cls & kOrdinalWord)) {
    std::tie(first_at, first) = next_word();
    numbered = true;
  }
  const bool part_noun = numbered && w.series &&
                         std::find(w.series->unnumbered_nouns.begin(), w.series->unnumbered_nouns.end(), first) !=
                             w.series->unnumbered_nouns.end();
  if (in(sub_event_subjects, first) && (part_noun || !w.alias_at(first_at, true))) return true;
  // ... or the noun ending the subject before the first comma, when it is another event's: "The
  // festival, now in its seventh edition, opened", "The Wuzhen Theatre Festival, ..., opened".
  if (const std::size_t comma = t.substr(0, s.end).find(',', s.begin); comma < e - 1) {
    // (A generic noun after a capitalized word ends another event's name: "The World VR Industry
    // Conference, which opened on Saturday, closes on Monday".)
    const std::size_t hb = word_start(comma);
    const bool other_name = hb < comma && is_upper(t[hb]) && hb >= 2 && t[hb - 1] == ' ' &&
                            word_start(hb - 1) < hb - 1 && is_upper(t[word_start(hb - 1)]);
    return hb < comma && in(event_nouns, std::string_view(w.lower).substr(hb, comma - hb)) &&
           (other_name ? !series_ends_at(comma, true) : !series_ends_at(comma, false) && !w.alias_at(hb, true));
  }
  return false;
}

// Does a phrase of `words` (sub-events, other events) occur in [b, e) outside the series' own
// names? For a series called an expo ("the China International Import Expo", "the expo"), "expo"
// is the edition itself; a noun the series never numbers ("session") stays a part.
bool other_than_series(const PhraseIndex& words, const Work& w, std::size_t b, std::size_t e) {
  for (auto [at, k] = words.first_in(w, b, e); k >= 0; std::tie(at, k) = words.first_in(w, at + 1, e)) {
    auto h = std::upper_bound(w.aliases.begin(), w.aliases.end(), at,
                              [](std::size_t p, const AliasHit& a) { return p < a.begin; });
    bool own = false;
    if (h != w.aliases.begin() && std::prev(h)->end > at) {
      const AliasHit& hit = *std::prev(h);
      own = true;
      if (hit.generic && hit.series) {
        const std::string noun = lower(std::string_view(w.text).substr(hit.begin, hit.end - hit.begin));
        const auto& parts = hit.series->unnumbered_nouns;
        own = std::find(parts.begin(), parts.end(), noun) == parts.end();
      }
    }
    if (!own) return true;
  }
  return false;
}

// "600 guests attending in person", "2,000 more joined online": a count of one way of attending
// (but not "attended online and offline").
bool attends_one_way(const Work& w, std::size_t from, std::size_t sentence_end) {
  static const WordSet ways = {"offline", "online", "virtually", "remotely", "onsite", "on-site"};
  // The rest of the count's clause: "600 guests attended the conference in person, while ...".
  std::size_t e = std::min(sentence_end, from + 90);
  for (std::size_t i = from; i < e; ++i)  // (find_first_of calls memchr once per byte)
    if (w.text[i] == ',' || w.text[i] == ';') {
      e = i;
      break;
    }
  std::array<std::string_view, 20> after;  // views into w.lower
  std::size_t n = 0;
  std::string_view lo = w.lower;
  for (std::size_t i = from; i < e && n < after.size();) {
    while (i < e && !is_word(lo[i])) ++i;
    const std::size_t b = i;
    while (i < e && (is_word(lo[i]) || lo[i] == '\'' || lo[i] == '-')) ++i;
    if (i > b) after[n++] = lo.substr(b, i - b);
  }
  auto way_at = [&](std::size_t k) {
    return k < n && (ways.contains(after[k]) || (after[k] == "in" && k + 1 < n && after[k + 1] == "person"));
  };
  auto link_at = [&](std::size_t k) { return k < n && (after[k] == "and" || after[k] == "or"); };
  for (std::size_t k = 0; k < n; ++k) {
    if (!way_at(k)) continue;
    const std::size_t last = after[k] == "in" ? k + 1 : k;  // "in person" is two words
    // Joined to another way: "online and offline", "in person or online", "offline and in person".
    const bool joined = (link_at(last + 1) && way_at(last + 2)) || (k >= 2 && link_at(k - 1) && way_at(k - 2)) ||
                        (k >= 3 && link_at(k - 1) && after[k - 2] == "person" && way_at(k - 3));
    return !joined;
  }
  return false;
}

// A verb with an object of its own opens or closes that object: "ready to open their AI platforms",
// "Alibaba opened a joint research lab", "it closed a deal", "Huawei began shipping". Only the
// edition as object ("Premier Li opened the conference") dates the edition.
bool transitive_use(const Work& w, std::size_t trigger_end) {
  // What may follow the verb when the edition itself opens or closes: a preposition, an adverb, a
  // time ("opened on Sunday", "opened Wednesday", "closed yesterday", "opened here", "kicked off
  // with a keynote"). Any other word is an object of the verb's own.
  static const WordSet intransitive = {
      "on", "in", "at", "with", "to", "for", "from", "until", "till", "through", "by", "amid", "after", "before",
      "under", "as", "and", "but", "or", "yesterday", "today", "tomorrow", "tonight", "this", "last", "next", "here",
      "there", "officially", "formally", "early", "late", "earlier", "later", "again", "ahead", "recently", "last",
      "over", "during", "online", "offline", "successfully", "simultaneously", "jointly", "that",
      "which", "when", "while", "where", "following", "without", "into", "around", "about"};
  std::string_view t = w.text;
  std::size_t p = trigger_end;
  if (p >= t.size() || t[p] != ' ') return false;
  while (p < t.size() && t[p] == ' ') ++p;
  std::size_t e = p;
  while (e < t.size() && (is_alpha(t[e]) || t[e] == '-')) ++e;
  if (e == p) return false;  // a number, a date, punctuation
  const std::string_view word = std::string_view(w.lower).substr(p, e - p);
  // "opened the sixth World Internet Conference", "closed the summit": the edition is the object.
  // (Not a part the series never numbers: "opened the e-commerce session".)
  auto edition_within = [&](std::size_t q) {
    for (int words = 0; words < 4 && q < t.size(); ++words) {
      while (q < t.size() && t[q] == ' ') ++q;
      if (const AliasHit* h = w.alias_at(q, true)) {
        if (t.compare(h->end, 2, "'s") == 0) return false;  // "the conference's digital-economy forum"
        if (!h->generic || !w.series) return true;
        const std::string noun = lower(t.substr(h->begin, h->end - h->begin));
        const auto& parts = w.series->unnumbered_nouns;
        return std::find(parts.begin(), parts.end(), noun) == parts.end();
      }
      while (q < t.size() && (is_alpha(t[q]) || is_digit(t[q]) || t[q] == '-' || t[q] == '\'')) ++q;
    }
    return false;
  };
  if (is_upper(t[p])) {
    // "opened Wednesday", "closed Friday": a time; "opened Tencent's new office": an object.
    const WordClassBits* cls = w.classes.map.find(word);
    if (cls && (*cls & (kDateWord | kRelativeWord))) return false;
    return !edition_within(p);
  }
  if (intransitive.contains(word)) return false;
  return !edition_within(p);
}

// "Registration for the Fifth World Internet Conference opened today": the series is named, but
// what opened is a thing of it, named before "for"/"of" ("registration", "the expo").
bool thing_of_the_series(const Work& w, const Sentence& s, std::size_t at) {
  static const WordSet things = {"registration", "registrations", "accreditation", "applications", "application",
                                 "preparations", "voting", "tickets", "bidding", "exhibition", "expo", "forum",
                                 "sub-forum", "subforum", "session", "workshop", "competition", "contest",
                                 "website", "portal", "pavilion", "center", "centre", "hall"};
  std::string_view t = w.text;
  std::size_t e = at;
  while (e > s.begin && t[e - 1] == ' ') --e;
  auto h = std::lower_bound(w.aliases.begin(), w.aliases.end(), s.begin,
                            [](const AliasHit& a, std::size_t p) { return a.begin < p; });
  const AliasHit* ending = nullptr;
  for (; h != w.aliases.end() && h->begin < e; ++h)
    if (h->end == e) ending = &*h;
  if (!ending) return false;
  const auto before = w.words_back(ending->begin, 4);  // nearest last
  std::size_t n = before.size();
  auto ordinal = [&](std::string_view word) {
    const WordClassBits* cls = w.classes.map.find(word);
    return (cls && (*cls & kOrdinalWord)) || (!word.empty() && is_digit(word[0]));
  };
  if (n && ordinal(before[n - 1])) --n;
  if (n && before[n - 1] == "the") --n;
  if (n < 2 || (before[n - 1] != "for" && before[n - 1] != "of")) return false;
  return things.contains(before[n - 2]);
}

}  // namespace

namespace {

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

}  // namespace

namespace {

// "The first conference in 2014 drew about 1,000 guests; this year more than 1,500 guests
// attended": the count's clause (cut at ";", ", but", ", while", ", whereas") names no edition and
// says before the count that it is of another year than the edition's the sentence names.
bool clause_of_another_year(const Work& w, const Work::ClaimsBySentence& in_sentence, const Claim& c) {
  if (!w.series) return false;
  const Sentence& s = w.sentences[c.sentence];
  const std::string_view lo = std::string_view(w.lower).substr(s.begin, c.scan_begin - s.begin);
  // The last cut before the count, found in one backward pass (rfind of each cut compares at
  // every position). Cuts cannot overlap, so the last to start is the last to end.
  // "last year, when some 2,000 guests attended", "in 2015, when ...": a "when" clause is set at
  // the time just before its comma, which is then the clause's own.
  std::size_t clause = s.begin, when = std::string_view::npos;
  for (std::size_t i = lo.size(); i-- > 0 && clause == s.begin;) {
    if (lo[i] == ';') {
      clause = s.begin + i + 1;
    } else if (lo[i] == ',') {
      for (std::string_view cut : {", but ", ", while ", ", whereas ", ", when "})
        if (lo.compare(i, cut.size(), cut) == 0 && i + cut.size() <= lo.size()) {
          clause = s.begin + i + cut.size();
          if (cut == ", when ") when = s.begin + i;
        }
    }
  }
  if (clause == s.begin) return false;
  const int year = w.series->year_of(c.edition);
  if (!year) return false;
  bool other_year = false;
  for (std::size_t k : in_sentence[c.sentence]) {
    const Claim& o = w.claims[k];
    if (o.scan_end == when && o.kind == ClaimKind::date) {
      const DateValue& d = o.as<DateValue>();
      other_year |= d.resolved && d.begin.year && d.begin.year != year && d.end.year != year;
      continue;
    }
    if (o.scan_begin < clause || o.scan_end > c.scan_begin) continue;
    if (o.kind == ClaimKind::edition) return false;  // the clause names its own edition
    if (o.kind != ClaimKind::date) continue;
    const DateValue& d = o.as<DateValue>();
    other_year |= d.resolved && d.begin.year && d.begin.year != year && d.end.year != year;
  }
  return other_year;
}

// "In April, the WIC held its first Asia-Pacific Summit in Hong Kong, which drew some 1,000
// guests", "Some 1,000 guests attended the Future of Go Summit": a count whose nearest event
// before it in the sentence is another event (a name ending in one of the series' nouns), or,
// with none before it, the first event after its attendance verb at `pred`, is that event's. An
// edition named as the verb's object ("drew 1,500 guests to the sixth WIC") keeps it.
bool count_of_other_event(const Work& w, const Sentence& s, const Claim& c, std::size_t pred) {
  if (w.other_names.empty()) return false;
  // The first event named at or after p in the sentence: +1 the series, -1 another, 0 none.
  auto first_after = [&](std::size_t p) {
    const auto series = w.aliases_in(p, s.end);
    auto other = std::lower_bound(w.other_names.begin(), w.other_names.end(), std::make_pair(p, std::size_t{0}));
    const bool has_other = other != w.other_names.end() && other->second <= s.end;
    if (!series.empty() && (!has_other || series.front().begin < other->first)) return 1;
    return has_other ? -1 : 0;
  };
  if (pred > c.scan_end && first_after(pred) == 1) return false;
  // The nearest event named before the count.
  auto other = std::lower_bound(w.other_names.begin(), w.other_names.end(), std::make_pair(c.scan_begin, std::size_t{0}));
  std::size_t other_end = 0;
  if (other != w.other_names.begin() && std::prev(other)->second <= c.scan_begin && std::prev(other)->first >= s.begin)
    other_end = std::prev(other)->second;
  std::size_t series_end = 0;
  for (const AliasHit& h : w.aliases_in(s.begin, c.scan_begin)) series_end = h.end;
  if (other_end || series_end) return other_end > series_end;
  return pred > c.scan_end && first_after(pred) == -1;
}

}  // namespace

void attach_claims(Work& w) {
  std::string_view t = w.text;
  const auto& trigger_list = w.english.trigger_list;
  const PhraseIndex& triggers = w.english.triggers;
  const PhraseIndex& attendance = w.english.attendance;
  const PhraseIndex& parts = w.english.parts;
  const PhraseIndex& hosting = w.english.hosting;
  const PhraseIndex& sub_events = w.english.sub_events;
  const auto in_sentence = w.claims_by_sentence();
  SentenceFacts facts(w.sentences.size(), 0);
  // A forecast head count ("Organizers expect 2,000 guests"): where it ends, so that the countries
  // its guests come from ("... from over 120 countries") are not taken as a head count either.
  std::size_t forecast_end = std::string_view::npos, forecast_sentence = 0;
  for (auto& c : w.claims) {
    const Sentence& s = w.sentences[c.sentence];
    if (c.kind == ClaimKind::date) {
      auto& d = c.as<DateValue>();
      if (d.year_only) continue;
      // The trigger nearest before the date, and after any date before it in the sentence, decides
      // what part of the edition it dates: in "the closing session on Tuesday ... register by
      // Saturday", "closing" is Tuesday's.
      std::size_t from = s.begin;
      for (std::size_t k : in_sentence[c.sentence]) {
        const Claim& o = w.claims[k];
        if (o.kind == ClaimKind::date && o.scan_end <= c.scan_begin) from = std::max(from, o.scan_end);
      }
      auto [at, k] = triggers.last_in(w, from, c.scan_begin);
      if (k >= 0) d.part = trigger_list[static_cast<std::size_t>(k)].second;
      // "The Light of Internet Expo, which runs until Friday, ...": the trigger's subject is a part of
      // the event, so the date is no opening or closing of the edition.
      if (k >= 0 && other_than_series(sub_events, w, s.begin, at)) d.part = EventPart::mention;
      if (k >= 0 && d.part != EventPart::mention) {
        const std::string& trigger = trigger_list[static_cast<std::size_t>(k)].first;
        const bool verb = trigger != "until" && trigger != "till" && trigger != "opening" && trigger != "closing" &&
                          trigger != "underway" && trigger != "under way";
        // "The second Digital China Summit opened in Fuzhou on May 6 and closed on May 8": a verb
        // after "and" shares the subject of the trigger before it.
        std::size_t subject_at = at;
        if (const auto prev = w.words_back(at, 1); verb && !prev.empty() && prev[0] == "and")
          if (const auto [before, kb] = triggers.last_in(w, s.begin, static_cast<std::size_t>(prev[0].data() - w.lower.data()));
              kb >= 0)
            subject_at = before;
        if (plan_superseded(w, at, at + trigger.size(), c.scan_begin) || subject_is_something_else(w, s, subject_at) ||
            part_of_series_before(w, s, subject_at) ||
            (trigger != "until" && trigger != "till" && negated(w, at)) ||
            (verb && transitive_use(w, at + trigger.size())) || thing_of_the_series(w, s, at))
          d.part = EventPart::mention;
      }
      // "won't open until Sunday", "does not open until Sunday": the opening, not a closing.
      if (k >= 0 && (trigger_list[static_cast<std::size_t>(k)].first == "until" ||
                     trigger_list[static_cast<std::size_t>(k)].first == "till")) {
        for (const auto& word : w.words_back(at, 4))
          if (word == "not" || word == "won't" || word == "doesn't" || word == "isn't" || word == "never" ||
              word == "don't")
            d.part = EventPart::opening;
      }
      // "..., and registration closes on Saturday": a verb whose subject is a common noun other than
      // the series' own ("the summit closes", "which closes", "it officially opened") dates that
      // thing, not the edition.
      static const WordSet not_verbs = {"till", "until", "opening", "closing", "open", "close",
                                                              "underway", "under way"};
      if (k >= 0 && d.part != EventPart::mention && !in(not_verbs, trigger_list[static_cast<std::size_t>(k)].first)) {
        static const WordSet subjects = {
            "it", "which", "that", "who", "and", "also", "will", "would", "to", "be", "been", "has", "have", "had",
            "is", "was", "then", "just", "already", "finally", "formally", "officially", "they", "we", "not",
            "never", "the", "a", "an", "its", "their", "his", "her", "our", "day", "week", "being"};
        std::size_t b = at;
        while (b > s.begin && w.text[b - 1] == ' ') --b;
        std::size_t a = b;
        while (a > s.begin && is_alpha(w.text[a - 1])) --a;
        const std::string_view word = std::string_view(w.lower).substr(a, b - a);
        if (a < b && b == at - 1 && is_lower(w.text[a]) && !w.alias_at(a, true) && !in(subjects, word) &&
            !word.ends_with("ly"))
          d.part = EventPart::mention;
      }
      if (d.part == EventPart::running && d.end == d.begin && d.stated_weekday_end < 0) d.part = EventPart::mention;
      int ed = d.part == EventPart::mention ? 0 : edition_for_sentence(w, in_sentence, c.sentence, true, facts);
      // "Day 1 (Wednesday, Nov 8): opening ceremony": a line of the programme of the article's
      // edition.
      if (k < 0 && w.main_edition) {
        if (const EventPart part = schedule_part(w, s, c); part != EventPart::mention) {
          d.part = part;
          ed = (sentence_facts(w, in_sentence, c.sentence, facts) & 4) ? 0 : w.main_edition;
        }
      }
      if (!ed) d.part = EventPart::mention;
      c.edition = ed;
      // "The fourth WIC opened on Sunday, Dec. 3" in a 2019 article: a date without a year that
      // dates an edition takes the edition's year, not the article's.
      if (ed && d.relation == Relation::absolute && d.year_from_article && w.series)
        if (const int year = w.series->year_of(ed); year && year != d.begin.year) {
          const int shift = year - d.begin.year;
          d.begin.year += shift;
          d.end.year += shift;
          d.year_from_article = false;
        }
    } else if (c.kind == ClaimKind::count) {
      auto& v = c.as<CountValue>();
      if (v.unit == "organizations" || !v.may_attend || v.number >= 1000000) continue;
      std::size_t pred = attendance.first_in(w, s.begin, s.end).first;
      if (pred == std::string_view::npos) continue;
      if (other_than_series(parts, w, pred, std::min(s.end, pred + 60))) continue;
      if (count_of_other_event(w, s, c, pred)) continue;
      // "The Light of Internet Expo, a highlight of the summit, drew 30,000 visitors": the part is
      // the subject of the verb the count is the object of.
      if (pred < c.scan_begin && other_than_series(parts, w, s.begin, pred)) continue;
      // "The Internet of Things forum, with about 300 participants, was the best attended": the
      // count belongs to the part named before it.
      if (pred >= c.scan_end) {
        const auto before = words_before(w.lower, c.scan_begin, s.begin, 6);
        const std::size_t from = before.empty() ? c.scan_begin : static_cast<std::size_t>(before[0].data() - w.lower.data());
        if (other_than_series(parts, w, from, c.scan_begin)) continue;
      }
      auto prev = words_before(w.lower, c.scan_begin, s.begin, 3);
      // "Organizers had expected 2,000 guests to attend", "hope to draw 2,000 guests": a forecast,
      // not a head count. ("1,500 guests are expected to attend", written on the opening day, is
      // how wires report attendance, and stands.)
      // "More than 2,000 guests, including leaders from eight countries": a part of those counted.
      {
        bool part = false;
        for (const auto& p : words_before(w.lower, c.scan_begin, s.begin, 4)) {
          if (p != "including" && p != "includes" && p != "include") continue;
          // ... after a count of the whole (not "Including online participants, more than 2,000").
          const std::size_t at = static_cast<std::size_t>(p.data() - w.lower.data());
          for (std::size_t k : in_sentence[c.sentence])
            part |= &w.claims[k] != &c && w.claims[k].kind == ClaimKind::count && w.claims[k].scan_end <= at;
        }
        if (part) continue;
      }
      static const WordSet forecasts = {"expect", "expects", "expected", "anticipate", "anticipates", "anticipated",
                                        "hope", "hopes", "hoped", "projected", "predicted", "forecast", "target",
                                        "targets", "aims", "plans", "planned"};
      bool forecast = false;
      for (const auto& p : prev) forecast |= in(forecasts, p);
      // "is expected to bring together upwards of 1,000 guests": the forecast governs the verb.
      if (pred < c.scan_begin)
        for (const auto& p : words_before(w.lower, pred, s.begin, 3)) forecast |= in(forecasts, p);
      if (forecast) {
        forecast_end = c.scan_end, forecast_sentence = c.sentence;
        continue;
      }
      if (v.unit == "countries" && forecast_end != std::string_view::npos && forecast_sentence == c.sentence &&
          forecast_end <= c.scan_begin && c.scan_begin - forecast_end <= 16)
        continue;
      // "about 600 guests attending in person", "300 joined online": one way of attending, not all.
      if (attends_one_way(w, c.scan_end, s.end)) continue;
      // "Over the past six years, the conference has drawn more than 8,000 guests", "Since 2014,
      // the summit has attracted 10,000 guests": a total over several editions, not one's.
      {
        bool spans_editions = false;
        for (std::size_t k : in_sentence[c.sentence]) {
          const Claim& o = w.claims[k];
          if (o.kind != ClaimKind::duration || o.scan_end > c.scan_begin) continue;
          const DurationValue& dv = o.as<DurationValue>();
          if (std::string_view(w.text).substr(o.scan_end, c.scan_begin - o.scan_end).find(';') != std::string_view::npos)
            continue;
          spans_editions |= (dv.form == "past" && dv.amount > 1) || (dv.form == "since" && o.scan_begin == s.begin);
        }
        if (spans_editions) continue;
      }
      // "more than 1,500 guests this year, up from 1,000 guests at the first WIC in 2014": two
      // figures compared in one sentence belong to two editions the sentence does not tell apart.
      static const PhraseIndex comparisons({"up from", "down from", "compared with", "compared to", "twice as many",
                                            "three times as many", "versus", "than the", "than at the"});
      int same_unit = 0;
      for (std::size_t k : in_sentence[c.sentence])
        same_unit += w.claims[k].kind == ClaimKind::count && w.claims[k].as<CountValue>().unit == v.unit;
      if (same_unit >= 2 && comparisons.any_in(w, s.begin, s.end)) continue;
      if (v.unit == "countries") {
        // "guests from over 110 countries": the countries of the people who came. "in more than
        // 170 countries" is somewhere else entirely.
        bool from = false;
        for (const auto& p : prev) from |= p == "from";
        if (!from) continue;
      } else if (pred < c.scan_begin) {
        // "attracted 1,500 guests" names them after the verb; "had attended ... 1,500" does not count.
        std::string verb = lower(t.substr(pred, 8));
        bool object = verb.rfind("attract", 0) == 0 || verb.rfind("drew", 0) == 0 || verb.rfind("draw", 0) == 0 ||
                      verb.rfind("brought", 0) == 0 || verb.rfind("bringing", 0) == 0 ||
                      verb.rfind("gathered", 0) == 0;
        // "three days of talks attended by some 1,500 guests": the passive names them after "by".
        if (!object && verb.rfind("attended", 0) == 0) {
          const auto between = words_before(w.lower, c.scan_begin, pred, 3);
          object = !between.empty() && between[between.size() - 1] == "by";
          if (!object && between.size() >= 2) object = between[between.size() - 2] == "by";  // "by some 1,500"
        }
        if (!object) continue;
      }
      v.attendance = true;
      c.edition = edition_for_sentence(w, in_sentence, c.sentence, false, facts);
      if (c.edition && clause_of_another_year(w, in_sentence, c)) c.edition = 0;
    } else if (c.kind == ClaimKind::duration) {
      auto& d = c.as<DurationValue>();
      bool about_series = !w.aliases_in(s.begin, s.end).empty();
      if (w.series && about_series) {
        if (d.form == "history") {
          d.series = history_of_series(w, c) || history_of_subject(w, c, s);
        } else if (d.form == "past") {
          d.series = subject_after(w, c.scan_end, s.end);
        } else if (d.form == "consecutive") {
          // The hosting verb must be in the duration's own clause: not "Tesla has taken part in
          // the WIC for three consecutive years, and the summit has been held in autumn ...".
          std::size_t clause_b = s.begin, clause_e = s.end;
          const std::string_view lo = std::string_view(w.lower).substr(s.begin, s.end - s.begin);
          for (const char* cut : {", and ", ", but ", "; "}) {
            const std::size_t before = lo.rfind(cut, c.scan_begin - s.begin);
            if (before != std::string_view::npos) clause_b = std::max(clause_b, s.begin + before);
            const std::size_t after = lo.find(cut, c.scan_end - s.begin);
            if (after != std::string_view::npos) clause_e = std::min(clause_e, s.begin + after);
          }
          d.series = hosting.any_in(w, clause_b, clause_e);
        }
      }
      if (d.form == "consecutive") {
        // "Since 2014, ... for eight consecutive years": the start year from the same sentence.
        for (std::size_t k : in_sentence[c.sentence]) {
          const Claim& o = w.claims[k];
          if (o.kind == ClaimKind::duration && o.as<DurationValue>().form == "since")
            d.since_year = o.as<DurationValue>().since_year;
        }
      }
      if (d.series || d.form == "span") c.edition = about_series ? edition_for_sentence(w, in_sentence, c.sentence, true, facts) : 0;
    }
  }
}

// "Correction: An earlier version of this article said the conference opened on Saturday.", "A
// previous version misstated that the conference would close on Wednesday": what such a sentence
// reports is what the article no longer says. Its claims are dropped (the corrected statement is a
// sentence of its own).
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
      if (found.empty() || found.back() != s) found.push_back(s);
    }
  }
  const auto& found = *w.retracted;
  if (found.empty()) return;
  std::erase_if(w.claims, [&](const Claim& c) { return std::find(found.begin(), found.end(), c.sentence) != found.end(); });
}

}  // namespace extract

Extractor::~Extractor() = default;

namespace {

bool register_grammar_words(const KnowledgeBase& kb) {
  for (const auto& [phrase, canon] : kb.titles.roles) grammar::add_role_phrase(phrase);
  for (const auto& r : kb.titles.ranks) grammar::add_rank_phrase(r);
  for (const auto& n : kb.titles.nationalities) grammar::add_nationality(extract::lower(n));
  for (const auto& n : kb.titles.org_nouns) grammar::add_org_noun(n);
  // {class, unit compared in, can count attendees, counts all of them}
  const std::tuple<const char*, const char*, bool, bool> unit_classes[] = {
      {"count_people", "people", true, true},        {"count_groups", "people", true, false},
      {"count_not_attendance", "people", false, true}, {"count_countries", "countries", true, true},
      {"count_organizations", "organizations", true, true}};
  for (const auto& [cls, unit, attends, total] : unit_classes)
    for (const auto& noun : kb.english.words(cls)) grammar::add_unit({noun, unit, attends, total});
  return true;
}

}  // namespace

Extractor::Extractor(const KnowledgeBase& kb)
    : kb_(kb),
      grammar_words_(register_grammar_words(kb)),
      tables_(std::make_unique<extract::TitleTables>(kb.titles, kb.series)),
      names_(std::make_unique<extract::SeriesNames>(kb)),
      classes_(std::make_unique<extract::WordClasses>(*tables_, *names_)),
      english_(std::make_unique<extract::EnglishTables>(kb.english)) {}

namespace extract {

namespace {
std::vector<std::pair<std::string, EventPart>> event_part_triggers(const English& e) {
  std::vector<std::pair<std::string, EventPart>> t;
  for (const auto& [cls, part] : {std::pair<const char*, EventPart>{"opening", EventPart::opening},
                                  {"closing", EventPart::closing}, {"running", EventPart::running}})
    for (const auto& phrase : e.words(cls)) t.emplace_back(phrase, part);
  return t;
}
std::vector<std::string> first_of(const std::vector<std::pair<std::string, EventPart>>& list) {
  std::vector<std::string> out;
  for (const auto& [phrase, part] : list) out.push_back(phrase);
  return out;
}
}  // namespace

EnglishTables::EnglishTables(const English& e)
    : trigger_list(event_part_triggers(e)),
      triggers(first_of(trigger_list)),
      attendance(e.words("attendance")),
      parts(e.words("event_parts")),
      hosting(e.words("hosting")),
      sub_events(e.words("sub_events")),
      blocks(e) {}

}  // namespace extract

ArticleClaims Extractor::extract(const Article& article) const { return extract_with(article, std::nullopt); }

ArticleClaims Extractor::extract_with(const Article& article, std::optional<std::pair<CivilDate, Location>> given) const {
  extract::Work w(article, kb_, *tables_, *names_, *classes_, *english_);
  if (given) {
    w.published = given->first;
    w.published_loc = given->second;
    w.published_source = "dateline+edition";
  }
  w.tokenize();
  w.blocks = extract::read_blocks(w.text, w.lower, article.body_begin, english_->blocks);
  w.claims.reserve(w.tokens.size() / 12 + 8);
  extract::split_sentences(w.text, article.body_begin, w.sentences);
  if (w.sentences.empty()) w.sentences.push_back({article.body_begin, article.body_begin, 0});
  w.index_sentences();
  extract::find_publication_date(w);
  extract::find_section_years(w);
  extract::find_aliases(w);
  extract::scan_mentions(w);
  extract::pair_weekdays(w);
  extract::drop_retracted(w);
  extract::resolve_dates(w);
  extract::resolve_editions(w);
  // "BEIJING, Nov. 16 (Xinhua)" in an article that reports the 3rd edition as current: the year is
  // that edition's, and every relative date can then be resolved. Read the article again with it.
  if (!w.published && w.dateline && w.main_edition && w.series && !given) {
    CivilDate d = *w.dateline;
    d.year = w.series->year_of(w.main_edition);
    if (is_valid(d)) return extract_with(article, std::make_pair(d, *w.dateline_loc));
  }
  extract::attach_claims(w);
  extract::read_table_rows(w);
  extract::find_titles(w);
  extract::drop_retracted(w);
  // "this year's conference" in an undated article names an edition nobody can tell: no claim.
  std::erase_if(w.claims, [](const Claim& c) {
    return c.kind == ClaimKind::edition && !c.as<EditionValue>().ordinal && !c.as<EditionValue>().year;
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
    p.kind = ClaimKind::published;
    if (w.published_loc) p.loc = *w.published_loc;
    p.text = w.published_loc ? std::string(article.bytes().substr(p.loc.begin, p.loc.end - p.loc.begin)) : "";
    p.value = PublishedValue{*w.published, w.published_weekday, w.published_source};
  }
  for (const auto& c : w.claims) {
    if (c.kind == ClaimKind::edition && c.edition == out.main_edition && c.edition && !out.main_edition_loc) {
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
  for (std::size_t k : order) {
    Claim& c = out.claims.emplace_back(std::move(claim_at(k)));
    if (w.blocks.empty()) continue;
    c.block_index = w.block_at(c.scan_begin);
    c.block = w.blocks[c.block_index].kind;
  }
  return out;
}

}  // namespace wiclint
