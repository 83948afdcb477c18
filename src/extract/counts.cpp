// The count reader: figures with their qualifiers and unit nouns, and whether a figure is an
// edition's attendance (attach_count): not a forecast, a part, another event or another time.
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

// The noun right before "from" ahead of a count of countries at `pos`, when it names someone other
// than those who attend ("exhibitors from 20 countries"): the countries are theirs. "" when the
// noun counts attendees ("guests from", "participants from") or there is none.
std::string countries_of(const Work& w, std::size_t pos) {
  const auto before = w.words_back(pos, 2);  // nearest last
  if (before.size() < 2 || before[1] != "from") return "";
  const std::string noun(before[0]);
  if (noun.size() < 4 || noun.back() != 's') return "";
  if (w.english.people_nouns.contains(noun)) return "";
  static const WordSet plain = {"regions", "countries", "nations", "areas", "territories", "others", "those"};
  return in(plain, noun) ? "" : noun;
}

// "In 2016 people asked ...", "since 2014 guests have ...": a year after a preposition of time
// (english.yaml's year_prepositions), with a noun after it only because a comma was left out, is
// the year, not a count.
bool year_after_preposition(const Work& w, std::size_t pos, const grammar::ast::CountMention& m) {
  int y = 0;
  if (!m.qualifier_text.empty() || !year_at(w.text, pos, y)) return false;
  const auto prev = w.words_back(pos, 1);
  return !prev.empty() && w.english.year_prepositions.contains(prev[0]);
}

namespace {

// The noun phrase after the number: "experts", "world leaders", "foreign guests". Only a bare noun
// that counts everyone ("guests", "countries") is the whole attendance; anything narrower is a
// group, compared only with the same group, unless a list of more kinds of people follows.
void set_subgroup(Work& w, CountValue& v, const grammar::Unit& unit, std::string_view phrase_as_written, std::size_t pos,
                  std::size_t end) {
  std::string phrase = lower(phrase_as_written);
  // People of one origin are a group even when a list follows: "500 foreign officials,
  // entrepreneurs, experts and scholars".
  static const WordSet origins = {"foreign", "overseas", "international", "domestic", "local", "chinese", "non-chinese"};
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
  // "300 experts from 20 countries", "About 300 experts, from over 20 countries": the countries
  // are the group's too.
  if (v.unit == "countries" && v.subgroup.empty() && !w.claims.empty()) {
    const Claim& people = w.claims.back();
    const std::string between = people.scan_end <= pos ? lower(w.text.substr(people.scan_end, pos - people.scan_end)) : "";
    if (people.kind() == ClaimKind::count && people.as<CountValue>().unit == "people" &&
        !people.as<CountValue>().subgroup.empty() && (between == " from " || between == ", from "))
      v.subgroup = people.as<CountValue>().subgroup;
  }
  // "exhibitors from some 20 countries": the countries of people or things no count names, other
  // than those who attend ("guests from 100 countries").
  // (Not after a head count in the same sentence: "Over 1,600 entrepreneurs, experts, officials
  // and heads from over 110 countries" are the attendance's countries, told by that count.)
  const bool after_people = !w.claims.empty() && w.claims.back().kind() == ClaimKind::count &&
                            w.claims.back().as<CountValue>().unit == "people" &&
                            w.claims.back().sentence == w.sentence_at(pos);
  if (v.unit == "countries" && v.subgroup.empty() && !after_people) v.subgroup = countries_of(w, pos);
}

}  // namespace

bool try_count(Work& w, std::size_t pos, std::size_t& end) {
  grammar::ast::CountMention m;
  if (!parse_at(w.text, pos, grammar::count(), m, end)) return false;
  if (m.number <= 0 || m.number != std::floor(m.number) || year_after_preposition(w, pos, m)) return false;
  CountValue v;
  v.number = static_cast<long long>(m.number);
  v.qualifier = qualifier_name(m.qualifier);
  const grammar::Unit& unit = grammar::units()[static_cast<std::size_t>(m.unit)];
  v.unit = unit.unit;
  v.may_attend = unit.attends;
  v.noun = lower(m.noun);
  set_subgroup(w, v, unit, m.phrase, pos, end);
  set_count_interval(v);
  Claim& c = w.add_claim(ClaimKind::count, pos, end);
  c.value = std::move(v);
  return true;
}
namespace {

// The unit of "the number of Chinese internet users" that ends at `verb`: the last unit noun after
// "number of" in the same sentence, at most kReach bytes before the verb; -1 when there is none.
int unit_of_number_of(const Work& w, std::size_t sentence_begin, std::size_t verb, std::string& phrase, std::string& noun) {
  constexpr std::size_t kReach = 80;
  const std::size_t from = verb > sentence_begin + kReach ? verb - kReach : sentence_begin;
  // (Searched from `from` only: a search back to the text's start made every verb cost the text's
  // length.)
  if (from > verb) return -1;
  const std::size_t found = std::string_view(w.lower).substr(from, verb - from).rfind("number of ");
  if (found == std::string_view::npos) return -1;
  const std::size_t words = from + found + 10;
  int unit = -1;
  std::size_t unit_begin = 0, unit_end = 0;
  for (std::size_t p = words; p < verb; p = skip_spaces(w.text, p)) {
    int u = 0;
    std::size_t e = p;
    if (parse_at(w.text, p, x3::no_case[grammar::unit_words] >> !x3::ascii::alpha, u, e))
      unit = u, unit_begin = p, unit_end = e;
    while (p < verb && w.text[p] != ' ') ++p;
  }
  if (unit < 0) return -1;
  phrase = lower(w.text.substr(words, unit_end - words));
  noun = lower(w.text.substr(unit_begin, unit_end - unit_begin));
  return unit;
}

// The unit that is the total verb's subject, right before it: "Chinese users reached 710 million",
// "mobile phone users had reached 656 million" (an auxiliary may stand between). -1 when none.
int unit_of_subject(const Work& w, std::size_t sentence_begin, std::size_t verb, std::string& noun) {
  auto back = w.words_back(verb, 4);  // nearest last
  std::size_t k = back.size();
  if (k > 0 && w.english.have_auxiliaries.contains(back[k - 1])) --k;
  if (k == 0) return -1;
  const std::size_t subject_end = static_cast<std::size_t>(back[k - 1].data() - w.lower.data()) + back[k - 1].size();
  for (std::size_t j = 0; j < k; ++j) {  // the longest unit first: "internet users" before "users"
    const std::size_t b = static_cast<std::size_t>(back[j].data() - w.lower.data());
    if (b < sentence_begin) continue;
    int u = 0;
    std::size_t e = b;
    if (parse_at(w.text, b, x3::no_case[grammar::unit_words] >> !x3::ascii::alpha, u, e) && e == subject_end) {
      // "Spending by internet users reached 710 million": a unit after a preposition is no subject.
      if (const auto word_before = w.words_back(b, 1); !word_before.empty() && w.english.subject_blockers.contains(word_before[0]))
        return -1;
      noun = lower(w.text.substr(b, e - b));
      return u;
    }
  }
  return -1;
}

// A count of n of the unit numbered `unit` in grammar::units(), its noun as written (lower case).
CountValue unit_count(int unit, double n, Qualifier q, std::string noun) {
  const grammar::Unit& u = grammar::units()[static_cast<std::size_t>(unit)];
  CountValue v;
  v.number = static_cast<long long>(n);
  v.qualifier = qualifier_name(q);
  v.unit = u.unit;
  v.may_attend = u.attends;
  v.noun = std::move(noun);
  return v;
}

// A whole number of at least `least` at pos, perhaps after a qualifier ("over 630 million"), and no
// year of this era written as four digits: sets q, n and e (the number's end).
bool qualified_number(const Work& w, std::size_t pos, double least, Qualifier& q, double& n, std::size_t& e) {
  std::size_t p = pos;
  if (std::size_t qe = 0; parse_at(w.text, p, x3::no_case[grammar::qualifier_words] >> +x3::lit(' '), q, qe)) p = qe;
  e = p;
  if (!parse_at(w.text, p, grammar::number(), n, e) || n < least || n != std::floor(n)) return false;
  return !(e - p == 4 && n >= 1900 && n <= 2099);
}

}  // namespace

// "The number of Chinese internet users has risen to over 630 million", "the number of Internet
// users had reached 668 million", "mobile phone users reached 656 million": a figure told after its
// unit, as what "the number of" them or they came to (english.yaml's total_verbs right before the
// figure). The figure must end its clause.
bool try_total(Work& w, std::size_t pos, std::size_t& end) {
  const Sentence& s = w.sentences[w.sentence_at(pos)];
  const std::size_t lookback = pos > s.begin + 24 ? pos - 24 : s.begin;
  auto [verb, k] = w.english.totals.last_in(w, lookback, pos);
  if (k < 0 || skip_spaces(w.text, verb + w.english.totals.phrase(k).size()) != pos) return false;
  Qualifier q = Qualifier::exact;
  double n = 0;
  std::size_t e = 0;
  if (!qualified_number(w, pos, 1, q, n, e)) return false;  // not "reached 2019 levels"
  const std::size_t next = skip_spaces(w.text, e);
  static const WordSet ends = {"by", "in", "as", "at", "last", "this", "and", "according", "from", "up", "compared", "on"};
  const bool clause_ends = next >= w.text.size() || std::strchr(".,;:)", w.text[next]) ||
                           (next > e && ends.contains(std::string_view(w.lower).substr(next, w.lower.find(' ', next) - next)));
  if (!clause_ends) return false;
  std::string phrase, noun;
  int unit = unit_of_number_of(w, s.begin, verb, phrase, noun);
  if (unit < 0 && (unit = unit_of_subject(w, s.begin, verb, noun)) >= 0) phrase = noun;
  if (unit < 0) return false;
  CountValue v = unit_count(unit, n, q, std::move(noun));
  if (!grammar::units()[static_cast<std::size_t>(unit)].total || phrase != v.noun) v.subgroup = phrase;
  set_count_interval(v);
  end = e;
  Claim& c = w.add_claim(ClaimKind::count, pos, end);
  c.value = std::move(v);
  return true;
}

namespace {

// The end of a dash at p ("—", "–" or "-"), or p when there is none.
std::size_t dash_end(std::string_view t, std::size_t p) {
  if (t.compare(p, 3, "\xE2\x80\x94") == 0 || t.compare(p, 3, "\xE2\x80\x93") == 0) return p + 3;
  return p < t.size() && t[p] == '-' ? p + 1 : p;
}

}  // namespace

bool try_figure_item(Work& w, std::size_t pos, std::size_t& end) {
  std::string_view t = w.text;
  for (std::size_t p = w.line_begin(pos); p < pos; ++p)
    if (t[p] != ' ' && t[p] != '*' && t[p] != '-') return false;  // the figure opens its line
  Qualifier q = Qualifier::exact;
  double n = 0;
  std::size_t e = 0;
  if (!qualified_number(w, pos, 1, q, n, e)) return false;
  if (t.compare(e, 5, "-plus") == 0) e += 5, q = Qualifier::over;
  else if (e < t.size() && t[e] == '+') e += 1, q = Qualifier::over;
  std::size_t p = e;
  while (p < t.size() && (t[p] == '*' || t[p] == ' ')) ++p;
  const std::size_t after_dash = dash_end(t, p);
  if (after_dash == p) return false;
  p = after_dash;
  while (p < t.size() && (t[p] == '*' || t[p] == ' ')) ++p;
  int u = 0;
  std::size_t unit_end = p;
  if (!parse_at(t, p, x3::no_case[grammar::unit_words] >> !x3::ascii::alpha, u, unit_end)) return false;
  CountValue v = unit_count(u, n, q, lower(t.substr(p, unit_end - p)));
  if (!grammar::units()[static_cast<std::size_t>(u)].total) v.subgroup = v.noun;
  set_count_interval(v);
  end = e;
  Claim& c = w.add_claim(ClaimKind::count, pos, end);
  c.value = std::move(v);
  return true;
}

namespace {

// Does a count of countries start at p ("over 110 countries and regions", "96 countries")?
bool countries_at(const Work& w, std::size_t p) {
  grammar::ast::CountMention m;
  std::size_t e = 0;
  return parse_at(w.text, p, grammar::count(), m, e) &&
         grammar::units()[static_cast<std::size_t>(m.unit)].unit == "countries";
}

}  // namespace

// What follows the figure tells its noun: "of us" (the writer's own group: a group of its own,
// never the whole attendance), the countries they came from, or "who" and a verb of attending
// (english.yaml's attendance class) within the next few words.
bool try_elided_people(Work& w, std::size_t pos, std::size_t& end) {
  constexpr std::size_t kVerbReach = 24;
  Qualifier q = Qualifier::exact;
  double n = 0;
  std::size_t e = 0;
  if (!qualified_number(w, pos, 2, q, n, e)) return false;
  const std::string_view lo = w.lower;
  const std::size_t p = skip_spaces(w.text, e);
  std::string subgroup;
  if (word_at(lo, p, "of") && word_at(lo, skip_spaces(w.text, p + 2), "us")) {
    subgroup = "of us";
  } else if (word_at(lo, p, "from")) {
    if (!countries_at(w, skip_spaces(w.text, p + 4))) return false;
  } else if (!word_at(lo, p, "who") || !w.english.attendance.any_in(w, p + 3, std::min(w.text.size(), p + 3 + kVerbReach))) {
    return false;
  }
  CountValue v;
  v.number = static_cast<long long>(n);
  v.qualifier = qualifier_name(q);
  v.unit = "people";
  v.noun = "people";
  v.subgroup = std::move(subgroup);
  set_count_interval(v);
  end = e;
  Claim& c = w.add_claim(ClaimKind::count, pos, end);
  c.value = std::move(v);
  return true;
}

// "600 guests attending in person", "2,000 more joined online": a count of one way of attending
// (but not "attended online and offline").
bool attends_one_way(const Work& w, std::size_t from, std::size_t sentence_end) {
  const WordSet& ways = w.english.attendance_ways;
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
    if (o.scan_end == when && o.kind() == ClaimKind::date) {
      const DateValue& d = o.as<DateValue>();
      other_year |= d.resolved && d.begin.year && d.begin.year != year && d.end.year != year;
      continue;
    }
    if (o.scan_begin < clause || o.scan_end > c.scan_begin) continue;
    if (o.kind() == ClaimKind::edition) return false;  // the clause names its own edition
    if (o.kind() != ClaimKind::date) continue;
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
// A count: whether it is an edition's attendance, and which edition's.
// "about 900 guests every year", "Every year, the summit draws ...": a phrase of english.yaml's
// every_edition right after the count (within a few words) or opening its sentence.
bool said_of_every_edition(const Work& w, const Sentence& s, const Claim& c) {
  constexpr std::size_t kReach = 40;
  const std::size_t at = w.english.every_edition.first_in(w, s.begin, std::min(s.end, c.scan_end + kReach)).first;
  return at == skip_spaces(w.text, s.begin) || (at != std::string_view::npos && at >= c.scan_end);
}

namespace {

// A count of a part of the edition or of another event: "The Light of Internet Expo, a highlight of
// the summit, drew 30,000 visitors" (the part is the subject of the verb the count is the object
// of), "The Internet of Things forum, with about 300 participants, was the best attended" (the part
// is named before the count).
bool count_of_a_part(const Work& w, const Sentence& s, const Claim& c, std::size_t pred) {
  const PhraseIndex& parts = w.english.parts;
  if (other_than_series(parts, w, pred, std::min(s.end, pred + 60))) return true;
  if (count_of_other_event(w, s, c, pred)) return true;
  if (pred < c.scan_begin && other_than_series(parts, w, s.begin, pred)) return true;
  if (pred < c.scan_end) return false;
  const auto before = words_before(w.lower, c.scan_begin, s.begin, 6);
  const std::size_t from = before.empty() ? c.scan_begin : static_cast<std::size_t>(before[0].data() - w.lower.data());
  return other_than_series(parts, w, from, c.scan_begin);
}

// "More than 2,000 guests, including leaders from eight countries": a part of those counted, after
// a count of the whole (not "Including online participants, more than 2,000").
bool part_of_counted(const Work& w, const Work::ClaimsBySentence& in_sentence, const Claim& c, const Sentence& s) {
  for (const auto& p : words_before(w.lower, c.scan_begin, s.begin, 4)) {
    if (p != "including" && p != "includes" && p != "include") continue;
    const std::size_t at = static_cast<std::size_t>(p.data() - w.lower.data());
    for (std::size_t k : in_sentence[c.sentence])
      if (&w.claims[k] != &c && w.claims[k].kind() == ClaimKind::count && w.claims[k].scan_end <= at) return true;
  }
  return false;
}

// "Organizers had expected 2,000 guests to attend", "hope to draw 2,000 guests", "is expected to
// bring together upwards of 1,000 guests", "1,500 guests are expected to attend", "guests will
// attend": the forecast governs the verb, before or after the count.
bool forecast_of(const Work& w, const Claim& c, const Sentence& s, std::size_t pred) {
  const WordSet& forecasts = w.english.forecast_words;
  for (const auto& p : words_before(w.lower, c.scan_begin, s.begin, 3))
    if (in(forecasts, p)) return true;
  for (const auto& p : words_before(w.lower, pred, pred < c.scan_begin ? s.begin : c.scan_end, 3))
    if (in(forecasts, p) || (pred > c.scan_end && p == "will")) return true;
  return false;
}

// "Over the past six years, the conference has drawn more than 8,000 guests", "Since 2014, the
// summit has attracted 10,000 guests": a total over several editions, not one's.
bool total_over_editions(const Work& w, const Work::ClaimsBySentence& in_sentence, const Claim& c, const Sentence& s) {
  for (std::size_t k : in_sentence[c.sentence]) {
    const Claim& o = w.claims[k];
    if (o.kind() != ClaimKind::duration || o.scan_end > c.scan_begin) continue;
    const DurationValue& dv = o.as<DurationValue>();
    if (std::string_view(w.text).substr(o.scan_end, c.scan_begin - o.scan_end).find(';') != std::string_view::npos)
      continue;
    if ((dv.form == DurationForm::past && dv.amount > 1) || (dv.form == DurationForm::since && o.scan_begin == s.begin))
      return true;
  }
  return false;
}

// "more than 1,500 guests this year, up from 1,000 guests at the first WIC in 2014": two figures
// compared in one sentence belong to two editions the sentence does not tell apart.
bool compared_in_sentence(const Work& w, const Work::ClaimsBySentence& in_sentence, const Claim& c, const Sentence& s) {
  static const PhraseIndex comparisons({"up from", "down from", "compared with", "compared to", "twice as many",
                                        "three times as many", "versus", "than the", "than at the"});
  int same_unit = 0;
  for (std::size_t k : in_sentence[c.sentence])
    same_unit += w.claims[k].kind() == ClaimKind::count && w.claims[k].as<CountValue>().unit == c.as<CountValue>().unit;
  return same_unit >= 2 && comparisons.any_in(w, s.begin, s.end);
}

// Does the attendance verb at pred count them? "guests from over 110 countries" (the countries of
// the people who came, not "in more than 170 countries"); "attracted 1,500 guests" names them after
// the verb, "had attended ... 1,500" does not; "talks attended by some 1,500 guests" (a passive).
bool counted_by_verb(const Work& w, const Claim& c, const Sentence& s, std::size_t pred) {
  if (c.as<CountValue>().unit == "countries") {
    for (const auto& p : words_before(w.lower, c.scan_begin, s.begin, 3))
      if (p == "from") return true;
    return false;
  }
  if (pred >= c.scan_begin) return true;
  const std::string verb = lower(w.text.substr(pred, 8));
  for (const char* object_verb : {"attract", "drew", "draw", "brought", "bringing", "gathered"})
    if (verb.rfind(object_verb, 0) == 0) return true;
  if (verb.rfind("attended", 0) != 0) return false;
  const auto between = words_before(w.lower, c.scan_begin, pred, 3);
  return (!between.empty() && between[between.size() - 1] == "by") ||
         (between.size() >= 2 && between[between.size() - 2] == "by");  // "by some 1,500"
}

}  // namespace

// A count: whether it is an edition's attendance (a head count of who came, not a forecast, a
// part, another event, a total over editions or a figure of every edition), and its edition.
void attach_count(Attachment& a, Claim& c) {
  Work& w = a.w;
  const Sentence& s = w.sentences[c.sentence];
  auto& v = c.as<CountValue>();
  if (v.unit == "organizations" || !v.may_attend || v.number >= 1000000) return;
  // "members from more than 20 countries": the organization's membership, which grows over time,
  // never an edition's attendance.
  if (w.english.membership_nouns.contains(v.subgroup)) return;
  const std::size_t pred = w.english.attendance.first_in(w, s.begin, s.end).first;
  if (pred == std::string_view::npos || count_of_a_part(w, s, c, pred)) return;
  if (part_of_counted(w, a.in_sentence, c, s)) return;
  if (forecast_of(w, c, s, pred)) {
    // It keeps its edition, so that count-forecast can set it beside the outcome.
    a.forecast_end = c.scan_end, a.forecast_sentence = c.sentence;
    if (v.subgroup.empty() && v.unit == "people") {
      v.forecast = true;
      c.edition = edition_for_sentence(w, a.in_sentence, c.sentence, false, a.facts);
    }
    return;
  }
  // "3,000 guests are expected from 100 countries": the countries of the forecast.
  if (v.unit == "countries" && a.forecast_end != std::string_view::npos && a.forecast_sentence == c.sentence &&
      a.forecast_end <= c.scan_begin && c.scan_begin - a.forecast_end <= 16)
    return;
  // "The WIC has drawn about 900 guests every year since it began": a figure said of every
  // edition, which count-generalisation sets against each edition's own.
  if (v.subgroup.empty() && said_of_every_edition(w, s, c)) {
    v.every_edition = true;
    return;
  }
  // "about 600 guests attending in person", "300 joined online": one way of attending, not all.
  if (attends_one_way(w, c.scan_end, s.end)) return;
  if (total_over_editions(w, a.in_sentence, c, s) || compared_in_sentence(w, a.in_sentence, c, s)) return;
  if (!counted_by_verb(w, c, s, pred)) return;
  v.attendance = true;
  c.edition = edition_for_sentence(w, a.in_sentence, c.sentence, false, a.facts);
  if (c.edition && clause_of_another_year(w, a.in_sentence, c)) c.edition = 0;
}

}  // namespace wiclint::extract
