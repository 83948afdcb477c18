#pragma once
// Small helpers over the normalized article view (ASCII, one byte per code point).
#include <algorithm>
#include <array>
#include <cstdint>
#include <cctype>
#include <iterator>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace wiclint::extract {

// ASCII only, without the C library's locale lookups: the scanned view is ASCII by construction.
// One table lookup per test: these run on every byte of the corpus.
struct CharClass {
  enum : unsigned char { upper = 1, lower = 2, digit = 4 };
  unsigned char flags[256] = {};
  char to_lower[256] = {};
  constexpr CharClass() {
    for (int c = 0; c < 256; ++c) {
      to_lower[c] = static_cast<char>(c);
      if (c >= 'A' && c <= 'Z') flags[c] = upper, to_lower[c] = static_cast<char>(c + ('a' - 'A'));
      if (c >= 'a' && c <= 'z') flags[c] = lower;
      if (c >= '0' && c <= '9') flags[c] = digit;
    }
  }
};
inline constexpr CharClass kCharClass{};
inline unsigned char char_flags(char c) { return kCharClass.flags[static_cast<unsigned char>(c)]; }
inline bool is_upper(char c) { return char_flags(c) & CharClass::upper; }
inline bool is_lower(char c) { return char_flags(c) & CharClass::lower; }
inline bool is_digit(char c) { return char_flags(c) & CharClass::digit; }
inline bool is_alpha(char c) { return char_flags(c) & (CharClass::upper | CharClass::lower); }
inline bool is_word(char c) { return char_flags(c) != 0; }
inline char lower_char(char c) { return kCharClass.to_lower[static_cast<unsigned char>(c)]; }
inline std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = lower_char(c);
  return out;
}

// Could the ordinal grammar match at p? Written in digits, an ordinal is one to three digits and
// its suffix ("5th", "21st"): where the first three digits run on or end in no letter ("2015",
// "30 years") it cannot, and the grammar is not run at every number of a text. True for words.
inline bool may_be_ordinal(std::string_view t, std::size_t p) {
  if (p >= t.size() || !is_digit(t[p])) return true;
  std::size_t q = p + 1;
  while (q < t.size() && q < p + 3 && is_digit(t[q])) ++q;
  return q < t.size() && is_alpha(t[q]);
}

// s.rfind(p, pos) for a non-empty p, comparing only where p's first byte stands (libstdc++'s
// rfind calls memcmp at every position it passes).
inline std::size_t rfind_phrase(std::string_view s, std::string_view p, std::size_t pos) {
  if (p.empty() || p.size() > s.size()) return p.empty() ? std::min(pos, s.size()) : std::string_view::npos;
  for (std::size_t i = std::min(pos, s.size() - p.size());; --i) {
    if (s[i] == p[0] && s.compare(i, p.size(), p) == 0) return i;
    if (i == 0) return std::string_view::npos;
  }
}

// The length of a possessive "'s" or "’s" (a typeset apostrophe) at p, or 0.
inline std::size_t possessive_at(std::string_view t, std::size_t p) {
  for (std::string_view mark : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
    if (t.compare(p, mark.size(), mark) == 0 && (p + mark.size() == t.size() || !is_word(t[p + mark.size()])))
      return mark.size();
  return 0;
}

// Does `text` hold `word` (case-insensitive) at `pos`, ending at a word boundary?
bool word_at(std::string_view text, std::size_t pos, std::string_view word, bool ignore_case = true);

// The lower-case words of text[b, e), split on anything but letters, digits, apostrophes and hyphens.
std::vector<std::string> words_in(std::string_view text, std::size_t b, std::size_t e);
// Calls f(word) for each word words_in would return, as a view into text, without lowering or
// copying it: for a text that is lower case already (Work::lower).
template <class F>
void each_word(std::string_view text, std::size_t b, std::size_t e, F&& f) {
  for (std::size_t i = b; i < e;) {
    while (i < e && !is_word(text[i])) ++i;
    const std::size_t s = i;
    while (i < e && (is_word(text[i]) || text[i] == '\'' || text[i] == '-')) ++i;
    if (i > s) f(text.substr(s, i - s));
  }
}
// How many words words_in would return, without making them. The count stops once it passes
// `stop_after`: enough to tell whether a line has more words than that.
std::size_t count_words(std::string_view text, std::size_t b, std::size_t e,
                        std::size_t stop_after = std::string_view::npos);

// Up to eight words, as views into the text they were read from, nearest last. (Every caller looks
// a few words back.) The words fill the array from its end, nearest first, so no reversal is
// needed; the array is never zero-filled: words_before runs tens of times per sentence, and the
// fill (a `rep stos` of 136 bytes) was a third of its time. Only the last n slots are ever read.
struct WordList {
  static constexpr std::size_t kMax = 8;
  WordList() {}  // leaves `slots` unset on purpose, see above
  std::size_t n = 0;
  bool empty() const { return n == 0; }
  std::size_t size() const { return n; }
  std::string_view operator[](std::size_t i) const { return slots[kMax - n + i]; }
  std::string_view back() const { return slots[kMax - 1]; }
  const std::string_view* begin() const { return slots + (kMax - n); }
  const std::string_view* end() const { return slots + kMax; }
  auto rbegin() const { return std::make_reverse_iterator(end()); }
  auto rend() const { return std::make_reverse_iterator(begin()); }
  // Adds a word before those already in the list (words_before reads from pos backwards).
  void push_front(std::string_view w) { slots[kMax - ++n] = w; }

 private:
  union {
    std::string_view slots[kMax];
  };
};

// The `n` (at most 8) words before position `pos`, nearest last, not crossing `limit`. Pass the
// lower-case view (Work::lower) to compare them with lower-case words; no copies are made.
WordList words_before(std::string_view text, std::size_t pos, std::size_t limit, std::size_t n);

// Does any of `needles` (lower-case words or phrases) occur as whole words in text[b, e)?
bool contains_any(std::string_view text, std::size_t b, std::size_t e, const std::vector<std::string>& needles);
// The position of the first such occurrence, or npos.
std::size_t find_any(std::string_view text, std::size_t b, std::size_t e, const std::vector<std::string>& needles);

// Fills `out` with where each line of `text` starts: 0, then every position after a line break.
// Returns it.
const std::vector<std::size_t>& line_starts_of(std::string_view text, std::vector<std::size_t>& out);

// text.find(needle, from) for a needle of two bytes or more, without a call per candidate byte
// (std::string_view::find calls memchr at every occurrence of the needle's first byte): 16
// positions a step are tested for the needle's first and last bytes.
std::size_t find_bytes(std::string_view text, std::string_view needle, std::size_t from = 0);
// Appends to `out` every position of `needle` in `text`, left to right and not overlapping (as
// repeated std::string_view::find calls would give them).
void find_all(std::string_view text, std::string_view needle, std::vector<std::size_t>& out);

// A four-digit year (1900-2099) standing alone at `pos`: not part of a longer number, not
// "2016-17" or "4G"-like tokens. Sets y.
bool year_at(std::string_view text, std::size_t pos, int& y);


// Words mapped to a value, looked up by an open-addressing hash: most words of a text are in no
// table, and a miss usually costs one hash and one empty slot. A word of up to 16 bytes is packed
// into two integers, so comparing it is two integer compares rather than a string compare.
template <class V>
class WordMap {
 public:
  // The value of `word`, inserted default-constructed when absent.
  V& operator[](std::string_view word) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    Key k = pack(word);
    Slot& s = slot_for(slots_, k, word);
    if (!s.used) {
      s.used = true, s.key = k, ++used_;
      if (word.size() > 16) s.long_key = std::string(word);
      if (word.empty()) has_empty_ = true;
      if (const auto [f, l] = ends(word); f < 26 && l < 26 && word.size() < 32) lengths_[f][l] |= 1u << word.size();
    }
    return s.value;
  }
  // Could `word` be in the map? Most words are ruled out by their first and last letters and
  // their length, before any hashing. (Words not starting and ending with a-z are never ruled out.)
  bool may_contain(std::string_view word) const {
    if (word.empty()) return has_empty_;  // a token of digits has no letters: mostly in no map
    const auto [f, l] = ends(word);
    return f >= 26 || l >= 26 || word.size() >= 32 || (lengths_[f][l] >> word.size() & 1);
  }
  // The same for a word of n >= 1 lower-case letters a-z at p (a token's leading letters), with no
  // checks of its ends.
  bool may_contain_letters(const char* p, std::size_t n) const {
    return n >= 32 || (lengths_[static_cast<unsigned char>(p[0]) - 'a'][static_cast<unsigned char>(p[n - 1]) - 'a'] >> n & 1);
  }
  // A word's key, built a byte at a time by a caller that already walks the word's bytes.
  struct Key {
    std::uint64_t a = 0, b = 0;  // the first 16 bytes, little end first
    std::size_t n = 0;
    void push(char c) {
      if (n < 8) a |= std::uint64_t(static_cast<unsigned char>(c)) << (8 * n);
      else if (n < 16) b |= std::uint64_t(static_cast<unsigned char>(c)) << (8 * (n - 8));
      ++n;
    }
    bool operator==(const Key&) const = default;
    std::size_t hash() const {
      std::uint64_t h = (a * 0x9E3779B97F4A7C15ull) ^ (b * 0xC2B2AE3D27D4EB4Full) ^ n;
      return static_cast<std::size_t>(h ^ (h >> 31));
    }
  };
  // (The filter is small enough to be inlined where the word is asked; the probe is not.)
  const V* find(std::string_view word) const { return may_contain(word) ? find_packed(word) : nullptr; }
  // `k` must be the key of `word` (pack(word), or built with Key::push over its bytes).
  const V* find(const Key& k, std::string_view word) const {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = k.hash() & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.key == k && (word.size() <= 16 || s.long_key == word)) return &s.value;
    }
  }
  bool contains(std::string_view word) const { return find(word) != nullptr; }

 private:
  static std::pair<unsigned, unsigned> ends(std::string_view w) {
    if (w.empty()) return {26, 26};
    return {static_cast<unsigned char>(w.front()) - unsigned{'a'}, static_cast<unsigned char>(w.back()) - unsigned{'a'}};
  }
  std::uint32_t lengths_[26][26] = {};  // bit n: some word of n bytes from [first] to [last]
  bool has_empty_ = false;
  struct Slot {
    Key key;
    bool used = false;
    V value{};
    std::string long_key;  // the whole word, when longer than 16 bytes
  };
  [[gnu::noinline]] const V* find_packed(std::string_view word) const { return find(pack(word), word); }
  static Key pack(std::string_view w) {
    Key k;
    for (char c : w) k.push(c);
    return k;
  }
  static Slot& slot_for(std::vector<Slot>& slots, const Key& k, std::string_view word) {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = k.hash() & mask;; i = (i + 1) & mask)
      if (!slots[i].used || (slots[i].key == k && (word.size() <= 16 || slots[i].long_key == word))) return slots[i];
  }
  void grow() {
    std::vector<Slot> bigger(slots_.empty() ? 64 : slots_.size() * 2);
    for (auto& s : slots_) {
      if (!s.used) continue;
      std::string word = s.long_key;
      slot_for(bigger, s.key, s.key.n > 16 ? std::string_view(word) : std::string_view()) = std::move(s);
    }
    slots_ = std::move(bigger);
  }
  std::vector<Slot> slots_;
  std::size_t used_ = 0;
};

// A fixed set of lower-case words, asked "is this word in it?" many times per article: one hash
// probe (usually rejected before hashing) instead of a compare per listed word.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) map_[w] = true;
  }
  // Words of a loaded lexicon: the set holds views into them, which must outlive it.
  explicit WordSet(const std::vector<std::string>& words) {
    for (const std::string& w : words) map_[w] = true;
  }
  bool contains(std::string_view word) const { return map_.find(word) != nullptr; }
  // The same for a word in any case ("Province", "MONDAY"): ASCII letters are folded first.
  bool contains_folded(std::string_view word) const {
    char buf[64];
    if (word.size() > sizeof buf) return contains(lower(word));
    for (std::size_t i = 0; i < word.size(); ++i) buf[i] = lower_char(word[i]);
    return contains(std::string_view(buf, word.size()));
  }

 private:
  WordMap<bool> map_;
};

struct Sentence {
  std::size_t begin = 0, end = 0;
  int line = 0;  // 0-based line index in the normalized text
};

// Splits text[from, ...) into sentences: a line break always ends one; ". ", "! ", "? " do when the
// next word starts a sentence and the word before is not an abbreviation ("Nov.", "Mr.", "U.S.").
std::vector<Sentence> split_sentences(std::string_view text, std::size_t from);
// The same, into `out` (cleared first): a caller that splits many texts reuses its storage.
void split_sentences(std::string_view text, std::size_t from, std::vector<Sentence>& out);

}  // namespace wiclint::extract
