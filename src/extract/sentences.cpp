#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <type_traits>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/internal.hpp"
#include "extract/text_util.hpp"

namespace wiclint::extract {

bool word_at(std::string_view text, std::size_t pos, std::string_view word, bool ignore_case) {
  if (pos + word.size() > text.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char a = text[pos + i], b = word[i];
    if (ignore_case ? lower_char(a) != lower_char(b) : a != b) return false;
  }
  std::size_t end = pos + word.size();
  return end == text.size() || !is_word(text[end]);
}

// A byte of a word as words_in, count_words and words_before read them: a letter or digit, or an
// apostrophe or hyphen inside the word ("Xi's", "year-old"). One table lookup: words_before runs
// tens of times per sentence.
constexpr auto kWordChar = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = kCharClass.flags[c] != 0 || c == '\'' || c == '-';
  return t;
}();
static bool word_char(char c) { return kWordChar[static_cast<unsigned char>(c)]; }

std::vector<std::string> words_in(std::string_view text, std::size_t b, std::size_t e) {
  std::vector<std::string> out;
  std::size_t i = b;
  while (i < e) {
    while (i < e && !is_word(text[i])) ++i;
    std::size_t s = i;
    while (i < e && word_char(text[i])) ++i;
    if (i > s) out.push_back(lower(text.substr(s, i - s)));
  }
  return out;
}

std::size_t count_words(std::string_view text, std::size_t b, std::size_t e, std::size_t stop_after) {
  std::size_t n = 0;
  std::size_t i = b;
  while (i < e && n <= stop_after) {
    while (i < e && !is_word(text[i])) ++i;
    std::size_t s = i;
    while (i < e && word_char(text[i])) ++i;
    n += i > s;
  }
  return n;
}

namespace {

// The start of the run of word bytes (word_char) that ends at i, not before limit. A byte loop
// leaves at a word's start, which the branch predictor cannot guess: 16 bytes are tested at once.
std::size_t word_run_start(const char* p, std::size_t i, std::size_t limit) {
#if defined(__SSE2__)
  // Signed compares: a byte >= 0x80 is negative, so no letter or digit. (x | 0x20) folds A-Z to a-z
  // and takes no other byte into a-z.
  const __m128i before_a = _mm_set1_epi8('a' - 1), after_z = _mm_set1_epi8('z' + 1);
  const __m128i before_0 = _mm_set1_epi8('0' - 1), after_9 = _mm_set1_epi8('9' + 1);
  const __m128i case_bit = _mm_set1_epi8(0x20), apostrophe = _mm_set1_epi8('\''), hyphen = _mm_set1_epi8('-');
  for (; i >= limit + 16; i -= 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i - 16));
    const __m128i folded = _mm_or_si128(x, case_bit);
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, before_a), _mm_cmplt_epi8(folded, after_z));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, before_0), _mm_cmplt_epi8(x, after_9));
    const __m128i mark = _mm_or_si128(_mm_cmpeq_epi8(x, apostrophe), _mm_cmpeq_epi8(x, hyphen));
    const __m128i word = _mm_or_si128(_mm_or_si128(letter, digit), mark);
    // Bit k: byte i - 16 + k is no word byte. The word starts past the last such byte.
    if (const unsigned other = ~static_cast<unsigned>(_mm_movemask_epi8(word)) & 0xFFFFu)
      return i - 16 + static_cast<std::size_t>(31 - std::countl_zero(other)) + 1;
  }
#endif
  while (i > limit && word_char(p[i - 1])) --i;
  return i;
}

}  // namespace

WordList words_before(std::string_view text, std::size_t pos, std::size_t limit, std::size_t n) {
  WordList out;
  n = std::min(n, WordList::kMax);
  const char* p = text.data();  // (pos <= text.size(): no bounds checks in the loops)
  std::size_t i = pos;
  while (out.n < n && i > limit) {
    while (i > limit && !is_word(p[i - 1])) --i;
    const std::size_t e = i;
    i = word_run_start(p, i, limit);
    if (e > i) out.push_front(std::string_view(p + i, e - i));
  }
  return out;
}

std::size_t find_any(std::string_view text, std::size_t b, std::size_t e, const std::vector<std::string>& needles) {
  for (std::size_t i = b; i < e; ++i) {
    if (i > b && is_word(text[i - 1])) continue;
    if (!is_word(text[i])) continue;
    char c = lower_char(text[i]);
    for (const auto& n : needles) {
      if (n[0] == c && i + n.size() <= e && word_at(text, i, n)) return i;
    }
  }
  return std::string_view::npos;
}

const std::vector<std::size_t>& line_starts_of(std::string_view text, std::vector<std::size_t>& out) {
  out.assign(1, 0);
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))));)
    out.push_back(static_cast<std::size_t>(++p - begin));
  return out;
}

std::size_t find_bytes(std::string_view text, std::string_view needle, std::size_t from) {
  const std::size_t n = needle.size(), size = text.size();
  if (n < 2 || from > size || n > size - from) return n == 1 ? text.find(needle[0], from) : text.find(needle, from);
  const char* p = text.data();
  // A candidate whose first and last bytes match: do its middle bytes?
  auto match_at = [&](std::size_t i) { return std::equal(needle.begin() + 1, needle.end() - 1, p + i + 1); };
  std::size_t i = from;
#if defined(__SSE2__)
  const __m128i first = _mm_set1_epi8(needle.front()), last = _mm_set1_epi8(needle.back());
  for (; i + n - 1 + 16 <= size; i += 16) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + n - 1));
    auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
    for (; mask; mask &= mask - 1)
      if (const std::size_t at = i + static_cast<std::size_t>(std::countr_zero(mask)); match_at(at)) return at;
  }
#endif
  for (; i + n <= size; ++i)
    if (p[i] == needle.front() && p[i + n - 1] == needle.back() && match_at(i)) return i;
  return std::string_view::npos;
}

void find_all(std::string_view text, std::string_view needle, std::vector<std::size_t>& out) {
  if (needle.empty()) return;
  for (std::size_t at = 0; (at = find_bytes(text, needle, at)) != std::string_view::npos; at += needle.size()) out.push_back(at);
}

bool contains_any(std::string_view text, std::size_t b, std::size_t e, const std::vector<std::string>& needles) {
  return find_any(text, b, e, needles) != std::string_view::npos;
}


PhraseIndex::PhraseIndex(std::vector<std::string> phrases) : phrases_(std::move(phrases)) {
  for (std::size_t k = 0; k < phrases_.size(); ++k) {
    const std::string& p = phrases_[k];
    std::size_t n = 0;
    while (n < p.size() && is_alpha(p[n])) ++n;
    by_first_[std::string_view(p).substr(0, n)].push_back(static_cast<int>(k));
  }
}

int PhraseIndex::match_at(const Work& w, std::size_t token, std::size_t e) const {
  const Token& tk = w.tokens[token];
  const std::vector<int>* candidates = by_first_.find(w.key(tk));
  if (!candidates) return -1;
  int found = -1;
  for (int k : *candidates) {
    const std::string& p = phrases_[static_cast<std::size_t>(k)];
    if (tk.begin + p.size() <= e && word_at(w.lower, tk.begin, p, false)) found = k;
  }
  return found;
}

std::pair<std::size_t, int> PhraseIndex::first_in(const Work& w, std::size_t b, std::size_t e) const {
  auto it = w.tokens.begin() + static_cast<std::ptrdiff_t>(w.token_from(b));
  for (; it != w.tokens.end() && it->begin < e; ++it) {
    if (!may_start(w, *it)) continue;  // most words start no phrase
    const std::size_t k = static_cast<std::size_t>(it - w.tokens.begin());
    if (int m = match_at(w, k, e); m >= 0) return {it->begin, m};
  }
  return {std::string_view::npos, -1};
}

std::pair<std::size_t, int> PhraseIndex::last_in(const Work& w, std::size_t b, std::size_t e) const {
  std::pair<std::size_t, int> best{std::string_view::npos, -1};
  auto it = w.tokens.begin() + static_cast<std::ptrdiff_t>(w.token_from(b));
  for (; it != w.tokens.end() && it->begin < e; ++it) {
    if (!may_start(w, *it)) continue;
    const std::size_t k = static_cast<std::size_t>(it - w.tokens.begin());
    if (int m = match_at(w, k, e); m >= 0) best = {it->begin, m};
  }
  return best;
}

std::size_t Work::line_begin(std::size_t pos) const {
  auto it = std::upper_bound(line_starts.begin(), line_starts.end(), pos);
  return *(it - 1);
}

std::size_t Work::block_at(std::size_t pos) const {
  auto it = std::upper_bound(blocks.begin(), blocks.end(), pos, [](std::size_t p, const Block& b) { return p < b.begin; });
  return it == blocks.begin() ? 0 : static_cast<std::size_t>(it - blocks.begin()) - 1;
}

unsigned char Work::line_flag(std::size_t pos) const {
  auto it = std::upper_bound(line_starts.begin(), line_starts.end(), pos);
  return line_flags[static_cast<std::size_t>(it - line_starts.begin()) - 1];
}

namespace {

// What a destroyed Work leaves for the next one on the same thread: empty containers that keep
// their capacity.
struct SpareBuffers {
  std::string lower;
  Work::TokenVector tokens;
  Work::ClassVector token_class;
  std::vector<std::size_t> line_starts;
  std::vector<unsigned char> line_flags;
  std::vector<Sentence> sentences;
  Work::ClaimVector claims;
  std::vector<AliasHit> aliases;
  std::vector<std::uint32_t> retract_tokens, role_tokens, alias_tokens;
  decltype(Work::mention_tokens) mention_tokens;
};
thread_local SpareBuffers spare;

// Calls f(the Work's buffer, the spare one) for every buffer a Work borrows.
template <class F>
void each_buffer(Work& w, SpareBuffers& s, F f) {
  f(w.lower, s.lower);
  f(w.tokens, s.tokens);
  f(w.token_class, s.token_class);
  f(w.line_starts, s.line_starts);
  f(w.line_flags, s.line_flags);
  f(w.sentences, s.sentences);
  f(w.claims, s.claims);
  f(w.aliases, s.aliases);
  f(w.retract_tokens, s.retract_tokens);
  f(w.role_tokens, s.role_tokens);
  f(w.alias_tokens, s.alias_tokens);
  f(w.mention_tokens, s.mention_tokens);
}

// ASCII lower case without a table, so the compiler can vectorize the copy.
inline char ascii_lower(char c) { return static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 32 : 0)); }

}  // namespace

namespace {

// Do the four bytes before p end in ", " or read " is "? One load and two compares: the tokenizer
// asks this of every word.
bool after_comma_or_is(const char* p) {
  std::uint32_t v;
  std::memcpy(&v, p - 4, 4);
  if constexpr (std::endian::native == std::endian::little)
    return ((v >> 16) == (',' | ' ' << 8)) | (v == (' ' | 'i' << 8 | 's' << 16 | std::uint32_t{' '} << 24));
  return (p[-1] == ' ') & ((p[-2] == ',') | ((p[-2] == 's') & (p[-3] == 'i') & (p[-4] == ' ')));
}

// The hash key of the n-letter word at p (lower case), read as two 8-byte loads where the buffer
// allows instead of byte by byte.
WordMap<WordClassBits>::Key key_at(const char* p, std::size_t n, const char* end) {
  WordMap<WordClassBits>::Key k;
  if constexpr (std::endian::native == std::endian::little) {
    if (end - p >= 16) {
      std::memcpy(&k.a, p, 8);
      std::memcpy(&k.b, p + 8, 8);
      if (n < 8) k.a &= (std::uint64_t(1) << (8 * n)) - 1, k.b = 0;
      else if (n < 16) k.b &= (std::uint64_t(1) << (8 * (n - 8))) - 1;
      k.n = n;
      return k;
    }
  }
  for (std::size_t i = 0; i < n; ++i) k.push(p[i]);
  return k;
}

}  // namespace

void Work::borrow_buffers() {
  // A Work made while another is alive on this thread (an article read again with its dateline's
  // year) finds the spares already taken: it starts from empty containers, which is still correct.
  each_buffer(*this, spare, [](auto& mine, auto& theirs) {
    mine.swap(theirs);
    // (`lower` keeps its old bytes: tokenize() resizes and overwrites it whole, and a string that
    // is not cleared first is not zero-filled up to its old size.)
    if constexpr (!std::is_same_v<std::remove_cvref_t<decltype(mine)>, std::string>) mine.clear();
  });
}

void Work::take_text(Work& from) {
  lower.swap(from.lower);
  tokens.swap(from.tokens);
  token_class.swap(from.token_class);
  line_starts.swap(from.line_starts);
  line_flags.swap(from.line_flags);
  retract_tokens.swap(from.retract_tokens);
  role_tokens.swap(from.role_tokens);
  alias_tokens.swap(from.alias_tokens);
  mention_tokens.swap(from.mention_tokens);
  blocks.swap(from.blocks);
  sentences.swap(from.sentences);
  sentence_block.swap(from.sentence_block);
  token_block.swap(from.token_block);
  from.claims.clear();
  claims.swap(from.claims);
}

void Work::take_names(Work& from) {
  section_years.swap(from.section_years);
  aliases.swap(from.aliases);
  series = from.series;
  other_subject = from.other_subject;
  other_names.swap(from.other_names);
}

Work::~Work() {
  // Keep the larger of the two sets of buffers; the other is freed with this Work.
  each_buffer(*this, spare, [](auto& mine, auto& theirs) {
    if (mine.capacity() > theirs.capacity()) mine.swap(theirs);
  });
}

namespace {

// Bit i of a text's bitmap: does byte i have the property? One 64-bit word per 64 bytes, and at
// least one zero bit after the text's end, so a run's end is always found.
struct ByteBits {
  std::vector<std::uint64_t, UninitAllocator<std::uint64_t>> word, alpha;  // letter or digit; letter
  void build(const char* low, std::size_t size) {
    const std::size_t blocks = size / 64 + 1;
    word.resize(blocks);
    alpha.resize(blocks);
    std::size_t b = 0;
#if defined(__SSE2__)
    // Signed compares: a byte >= 0x80 is negative, so neither a letter nor a digit.
    const __m128i before_a = _mm_set1_epi8('a' - 1), after_z = _mm_set1_epi8('z' + 1);
    const __m128i before_0 = _mm_set1_epi8('0' - 1), after_9 = _mm_set1_epi8('9' + 1);
    for (; (b + 1) * 64 <= size; ++b) {
      std::uint64_t w = 0, a = 0;
      for (int q = 0; q < 4; ++q) {
        const std::size_t at = b * 64 + static_cast<std::size_t>(q) * 16;
        const __m128i l = _mm_loadu_si128(reinterpret_cast<const __m128i*>(low + at));
        const __m128i is_alpha = _mm_and_si128(_mm_cmpgt_epi8(l, before_a), _mm_cmplt_epi8(l, after_z));
        const __m128i is_digit = _mm_and_si128(_mm_cmpgt_epi8(l, before_0), _mm_cmplt_epi8(l, after_9));
        a |= std::uint64_t(static_cast<unsigned>(_mm_movemask_epi8(is_alpha))) << (16 * q);
        w |= std::uint64_t(static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(is_alpha, is_digit)))) << (16 * q);
      }
      word[b] = w;
      alpha[b] = a;
    }
#endif
    for (; b < blocks; ++b) {
      std::uint64_t w = 0, a = 0;
      for (std::size_t k = 0; k < 64 && b * 64 + k < size; ++k) {
        const unsigned char f = char_flags(low[b * 64 + k]);
        w |= std::uint64_t(f != 0) << k;
        a |= std::uint64_t((f & CharClass::lower) != 0) << k;
      }
      word[b] = w;
      alpha[b] = a;
    }
  }
  // The first position at or after pos whose bit is clear.
  static std::size_t next_clear(const std::uint64_t* bits, std::size_t pos) {
    std::size_t b = pos >> 6;
    if (const std::uint64_t v = ~bits[b] >> (pos & 63)) return pos + static_cast<std::size_t>(std::countr_zero(v));
    for (++b;; ++b)
      if (const std::uint64_t v = ~bits[b]) return b * 64 + static_cast<std::size_t>(std::countr_zero(v));
  }
};
thread_local ByteBits byte_bits;

}  // namespace

void Work::tokenize() {
  const std::size_t size = text.size();
  const char* src = text.data();
  // The lower-case copy every later pass reads, and the line starts.
  lower.resize(size);
  char* dst = lower.data();  // a local pointer: stores through it must not make members reload
  for (std::size_t i = 0; i < size; ++i) dst[i] = ascii_lower(src[i]);
  line_starts_of(text, line_starts);
  line_flags.assign(line_starts.size(), 0);
  retract_tokens.clear();
  role_tokens.clear();
  alias_tokens.clear();

  // The words of the body: where each starts, its leading letters, its word class; per line, the
  // word count and whether it is page chrome ("Copyright 2019", "All rights reserved", "(c) 2014").
  std::size_t i = std::min(article.body_begin, size);
  while (i > 0 && i < size && is_word(src[i - 1]) && is_word(src[i])) ++i;  // a word begun before the body
  // The line holding pos, by a binary search: asked only at the rare chrome words, so that the
  // loop over all words keeps no line of its own.
  auto line_of = [&](std::size_t pos) {
    return static_cast<std::size_t>(std::upper_bound(line_starts.begin(), line_starts.end(), pos) - line_starts.begin()) - 1;
  };
  // "(c) 2014 Xinhua", "\u00a9 2019-2022 The Circuit": a copyright sign before a year marks page
  // chrome anywhere; one that is not ("(c) since 2016 ...", a list's third item) only on a short
  // line that is not a sentence.
  std::vector<std::size_t> maybe_chrome;
  auto copyright_sign = [&](std::size_t l, std::size_t after) {
    while (after < size && src[after] == ' ') ++after;
    if (after < size && is_digit(src[after])) line_flags[l] |= kChromeLine;
    else maybe_chrome.push_back(l);
  };
  for (const char* p = src + i; (p = static_cast<const char*>(std::memchr(p, kCopyrightSign, static_cast<std::size_t>(src + size - p))));) {
    const std::size_t at = static_cast<std::size_t>(p - src);
    copyright_sign(line_of(at), at + 1);
    ++p;
  }

  // Words are runs of letters and digits: found from bitmaps of the text, 64 bytes a step, rather
  // than byte by byte. Every word is followed by a byte that is not a word byte, so there are at
  // most size / 2 + 1: sized once (without zero-filling), written by index, trimmed at the end.
  ByteBits& bits = byte_bits;
  bits.build(dst, size);
  const std::uint64_t* word_bits = bits.word.data();
  const std::uint64_t* alpha_bits = bits.alpha.data();
  tokens.resize(size / 2 + 1);
  token_class.resize(size / 2 + 1);
  Token* out_token = tokens.data();
  WordClassBits* out_class = token_class.data();
  std::size_t count = 0;
  // First the words' starts and leading letters alone, a tight loop over the bitmaps; then what
  // each word is, and what it says of its line.
  // (The bitmap's 64-byte blocks are token_from's: the count of words before each is its index.)
  static_assert(kTokenBlockBits == 6, "token_block is indexed by the bitmaps' 64-byte blocks");
  const std::size_t blocks = bits.word.size();
  token_block.resize(blocks);
  std::fill_n(token_block.begin(), i >> 6, 0);
  for (std::size_t b = i >> 6; b < blocks; ++b) {
    token_block[b] = static_cast<std::uint32_t>(count);
    const std::uint64_t w = word_bits[b];
    const std::uint64_t carry = b ? word_bits[b - 1] >> 63 : 0;
    std::uint64_t starts = w & ~((w << 1) | carry);
    if (b == (i >> 6)) starts &= ~std::uint64_t(0) << (i & 63);
    for (; starts; starts &= starts - 1) {
      const std::size_t s = b * 64 + static_cast<std::size_t>(std::countr_zero(starts));
      // A word that starts with a digit has no leading letters: its own bit is clear.
      const std::size_t n = ByteBits::next_clear(alpha_bits, s) - s;
      out_token[count++] = {static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(n)};
    }
  }
  const WordMap<WordClassBits>& class_map = classes.map;
  const std::size_t max_length = classes.max_length;
  mention_tokens.resize(count);  // (trimmed below: written at every word, kept at those listed)
  std::uint32_t* out_mention = mention_tokens.data();
  std::size_t mentions = 0;
  for (std::size_t k = 0; k < count; ++k) {
    const std::size_t s = out_token[k].begin, n = out_token[k].letters;
    const std::string_view word(dst + s, n);
    WordClassBits cls = 0;
    if (n && n <= max_length && class_map.may_contain_letters(dst + s, n)) {
      const WordClassBits* found = class_map.find(key_at(dst + s, n, dst + size), word);
      cls = found ? *found : 0;
    }
    if (cls & kRetractWord) retract_tokens.push_back(static_cast<std::uint32_t>(k));
    if (cls & kRoleWord) role_tokens.push_back(static_cast<std::uint32_t>(k));  // (for the title reader)
    if (cls & kAliasWord) alias_tokens.push_back(static_cast<std::uint32_t>(k));  // (for find_aliases)
    if (cls & kChromeWord) [[unlikely]] {
      const std::size_t l = line_of(s);
      if (n == 9) {  // "copyright"
        line_flags[l] |= kChromeLine;
      } else if (n == 1) {  // "(c)"
        const std::size_t e = ByteBits::next_clear(word_bits, s);
        if (s > 0 && src[s - 1] == '(' && e < size && src[e] == ')') copyright_sign(l, e + 1);
      } else {  // "all rights reserved"
        std::size_t j = ByteBits::next_clear(word_bits, s);
        while (j < size && !is_word(src[j])) ++j;
        if (j + 5 <= size && std::string_view(dst + j, 5) == "right") line_flags[l] |= kChromeLine;
      }
    }
    // Computed without branching on the text: these are true and false at random.
    const bool upper = is_upper(src[s]);
    bool title_start = upper;
    if (s >= 4) [[likely]]
      title_start |= after_comma_or_is(src + s);
    else
      title_start |= s >= 2 && src[s - 1] == ' ' && src[s - 2] == ',';
    cls = static_cast<WordClassBits>((cls & (kListedClasses | kScaleWord | kDurationUnitWord)) |
                                     ((((cls & kListedClasses) != 0) | (n == 0)) ? kMentionStart : 0) |
                                     ((title_start & (n != 0)) ? kTitleStart : 0));
    out_class[k] = cls;
    out_mention[mentions] = static_cast<std::uint32_t>(k);
    mentions += (cls & kMentionStart) != 0;
  }
  tokens.resize(count);
  token_class.resize(count);
  mention_tokens.resize(mentions);
  // A line's words are the tokens starting in it, counted by token_from at its two ends.
  for (std::size_t l = 0; l < line_starts.size(); ++l) {
    std::size_t b = line_starts[l];
    std::size_t e = l + 1 < line_starts.size() ? line_starts[l + 1] - 1 : size;
    while (e > b && text[e - 1] == ' ') --e;
    if (e <= b || text[e - 1] == '.') continue;
    const std::size_t next = l + 1 < line_starts.size() ? line_starts[l + 1] : size + 1;
    if (token_from(next) - token_from(b) <= 12) line_flags[l] |= kMetadataLine;
  }
  for (std::size_t l : maybe_chrome)
    if (line_flags[l] & kMetadataLine) line_flags[l] |= kChromeLine;
}

bool year_at(std::string_view t, std::size_t pos, int& y) {
  if (pos + 4 > t.size() || (pos > 0 && is_word(t[pos - 1]))) return false;
  // The second half of "2019-2022" or of a phone number ("0573-8871 2014") is no year, nor is a
  // piece of a path ("/2016/09/hangzhou-after-g20", "2016/17").
  if (pos >= 2 && (t[pos - 1] == '-' || t[pos - 1] == ' ') && is_digit(t[pos - 2])) return false;
  if ((pos > 0 && t[pos - 1] == '/') || (pos + 4 < t.size() && t[pos + 4] == '/')) return false;
  // Nor is a piece of a file name: "Jack_Ma_2008.jpg", "report_2019_final".
  if ((pos > 0 && t[pos - 1] == '_') || (pos + 4 < t.size() && t[pos + 4] == '_')) return false;
  if (pos + 6 < t.size() && t[pos + 4] == '.' && is_lower(t[pos + 5]) && is_lower(t[pos + 6])) return false;
  for (std::size_t i = 0; i < 4; ++i)
    if (!is_digit(t[pos + i])) return false;
  if (pos + 4 < t.size() && (is_word(t[pos + 4]) || (t[pos + 4] == '-' && pos + 5 < t.size() && is_word(t[pos + 5]))))
    return false;
  y = (t[pos] - '0') * 1000 + (t[pos + 1] - '0') * 100 + (t[pos + 2] - '0') * 10 + (t[pos + 3] - '0');
  return y >= 1900 && y <= 2099;
}

namespace {

bool abbreviation_before(std::string_view text, std::size_t dot, std::size_t line_start) {
  std::size_t i = dot;
  while (i > line_start && (is_alpha(text[i - 1]) || text[i - 1] == '.')) --i;
  const std::string_view w = text.substr(i, dot - i);
  if (w.size() == 1) return true;                                // initials: "J. Smith"
  if (w.find('.') != std::string_view::npos) return true;        // "U.S.", "a.m."
  static const WordSet abbrevs = {"mr", "mrs", "ms", "dr", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul",
                                  "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "gov",
                                  "gen", "vs", "prof", "sen", "rep", "jr", "sr", "mt", "ft", "int'l", "approx"};
  return abbrevs.contains_folded(w);
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, std::size_t from) {
  std::vector<Sentence> out;
  split_sentences(text, from, out);
  return out;
}

void split_sentences(std::string_view text, std::size_t from, std::vector<Sentence>& out) {
  out.clear();
  int line = 0;
  for (std::size_t i = 0; i < from && i < text.size(); ++i) line += text[i] == '\n';
  std::size_t start = from, line_start = from;
  auto push = [&](std::size_t b, std::size_t e) {
    while (b < e && text[b] == ' ') ++b;
    while (e > b && text[e - 1] == ' ') --e;
    if (e > b) out.push_back({b, e, line});
  };
  // A "sentence" is cut after kMaxSentence characters at the next space: every per-sentence
  // pass stays linear on a huge line without full stops (a table, a run of links).
  constexpr std::size_t kMaxSentence = 1000;
  // The characters that can end a sentence; the rest of the text is skipped a byte at a time in a
  // tight loop until one of them, or until the sentence grows too long.
  static constexpr auto kEnds = [] {
    std::array<bool, 256> e{};
    e['\n'] = e['.'] = e['!'] = e['?'] = true;
    return e;
  }();
  const std::size_t size = text.size();
  const char* data = text.data();
  // A byte of v equal to c: (v ^ c) has a zero byte there.
  auto has_byte = [](std::uint64_t v, std::uint64_t c) {
    const std::uint64_t x = v ^ (c * 0x0101010101010101ull);
    return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
  };
  for (std::size_t i = from; i < size; ++i) {
    const std::size_t long_from = start + kMaxSentence + 1;
    // Sixteen (or eight) bytes at a time while none of them can end a sentence.
    const std::size_t fast_end = std::min(size, long_from);
#if defined(__SSE2__)
    const __m128i dot = _mm_set1_epi8('.'), newline = _mm_set1_epi8('\n'), bang = _mm_set1_epi8('!'),
                  question = _mm_set1_epi8('?');
    for (; i + 16 <= fast_end; i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
      const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, newline)),
                                       _mm_or_si128(_mm_cmpeq_epi8(v, bang), _mm_cmpeq_epi8(v, question)));
      if (_mm_movemask_epi8(hit)) break;
    }
#endif
    for (; i + 8 <= fast_end; i += 8) {
      std::uint64_t v;
      std::memcpy(&v, data + i, 8);
      if (has_byte(v, '.') | has_byte(v, '\n') | has_byte(v, '!') | has_byte(v, '?')) break;
    }
    // Past twice the length with no space ("Sunday,Sunday,..." run together), any byte that is no
    // letter or digit ends it too: a sentence of thousands of claims made every per-sentence pass
    // quadratic.
    const std::size_t hard_from = start + 2 * kMaxSentence + 1;
    while (i < size && !kEnds[static_cast<unsigned char>(data[i])] &&
           (i < long_from || (data[i] != ' ' && (i < hard_from || is_word(data[i])))))
      ++i;
    if (i >= size) break;
    char c = data[i];
    if (i - start > kMaxSentence && (c == ' ' || (i >= hard_from && !kEnds[static_cast<unsigned char>(c)]))) {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (c == '\n') {
      push(start, i);
      start = line_start = i + 1;
      ++line;
      continue;
    }
    if ((c == '.' || c == '!' || c == '?') && i + 2 < text.size()) {
      std::size_t j = i + 1;
      while (j < text.size() && (text[j] == '"' || text[j] == '\'' || text[j] == ')')) ++j;
      if (j >= text.size() || text[j] != ' ') continue;
      std::size_t k = j;
      while (k < text.size() && text[k] == ' ') ++k;
      if (k >= text.size()) continue;
      char n = text[k];
      // The next sentence opens with a capital, a digit, a quotation mark (typed or typeset) or a
      // parenthesis: "runs from Nov. 8 to 10. (The 2020 gathering was held as a forum.)"
      const bool opens = is_upper(n) || n == '"' || n == '\'' || is_digit(n) ||
                         (n == '(' && k + 1 < text.size() && is_upper(text[k + 1])) ||
                         text.compare(k, 3, "\xE2\x80\x9C") == 0;
      if (!opens) continue;
      if (c == '.' && abbreviation_before(text, i, line_start)) continue;
      push(start, j);
      start = j;
    }
  }
  push(start, text.size());
}

}  // namespace wiclint::extract
