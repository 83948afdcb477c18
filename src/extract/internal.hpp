#pragma once
// State shared by the extraction passes over one article (extractor.cpp drives them).
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "corpus/article.hpp"
#include "extract/blocks.hpp"
#include "extract/text_util.hpp"
#include "kb/knowledge_base.hpp"
#include "model/article_claims.hpp"
#include "util/uninit_allocator.hpp"

namespace wiclint::extract {

struct AliasHit {
  std::size_t begin, end;
  const Series* series;
  bool generic;  // a generic noun ("conference"), not a name
};

// A word of the scanned view: where it starts and the length of its leading letters (0 for a
// word that starts with a digit).
struct Token {
  std::uint32_t begin;
  std::uint32_t letters;
};

// Tables derived from the title lexicon once per Extractor (never per article, never cached by
// address): alias folds, longest first, and the sorted first words of roles and ranks.
struct TitleTables {
  std::vector<std::pair<std::string, std::string>> folds;
  std::vector<std::string> role_starts;
  std::vector<std::string> body_suffixes;  // from the lexicon, lower case
  WordMap<bool> office_words;              // the lexicon's office and public nouns
  // (canonical role, normalized body) -> the body its post is known by (lexicon `same_posts`).
  std::map<std::pair<std::string, std::string>, std::string> post_folds;
  WordMap<bool> fold_roles;                       // the roles post_folds names: most have none
  WordMap<const std::string*> role_canon;         // lexicon role phrase (lower case) -> canonical role
  std::vector<std::string> nationalities;  // from the lexicon, lower case, sorted
  std::uint64_t serial = 0;                // unique per TitleTables: keys normalize_body's cache
  // The lexicon's alias groups, and each series' names folded to the series' own ("secretary-general
  // of the WIC" and "of the World Internet Conference" are one post).
  explicit TitleTables(const TitleLexicon& lex, const std::vector<Series>& series = {});
};

// The knowledge base's series names and generic nouns, longest first and indexed by first letter;
// built once per Extractor.
struct SeriesNames {
  struct Name {
    std::string text;
    const Series* series;
    bool generic;
    std::string lower;
    std::size_t first_word = 0;  // letters in its first word: a cheap reject before comparing
  };
  std::vector<Name> names;
  std::vector<const Name*> by_letter[26];
  // Bit c - 'a' set when some name (or name or generic noun) starts with letter c in any case:
  // rules out most positions before Work::alias_at searches.
  std::uint32_t name_initials = 0, any_initials = 0;
  explicit SeriesNames(const KnowledgeBase& kb);
  SeriesNames(const SeriesNames&) = delete;  // by_letter points into names
  SeriesNames& operator=(const SeriesNames&) = delete;
};

// What a word can start, looked up once per token when the text is tokenized: most words start
// no claim, and every later pass asks the token rather than the word.
using WordClassBits = std::uint16_t;
enum WordClass : WordClassBits {
  kDateWord = 1,        // a month or weekday name
  kNumberWord = 2,      // a spelled cardinal: durations, counts
  kOrdinalWord = 4,     // an ordinal word: editions
  kRelativeWord = 8,    // yesterday, today, this/last/next/past, a weekday
  kQualifierWord = 16,  // the first word of a count qualifier ("over", "more than", "about")
  kRoleWord = 32,       // the first word of a role or rank in the title lexicon
  kUnitWord = 64,       // the first word of a count's unit noun ("guests", "countries", "internet")
  kAliasWord = 128,     // the first word of a series name or generic noun, in any case
  kRetractWord = 256,   // a word of a correction note ("misstated", "earlier" before "version")
  kChromeWord = 2048,   // a word page chrome may hang on: "copyright", "all" (rights reserved), "c" of "(c)"
  kScaleWord = 4096,    // "thousand", "million": a number after "a" ("a thousand guests")
  kDurationUnitWord = 8192,  // "years", "day", "decade": a duration's unit (duration_units)
  // Set by the tokenizer from the text around the word, not by the word list:
  kTitleStart = 512,    // a title may start here: a capitalized word, or one after ", " or " is "
  kMentionStart = 1024,  // a date, count, edition ... may start here: a number or a listed word
  kListedClasses = kTitleStart - 1,  // the classes a word has wherever it stands
};
struct WordClasses {
  WordMap<WordClassBits> map;  // lower-case word -> WordClass bits
  std::size_t max_length = 0;  // of the words in map: longer words have no class
  void add(std::string_view word, WordClassBits cls);
  WordClasses(const TitleTables& titles, const SeriesNames& names);
};

struct EnglishTables;

struct Work {
  const Article& article;
  const KnowledgeBase& kb;
  std::string_view text;
  std::vector<Sentence> sentences;
  static constexpr unsigned kSentenceBlockBits = 6;
  std::vector<std::uint32_t> sentence_block;  // block b: the sentence holding position b * 64
  std::size_t sentence_at_slow(std::size_t pos) const;
  std::optional<CivilDate> published;
  int published_weekday = -1;  // a weekday the header stamp states beside the date
  std::optional<Location> published_loc;
  // The publication date's own span and the other stamps beside it ("| Updated Dec. 17, 2015"):
  // the page's metadata, not claims of the text. In text order.
  std::vector<std::pair<std::size_t, std::size_t>> header_skips;
  bool in_header_skip(std::size_t pos) const {  // a binary search: a header may hold many stamps
    auto it = std::upper_bound(header_skips.begin(), header_skips.end(), pos,
                               [](std::size_t p, const std::pair<std::size_t, std::size_t>& s) { return p < s.first; });
    return it != header_skips.begin() && pos < std::prev(it)->second;
  }
  std::optional<CivilDate> dateline;                        // "BEIJING, Nov. 16 (Xinhua)": month and day
  std::optional<Location> dateline_loc;
  std::string published_source;                             // "front-matter", "header", "dateline"
  // The time of day the header stamp gives, in minutes, and its zone's offset from UTC in minutes,
  // when the stamp names a zone ("Nov 18, 2014 10:52 PM EST").
  std::optional<int> published_minutes, published_zone;
  std::vector<AliasHit> aliases;                            // series names and generic nouns, in order
  const Series* series = nullptr;                           // the series the article is about
  // Made in place by add_claim. Claims are default-initialized (every member has an initializer),
  // not value-initialized: the allocator's construct() skips the zero-fill of all 352 bytes that
  // `emplace_back()` does first for an aggregate, which was 40% of making a claim.
  using ClaimVector = std::vector<Claim, UninitAllocator<Claim>>;
  ClaimVector claims;
  int main_edition = 0;
  // An undated article that reports one edition as current: that edition's year, which dates "Dec
  // 16", "in October" and "this year" (read again with it, see Extractor::read). 0 when none.
  int event_year = 0;
  // The article's subject is another event called by one of the series' generic nouns ("the
  // Future of Go Summit"): a sentence must name the series for any claim in it to be the series'.
  bool other_subject = false;
  // Those other events' names ("Future of Go Summit", "WIC Asia-Pacific Summit"): where each
  // begins and ends, in text order (find_aliases).
  std::vector<std::pair<std::size_t, std::size_t>> other_names;
  // Headings of a timeline ("2015 - Xi takes the stage"): where each starts and its year, in text
  // order. A date without a year below one takes the heading's year, not the article's.
  std::vector<std::pair<std::size_t, int>> section_years;
  // Where sentences say they were wrong (drop_retracted): the sentence, and from where on its claims
  // are dropped.
  std::optional<std::vector<std::pair<std::size_t, std::size_t>>> retracted;
  std::vector<std::uint32_t> retract_tokens;  // tokens of class kRetractWord, in order (tokenize)
  std::vector<std::uint32_t> role_tokens;     // tokens of class kRoleWord, in order (tokenize)
  std::vector<std::uint32_t> alias_tokens;    // tokens of class kAliasWord, in order (tokenize)
  // Tokens of class kMentionStart, in order (tokenize): the words scan_mentions reads, without a
  // test (true and false at random) of every word's class.
  std::vector<std::uint32_t, UninitAllocator<std::uint32_t>> mention_tokens;
  int section_year(std::size_t pos) const;

  std::string lower;           // the scanned view in lower case, for case-insensitive lookups
  // Every word start of the body, in order, and the WordClass bits of each. (Allocated without
  // zero-filling: tokenize() sizes them for the most words a text can hold, then trims.)
  using TokenVector = std::vector<Token, UninitAllocator<Token>>;
  using ClassVector = std::vector<WordClassBits, UninitAllocator<WordClassBits>>;
  TokenVector tokens;
  ClassVector token_class;
  // Block b: the first token beginning at or after b * 64 (tokenize), for token_from.
  static constexpr unsigned kTokenBlockBits = 6;
  std::vector<std::uint32_t> token_block;
  // The index of the first token beginning at or after pos (tokens.size() when none). Passes ask
  // this for every sentence they look into: a binary search over all tokens each time was most
  // of the cost of a short phrase search.
  std::size_t token_from(std::size_t pos) const {
    const std::size_t b = pos >> kTokenBlockBits;
    if (b >= token_block.size()) return tokens.size();
    std::size_t k = token_block[b];
    while (k < tokens.size() && tokens[k].begin < pos) ++k;
    return k;
  }
  // Lines of the scanned view, measured once so no claim rescans its line.
  std::vector<std::size_t> line_starts;
  std::vector<unsigned char> line_flags;  // kChromeLine, kMetadataLine
  static constexpr unsigned char kChromeLine = 1;    // "Copyright 2003-2015 ... All rights reserved"
  static constexpr unsigned char kMetadataLine = 2;  // short and not a sentence: headers, source lines
  std::size_t line_begin(std::size_t pos) const;
  unsigned char line_flag(std::size_t pos) const;

  const TitleTables& tables;
  const SeriesNames& names;
  const WordClasses& classes;
  const EnglishTables& english;
  std::vector<Block> blocks;     // the page's structure (read_blocks), in text order
  std::size_t block_at(std::size_t pos) const;  // the index of the block holding pos
  // The same, trying block `hint` and the one after it first: for positions met in text order.
  std::size_t block_at(std::size_t pos, std::size_t hint) const {
    for (std::size_t b = hint; b < hint + 2 && b < blocks.size(); ++b)
      if (blocks[b].begin <= pos && (b + 1 == blocks.size() || pos < blocks[b + 1].begin)) return b;
    return block_at(pos);
  }
  BlockKind block_kind(std::size_t pos) const { return blocks.empty() ? BlockKind::body : blocks[block_at(pos)].kind; }

  Work(const Article& a, const KnowledgeBase& k, const TitleTables& t, const SeriesNames& n, const WordClasses& c,
       const EnglishTables& e)
      : article(a), kb(k), text(a.norm()), tables(t), names(n), classes(c), english(e) {
    borrow_buffers();
  }
  // The per-article buffers (lower, tokens and their lists, lines, sentences, claims, aliases) are
  // borrowed from the last Work this thread destroyed and given back, emptied, when this one is:
  // extracting article after article allocates, zero-fills and faults in their memory once per
  // thread.
  ~Work();
  Work(const Work&) = delete;
  Work& operator=(const Work&) = delete;
  // Builds `lower` and `tokens`: one pass over the text that every later pass reuses.
  void tokenize();
  // Takes what `from` read of the same article's text alone (lower case, tokens, lines, blocks,
  // sentences) and its emptied claim buffer: an article read again with its event's
  // year is not tokenized and split again. `from` is left without them.
  void take_text(Work& from);
  // The same for what find_section_years and find_aliases found (section years, series names,
  // the series, other events): they too read the text alone. Set by Extractor::read_again, taken by
  // Extractor::read once the publication date is found (which runs before them and sees none).
  Work* names_from = nullptr;
  void take_names(Work& from);
  std::string_view key(const Token& t) const { return std::string_view(lower).substr(t.begin, t.letters); }
  // The sentence holding pos: the last one that begins at or before it (0 before the first).
  std::size_t sentence_at(std::size_t pos) const {
    if (sentence_block.empty()) return sentence_at_slow(pos);
    std::size_t s = sentence_block[std::min(pos >> kSentenceBlockBits, sentence_block.size() - 1)];
    while (s + 1 < sentences.size() && sentences[s + 1].begin <= pos) ++s;
    return s;
  }
  // Indexes sentences by 64-byte block, for sentence_at; called once the sentences are final.
  void index_sentences();
  // The n words before pos in its own sentence, lower case, nearest last.
  WordList words_back(std::size_t pos, std::size_t n) const {
    return words_before(lower, pos, sentences[sentence_at(pos)].begin, n);
  }
  // A claim of the span [b, e) (located, its text copied), made in place at the end of `claims`:
  // the reference lasts until the next claim is added.
  Claim& add_claim(ClaimKind kind, std::size_t b, std::size_t e);
  // Does the claim's scanned text end in a possessive ("this year's", typed or typeset)? Tests
  // are on the scanned text, where apostrophes are folded, never on the claim's text as written.
  bool possessive_claim(const Claim& c) const {
    return c.scan_end >= 2 && text.compare(c.scan_end - 2, 2, "'s") == 0;
  }
  // For each sentence, the indexes of its claims in w.claims order (a snapshot: claims added later
  // are not in it).
  class ClaimsBySentence {
   public:
    std::span<const std::size_t> operator[](std::size_t sentence) const {
      return std::span<const std::size_t>(index_).subspan(start_[sentence], start_[sentence + 1] - start_[sentence]);
    }

   private:
    friend struct Work;
    std::vector<std::size_t> start_;  // sentence s holds index_[start_[s], start_[s + 1])
    std::vector<std::size_t> index_;
  };
  ClaimsBySentence claims_by_sentence() const;
  // Series names or generic nouns inside [b, e).
  // (Aliases are in text order and never overlap, so those are one run of `aliases`.)
  std::span<const AliasHit> aliases_in(std::size_t b, std::size_t e) const;
  // The series name (not generic noun) starting exactly at pos, if any.
  const AliasHit* alias_at(std::size_t pos, bool allow_generic) const;

 private:
  void borrow_buffers();
};

// Trigger phrases (lower case, one or more words) found word by word over a Work's tokens: the
// first word of every token in a range is looked up once, rather than every phrase compared at
// every character.
class PhraseIndex {
 public:
  explicit PhraseIndex(std::vector<std::string> phrases);
  // The first (last) phrase lying whole in [b, e): its position and its index in the list, or
  // {npos, -1}. Where several phrases start at one position, the last one in the list is taken.
  std::pair<std::size_t, int> first_in(const Work& w, std::size_t b, std::size_t e) const;
  std::pair<std::size_t, int> last_in(const Work& w, std::size_t b, std::size_t e) const;
  bool any_in(const Work& w, std::size_t b, std::size_t e) const { return first_in(w, b, e).second >= 0; }
  const std::string& phrase(int k) const { return phrases_[static_cast<std::size_t>(k)]; }

 private:
  int match_at(const Work& w, std::size_t token, std::size_t e) const;
  // Could a phrase start at the token? Its leading letters are lower-case a-z (or none), so the
  // filter needs no checks of the word's ends: the scans ask this of every token of a sentence.
  bool may_start(const Work& w, const Token& t) const {
    return t.letters ? by_first_.may_contain_letters(w.lower.data() + t.begin, t.letters)
                     : by_first_.may_contain(std::string_view());
  }
  std::vector<std::string> phrases_;
  WordMap<std::vector<int>> by_first_;  // the first word's letters -> phrase indexes, in list order
};

// The status_* classes of claims/english.yaml in two phrase indexes (status.cpp): the phrases said
// after an edition (its verb) and those said before it (its verb as object, "in place of"), with
// the status of each phrase in list order. One scan each, whatever the number of statuses.
struct StatusTables {
  std::vector<EditionStatus> after_status, before_status;
  PhraseIndex after, before;
  explicit StatusTables(const English& e);
};

// The English classes of claims/english.yaml the passes match, compiled once per Extractor.
struct EnglishTables {
  // Words before a date that say which part of an edition it dates, in the order of `triggers`.
  std::vector<std::pair<std::string, EventPart>> trigger_list;
  PhraseIndex triggers, attendance, parts, hosting, sub_events, every_edition;
  PhraseIndex totals;  // "has reached", "rose to": what "the number of" people came to
  PhraseIndex counterfactual;  // "would have been": an edition told as what did not happen
  WordSet name_stops;  // capitalized words that are no part of a person's name
  WordSet saying;      // verbs of saying: a date after one dates the saying
  WordSet plans;       // verbs of planning: a day after one may lie ahead of a past clause
  WordSet former_words;  // "former", "then": the post after one is no longer held
  WordSet agency_words;  // "agency", "xinhua": a dateline that names its agency first
  WordSet present_adverbs;       // "also", "now": between a name's comma and a post held now
  WordSet relative_pronouns;     // "who", "which": a clause, not a description of a person
  WordSet event_field_labels;    // "inaugurated", "founded": a field that dates an event, not the page
  std::vector<std::string> footer_stamp_labels;  // "last edited on": a footer stamp dates a page without a header one
  WordSet number_nouns;          // "No.", "Room": a four-digit number after one is no year
  WordSet year_prepositions;     // "in", "since": a four-digit number after one is a year, not a count
  std::vector<std::string> relative_post_verbs;    // "is", "has been": a relative clause giving a post held now
  std::vector<std::string> relative_former_verbs;  // "was", "had been": one no longer held
  std::vector<std::string> relative_verb_end_words;  // the last words of both ("been", "became", "as")
  WordSet relative_verb_ends;                         // the same, to turn most words away at once
  std::vector<std::string> list_openers;  // "including", "such as": a title in lower case may follow
  WordSet not_owner_words;                // "the", "when": no owner's name before a title starts with one
  WordSet report_nouns;                   // "article", "report": what a correction says was wrong
  WordSet possessive_pronouns;   // "its", "her": as a post's owner, no body
  WordSet personal_possessives;  // "her", "my": before an ordinal that counts a person's visits
  WordSet year_not_naming;       // "since", "about": before a year that names no edition
  WordSet event_name_nouns;      // "summit", "forum": the end of another event's name
  WordSet sponsor_participles;   // "sponsored", "backed": "a government-sponsored conference"
  WordSet have_auxiliaries;      // "has", "had": "users had reached 656 million"
  WordSet state_verbs;           // "is", "faces": "the world today is ..." (nowadays)
  std::vector<std::string> day_things;  // "ceremony", "call": "today's ..." is a date
  WordSet subject_blockers;      // "by", "of": before a unit that is no verb's subject
  WordSet elided_ordinal_owners; // "the", "its": before an ordinal whose edition noun is left out
  WordSet day_prepositions;      // "on", "until": before "the 9th", a day of the month
  WordSet after_elided_one;      // "in", "back": "the first one back in 2014"
  WordSet span_words, span_fillers;  // "for", "during"; "at least", "those": before a span of years
  WordSet forecast_words;        // "expected", "hope": a count told as a forecast
  WordSet plan_words, plan_past_words;  // "scheduled"; "was", "originally": a plan told in the past
  WordSet attendance_ways;       // "online", "in person": one way of attending
  WordSet running_year_words;    // "consecutive", "straight": "the eighth consecutive year"
  // Classes a pass once looked up by name for every mention it read (a map search and string
  // compares each time): held here, looked up once per Extractor.
  std::vector<std::string> ordinal_intensifiers;  // "ever": "the first ever WIC"
  WordSet membership_nouns;                       // "members": a count of an organization's members
  WordSet people_nouns;  // count_people, count_groups, count_not_attendance: who may be counted
  BlockVocabulary blocks;
  StatusTables statuses;
  explicit EnglishTables(const English& e);
};

// Adds a date claim for the bare year y written at [b, e) ("in 2015", "since 2014", "WIC 2019").
void push_year_date(Work& w, std::size_t b, std::size_t e, int y);

// Passes, in the order extractor.cpp runs them.
void find_publication_date(Work& w);
void find_section_years(Work& w);
void find_aliases(Work& w);
void scan_mentions(Work& w);        // dates, relative dates, counts, durations, editions
void pair_weekdays(Work& w);        // "on Friday (Dec 8)", "Dec 8 (Friday)": one date, its weekday stated
void resolve_editions(Work& w);     // current/history, bound years, the article's main edition
void resolve_dates(Work& w);        // relative dates against the publication date; event parts
void attach_claims(Work& w);        // counts, dates and durations to editions and the series
void attach_part_dates(Work& w);    // days of a part the article names as one of an edition's
void find_titles(Work& w);          // people's posts
void drop_retracted(Work& w);       // claims of sentences that say they were wrong (corrections)
void read_table_rows(Work& w);      // a table row is one edition's record (tables.cpp)
void read_statuses(Work& w);        // what a source says became of an edition (status.cpp)

// A body's name normalized for comparison: lower case, no parentheses, aliases folded.
std::string normalize_body(const TitleTables& tables, std::string_view raw);

// Is the date at `pos` part of a dateline opening the line at `line_start`?
// `agencies`: the words that name an agency before a dateline's place ("Xinhua News Agency, Beijing,").
bool is_dateline_at(std::string_view t, std::size_t line_start, std::size_t pos, const WordSet& agencies);

// The words of a correction note: "misstated", "incorrectly"; "earlier" and "previous" count only
// before "version" ("An earlier version of this article ...").
std::span<const std::string_view> retraction_words();

// The unit words a duration is read in ("years", "day", "decades"), as unit_word matches them.
std::span<const std::string_view> duration_units();

// Words that mark an edition as happening when the article was written.
const std::vector<std::string>& current_triggers();

}  // namespace wiclint::extract
