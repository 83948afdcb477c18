// Editions of a series: which names denote it, where an article speaks of a numbered or dated
// edition, which edition it reports as current, and which year a phrase binds to it.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

#include "extract/internal.hpp"
#include "extract/readers.hpp"
#include "grammar/number.hpp"
#include "grammar/ordinal.hpp"

namespace wiclint::extract {

const std::vector<std::string>& current_triggers() {
  static const std::vector<std::string> words = {
      "open", "opens", "opened", "opening", "kicks off", "kicked off", "kick off", "kicking off", "runs", "running",
      "run till", "run until", "close", "closes", "closed", "closing", "concludes", "concluded", "wraps up",
      "wrapped up", "under way", "underway", "takes place", "is being held", "is held", "are held", "began",
      "begins", "starts", "started", "letter", "ongoing"};
  // Not "attended", "took part", "drew": "Cook, who attended the fourth WIC," is as often history
  // as news, and an article's current edition is named with an opening, a closing or a letter too.
  return words;
}

void Work::index_sentences() {
  sentence_block.assign((text.size() >> kSentenceBlockBits) + 1, 0);
  std::size_t s = 0;
  for (std::size_t b = 0; b < sentence_block.size(); ++b) {
    const std::size_t pos = b << kSentenceBlockBits;
    while (s + 1 < sentences.size() && sentences[s + 1].begin <= pos) ++s;
    sentence_block[b] = static_cast<std::uint32_t>(s);
  }
}

std::size_t Work::sentence_at_slow(std::size_t pos) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](std::size_t p, const Sentence& s) { return p < s.begin; });
  if (it == sentences.begin()) return 0;
  return static_cast<std::size_t>(it - sentences.begin()) - 1;
}

Claim& Work::add_claim(ClaimKind kind, std::size_t b, std::size_t e) {
  Claim& c = claims.emplace_back();
  c.set_kind(kind);
  c.loc = article.locate_norm(b, e);
  c.text = std::string(article.original(b, e));
  c.sentence = sentence_at(b);
  c.scan_begin = b;
  c.scan_end = e;
  return c;
}

std::span<const AliasHit> Work::aliases_in(std::size_t b, std::size_t e) const {
  auto first = std::lower_bound(aliases.begin(), aliases.end(), b, [](const AliasHit& h, std::size_t p) { return h.begin < p; });
  auto last = first;
  while (last != aliases.end() && last->begin < e && last->end <= e) ++last;
  return {first, last};
}

Work::ClaimsBySentence Work::claims_by_sentence() const {
  // A counting sort: two flat arrays rather than a vector per sentence.
  ClaimsBySentence out;
  out.start_.assign(sentences.size() + 1, 0);
  for (const Claim& c : claims) ++out.start_[c.sentence + 1];
  for (std::size_t s = 1; s < out.start_.size(); ++s) out.start_[s] += out.start_[s - 1];
  out.index_.resize(claims.size());
  std::vector<std::size_t> next(out.start_.begin(), out.start_.end() - 1);
  for (std::size_t k = 0; k < claims.size(); ++k) out.index_[next[claims[k].sentence]++] = k;
  return out;
}

const AliasHit* Work::alias_at(std::size_t pos, bool allow_generic) const {
  if (pos >= text.size() || !is_alpha(text[pos])) return nullptr;
  const unsigned letter = static_cast<unsigned>(lower_char(text[pos]) - 'a');
  if (!((allow_generic ? names.any_initials : names.name_initials) >> letter & 1)) return nullptr;
  auto it = std::lower_bound(aliases.begin(), aliases.end(), pos, [](const AliasHit& h, std::size_t p) { return h.begin < p; });
  if (it != aliases.end() && it->begin == pos && (allow_generic || !it->generic)) return &*it;
  return nullptr;
}

SeriesNames::SeriesNames(const KnowledgeBase& kb) {
  // Longest names first, so "WIC Wuzhen Summit" is one mention.
  for (const auto& s : kb.series) {
    for (const auto& a : s.aliases) names.push_back({a, &s, false, lower(a)});
    for (const auto& n : s.nouns) names.push_back({n, &s, true, lower(n)});
  }
  std::stable_sort(names.begin(), names.end(), [](const Name& a, const Name& b) { return a.text.size() > b.text.size(); });
  for (auto& n : names)
    while (n.first_word < n.text.size() && is_alpha(n.text[n.first_word])) ++n.first_word;
  // Index the names by their first letter (lower case), so a word is compared with few names.
  for (const auto& n : names) {
    if (n.text.empty() || !is_alpha(n.text[0])) continue;
    const unsigned letter = static_cast<unsigned>(lower_char(n.text[0]) - 'a');
    by_letter[letter].push_back(&n);
    any_initials |= 1u << letter;
    if (!n.generic) name_initials |= 1u << letter;
  }
}

namespace {

// Another event's name that ends in a generic noun: capitalized words before a capitalized noun
// ("the Future of Go Summit", "The World VR Industry Conference", "the WIC Asia-Pacific Summit").
// Its noun is that event's, never the series'. When the article names such an event before the
// series, or more often, that event is its subject: the noun alone ("the five-day summit") refers
// to it, not to the series. (A series name that begins the other name counts for the other event.)
void other_events(Work& w) {
  static const WordSet not_in_names = {"the", "a", "an", "this", "that", "its", "our", "their", "at", "in", "on",
                                       "of", "for", "to", "and", "with", "by", "from", "as", "after", "before"};
  std::string_view t = w.text, lo = w.lower;
  struct Other {
    std::string_view noun;
    std::size_t first;
    int count;
  };
  std::vector<Other> others;
  std::vector<std::size_t> prefixes;  // series names that begin another's name, by where they end
  for (std::size_t k = 0; k < w.aliases.size(); ++k) {
    AliasHit& h = w.aliases[k];
    if (!h.generic || !is_upper(t[h.begin]) || h.begin < 3 || t[h.begin - 1] != ' ') continue;
    std::size_t b = h.begin - 1;
    while (b > 0 && (is_alpha(t[b - 1]) || is_digit(t[b - 1]) || t[b - 1] == '-')) --b;
    const std::string_view prev = lo.substr(b, h.begin - 1 - b);
    if (prev.empty() || !is_upper(t[b]) || not_in_names.contains(prev)) continue;
    // "WIC Summit", "Wuzhen Conference": the series' name or venue before its own noun.
    if (k > 0 && w.aliases[k - 1].end == h.begin - 1) continue;
    if (!w.series->venue.empty() && prev.size() == w.series->venue.size() && lower(w.series->venue) == prev) continue;
    if (const WordClassBits* cls = w.classes.map.find(prev); cls && (*cls & (kOrdinalWord | kDateWord | kRelativeWord)))
      continue;
    const auto& modifiers = w.series->noun_modifiers;
    if (std::find(modifiers.begin(), modifiers.end(), prev) != modifiers.end()) continue;
    // Back over the name's capitalized words, to a series name it may start with.
    std::size_t run = b;
    while (run >= 2 && t[run - 1] == ' ' && is_alpha(t[run - 2])) {
      std::size_t q = run - 1;
      while (q > 0 && (is_alpha(t[q - 1]) || t[q - 1] == '-')) --q;
      if (!is_upper(t[q])) break;
      run = q;
    }
    if (k > 0 && !w.aliases[k - 1].generic && w.aliases[k - 1].end >= run && w.aliases[k - 1].end < h.begin) {
      prefixes.push_back(w.aliases[k - 1].end);
      run = std::min(run, w.aliases[k - 1].begin);
    }
    w.other_names.emplace_back(run, h.end);
    const std::string_view noun = lo.substr(h.begin, h.end - h.begin);
    auto it = std::find_if(others.begin(), others.end(), [&](const Other& o) { return o.noun == noun; });
    if (it == others.end()) others.push_back({noun, h.begin, 1});
    else ++it->count;
    h.series = nullptr;  // dropped below
  }
  if (others.empty()) return;
  std::size_t series_first = std::string_view::npos;
  int series_count = 0;
  for (const AliasHit& h : w.aliases)
    if (!h.generic && std::find(prefixes.begin(), prefixes.end(), h.end) == prefixes.end()) {
      ++series_count;
      series_first = std::min(series_first, h.begin);
    }
  for (const Other& o : others) {
    if (o.first > series_first && o.count <= series_count) continue;
    w.other_subject = true;
    for (AliasHit& h : w.aliases)
      if (h.generic && lo.substr(h.begin, h.end - h.begin) == o.noun) h.series = nullptr;
  }
  std::erase_if(w.aliases, [](const AliasHit& h) { return !h.series; });
}

}  // namespace

// Is the generic noun at h owned by something that is not the series ("the APEC leaders'
// meeting", "Huawei's conference")? Not when the owner is a time ("this year's conference",
// "Sunday's summit"), the series' venue ("Wuzhen's summit"), or the series itself.
bool owned_by_another(const Work& w, const AliasHit& h) {
  std::string_view t = w.text;
  std::size_t p = h.begin;
  while (p > 0 && t[p - 1] == ' ') --p;
  const bool possessive = (p >= 2 && t.compare(p - 2, 2, "'s") == 0) || (p >= 2 && t[p - 1] == '\'' && t[p - 2] == 's');
  if (!possessive) return false;
  const std::size_t owner_end = t[p - 1] == '\'' ? p - 1 : p - 2;
  std::size_t b = owner_end;
  while (b > 0 && (is_alpha(t[b - 1]) || is_digit(t[b - 1]))) --b;
  const std::string owner = lower(t.substr(b, owner_end - b));
  static const WordSet times = {"year", "years", "month", "week", "today", "tomorrow", "yesterday", "day", "days",
                                "night", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                "sunday", "season", "decade"};
  const bool year = owner.size() == 4 && std::all_of(owner.begin(), owner.end(), [](char c) { return is_digit(c); });
  if (owner.empty() || year || times.contains(owner) || (w.series && lower(w.series->venue) == owner)) return false;
  for (const AliasHit& other : w.aliases)
    if (other.end >= owner_end && other.begin <= b && !other.generic) return false;  // "the WIC's summit"
  return true;
}

namespace {

// Every series name and generic noun in the text, longest first at each word, in text order.
void match_names(Work& w) {
  using Name = SeriesNames::Name;
  std::string_view t = w.text, lo = w.lower;
  const auto& by_letter = w.names.by_letter;
  std::size_t skip_to = 0;
  for (const std::uint32_t k : w.alias_tokens) {  // no name starts with another word
    const Token& tk = w.tokens[k];
    std::size_t i = tk.begin;
    if (i < skip_to || !tk.letters) continue;
    for (const Name* np : by_letter[lo[i] - 'a']) {
      const Name& n = *np;
      if (n.first_word != tk.letters) continue;
      std::size_t e = i + n.text.size();
      if (e > t.size() || (e < t.size() && is_word(t[e]))) continue;
      // Names match as written (an acronym must stay upper case), or in any case when they are
      // several words; generic nouns in any case.
      bool any_case = n.generic || n.text.find(' ') != std::string::npos;
      bool hit = any_case ? lo.compare(i, n.text.size(), n.lower) == 0 : t.compare(i, n.text.size(), n.text) == 0;
      if (!hit) continue;
      w.aliases.push_back({i, e, n.series, n.generic});
      skip_to = e;
      break;
    }
  }
}

// Is the acronym spelled out in the text as capitalized words, one space apart, whose initials are
// its letters, and that are not within a name of the series ("World Internet Conference")?
bool spelled_as_initials(const Work& w, std::string_view a) {
  std::string_view t = w.text;
  const std::size_t n = a.size();
  auto hit = w.aliases.begin();
  for (std::size_t k = 0; k + n <= w.tokens.size(); ++k) {
    const Token& first = w.tokens[k];
    if (t[first.begin] != a[0]) continue;
    bool spelled = true;
    for (std::size_t j = 0; j < n && spelled; ++j) {
      const Token& tk = w.tokens[k + j];
      spelled = tk.letters >= 2 && t[tk.begin] == a[j] && is_lower(t[tk.begin + 1]) &&
                (j == 0 || tk.begin == w.tokens[k + j - 1].begin + w.tokens[k + j - 1].letters + 1);
    }
    if (!spelled) continue;
    while (hit != w.aliases.end() && hit->end <= first.begin) ++hit;
    if (hit != w.aliases.end() && hit->begin <= first.begin && !hit->generic) continue;
    return true;
  }
  return false;
}

// "the World Intelligence Congress (WIC)": an acronym an article defines for another name (one
// that is none of the series') means that other thing throughout the article, not the series. So
// does one the article spells out as another name's initials ("The third WIC" in an article about
// the third World Intelligence Congress), unless it defines it for the series' own name.
std::vector<std::string_view> redefined_acronyms(const Work& w) {
  std::string_view t = w.text;
  std::vector<std::string_view> redefined, own, acronyms;
  for (std::size_t k = 0; k < w.aliases.size(); ++k) {
    const AliasHit& h = w.aliases[k];
    if (h.generic) continue;
    bool acronym = h.end >= h.begin + 2;
    for (std::size_t p = h.begin; p < h.end && acronym; ++p) acronym = is_upper(t[p]);
    if (!acronym) continue;
    const std::string_view a = t.substr(h.begin, h.end - h.begin);
    if (std::find(acronyms.begin(), acronyms.end(), a) == acronyms.end()) acronyms.push_back(a);
    if (h.begin < 2 || h.end >= t.size() || t[h.begin - 1] != '(' || t[h.end] != ')') continue;
    std::size_t p = h.begin - 1;
    while (p > 0 && t[p - 1] == ' ') --p;
    std::size_t b = p;
    while (b > 0 && is_alpha(t[b - 1])) --b;
    if (b == p || !is_upper(t[b])) continue;  // not after a name
    if (k > 0 && w.aliases[k - 1].end == p && !w.aliases[k - 1].generic) {
      own.push_back(a);  // the series' own name: "the World Internet Conference (WIC)"
      continue;
    }
    redefined.push_back(a);
  }
  for (const std::string_view a : acronyms)
    if (std::find(own.begin(), own.end(), a) == own.end() && std::find(redefined.begin(), redefined.end(), a) == redefined.end() &&
        spelled_as_initials(w, a))
      redefined.push_back(a);
  return redefined;
}

// The series the article names most often (the first such in the knowledge base's order).
const Series* most_named(const Work& w) {
  std::map<const Series*, int> named;
  for (const AliasHit& h : w.aliases)
    if (!h.generic) ++named[h.series];
  int best = 0;
  const Series* series = nullptr;
  for (const auto& [s, count] : named)
    if (count > best) best = count, series = s;
  return series;
}

}  // namespace

void find_aliases(Work& w) {
  match_names(w);
  std::string_view t = w.text;
  if (const auto redefined = redefined_acronyms(w); !redefined.empty())
    std::erase_if(w.aliases, [&](const AliasHit& h) {
      return !h.generic && std::find(redefined.begin(), redefined.end(), t.substr(h.begin, h.end - h.begin)) != redefined.end();
    });
  w.series = most_named(w);
  // Generic nouns refer to a series only in an article that names it.
  std::erase_if(w.aliases, [&](const AliasHit& h) { return h.generic && h.series != w.series; });
  // "the APEC leaders' meeting", "Huawei's conference": a generic noun owned by something else.
  std::erase_if(w.aliases, [&](const AliasHit& h) { return h.generic && owned_by_another(w, h); });
  if (w.series) other_events(w);
}

namespace {

// The year an edition mention is bound to by its sentence: an absolute date with a year, or
// "in YEAR", when the sentence speaks of exactly one numbered edition.
void bind_years(Work& w) {
  std::map<std::size_t, std::vector<Claim*>> by_sentence;
  for (auto& c : w.claims)
    if (c.kind() == ClaimKind::edition && c.as<EditionValue>().ordinal && !c.as<EditionValue>().ordinal_end)
      by_sentence[c.sentence].push_back(&c);
  const auto in_sentence = w.claims_by_sentence();
  for (auto& [sentence, eds] : by_sentence) {
    int distinct = 0, last = -1;
    for (auto* e : eds)
      if (e->as<EditionValue>().ordinal != last) ++distinct, last = e->as<EditionValue>().ordinal;
    if (distinct != 1 || eds.front()->as<EditionValue>().year) continue;
    for (std::size_t k : in_sentence[sentence]) {
      const Claim& c = w.claims[k];
      if (c.kind() != ClaimKind::date) continue;
      const auto& d = c.as<DateValue>();
      // Only a full date ("Nov. 16, 2016") binds across a sentence; a bare year there is as likely
      // a deadline or a comparison ("by 2020", "since 2014").
      if (!d.resolved || !d.begin.complete()) continue;
      // A year copied from the article says nothing; one the tense moved ("opened ... on Oct. 20"
      // in a January article) does.
      if (d.year_from_article && (!w.published || d.begin.year == w.published->year)) continue;
      // Relative years ("ready for next year") bind only when they follow the mention directly
      // (see try_edition); across a sentence only absolute dates do.
      if (d.relation != Relation::absolute) continue;
      for (auto* e : eds) {
        auto& ev = e->as<EditionValue>();
        ev.year = d.begin.year;
        ev.year_location = c.loc;
      }
      break;
    }
  }
}

}  // namespace

// The edition an ordinal means. By the knowledge base's numbering, except past a year whose
// ordinals are unsettled (claims/wic.yaml: the 2020 forum): there "the seventh WIC opened on
// Sunday" in a 2021 article counts only the editions held and means the 2021 summit, the KB's
// eighth. Only when the phrase's year, or the article's for an edition it reports as under way,
// fits that reading and not the other. "The 10th year of the summit" counts years, never editions.
namespace {
int edition_meant(const Work& w, const EditionValue& e) {
  if (!e.ordinal || e.ordinal_end || e.of_years || !w.series) return e.ordinal;
  const int held = w.series->year_counting_held(e.ordinal);
  if (!held) return e.ordinal;
  if (e.year) return e.year == held && e.year != w.series->year_of(e.ordinal) ? e.ordinal + 1 : e.ordinal;
  if (!e.current || !w.published) return e.ordinal;
  // A wrap-up in the next year's first weeks still reports the year before's edition.
  const CivilDate& p = *w.published;
  const bool wrap_up = days_from_civil(p) - days_from_civil({p.year, 1, 1}) < 60;
  const int kb_year = w.series->year_of(e.ordinal);
  if (p.year == kb_year || (wrap_up && p.year == kb_year + 1)) return e.ordinal;
  if (p.year != held) return e.ordinal;
  // Months before the held-count edition opens, the article still reports the year before's.
  const auto opening = w.series->expected_opening(e.ordinal + 1);
  const bool too_early = opening && days_from_civil(*opening) - days_from_civil(p) > 60;
  return too_early ? e.ordinal : e.ordinal + 1;
}
}  // namespace

namespace {

// "A year ago today, the first WIC opened", "the first WIC, held two years ago, ...": told as of
// years back (not across "but", "while" or "now": "Two years ago ... but now the sixth").
bool told_years_ago(const Work& w, const Claim& c, const Sentence& s) {
  std::string_view before_word;
  bool ago = false;
  auto read = [&](std::string_view word) {
    if (word == "but" || word == "while" || word == "whereas" || word == "now") ago = false;
    if (word == "ago" && (before_word == "year" || before_word == "years")) ago = true;
    before_word = word;
  };
  for (const auto& p : words_before(w.lower, c.scan_begin, s.begin, 8)) read(p);
  if (ago) return true;
  before_word = {};
  // The eight words after it, up to "but" or "while" (or "ago" found).
  std::size_t i = c.scan_end;
  for (std::size_t n = 0; n < 8 && !ago && i < s.end; ++n) {
    while (i < s.end && !is_word(w.lower[i])) ++i;
    const std::size_t b = i;
    while (i < s.end && (is_word(w.lower[i]) || w.lower[i] == '\'' || w.lower[i] == '-')) ++i;
    if (i == b) break;
    const std::string_view word = std::string_view(w.lower).substr(b, i - b);
    if (word == "but" || word == "while") break;
    read(word);
  }
  return ago;
}

// Is an edition mention history? "the previous conferences", "since the first WIC", "marking the
// 10th anniversary of the conference's first edition", "like the fourth conference", told as of
// years back. `has_ago` caches, per sentence, whether it holds "ago" at all.
bool told_as_history(const Work& w, const Claim& c, const Sentence& s, signed char& has_ago) {
  const auto prev = words_before(w.lower, c.scan_begin, s.begin, 6);  // nearest last
  // (A comparison too: "twice the size of the inaugural event", "compared with the first WIC".)
  static const WordSet history = {"since", "previous", "past",     "last",     "earlier", "former", "after",
                                  "before", "than",   "unlike", "compared", "versus",  "size"};
  for (std::size_t k = prev.size() >= 3 ? prev.size() - 3 : 0; k < prev.size(); ++k)
    if (history.contains(prev[k])) return true;
  for (const auto& p : prev)
    if (p == "anniversary") return true;
  // Told as what did not happen: "what would have been the seventh summit".
  constexpr std::size_t kCounterfactualReach = 24;
  if (w.english.counterfactual.any_in(w, std::max(s.begin, c.scan_begin > kCounterfactualReach ? c.scan_begin - kCounterfactualReach : 0),
                                      c.scan_begin))
    return true;
  if (has_ago < 0)
    has_ago = find_bytes(std::string_view(w.lower).substr(s.begin, s.end - s.begin), "ago") != std::string_view::npos;
  if (has_ago && told_years_ago(w, c, s)) return true;
  // A comparison with it: "like the fourth conference", "as happened at the fourth conference
  // too", "as at the 2017 summit", "as it did at the first WIC". A sentence's own "As the fifth WIC
  // opened" is not one: there "as" is followed by the mention's article.
  static const WordSet after_as = {"at", "in", "with", "happened", "did", "was", "were", "had", "it", "they", "we"};
  for (std::size_t k = prev.size() >= 5 ? prev.size() - 5 : 0; k < prev.size(); ++k) {
    if (prev[k] == "like" && k + 3 >= prev.size()) return true;
    if (prev[k] == "as" && k + 1 < prev.size() && after_as.contains(prev[k + 1])) return true;
  }
  return false;
}

// A sentence that reports an edition as under way is still about another time when it is set in
// an earlier year than the article's ("For example, in 2015, just before the opening of the second
// WIC, ...") or announces it for next year ("the seventh World Internet Conference will open in
// Wuzhen next year").
bool set_in_another_year(const Work& w, const Work::ClaimsBySentence& in_sentence, const Claim& c, const Sentence& s) {
  for (std::size_t k : in_sentence[c.sentence]) {
    const Claim& o = w.claims[k];
    if (o.kind() != ClaimKind::date) continue;
    const DateValue& d = o.as<DateValue>();
    if (w.published && o.scan_end <= c.scan_begin && d.year_only && d.resolved && d.relation == Relation::absolute &&
        d.begin.year < w.published->year)
      return true;
    if (o.sentence != c.sentence || d.relation != Relation::next_year) continue;
    // "Next year the conference may open in October, though the sixth WIC has no date yet": a
    // sentence that opens with next year speaks of what is to come.
    if (o.scan_begin == s.begin && !w.possessive_claim(o)) return true;
    if (o.scan_begin < c.scan_end) continue;
    bool ahead = false;
    each_word(w.lower, c.scan_end, o.scan_begin, [&](std::string_view word) {
      ahead |= word == "will" || word == "would" || word == "to" || word == "scheduled" || word == "slated" || word == "set";
    });
    if (ahead) return true;
  }
  return false;
}

// The main edition: the one most often reported as current, one the series places in the
// article's own year first (a wrong ordinal elsewhere in the article must not become its subject);
// else, in a dated article, the edition (numbered or named by year) the series places in its year.
void choose_main_edition(Work& w) {
  std::map<int, int> votes;
  for (const auto& c : w.claims) {
    if (c.kind() != ClaimKind::edition || !c.as<EditionValue>().current) continue;
    const auto& e = c.as<EditionValue>();
    if (e.ordinal && !e.year) ++votes[edition_meant(w, e)];
    // "The 2024 World Internet Conference Wuzhen Summit opened Wednesday": named by its year.
    if (!e.ordinal && e.year && w.series && w.series->first_year)
      if (const int n = w.series->edition_in(e.year)) ++votes[n];
  }
  int this_year = w.published && w.series && w.series->first_year ? w.series->edition_in(w.published->year) : 0;
  std::pair<bool, int> best{false, 0};
  for (const auto& [n, v] : votes) {
    std::pair<bool, int> score{n == this_year, v};
    if (score > best) best = score, w.main_edition = n;
  }
  if (w.main_edition || !w.published || !w.series) return;
  const int n = w.series->edition_in(w.published->year);
  for (const auto& c : w.claims) {
    if (c.kind() != ClaimKind::edition || !n) continue;
    const auto& e = c.as<EditionValue>();
    if (edition_meant(w, e) == n || (!e.ordinal && e.year == w.published->year)) w.main_edition = n;
  }
}

}  // namespace

void resolve_editions(Work& w) {
  std::vector<signed char> reports_current(w.sentences.size(), -1);  // per sentence, found once
  std::vector<signed char> says_ago(w.sentences.size(), -1);          // per sentence, found once
  const auto in_sentence = w.claims_by_sentence();
  static const PhraseIndex triggers(current_triggers());
  for (auto& c : w.claims) {
    if (c.kind() != ClaimKind::edition) continue;
    auto& e = c.as<EditionValue>();
    if (e.ordinal_end) {
      e.history = true;
      continue;
    }
    const Sentence& s = w.sentences[c.sentence];
    if (!e.ordinal && !e.year) continue;
    if (told_as_history(w, c, s, says_ago[c.sentence])) {
      e.history = true;
      continue;
    }
    // A caption may show a file photo of another edition: what it names is shown, never reported
    // as under way.
    if (w.block_kind(c.scan_begin) == BlockKind::caption) continue;
    signed char& known = reports_current[c.sentence];
    if (known < 0) known = triggers.any_in(w, s.begin, s.end) ? 1 : 0;
    e.current = known == 1 && !set_in_another_year(w, in_sentence, c, s);
  }
  bind_years(w);
  choose_main_edition(w);
  for (auto& c : w.claims) {
    if (c.kind() != ClaimKind::edition) continue;
    const auto& e = c.as<EditionValue>();
    c.edition = edition_meant(w, e);
    if (!e.ordinal && e.year && w.series) c.edition = w.series->edition_in(e.year);
  }
}

// Called by scan_mentions at a word start. Recognises
//   ordinal + series name or noun   "6th World Internet Conference", "our sixth edition"
//   ordinal + "edition of" + name   "the sixth edition of the WIC"
//   a range of ordinals             "from the first to the fourth conference"
//   name + year                     "WIC 2019"
//   year + "'s" + name or noun      "2015's conference"
//   "the" + year + name or noun     "the 2016 summit"
namespace {

// A year written right after an edition belongs to it: "the first conference in 2014", "the
// fifth WIC, held in 2018", "the fourth WIC last year".
// After "held": past a place ("held in Wuzhen", "held at the Wuzhen Internet International
// Convention and Exhibition Center") when a time follows it (" in November 2018"), else p.
std::size_t skip_held_place(std::string_view t, std::size_t p) {
  std::size_t q = p;
  while (q < t.size() && t[q] == ' ') ++q;
  if (!word_at(t, q, "in") && !word_at(t, q, "at")) return p;
  q += 2;
  while (q < t.size() && t[q] == ' ') ++q;
  if (word_at(t, q, "the")) q += 3;
  for (int words = 0; words < 8; ++words) {  // the place's capitalized words (and "and", "of")
    while (q < t.size() && t[q] == ' ') ++q;
    if (word_at(t, q, "in")) return words ? q : p;
    std::size_t e = q;
    while (e < t.size() && (is_alpha(t[e]) || t[e] == '-')) ++e;
    const std::string_view word = t.substr(q, e - q);
    if (e == q || (!is_upper(t[q]) && word != "and" && word != "of")) return p;
    q = e;
  }
  return p;
}

void bind_adjacent_year(Work& w, std::size_t end, EditionValue& v) {
  std::string_view t = w.text;
  std::size_t p = end;
  if (p < t.size() && t[p] == ',') ++p;
  while (p < t.size() && t[p] == ' ') ++p;
  if (word_at(t, p, "held")) p = skip_held_place(t, p + 4);
  while (p < t.size() && t[p] == ' ') ++p;
  for (const auto& [word, delta] : {std::pair<const char*, int>{"last year", -1}, {"this year", 0}, {"next year", 1}}) {
    if (word_at(t, p, word)) {
      if (w.published) {
        v.year = w.published->year + delta;
        v.year_location = w.article.locate_norm(p, p + std::strlen(word));
      }
      return;
    }
  }
  if (!word_at(t, p, "in")) return;
  p += 2;
  while (p < t.size() && t[p] == ' ') ++p;
  // "in November 2018": the month before the year.
  if (std::size_t m = 0; full_month_at(t, p, m) && m + 1 < t.size() && t[m] == ' ') p = m + 1;
  int y = 0;
  if (!year_at(t, p, y)) return;
  v.year = y;
  v.year_location = w.article.locate_norm(p, p + 4);
}

// The owner of "its" at `its`, in "its seventh edition" ending at `noun_end`: the sentence's
// subject. Is it the series (a name or generic noun of it), or can it not be told?
bool its_owner_is_series(const Work& w, std::size_t its, std::size_t noun_end) {
  static const WordSet introductory = {"now", "in", "at", "on", "for", "with", "after", "during", "since",
                                       "currently", "already", "as", "by", "well", "into", "still", "today"};
  static const WordSet determiners = {"the", "this", "that", "a", "an"};
  static const WordSet pronouns = {"it", "this", "that", "which", "what"};
  std::string_view t = w.text;
  const Sentence& s = w.sentences[w.sentence_at(its)];
  // A series name or generic noun at p, past a determiner and one modifier the knowledge base allows.
  auto word_end = [&](std::size_t p) {
    while (p < s.end && (is_alpha(t[p]) || t[p] == '-')) ++p;
    return p;
  };
  auto skip_spaces = [&](std::size_t p) {
    while (p < s.end && t[p] == ' ') ++p;
    return p;
  };
  auto series_noun_at = [&](std::size_t p) {
    p = skip_spaces(p);
    if (determiners.contains(std::string_view(w.lower).substr(p, word_end(p) - p))) p = skip_spaces(word_end(p));
    if (w.alias_at(p, true)) return true;
    for (const auto& m : w.series->noun_modifiers)
      if (word_at(t, p, m)) return w.alias_at(skip_spaces(p + m.size()), true) != nullptr;
    return false;
  };
  // The words before "its": all introductory ("Now in its seventh edition, the festival ...")?
  bool intro = true;
  for (std::size_t p = skip_spaces(s.begin); p < its && intro;) {
    const std::size_t e = word_end(p);
    if (e == p) return true;  // a number, a quote: cannot tell
    intro = introductory.contains(std::string_view(w.lower).substr(p, e - p));
    p = skip_spaces(e);
  }
  if (intro) {
    const std::size_t comma = t.substr(0, s.end).find(',', noun_end);
    if (comma == std::string_view::npos) return true;
    const std::size_t p = skip_spaces(comma + 1);
    return series_noun_at(p) || pronouns.contains(std::string_view(w.lower).substr(p, word_end(p) - p));
  }
  // "The festival, now in its seventh edition": the noun before the sentence's first comma.
  if (const std::size_t comma = t.substr(0, its).find(',', s.begin); comma != std::string_view::npos) {
    for (const AliasHit& a : w.aliases_in(s.begin, comma))
      if (a.end == comma) return true;
    return false;
  }
  // "The festival is in its seventh edition": the sentence's first noun, unless a pronoun. The
  // series' venue hosts it: "Wuzhen readies for its third summit".
  const std::size_t p = skip_spaces(s.begin);
  const std::string& venue = w.series->venue;
  return !w.aliases_in(s.begin, its).empty() ||
         pronouns.contains(std::string_view(w.lower).substr(p, word_end(p) - p)) ||
         (!venue.empty() && word_at(t, p, venue) && word_end(p) == p + venue.size());
}

}  // namespace

// A generic noun ("the third conference") means the series in an article that names it, unless the
// noun is given another owner ("the third conference of the Global Blockchain Forum").
bool generic_refers_to_series(const Work& w, const AliasHit& h) {
  std::string_view t = w.text;
  std::size_t p = h.end;
  while (p < t.size() && t[p] == ' ') ++p;
  if (word_at(t, p, "of")) {
    p += 2;
    while (p < t.size() && t[p] == ' ') ++p;
    if (word_at(t, p, "the")) p += 3;
    while (p < t.size() && t[p] == ' ') ++p;
    // "of the Global Blockchain Forum", "of the 13th National People's Congress"
    std::size_t q = p;
    while (q < t.size() && is_digit(t[q])) ++q;
    if (q > p) {
      while (q < t.size() && is_alpha(t[q])) ++q;  // "13th"
      while (q < t.size() && t[q] == ' ') ++q;
    }
    if (q < t.size() && is_upper(t[q]) && !w.alias_at(q, false)) return false;
  }
  // "the Wuzhen Theatre Festival, whose first edition was held in 2013": "whose" hangs the noun on
  // the name before it, which must be the series'.
  std::size_t b = h.begin;
  while (b > 0 && t[b - 1] == ' ') --b;
  while (b > 0 && (is_alpha(t[b - 1]) || is_digit(t[b - 1]))) --b;  // the ordinal
  const auto before = w.words_back(b, 1);
  if (!before.empty() && before[0] == "whose") {
    std::size_t e = static_cast<std::size_t>(before[0].data() - w.lower.data());
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == ',')) --e;
    auto it = std::lower_bound(w.aliases.begin(), w.aliases.end(), e,
                               [](const AliasHit& a, std::size_t p) { return a.end < p; });
    return it != w.aliases.end() && it->end == e;
  }
  // "Now in its seventh edition, the festival opened", "The festival, now in its seventh edition,
  // opened": "its" hangs the noun on the sentence's subject, which must be the series'.
  if (!before.empty() && before[0] == "its") return its_owner_is_series(w, static_cast<std::size_t>(before[0].data() - w.lower.data()), h.end);
  // The article names the series somewhere (find_aliases keeps generic nouns only then).
  return true;
}

void push_year_date(Work& w, std::size_t b, std::size_t e, int y) {
  Claim& c = w.add_claim(ClaimKind::date, b, e);
  DateValue v;
  v.begin = v.end = CivilDate{y, 0, 0};
  v.year_only = true;
  c.value = std::move(v);
}

namespace {

// "the second Wuzhen Summit since the WIC became an international organization", "the first World
// Internet Conference held since the outbreak of COVID-19", "its first summit as an international
// body": an ordinal counted from some other point, not the series' edition number. Counted from the series' start it is the edition number:
// "the 10th Wuzhen Summit since the first WIC was held in 2014", "since its inception".
// Does a place's name start after `p` (past spaces) that is none of the series' venue places?
bool held_elsewhere(const Work& w, std::size_t p) {
  while (p < w.text.size() && w.text[p] == ' ') ++p;
  std::size_t month_end = 0;
  if (p >= w.text.size() || !is_upper(w.text[p]) || !w.series || full_month_at(w.text, p, month_end)) return false;
  for (const auto& place : w.series->venue_places)
    if (word_at(w.lower, p, lower(place), false)) return false;
  return true;
}

bool counted_from_elsewhere(const Work& w, std::size_t end) {
  auto from_the_start = [&](std::size_t p) {
    for (int words = 0; words < 5; ++words) {
      while (p < w.text.size() && w.text[p] == ' ') ++p;
      std::size_t e = p;
      while (e < w.text.size() && is_word(w.text[e])) ++e;
      if (e == p) return false;
      const std::string_view word = std::string_view(w.lower).substr(p, e - p);
      int y = 0;
      if (word == "first" || word == "inaugural" || word == "inception" ||
          (w.series && year_at(w.text, p, y) && y == w.series->first_year))
        return true;
      p = e;
    }
    return false;
  };
  static const WordSet between = {"held", "to", "be", "organized", "organised", "hosted", "convened", "staged"};
  std::string_view t = w.text;
  std::size_t p = end;
  for (int words = 0; words < 4; ++words) {
    while (p < t.size() && t[p] == ' ') ++p;
    std::size_t e = p;
    while (e < t.size() && is_alpha(t[e])) ++e;
    if (e == p) return false;
    const std::string_view word = std::string_view(w.lower).substr(p, e - p);
    if (word == "since" || word == "after" || word == "following") return !from_the_start(e);
    // "its first summit as an international body": counted since it became one.
    if (word == "as") {
      std::size_t q = e;
      while (q < t.size() && t[q] == ' ') ++q;
      return word_at(w.lower, q, "a") || word_at(w.lower, q, "an");
    }
    // "the first international summit of the WIC held in Hong Kong": counted in another place
    // than the series' own (its venue_places), not in the series.
    if (word == "in" && words > 0) return held_elsewhere(w, e);
    if (!between.contains(word)) return false;
    p = e;
  }
  return false;
}

// After a name, a parenthesized acronym: "World Internet Conference (WIC) 2022". Returns where
// it ends, or `p` when there is none.
std::size_t skip_acronym(std::string_view t, std::size_t p) {
  if (t.compare(p, 2, " (") != 0) return p;
  std::size_t q = p + 2;
  while (q < t.size() && is_upper(t[q])) ++q;
  return q > p + 3 && q < t.size() && t[q] == ')' ? q + 1 : p;
}

}  // namespace

// "First WIC Asia-Pacific Summit opens in Hong Kong", "The inaugural World Internet Conference
// (WIC) Asia-Pacific Summit": the series' name begins a longer name of another event (capitalized
// words ending in an event noun, up to six: "(WIC) Digital Silk Road Development Forum"), whose
// number or year the ordinal or year is.
bool longer_name_after(const Work& w, std::size_t name_end) {
  std::string_view t = w.text;
  std::size_t p = skip_acronym(t, name_end);
  for (int words = 0; words < 6; ++words) {
    if (p >= t.size() || t[p] != ' ') return false;
    ++p;
    if (p >= t.size() || !is_upper(t[p])) return false;
    if (w.alias_at(p, false)) return false;  // the series' own name goes on: "(WIC) Wuzhen Summit"
    std::size_t e = p;
    while (e < t.size() && (is_alpha(t[e]) || (t[e] == '-' && e + 1 < t.size() && is_alpha(t[e + 1])))) ++e;
    if (w.english.event_name_nouns.contains(std::string_view(w.lower).substr(p, e - p))) return true;
    p = e;
  }
  return false;
}

namespace {

// "the 10th year of the Wuzhen Summit": an ordinal of the series' years, named after "year (of)".
bool nth_year_of_series(Work& w, std::size_t pos, int n, std::size_t after, std::size_t& end_out) {
  std::string_view t = w.text;
  std::size_t p = after;
  auto word = [&](std::string_view x) {
    while (p < t.size() && t[p] == ' ') ++p;
    if (!word_at(t, p, x)) return false;
    p += x.size();
    return true;
  };
  if (!word("year")) return false;
  if (word("of")) word("the");  // "the 10th year of the Wuzhen Summit", "the 10th year Wuzhen Summit"
  while (p < t.size() && t[p] == ' ') ++p;
  const AliasHit* h = w.alias_at(p, false);
  if (!h || longer_name_after(w, h->end)) return false;
  Claim& c = w.add_claim(ClaimKind::edition, pos, h->end);
  EditionValue v;
  v.ordinal = n;
  v.of_years = true;
  c.value = std::move(v);
  end_out = h->end;
  return true;
}

}  // namespace

namespace {

// The end of a plural of one of the series' generic nouns at p ("summits", "conferences"), or npos.
std::size_t plural_noun_at(const Work& w, std::size_t p) {
  for (const auto& noun : w.series->nouns)
    if (w.lower.compare(p, noun.size(), noun) == 0 && p + noun.size() < w.lower.size() && w.lower[p + noun.size()] == 's' &&
        (p + noun.size() + 1 == w.lower.size() || !is_word(w.lower[p + noun.size() + 1])))
      return p + noun.size() + 1;
  return std::string_view::npos;
}

// An edition claim of `ordinal` at [b, e): told as history ("the second" after editions were
// counted), or as a count of calendar years ("now in its 11th year").
enum class Counted { editions, history, years };
void add_edition(Work& w, std::size_t b, std::size_t e, int ordinal, Counted counted = Counted::editions) {
  Claim& c = w.add_claim(ClaimKind::edition, b, e);
  EditionValue v;
  v.ordinal = ordinal;
  v.history = counted == Counted::history;
  v.of_years = counted == Counted::years;
  c.value = std::move(v);
}

}  // namespace

namespace {

// Reads one edition mention at a word: an ordinal before the series' name or one of its generic
// nouns ("the sixth World Internet Conference", "the first to the fourth conference"), a name
// before a year ("World Internet Conference 2022") or a year before a name ("2021 World Internet
// Conference", "this year's conference" is read elsewhere).
class EditionReader {
 public:
  explicit EditionReader(Work& w) : w_(w), t_(w.text) {}
  bool read(std::size_t pos, std::size_t& end_out);

 private:
  std::size_t skip_spaces(std::size_t p) const {
    while (p < t_.size() && t_[p] == ' ') ++p;
    return p;
  }
  // The series' name, or one of its generic nouns that refers to it here.
  bool names_series(const AliasHit& h) const { return !h.generic || generic_refers_to_series(w_, h); }
  const AliasHit* name_at(std::size_t p, bool generic) const;
  std::size_t describing_word_end(std::size_t p) const;
  bool inaugural(std::size_t p, int& value, std::size_t& end) const;
  bool parse_ordinal(std::size_t p, int& value, std::size_t& end) const;
  bool ordinal_range(std::size_t pos, int n, std::size_t after, std::size_t& end_out);
  const AliasHit* numbered_name(std::size_t after, int n, bool inaugural_word, std::size_t& end) const;
  bool plausible_ordinal(int n) const;
  std::size_t series_named_after(std::size_t noun_end) const;
  bool ordinal_edition(std::size_t pos, int n, std::size_t after, std::size_t& end_out);
  bool elided_edition(std::size_t pos, int n, std::size_t after, std::size_t& end_out);
  bool in_its_nth_year(std::size_t pos, int n, std::size_t after, std::size_t& end_out);
  bool nth_year_running(std::size_t pos, int n, std::size_t after, std::size_t& end_out);
  bool run_of_hosting(std::size_t b, std::size_t e, const Sentence& s) const;
  // What opens the words at p (past ", ", "that", "the"): the series, its venue, or something else.
  enum class Subject { series, venue, other };
  Subject subject_at(std::size_t p) const;
  bool name_then_year(const AliasHit& h, std::size_t pos, std::size_t& end_out);
  bool venue_then_year(std::size_t pos, int y, std::size_t& end_out);
  bool first_editions(std::size_t pos, int n, std::size_t after, std::size_t& end_out);
  bool year_then_name(std::size_t pos, std::size_t& end_out);

  Work& w_;
  std::string_view t_;
};

// The series' name or generic noun at p, after a word that stresses an ordinal ("the first ever
// World Internet Conference", "the first-ever WIC") and up to three words that describe it: the
// knowledge base's noun modifiers ("the fourth annual summit"), a nationality, or a compound of an
// english.yaml sponsor participle ("the seventh annual Chinese government-sponsored World Internet
// Conference").
const AliasHit* EditionReader::name_at(std::size_t p, bool generic) const {
  for (const auto& word : w_.english.ordinal_intensifiers) {
    const std::size_t q = p < t_.size() && t_[p] == '-' ? p + 1 : skip_spaces(p);
    if (q > p && word_at(t_, q, word)) {
      p = q + word.size();
      break;
    }
  }
  p = skip_spaces(p);
  // A name in quotation marks: the second "World Internet Conference - Wuzhen Summit" (the scanned
  // text folds typeset quotes to these).
  if (p + 1 < t_.size() && (t_[p] == '"' || t_[p] == '\'') && is_alpha(t_[p + 1])) ++p;
  for (int modifiers = 0;; ++modifiers) {
    if (const AliasHit* h = w_.alias_at(p, generic)) return h;
    const std::size_t e = modifiers < 3 ? describing_word_end(p) : 0;
    if (!e) return nullptr;
    p = skip_spaces(e);
  }
}

// The end of a word at p that may describe an edition before its name, or 0.
std::size_t EditionReader::describing_word_end(std::size_t p) const {
  for (const auto& m : w_.series->noun_modifiers)
    if (word_at(t_, p, m)) return p + m.size();
  std::size_t e = p;
  while (e < t_.size() && (is_alpha(t_[e]) || (t_[e] == '-' && e + 1 < t_.size() && is_alpha(t_[e + 1])))) ++e;
  if (e == p || e >= t_.size() || t_[e] != ' ') return 0;
  const std::string_view word = std::string_view(w_.lower).substr(p, e - p);
  const auto& nationalities = w_.tables.nationalities;
  if (std::binary_search(nationalities.begin(), nationalities.end(), word)) return e;
  const std::size_t dash = word.rfind('-');
  return dash != std::string_view::npos && w_.english.sponsor_participles.contains(word.substr(dash + 1)) ? e : 0;
}

// "the inaugural World Internet Conference", "the inaugural conference" is the first; "the
// inaugural session of the forum" or "its inaugural meeting" is not an edition at all (a generic
// noun after "the inaugural" is checked as after any ordinal: unnumbered nouns, other events').
// Not "its inaugural edition": its owner may be another event. A year's possessive stands for
// "the": "Last year's inaugural conference".
bool EditionReader::inaugural(std::size_t p, int& value, std::size_t& end) const {
  constexpr std::string_view kInaugural = "inaugural";
  if (!word_at(t_, p, kInaugural)) return false;
  const auto before = w_.words_back(p, 1);
  const bool generic = !before.empty() && (before[0] == "the" || before[0] == "year's" || before[0] == "year\xE2\x80\x99s");
  if (!w_.alias_at(skip_spaces(p + kInaugural.size()), generic)) return false;
  value = 1;
  end = p + kInaugural.size();
  return true;
}

bool EditionReader::parse_ordinal(std::size_t p, int& value, std::size_t& end) const {
  if (word_at(t_, p, "inaugural")) return inaugural(p, value, end);
  if (!may_be_ordinal(t_, p)) return false;
  const char* first = t_.data() + p;
  if (!grammar::x3::parse(first, t_.data() + t_.size(), grammar::ordinal(), value)) return false;
  end = static_cast<std::size_t>(first - t_.data());
  return value > 0 && value < 200;
}

// "the first to the fourth conference" (a run of editions, history), "the fifth and sixth summits"
// (two editions, each its own claim).
bool EditionReader::ordinal_range(std::size_t pos, int n, std::size_t after, std::size_t& end_out) {
  std::size_t p = skip_spaces(after);
  for (const char* link : {"to", "through", "and"}) {
    if (!word_at(t_, p, link)) continue;
    std::size_t q = skip_spaces(p + std::strlen(link));
    if (word_at(t_, q, "the")) q = skip_spaces(q + 3);
    int m = 0;
    std::size_t after2 = 0;
    if (!parse_ordinal(q, m, after2) || m <= n) continue;
    if (std::strcmp(link, "and") == 0)
      if (const std::size_t e = plural_noun_at(w_, skip_spaces(after2)); e != std::string_view::npos) {
        add_edition(w_, pos, after, n);
        add_edition(w_, q, e, m);
        end_out = e;
        return true;
      }
    if (const AliasHit* h = name_at(after2, true)) {
      Claim& c = w_.add_claim(ClaimKind::edition, pos, h->end);
      EditionValue v;
      v.ordinal = n;
      v.ordinal_end = m;
      v.history = true;
      c.value = std::move(v);
      end_out = h->end;
      return true;
    }
  }
  return false;
}

// The name an ordinal numbers, and in `end` where it ends; null when the words after the ordinal
// name no edition of the series: no name, a generic noun of something else, or one the series does
// not number ("the ninth session, on cross-border data") unless the series' own name follows it.
const AliasHit* EditionReader::numbered_name(std::size_t after, int n, bool inaugural_word, std::size_t& end) const {
  const AliasHit* h = name_at(after, true);
  if (!h) return nullptr;
  end = h->end;
  if (!h->generic) return h;
  if (!generic_refers_to_series(w_, *h)) return nullptr;
  const std::string noun = lower(t_.substr(h->begin, h->end - h->begin));
  auto listed = [&](const std::vector<std::string>& nouns) { return std::find(nouns.begin(), nouns.end(), noun) != nouns.end(); };
  const bool unnumbered = listed(w_.series->unnumbered_nouns);
  // "the third session of the World Internet Conference" (a translation's name for the edition);
  // not "the inaugural session of the WIC" (its opening session), nor "the ninth session of the WIC"
  // in a page about the sixth (a session of the programme).
  const bool numbered_session = listed(w_.series->numbered_of_name) && !inaugural_word && plausible_ordinal(n);
  if (const std::size_t named = series_named_after(h->end); named && (!unnumbered || numbered_session)) {
    end = named;
    return h;
  }
  return unnumbered ? nullptr : h;
}

// "the sixth edition of the World Internet Conference", "the third session of the WIC": after a
// generic noun, "of" and the series' own name, which ends there (not "the WIC's forum", not "the
// WIC High-level Advisory Council"). Returns where the name ends, or 0.
std::size_t EditionReader::series_named_after(std::size_t noun_end) const {
  std::size_t q = skip_spaces(noun_end);
  if (!word_at(t_, q, "of")) return 0;
  q = skip_spaces(q + 2);
  if (word_at(t_, q, "the")) q = skip_spaces(q + 3);
  const AliasHit* named = w_.alias_at(q, false);
  if (!named || possessive_at(t_, named->end)) return 0;
  const std::size_t next = skip_spaces(skip_acronym(t_, named->end));
  return next > named->end && next < t_.size() && is_upper(t_[next]) ? 0 : named->end;
}

// Could the article name an edition numbered n: not past the one of its year (published, or the
// undated article's edition's) by more than one, nor, with no year, past the knowledge base's
// last edition by more than one ("until the 22nd" numbers no edition).
bool EditionReader::plausible_ordinal(int n) const {
  const int year = w_.published ? w_.published->year : w_.event_year;
  if (year) return n <= w_.series->edition_in(year) + 1;
  return w_.series->editions.empty() || n <= w_.series->editions.back().number + 1;
}

// "last year's summit marked the 10th.", "The second, in December 2015, was bigger", "the first one
// in November 2014", "The eighth was held in 2021": an ordinal after "the" or "its" whose noun is
// left out, right after editions
// were counted (an edition read in this sentence or the one before, and no part of one). Read as
// history: the edition it numbers is told again, never reported as under way.
bool EditionReader::elided_edition(std::size_t pos, int n, std::size_t after, std::size_t& end_out) {
  const auto before = w_.words_back(pos, 2);  // nearest last
  if (before.empty() || !w_.english.elided_ordinal_owners.contains(before.back())) return false;
  // "on the 9th", "until the 22nd": a day of the month.
  if (before.size() == 2 && w_.english.day_prepositions.contains(before[0])) return false;
  if (!plausible_ordinal(n)) return false;
  std::size_t end = after;
  std::size_t q = skip_spaces(after);
  const bool one = word_at(t_, q, "one");
  if (one) end = q + 3, q = skip_spaces(end);
  const bool closes = q >= t_.size() || std::strchr(".,;:?!)", t_[q]) != nullptr;
  std::size_t e = q;
  while (e < t_.size() && is_alpha(t_[e])) ++e;
  const bool placed = one && w_.english.after_elided_one.contains(std::string_view(w_.lower).substr(q, e - q));
  // "The eighth was held from Sept. 26 to 28, 2021": the ordinal as the subject of an edition's
  // verb (english.yaml's status forms said after an edition).
  const auto [verb_at, verb] = w_.english.statuses.after.first_in(w_, q, std::min(t_.size(), q + 40));
  const bool held = verb >= 0 && verb_at == q;
  if (!closes && !placed && !held) return false;  // "the first one in November 2014", not "the first one to ..."
  const std::size_t s = w_.sentence_at(pos);
  const std::size_t from = w_.sentences[s > 0 ? s - 1 : s].begin;
  bool counted = std::any_of(w_.claims.rbegin(), w_.claims.rend(), [&](const Claim& c) {
    return c.kind() == ClaimKind::edition && c.scan_begin >= from && c.scan_end <= pos;
  });
  // "the fifth one", "the first one back in 2014": "one" stands for the noun named last before it
  // in its sentence or the one before, which may be the series' ("the conference had been held four
  // times, this year is the fifth one"; "... the summit will stay in Wuzhen. The first one, in 2014,
  // was planned in under three months").
  if (!counted && one) {
    const auto named = w_.aliases_in(from, pos);
    counted = !named.empty() && names_series(named.back());
  }
  // "the next summit, the 10th, will return": in apposition to a name or noun of the series.
  if (const std::size_t the = static_cast<std::size_t>(before.back().data() - w_.lower.data());
      !counted && the >= 2 && t_[the - 1] == ' ' && t_[the - 2] == ',') {
    const auto named = w_.aliases_in(w_.sentences[s].begin, the);
    counted = !named.empty() && named.back().end == the - 2 && names_series(named.back());
  }
  // "## Which edition is it? / The ninth.": the answer to a question about the series' editions.
  if (!counted && s > 0 && closes) {
    const Sentence& asked = w_.sentences[s - 1];
    const auto named = w_.aliases_in(asked.begin, asked.end);
    counted = !named.empty() && asked.end > asked.begin && t_.find('?', asked.begin) < asked.end &&
              std::any_of(named.begin(), named.end(), [&](const AliasHit& h) { return names_series(h); });
  }
  // "Two forums opened at the 6th WIC. The first, on AI, ...": a part of an edition named since
  // may be what the ordinal counts.
  if (!counted || w_.english.parts.any_in(w_, from, pos)) return false;
  add_edition(w_, pos, end, n, Counted::history);
  end_out = end;
  return true;
}

// "the annual event is in its fifth year", "The summit, now in its 11th year,": the series' age in
// calendar years, told of the series named right before it (its name, or a noun of it); or, opening
// the sentence, of the subject after its comma: "In its second year, the conference received ...".
bool EditionReader::in_its_nth_year(std::size_t pos, int n, std::size_t after, std::size_t& end_out) {
  const auto before = w_.words_back(pos, 2);  // nearest last
  if (before.size() < 2 || before[1] != "its" || before[0] != "in") return false;
  const std::size_t year = skip_spaces(after);
  if (!word_at(t_, year, "year")) return false;
  const std::size_t its = static_cast<std::size_t>(before[1].data() - w_.lower.data());
  const std::size_t in = static_cast<std::size_t>(before[0].data() - w_.lower.data());
  if (in == skip_spaces(w_.sentences[w_.sentence_at(pos)].begin) && year + 4 < t_.size() && t_[year + 4] == ',') {
    if (subject_at(year + 5) != Subject::series) return false;
    add_edition(w_, its, year + 4, n, Counted::years);
    end_out = year + 4;
    return true;
  }
  // The series is the clause's subject: named last before "its", with no capitalized word between
  // ("the Global Internet Competition of the WIC is in its 7th year" is the competition's age).
  constexpr std::size_t kSubjectReach = 40;
  const auto named = w_.aliases_in(w_.sentences[w_.sentence_at(pos)].begin, its);
  if (named.empty() || !names_series(named.back())) return false;
  const std::size_t from = skip_acronym(t_, named.back().end);
  if (from > its || its - from > kSubjectReach ||
      std::any_of(t_.begin() + static_cast<std::ptrdiff_t>(from), t_.begin() + static_cast<std::ptrdiff_t>(its), is_upper))
    return false;
  add_edition(w_, its, year + 4, n, Counted::years);
  end_out = year + 4;
  return true;
}

// Is the run of years at [b, e) one of holding the series? The series or its venue opens the words
// after it, and a verb of hosting (english.yaml `hosting`) follows ("the fifth straight year the
// conference has been held", "For the second straight year, Wuzhen hosted the conference"); or the
// clause before "for the" opens with the series ("The summit has come to this water town for the
// fifth straight year") or with its venue and a verb of hosting ("Wuzhen has now hosted this
// conference for the sixth year in a row"). Not another's run ("Qingliu will exhibit at the expo
// for the third consecutive year", "the third consecutive year that Alibaba has exhibited at the
// expo held during the conference").
EditionReader::Subject EditionReader::subject_at(std::size_t p) const {
  p = skip_spaces(p);
  if (p < t_.size() && t_[p] == ',') p = skip_spaces(p + 1);
  if (word_at(t_, p, "that")) p = skip_spaces(p + 4);
  if (word_at(t_, p, "the")) p = skip_spaces(p + 3);
  if (const AliasHit* h = w_.alias_at(p, true); h && names_series(*h)) return Subject::series;
  return !w_.series->venue.empty() && word_at(t_, p, w_.series->venue) ? Subject::venue : Subject::other;
}

bool EditionReader::run_of_hosting(std::size_t b, std::size_t e, const Sentence& s) const {
  constexpr std::size_t kVerbReach = 60;
  if (subject_at(e) != Subject::other && w_.english.hosting.any_in(w_, e, std::min(s.end, e + kVerbReach))) return true;
  const auto before = w_.words_back(b, 2);
  if (before.size() < 2 || before[0] != "for") return false;
  const std::size_t comma = t_.substr(s.begin, b - s.begin).rfind(',');
  const std::size_t clause = comma == std::string_view::npos ? s.begin : s.begin + comma + 1;
  const Subject subject = subject_at(clause);
  return subject == Subject::series || (subject == Subject::venue && w_.english.hosting.any_in(w_, clause, b));
}

// "the eighth consecutive year that Wuzhen has hosted the summit", "For the second straight year,
// Wuzhen hosted the conference", "for the sixth year in a row": the series' age in calendar years,
// in a sentence that names the series.
bool EditionReader::nth_year_running(std::size_t pos, int n, std::size_t after, std::size_t& end_out) {
  const auto before = w_.words_back(pos, 1);
  if (before.empty() || before[0] != "the") return false;
  std::size_t q = skip_spaces(after);
  const auto& running = w_.english.running_year_words;
  std::size_t e = q;
  while (e < t_.size() && is_alpha(t_[e])) ++e;
  const bool adjective = running.contains(std::string_view(w_.lower).substr(q, e - q));
  if (adjective) q = skip_spaces(e);
  if (!word_at(t_, q, "year")) return false;
  std::size_t end = q + 4;
  if (!adjective) {
    const std::size_t row = skip_spaces(end);
    if (!word_at(t_, row, "in a row")) return false;
    end = row + 8;
  }
  const Sentence& s = w_.sentences[w_.sentence_at(pos)];
  const auto named = w_.aliases_in(s.begin, s.end);
  if (std::none_of(named.begin(), named.end(), [&](const AliasHit& h) { return names_series(h); }))
    return false;
  if (!run_of_hosting(pos, end, s)) return false;
  add_edition(w_, pos, end, n, Counted::years);
  end_out = end;
  return true;
}

// "the first two conferences", "its first eight gatherings": the editions from the first to the
// number's, told as history (one claim of the range). The number is a cardinal and the noun one
// of the series' plural nouns: not "the first two days".
bool EditionReader::first_editions(std::size_t pos, int n, std::size_t after, std::size_t& end_out) {
  constexpr double kMostEditions = 100;
  if (n != 1 || !word_at(w_.lower, pos, "first")) return false;
  const std::size_t p = skip_spaces(after);
  double m = 0;
  std::size_t number_end = 0;
  if (!parse_at(t_, p, grammar::number(), m, number_end) || m < 2 || m > kMostEditions || m != std::floor(m)) return false;
  const std::size_t e = plural_noun_at(w_, skip_spaces(number_end));
  if (e == std::string_view::npos) return false;
  Claim& c = w_.add_claim(ClaimKind::edition, pos, e);
  EditionValue v;
  v.ordinal = 1;
  v.ordinal_end = static_cast<int>(m);
  v.history = true;
  c.value = std::move(v);
  end_out = e;
  return true;
}

bool EditionReader::ordinal_edition(std::size_t pos, int n, std::size_t after, std::size_t& end_out) {
  if (ordinal_range(pos, n, after, end_out) || first_editions(pos, n, after, end_out)) return true;
  std::size_t end = 0;
  const AliasHit* h = numbered_name(after, n, word_at(t_, pos, "inaugural"), end);
  if (!h)
    return nth_year_of_series(w_, pos, n, after, end_out) || in_its_nth_year(pos, n, after, end_out) ||
           nth_year_running(pos, n, after, end_out) || elided_edition(pos, n, after, end_out);
  if (counted_from_elsewhere(w_, end) || longer_name_after(w_, h->end)) return false;
  Claim& c = w_.add_claim(ClaimKind::edition, pos, end);
  EditionValue v;
  v.ordinal = n;
  bind_adjacent_year(w_, end, v);
  c.value = std::move(v);
  end_out = end;
  return true;
}

// "World Internet Conference 2022", "World Internet Conference (WIC) 2022", "World Internet
// Conference China 2021" (one of the series' venue places between).
bool EditionReader::name_then_year(const AliasHit& h, std::size_t pos, std::size_t& end_out) {
  int y = 0;
  std::size_t p = skip_acronym(t_, h.end);
  if (p + 1 < t_.size() && t_[p] == ' ')
    for (const auto& place : w_.series->venue_places)
      if (t_.compare(p + 1, place.size(), place) == 0 && p + 1 + place.size() < t_.size() && t_[p + 1 + place.size()] == ' ') {
        p += 1 + place.size();
        break;
      }
  if (p >= t_.size() || t_[p] != ' ' || !year_at(t_, p + 1, y)) return false;
  Claim& c = w_.add_claim(ClaimKind::edition, pos, p + 5);
  EditionValue v;
  v.year = y;
  v.year_location = c.loc;
  c.value = std::move(v);
  push_year_date(w_, p + 1, p + 5, y);  // a year-named edition also states its year
  end_out = p + 5;
  return true;
}

// "Wuzhen 2019", "back at Wuzhen 2022": the series' venue and a year of the series, as its editions
// are called for short, name the edition of that year (the year at pos).
bool EditionReader::venue_then_year(std::size_t pos, int y, std::size_t& end_out) {
  const std::string& venue = w_.series->venue;
  if (venue.empty() || pos < venue.size() + 1 || t_[pos - 1] != ' ') return false;
  const std::size_t b = pos - 1 - venue.size();
  if (t_.compare(b, venue.size(), venue) != 0 || (b > 0 && is_word(t_[b - 1]))) return false;
  if (w_.series->first_year && y < w_.series->first_year) return false;
  Claim& c = w_.add_claim(ClaimKind::edition, b, pos + 4);
  EditionValue v;
  v.year = y;
  v.year_location = w_.article.locate_norm(pos, pos + 4);
  c.value = std::move(v);
  push_year_date(w_, pos, pos + 4, y);
  end_out = pos + 4;
  return true;
}

// "2019's conference", "the 2019 summit", "at 2021 World Internet Conference": a year right
// before the series' name names an edition, but not "since 2014 World Internet Conference has ..."
// (a comma left out) nor "2000 World Internet Conference volunteers".
bool EditionReader::year_then_name(std::size_t pos, std::size_t& end_out) {
  int y = 0;
  if (!year_at(t_, pos, y)) return false;
  std::size_t p = pos + 4;
  const bool possessive = t_.compare(p, 2, "'s") == 0;
  const auto before = w_.words_back(pos, 1);
  const bool after_the = before.size() == 1 && before[0] == "the";
  const bool bare = !possessive && !after_the && p < t_.size() && t_[p] == ' ' && w_.alias_at(p + 1, false) &&
                    (before.empty() || !w_.english.year_not_naming.contains(before[0])) &&
                    (!w_.series->first_year || y >= w_.series->first_year);
  if (possessive) p += 2;
  if (!possessive && !after_the && !bare) return false;
  const AliasHit* h = name_at(p, !bare);
  if (!h || longer_name_after(w_, h->end)) return false;
  Claim& c = w_.add_claim(ClaimKind::edition, pos, h->end);
  EditionValue v;
  v.year = y;
  v.year_location = w_.article.locate_norm(pos, pos + 4);
  c.value = std::move(v);
  push_year_date(w_, pos, pos + 4, y);
  end_out = h->end;
  return true;
}

bool EditionReader::read(std::size_t pos, std::size_t& end_out) {
  if (!w_.series) return false;
  // What starts here is found first (none of these tests has a side effect): most numbers are no
  // ordinal, name or year, and then the word before is never read.
  int n = 0, year = 0;
  std::size_t after = 0;
  const bool ordinal = parse_ordinal(pos, n, after);
  const AliasHit* h = ordinal ? nullptr : w_.alias_at(pos, false);
  if (!ordinal && !h && !year_at(t_, pos, year)) return false;
  // "her third Wuzhen summit", "my second WIC": a person's count of their visits, not the edition's
  // number ("its third summit", "our sixth edition" in the organisers' voice still are).
  if (const auto prev = w_.words_back(pos, 1); !prev.empty() && w_.english.personal_possessives.contains(prev[0]))
    return false;
  if (ordinal) return ordinal_edition(pos, n, after, end_out);
  if (h) return name_then_year(*h, pos, end_out);
  return venue_then_year(pos, year, end_out) || year_then_name(pos, end_out);
}

}  // namespace

bool try_edition(Work& w, std::size_t pos, std::size_t& end_out) { return EditionReader(w).read(pos, end_out); }

}  // namespace wiclint::extract
