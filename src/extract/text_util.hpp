#pragma once
// Small helpers over the normalized article view (ASCII, one byte per code point).
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace wiclint::extract {

// ASCII only, without the C library's locale lookups: the scanned view is ASCII by construction.
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
inline bool is_word(char c) { return is_alpha(c) || is_digit(c); }
inline char lower_char(char c) { return is_upper(c) ? static_cast<char>(c + ('a' - 'A')) : c; }
inline std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = lower_char(c);
  return out;
}

// Does `text` hold `word` (case-insensitive) at `pos`, ending at a word boundary?
bool word_at(std::string_view text, std::size_t pos, std::string_view word, bool ignore_case = true);

// The lower-case words of text[b, e), split on anything but letters, digits, apostrophes and hyphens.
std::vector<std::string> words_in(std::string_view text, std::size_t b, std::size_t e);

// The `n` words before position `pos`, nearest last, lower case, not crossing `limit`.
std::vector<std::string> words_before(std::string_view text, std::size_t pos, std::size_t limit, std::size_t n);

// Does any of `needles` (lower-case words or phrases) occur as whole words in text[b, e)?
bool contains_any(std::string_view text, std::size_t b, std::size_t e, const std::vector<std::string>& needles);
// The position of the first such occurrence, or npos.
std::size_t find_any(std::string_view text, std::size_t b, std::size_t e, const std::vector<std::string>& needles);

// The lower-case word at `pos` (letters only, at most 24 characters), for cheap dispatch.
std::string_view word_key(std::string_view text, std::size_t pos, char (&buf)[24]);

// Trigger phrases (one or two words, lower case) mapped to a value; looked up word by word.
template <class V>
struct PhraseTable {
  std::vector<std::pair<std::string, V>> phrases;
  // The last phrase in text[b, e) as (position, value); position npos when none.
  std::pair<std::size_t, V> last_in(std::string_view text, std::size_t b, std::size_t e) const;
  std::size_t first_in(std::string_view text, std::size_t b, std::size_t e) const;
};

struct Sentence {
  std::size_t begin = 0, end = 0;
  int line = 0;  // 0-based line index in the normalized text
};

// Splits text[from, ...) into sentences: a line break always ends one; ". ", "! ", "? " do when the
// next word starts a sentence and the word before is not an abbreviation ("Nov.", "Mr.", "U.S.").
std::vector<Sentence> split_sentences(std::string_view text, std::size_t from);

}  // namespace wiclint::extract
