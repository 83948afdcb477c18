// The duration reader: "four-year history", "eight consecutive years", "since 2014", "two years
// ago", spans and later times; and whether a duration is the series' own (attach_duration).
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
#include "grammar/ordinal.hpp"
#include "grammar/relative.hpp"
#include "grammar/title.hpp"
#include "grammar/words.hpp"

namespace wiclint::extract {

std::span<const std::string_view> duration_units() {
  static constexpr std::string_view kUnits[] = {"years", "year", "days", "day", "decades", "decade"};
  return kUnits;
}

namespace x3 = grammar::x3;
using grammar::ast::Qualifier;

namespace {

// A word that makes "N years" a span, before it or before the words that may stand between
// (english.yaml span_words, span_fillers): "for three days", "over three days", "in just four
// years", "for at least five years", "during those five years". `prev` is nearest last.
bool span_word_before(const Work& w, const WordList& prev) {
  for (std::size_t k = prev.size(); k-- > 0;) {
    if (w.english.span_words.contains(prev[k])) return true;
    if (!w.english.span_fillers.contains(prev[k])) return false;
  }
  return false;
}

}  // namespace

// Durations: "four-year history", "eight consecutive years", "over the past five years",
// "for three days", "three-day meeting", "50 years since", "two years ago".
namespace {
constexpr double kLongestDuration = 10000;  // years or days read as a duration; more is a figure
constexpr int kSeriesReach = 1000;          // no event series is older: a longer duration is another's

// Where a span back from now starts, for the amount or unit at pos: back over "over the past", "in
// the past", "the last".
std::size_t start_of_past(std::string_view t, std::size_t pos) {
  std::size_t s = pos;
  for (int k = 0; k < 3 && s > 0; ++k) {
    std::size_t s2 = s;
    while (s2 > 0 && t[s2 - 1] == ' ') --s2;
    std::size_t s3 = s2;
    while (s3 > 0 && is_word(t[s3 - 1])) --s3;
    const std::string word = lower(t.substr(s3, s2 - s3));
    if (word != "past" && word != "last" && word != "the" && word != "over" && word != "in" && word != "during") break;
    s = s3;
  }
  return s;
}
// "a decade of progress", "A year ago": the article stands for one. A decade is a round figure,
// so such a duration is never an age of the series to check ("over the past decade" is left
// unread). "a year" is one only told from a time, "a year ago", "a year later", "a year since" (not
// "a year of progress", "twice a year").
bool article_for_one(std::string_view t, std::size_t pos) {
  if (!word_at(t, pos, "a") || pos + 2 >= t.size() || t[pos + 1] != ' ') return false;
  if (word_at(t, pos + 2, "decade")) return true;
  if (!word_at(t, pos + 2, "year")) return false;
  const std::size_t q = skip_spaces(t, pos + 6);
  return word_at(t, q, "ago") || word_at(t, q, "later") || word_at(t, q, "since");
}

}  // namespace

namespace {

// The unit word at p ("years", "day", "decades"): sets d's unit (and multiplies a count of decades
// by ten, "three decades ago", "a two-decade history") and ue to its end.
bool unit_word(std::string_view t, std::size_t p, DurationValue& d, std::size_t& ue) {
  for (const std::string_view u : duration_units()) {
    if (!word_at(t, p, u)) continue;
    d.unit = u.starts_with("day") ? "day" : "year";
    if (u.starts_with("decade") && d.amount <= 100) d.amount *= 10;
    ue = p + u.size();
    return true;
  }
  return false;
}

// The compound [pos, e) written in capitals ("Ten-Year") before a capitalized word at next, in
// running text (after a quotation mark or a word in lower case, not in a headline written in title
// case): the start of a name, "the “Ten-Year Commemorative Honors”", not a duration. (Not "a
// three-day Forum": the unit in lower case.)
bool opens_a_name(std::string_view t, std::size_t pos, std::size_t e, std::size_t next) {
  const std::size_t dash = t.find('-', pos);
  if (!is_upper(t[pos]) || dash >= e || !is_upper(t[dash + 1]) || next >= t.size() || !is_upper(t[next])) return false;
  if (pos >= 3 && t.compare(pos - 3, 3, "\xE2\x80\x9C") == 0) return true;  // “
  if (pos >= 1 && t[pos - 1] == '"') return true;
  std::size_t b = pos;
  while (b > 0 && t[b - 1] == ' ') --b;
  return b < pos && b > 0 && is_lower(t[b - 1]);
}

// "four-year history", "three-day meeting", "a 1,300-year-old town"; a "Five-Year Plan" is a name.
// The compound starts at pos, its unit ends at e; sets the form and moves e past "history".
bool hyphen_duration(std::string_view t, std::size_t pos, DurationValue& d, std::size_t& e) {
  const std::size_t p = skip_spaces(t, e);
  if (word_at(t, p, "plan") || word_at(t, p, "plans") || opens_a_name(t, pos, e, p)) return false;
  if (word_at(t, p, "history")) {
    d.form = DurationForm::history;
    e = p + 7;
  } else {
    d.form = word_at(t, p, "old") ? DurationForm::age : DurationForm::span;
  }
  return true;
}

// "N years" at pos, its unit ending at e: the form the words around it give ("the next 30 years",
// "the past five years", "50 years since", "two years ago", "Five years later", "for three days").
// Moves b (to "the past") and e (past "ago", "since", ...); false when no word makes it a duration.
bool spaced_duration(const Work& w, std::size_t pos, DurationValue& d, std::size_t& b, std::size_t& e) {
  std::string_view t = w.text;
  const std::size_t q = skip_spaces(t, e);
  const auto prev = w.words_back(pos, 4);  // "history of more than 1,000 years": a span word and three fillers
  if (!prev.empty() && prev.back() == "next") {
    d.form = DurationForm::ahead;  // "in the next 30 years": a time to come, no age of anything
  } else if (!prev.empty() && (prev.back() == "past" || prev.back() == "last")) {
    d.form = DurationForm::past;
    b = start_of_past(t, pos);
  } else if (word_at(t, q, "since")) {
    d.form = DurationForm::since;
    e = q + 5;
  } else if (word_at(t, q, "ago")) {
    d.form = DurationForm::ago;
    e = q + 3;
  } else if (word_at(t, q, "later") || (word_at(t, q, "on") && (q + 2 >= t.size() || !is_alpha(t[skip_spaces(t, q + 2)])))) {
    // "Five years later": a time after something the text told. "Seven years on,": the same,
    // or, said of the series, its age ("WIC Wuzhen Summit: 10 years on").
    d.form = word_at(t, q, "on") ? DurationForm::on : DurationForm::later;
    e = q + (word_at(t, q, "on") ? 2 : 5);
  } else if (span_word_before(w, prev) || word_at(t, q, "of")) {
    d.form = DurationForm::span;  // "for three days", "over three days", "lasts two days", "four years of watching"
  } else {
    return false;
  }
  return true;
}

// The duration after the number that ends at `after`: its unit, form and span [b, e).
bool duration_after_number(const Work& w, std::size_t pos, std::size_t after, DurationValue& d, std::size_t& b,
                           std::size_t& e) {
  std::string_view t = w.text;
  if (after >= t.size()) return false;
  if (t[after] == '-') return unit_word(t, after + 1, d, e) && hyphen_duration(t, pos, d, e);
  if (t[after] != ' ') return false;
  const std::size_t p = skip_spaces(t, after);
  std::size_t word_end = p;
  while (word_end < t.size() && is_alpha(t[word_end])) ++word_end;
  if (w.english.running_year_words.contains(std::string_view(w.lower).substr(p, word_end - p))) {
    d.form = DurationForm::consecutive;  // "eight consecutive years", "three straight years"
    return unit_word(t, skip_spaces(t, word_end), d, e);
  }
  return unit_word(t, p, d, e) && spaced_duration(w, pos, d, b, e);
}

}  // namespace

bool try_duration(Work& w, std::size_t pos, std::size_t& end) {
  std::string_view t = w.text;
  double n = 0;
  std::size_t after = 0;
  const bool article = article_for_one(t, pos);
  if (article) {
    n = 1;
    after = pos + 1;
  } else if (!parse_at(t, pos, grammar::number(), n, after)) {
    // "a four-year history" is read from the number; "over the past years" has no number.
    return false;
  }
  // "7,000 years of civilized history", "a town for 1,300 years": a place's age is a duration too
  // (never the series', see kSeriesReach).
  if (n <= 0 || n > kLongestDuration || n != std::floor(n)) return false;
  DurationValue d;
  d.amount = static_cast<int>(n);
  std::size_t b = pos, e = 0;
  if (!duration_after_number(w, pos, after, d, b, e)) return false;
  if (article && d.form != DurationForm::span && d.form != DurationForm::ago && d.form != DurationForm::later &&
      d.form != DurationForm::on)
    return false;
  Claim& c = w.add_claim(ClaimKind::duration, b, e);
  c.value = std::move(d);
  end = e;
  return true;
}
// "over the past year", "in the past decade", "the past century": a span back from the article's
// time told by its unit alone. A figure of speech (a decade is about ten years), so it is marked
// round and never taken for the series' age.
bool try_past_span(Work& w, std::size_t pos, std::size_t& end) {
  if (!word_at(w.lower, pos, "past")) return false;
  const std::size_t p = skip_spaces(w.text, pos + 4);
  DurationValue d;
  std::size_t e = 0;
  for (const auto& [unit, years] : {std::pair<std::string_view, int>{"year", 1}, {"decade", 10}, {"century", 100}})
    if (word_at(w.lower, p, unit)) d.amount = years, e = p + unit.size();
  const auto prev = w.words_back(pos, 2);
  if (!d.amount || prev.empty() || prev.back() != "the") return false;
  const std::size_t b = start_of_past(w.text, p);  // at "over the past", "the past"
  d.unit = "year";
  d.form = DurationForm::past;
  d.round = true;
  Claim& c = w.add_claim(ClaimKind::duration, b, e);
  c.value = std::move(d);
  end = e;
  return true;
}

// "the 10th anniversary of the World Internet Conference", "its first birthday": years since a
// first edition, counted by an ordinal before a noun of english.yaml's anniversary_nouns.
bool try_anniversary(Work& w, std::size_t pos, std::size_t& end) {
  std::string_view t = w.text;
  int n = 0;
  std::size_t after = 0;
  if (!may_be_ordinal(t, pos) || !parse_at(t, pos, grammar::ordinal(), n, after) || n <= 0 || n > 1000) return false;
  const std::size_t p = skip_spaces(t, after);
  for (const auto& noun : w.kb.english.words("anniversary_nouns")) {
    if (!word_at(t, p, noun)) continue;
    DurationValue d;
    d.amount = n;
    d.unit = "year";
    d.form = DurationForm::anniversary;
    end = p + noun.size();
    Claim& c = w.add_claim(ClaimKind::duration, pos, end);
    c.value = std::move(d);
    return true;
  }
  return false;
}

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

// "WIC Wuzhen Summit: 10 years on": the series named right before a colon that leads to it.
bool series_before_colon(const Work& w, const Claim& c) {
  std::size_t b = c.scan_begin;
  while (b > 0 && w.text[b - 1] == ' ') --b;
  if (b == 0 || w.text[b - 1] != ':') return false;
  for (const AliasHit& h : w.aliases_in(w.line_begin(b), b))
    if (h.end == b - 1) return true;
  return false;
}

// "With a ten-year history behind it, the conference has become ...": a history brought in by an
// opening "with" phrase belongs to the subject after the phrase's comma.
bool history_of_subject(const Work& w, const Claim& c, const Sentence& s) {
  const auto before = words_before(w.lower, c.scan_begin, s.begin, 3);  // nearest last
  if (before.size() != 2 || before[0] != "with" || (before[1] != "a" && before[1] != "an" && before[1] != "its"))
    return false;
  const std::size_t comma = w.text.find(',', c.scan_end);
  if (comma >= s.end || count_words(w.lower, c.scan_end, comma, 4) > 4) return false;  // "behind it", "under its belt"
  // The subject is the series' name itself, right after the comma ("the conference", "the WIC").
  std::size_t p = skip_spaces(w.text, comma + 1);
  for (std::string_view article : {"the", "this"})
    if (word_at(w.text, p, article)) {
      p = skip_spaces(w.text, p + article.size());
      break;
    }
  return w.alias_at(p, true) != nullptr;
}
// A duration: whether it is the series' own (its history, its consecutive years), and its edition.
void attach_duration(Attachment& a, Claim& c) {
  Work& w = a.w;
  std::string_view t = w.text;
  const Sentence& s = w.sentences[c.sentence];
  const auto& in_sentence = a.in_sentence;
  SentenceFacts& facts = a.facts;
  const PhraseIndex& hosting = w.english.hosting;
  (void)t;
    auto& d = c.as<DurationValue>();
    bool about_series = !w.aliases_in(s.begin, s.end).empty();
    if (w.series && about_series) {
      if (d.form == DurationForm::history || d.form == DurationForm::anniversary) {
        d.series = history_of_series(w, c) || history_of_subject(w, c, s);
      } else if (d.form == DurationForm::past) {
        d.series = subject_after(w, c.scan_end, s.end);
      } else if (d.form == DurationForm::on) {
        // "Four years on, the conference has ...", "WIC Wuzhen Summit: 10 years on".
        d.series = subject_after(w, c.scan_end, s.end) || series_before_colon(w, c);
      } else if (d.form == DurationForm::consecutive) {
        // The hosting verb must be in the duration's own clause: not "Tesla has taken part in
        // the WIC for three consecutive years, and the summit has been held in autumn ...".
        std::size_t clause_b = s.begin, clause_e = s.end;
        const std::string_view lo = std::string_view(w.lower).substr(s.begin, s.end - s.begin);
        for (const char* cut : {", and ", ", but ", "; "}) {
          const std::size_t before = rfind_phrase(lo, cut, c.scan_begin - s.begin);
          if (before != std::string_view::npos) clause_b = std::max(clause_b, s.begin + before);
          const std::size_t after = lo.find(cut, c.scan_end - s.begin);
          if (after != std::string_view::npos) clause_e = std::min(clause_e, s.begin + after);
        }
        d.series = hosting.any_in(w, clause_b, clause_e);
      }
    }
    if (d.amount > kSeriesReach || d.round) d.series = false;
    if (d.form == DurationForm::consecutive) {
      // "Since 2014, ... for eight consecutive years": the start year from the same sentence.
      for (std::size_t k : in_sentence[c.sentence]) {
        const Claim& o = w.claims[k];
        if (o.kind() == ClaimKind::duration && o.as<DurationValue>().form == DurationForm::since)
          d.since_year = o.as<DurationValue>().since_year;
      }
    }
    if (d.series || d.form == DurationForm::span) c.edition = about_series ? edition_for_sentence(w, in_sentence, c.sentence, true, facts) : 0;
}

}  // namespace wiclint::extract
