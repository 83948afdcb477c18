// The shared English analyses the readers ask: which edition a sentence is about, whether a
// sentence tells of another time or lists editions, a verb's subject (another event, a part of the
// edition, a thing of the series), negation, plans told in the past, a verb used transitively.
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
    if (c.kind() == ClaimKind::duration && c.as<DurationValue>().form == DurationForm::ago) return true;
    if (c.kind() == ClaimKind::date) {
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
// ", the second," between commas, with no other ordinal after it: an appositive that numbers
// what was just named, not an item of a list ("the first, the second and the third").
bool appositive_ordinal(const Work& w, std::size_t j) {
  if (j < 1 || j + 1 >= w.tokens.size() || w.key(w.tokens[j - 1]) != "the") return false;
  const std::size_t the = w.tokens[j - 1].begin;
  if (the < 2 || w.text[the - 1] != ' ' || w.text[the - 2] != ',') return false;
  const std::string_view next = w.key(w.tokens[j + 1]);
  return next != "and" && next != "or" && next != "the" && !(w.token_class[j + 1] & kOrdinalWord);
}

bool lists_editions(const Work& w, std::size_t s) {
  const Sentence& sent = w.sentences[s];
  auto ordinal_at = [&](std::size_t j) { return j < w.tokens.size() && (w.token_class[j] & kOrdinalWord); };
  for (std::size_t j = w.token_from(sent.begin); j < w.tokens.size() && w.tokens[j].begin < sent.end;
       ++j) {
    if (!ordinal_at(j)) continue;
    const std::size_t e = w.tokens[j].begin + w.tokens[j].letters;
    // ("First, ..." opening a sentence lists points, not editions; nor does an appositive that
    // numbers the edition just named: "Last year's conference, the second, drew ...".)
    if (e < w.text.size() && w.text[e] == ',' && w.tokens[j].begin != sent.begin && !appositive_ordinal(w, j))
      return true;
    if (j + 2 < w.tokens.size() && (w.key(w.tokens[j + 1]) == "and" || w.key(w.tokens[j + 1]) == "or") &&
        ordinal_at(j + 2))
      return true;
  }
  return false;
}

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
    if (c.kind() != ClaimKind::edition || !c.edition) continue;
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
      if (c.kind() == ClaimKind::edition && c.edition && c.edition != w.main_edition &&
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

// A plan told in the past may since have changed: "was scheduled to close on Monday (but was
// extended)", "had been planned to open on ...", "originally scheduled to open on Nov. 15", "the
// closing, originally set for Monday". The trigger is at [at, trigger_end), the date at date_begin.
bool plan_superseded(const Work& w, std::size_t at, std::size_t trigger_end, std::size_t date_begin) {
  const WordSet& plans = w.english.plan_words;
  const WordSet& past = w.english.plan_past_words;
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

namespace {

// The subject of the verb at `at` in sentence s, read backwards over its words.
class SubjectReader {
 public:
  SubjectReader(const Work& w, const Sentence& s) : w_(w), s_(s), t_(w.text) {}
  bool something_else(std::size_t at) const;

 private:
  std::size_t word_start(std::size_t e) const {
    while (e > s_.begin && is_alpha(t_[e - 1])) --e;
    return e;
  }
  std::string_view lower(std::size_t b, std::size_t e) const { return std::string_view(w_.lower).substr(b, e - b); }
  bool series_ends_at(std::size_t e, bool named_only) const;
  std::size_t skip_parenthesis(std::size_t e) const;
  bool acronym(std::size_t b, std::size_t e) const;
  bool after_capital(std::size_t b) const;
  bool other_event_noun(std::size_t b, std::size_t e) const;
  bool participle_of_noun_before(std::size_t comma, std::size_t at) const;
  bool first_noun_is_part() const;

  const Work& w_;
  const Sentence& s_;
  std::string_view t_;
};

bool SubjectReader::series_ends_at(std::size_t e, bool named_only) const {
  for (auto h = std::lower_bound(w_.aliases.begin(), w_.aliases.end(), s_.begin,
                                 [](const AliasHit& a, std::size_t p) { return a.begin < p; });
       h != w_.aliases.end() && h->begin < e; ++h)
    if (h->end == e && !(named_only && h->generic)) return true;
  return false;
}

// Back over a short parenthesis after a name, to the name: "The 2019 World Artificial
// Intelligence Conference (WAIC) opened on Thursday", "the expo (CIIE), which opened".
std::size_t SubjectReader::skip_parenthesis(std::size_t e) const {
  if (e <= s_.begin || t_[e - 1] != ')') return e;
  std::size_t p = e - 1;
  while (p > s_.begin && e - p < 40 && t_[p - 1] != '(' && t_[p - 1] != ')') --p;
  if (p <= s_.begin || t_[p - 1] != '(') return e;
  p -= 1;
  while (p > s_.begin && t_[p - 1] == ' ') --p;
  return p;
}

// An acronym: two or more capitals and no small letter, in a sentence that is not all capitals.
bool SubjectReader::acronym(std::size_t b, std::size_t e) const {
  if (e < b + 2) return false;
  for (std::size_t p = b; p < e; ++p)
    if (!is_upper(t_[p])) return false;
  for (std::size_t p = s_.begin; p < s_.end; ++p)
    if (is_lower(t_[p])) return true;
  return false;
}

// Is the capitalized word at b preceded by another capitalized word ("World Artificial
// Intelligence Conference")?
bool SubjectReader::after_capital(std::size_t b) const {
  return is_upper(t_[b]) && b >= 2 && t_[b - 1] == ' ' && word_start(b - 1) < b - 1 && is_upper(t_[word_start(b - 1)]);
}

// Is the word [b, e) an event noun that is not the series': a generic noun ending another
// capitalized name ("the second World Artificial Intelligence Conference"), or standing alone
// where no series name or noun is ("the festival")?
bool SubjectReader::other_event_noun(std::size_t b, std::size_t e) const {
  if (b >= e || !in(w_.english.event_name_nouns, lower(b, e))) return false;
  return after_capital(b) ? !series_ends_at(e, true) : !series_ends_at(e, false) && !w_.alias_at(b, true);
}

// A participle set off by commas hangs on the noun before it: "its booth, opened on Tuesday, is
// again among the busiest". (Not "The event, hosted by Zhejiang, opened on Sunday": there the verb
// is the sentence's own, and no finite verb follows the next comma.)
bool SubjectReader::participle_of_noun_before(std::size_t comma, std::size_t at) const {
  static const WordSet finite = {"is", "was", "are", "were", "has", "have", "had", "remains", "remained", "will",
                                 "would", "drew", "draws", "attracted", "attracts", "became", "stays", "stayed"};
  const std::size_t nb = word_start(comma);
  if (nb >= comma || !is_lower(t_[nb]) || series_ends_at(comma, false)) return false;
  const std::size_t next = t_.substr(0, s_.end).find(',', at);
  if (next == std::string_view::npos) return false;
  std::size_t p = next + 1;
  while (p < s_.end && t_[p] == ' ') ++p;
  std::size_t q = p;
  while (q < s_.end && is_alpha(t_[q])) ++q;
  return q > p && finite.contains(lower(p, q));
}

// The sentence's first noun, past a determiner and an ordinal, is a part of an edition ("The
// forum on data opened", "The ninth session ..."): a noun the series never numbers with an ordinal,
// or a sub-event's that is no name of the series.
bool SubjectReader::first_noun_is_part() const {
  static const WordSet determiners = {"the", "a", "an", "this", "its", "their", "our"};
  static const WordSet sub_event_subjects = {
      "forum", "sub-forum", "subforum", "session", "panel", "workshop", "expo", "exhibition", "registration",
      "briefing", "dinner", "banquet", "seminar", "roundtable", "meeting", "competition", "contest", "tour"};
  std::size_t p = s_.begin;
  auto next_word = [&]() {
    while (p < s_.end && !is_alpha(t_[p])) ++p;
    const std::size_t from = p;
    while (p < s_.end && (is_alpha(t_[p]) || t_[p] == '-')) ++p;
    return std::make_pair(from, lower(from, p));
  };
  auto [first_at, first] = next_word();
  if (in(determiners, first)) std::tie(first_at, first) = next_word();
  bool numbered = false;
  if (const WordClassBits* cls = w_.classes.map.find(first); cls && (*cls & kOrdinalWord)) {
    std::tie(first_at, first) = next_word();
    numbered = true;
  }
  const bool part_noun = numbered && w_.series &&
                         std::find(w_.series->unnumbered_nouns.begin(), w_.series->unnumbered_nouns.end(), first) !=
                             w_.series->unnumbered_nouns.end();
  return in(sub_event_subjects, first) && (part_noun || !w_.alias_at(first_at, true));
}

bool SubjectReader::something_else(std::size_t at) const {
  std::size_t e = at;
  while (e > s_.begin && t_[e - 1] == ' ') --e;
  e = skip_parenthesis(e);
  std::size_t b = word_start(e);
  // Past the auxiliaries to the subject's last word: "the first Digital China Summit was held in
  // Fuzhou", "the expo has officially opened".
  static const WordSet auxiliaries = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had",
                                      "will", "would", "also", "officially", "formally", "successfully"};
  for (int skipped = 0; skipped < 3 && b < e && auxiliaries.contains(lower(b, e)) && b > s_.begin; ++skipped) {
    std::size_t pe = b;
    while (pe > s_.begin && t_[pe - 1] == ' ') --pe;
    if (pe == b) break;
    const std::size_t pb = word_start(pe);
    if (pb == pe) break;
    e = pe, b = pb;
  }
  // "..., which opened": the noun before the relative pronoun.
  const std::string_view word = lower(b, e);
  if ((word == "which" || word == "that") && b >= 2 && t_[b - 1] == ' ' && t_[b - 2] == ',') {
    e = skip_parenthesis(b - 2);
    b = word_start(e);
    if (b < e && !series_ends_at(e, false) && !w_.alias_at(b, true) && (is_lower(t_[b]) || acronym(b, e))) return true;
  }
  // An acronym that is none of the series' names: "The CIIE opened on Monday".
  if (acronym(b, e) && !series_ends_at(e, false) && !w_.alias_at(b, true)) return true;
  if (other_event_noun(b, e)) return true;
  if (e != b || e <= s_.begin || t_[e - 1] != ',') return false;
  if (participle_of_noun_before(e - 1, at)) return true;
  // After a parenthesis: the sentence's first noun ...
  if (first_noun_is_part()) return true;
  // ... or the noun ending the subject before the first comma, when it is another event's: "The
  // festival, now in its seventh edition, opened", "The Wuzhen Theatre Festival, ..., opened".
  if (const std::size_t comma = t_.substr(0, s_.end).find(',', s_.begin); comma < e - 1)
    return other_event_noun(word_start(comma), comma);
  return false;
}

}  // namespace

bool subject_is_something_else(const Work& w, const Sentence& s, std::size_t at) {
  return SubjectReader(w, s).something_else(at);
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

}  // namespace wiclint::extract

namespace wiclint::extract {

namespace {

// The word before `e` in sentence s, as [begin, end): letters, digits, apostrophes (also the
// typographic one) and hyphens. Empty at punctuation or the sentence's start.
std::pair<std::size_t, std::size_t> word_before(const Work& w, const Sentence& s, std::size_t e) {
  std::string_view t = w.text;
  while (e > s.begin && t[e - 1] == ' ') --e;
  std::size_t b = e;
  auto word_byte = [&](std::size_t p) {
    const unsigned char c = static_cast<unsigned char>(t[p]);
    return is_alpha(t[p]) || is_digit(t[p]) || c == '\'' || c == '-' || c >= 0x80;
  };
  while (b > s.begin && word_byte(b - 1)) --b;
  return {b, e};
}

// Is the name hit the object of a preposition ("delegates to the 6th WIC", "the opening of the
// WIC")? Past a determiner and an ordinal or year before it.
bool object_of_preposition(const Work& w, std::size_t name_begin) {
  static const WordSet prepositions = {"of", "to", "at", "for", "from", "in", "with", "by", "about", "on", "during",
                                       "after", "before", "since", "ahead"};
  const auto before = w.words_back(name_begin, 3);  // nearest last
  std::size_t n = before.size();
  auto skippable = [&](std::string_view word) {
    const WordClassBits* cls = w.classes.map.find(word);
    return word == "the" || word == "this" || word == "year's" || (cls && (*cls & kOrdinalWord)) ||
           (!word.empty() && is_digit(word[0]));
  };
  while (n && skippable(before[n - 1])) --n;
  return n && prepositions.contains(before[n - 1]);
}

}  // namespace

// "The 6th World Internet Conference (WIC) at Wuzhen in eastern China's Zhejiang province wrapped
// up Monday": the word before the verb ends a chain of place phrases ("at Wuzhen", "in ...
// province") hung on one of the series' names, so that name, not the place, is the verb's
// subject. Not across a comma, and not when the name is itself a preposition's object
// ("delegates to the 6th WIC at Wuzhen ...").
bool place_phrase_after_series(const Work& w, const Sentence& s, std::size_t word_end) {
  const auto& prepositions = w.kb.english.words("place_prepositions");
  std::size_t e = word_end;
  for (int words = 0; words < 12; ++words) {
    const auto [b, end] = word_before(w, s, e);
    if (b == end) return false;  // punctuation: a comma, a parenthesis, the sentence's start
    const std::string_view word = std::string_view(w.lower).substr(b, end - b);
    if (words > 0 && std::find(prepositions.begin(), prepositions.end(), word) != prepositions.end()) {
      std::size_t ne = b;
      while (ne > s.begin && w.text[ne - 1] == ' ') --ne;
      if (ne > s.begin && w.text[ne - 1] == ')')  // past an acronym: "the WIC (World Internet Conference) at"
        if (const std::size_t open = w.text.rfind('(', ne - 1); open != std::string::npos && open >= s.begin &&
                                                                  ne - open < 48)
          ne = open;
      while (ne > s.begin && w.text[ne - 1] == ' ') --ne;
      for (const AliasHit& h : w.aliases_in(s.begin, ne))
        if (h.end == ne) return !object_of_preposition(w, h.begin);
    }
    e = b;
  }
  return false;
}

}  // namespace wiclint::extract
