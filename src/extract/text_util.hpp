#pragma once
// Small helpers over the normalized article view (ASCII, one byte per code point).
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace wiclint::extract {

inline bool is_word(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
inline bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
inline char lower_char(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
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

struct Sentence {
  std::size_t begin = 0, end = 0;
  int line = 0;  // 0-based line index in the normalized text
};

// Splits text[from, ...) into sentences: a line break always ends one; ". ", "! ", "? " do when the
// next word starts a sentence and the word before is not an abbreviation ("Nov.", "Mr.", "U.S.").
std::vector<Sentence> split_sentences(std::string_view text, std::size_t from);

}  // namespace wiclint::extract
