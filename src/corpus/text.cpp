#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <stdexcept>
#include <tuple>

#include "corpus/article.hpp"
#include "util/utf8.hpp"

namespace wiclint {

namespace {

// Folds Latin-1 letters to their base letter so names such as "José" stay one word.
char fold_latin1(char32_t cp) {
  static const char table[] =
      "AAAAAAACEEEEIIII"   // U+00C0
      "DNOOOOOxOUUUUYTs"   // U+00D0
      "aaaaaaaceeeeiiii"   // U+00E0
      "dnooooo/ouuuuyty";  // U+00F0
  if (cp >= 0xC0 && cp <= 0xFF) return table[cp - 0xC0];
  return '\x1a';
}

char fold(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC: case 0x2032: case 0x00B4:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x2033: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    case 0x00A0: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006: case 0x2007:
    case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F: case 0x3000:
      return ' ';
    case 0x2026: return '.';
    case 0x2022: case 0x00B7: return '*';
    case 0x00A9: return kCopyrightSign;
    case 0xFF0C: return ',';
    case 0xFF5C: return '|';  // the full-width bar of Chinese sites' headers
    case 0xFF1A: return ':';
    case 0x3002: return '.';
    default: break;
  }
  if (cp >= 0x0100 && cp <= 0x017F) return "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs"[cp - 0x100];
  return fold_latin1(cp);
}

}  // namespace

Article::Article(std::string path, std::string bytes)
    : path_(std::move(path)), file_path_(path_), bytes_(std::move(bytes)) {
  build();
  join_wrapped_lines();
}

namespace {

bool ascii_lower_letter(char c) { return c >= 'a' && c <= 'z'; }
bool ascii_letter(char c) { return ascii_lower_letter(c) || (c >= 'A' && c <= 'Z'); }
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Does the line [b, e) end in a month's name, full or in three letters ("from December", "on
// Dec")? A date's day may be wrapped onto the next line.
bool ends_in_month(std::string_view t, std::size_t b, std::size_t e) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                                                 "august", "september", "october", "november", "december"};
  std::size_t w = e;
  while (w > b && ascii_letter(t[w - 1])) --w;
  if (e - w < 3 || (w > b && t[w - 1] != ' ')) return false;
  std::string word(t.substr(w, e - w));
  for (char& c : word) c = ascii_lower_letter(c) || !ascii_letter(c) ? c : static_cast<char>(c - 'A' + 'a');
  for (const auto m : kMonths)
    if (word == m || (word.size() == 3 && m.starts_with(word))) return true;
  return false;
}

// Does the line end in a word that joins it to what follows, which no sentence ends in ("... the
// National Internet Information Office and\nChairman of ...")? Then the next line goes on even
// when it starts with a capital. (Not "by": "Photo by\nName" may be a credit line of its own.)
bool ends_in_joining_word(std::string_view line) {
  static constexpr std::array<std::string_view, 12> kJoining = {"and", "or", "of", "the", "a", "an",
                                                                 "to", "for", "with", "at", "from", "in"};
  const std::size_t space = line.rfind(' ');
  if (space == std::string_view::npos) return false;
  const std::string_view word = line.substr(space + 1);
  return std::find(kJoining.begin(), kJoining.end(), word) != kJoining.end();
}

// Is the line break at `k` (between the lines [b, k) and [k + 1, e)) one inside a sentence that
// was wrapped to a fixed width, as e-mailed releases and copied PDFs are? The line before is prose
// of some length, with no run of spaces or bar of a table, and ends inside its sentence (a letter
// or a comma); the next line goes on in lower case ("... the conference\nopened on Sunday"), or
// after a joining word (ends_in_joining_word), or gives the day of a month the line ended in
// ("from December\n16 to 18"). A heading, a list item, a table row, a byline or a label ("by ...",
// "source: ...") starts no continuation.
bool wrapped_break(std::string_view t, std::size_t b, std::size_t k, std::size_t e) {
  constexpr std::size_t kProse = 45;
  std::size_t last = k;
  while (last > b && t[last - 1] == ' ') --last;
  if (last < b + kProse || k + 1 >= e) return false;
  // The two bytes beside the break first: most lines end a sentence or are followed by a capital.
  const char end = t[last - 1], next = t[k + 1];
  if (!ascii_letter(end) && end != ',') return false;
  const std::string_view line = t.substr(b, last - b);
  // (A capital goes on the sentence only after a joining word: "... Office and\nChairman of ...".)
  if (!ascii_digit(next) && !ascii_lower_letter(next) && !(ascii_letter(next) && ends_in_joining_word(line))) return false;
  if (line.find("   ") != std::string_view::npos || line.find('|') != std::string_view::npos) return false;
  if (ascii_digit(next)) return ends_in_month(t, b, last);
  const std::string_view head = t.substr(k + 1, std::min<std::size_t>(e - k - 1, 16));
  return !head.starts_with("by ") && head.find(':') == std::string_view::npos;
}

}  // namespace

void Article::join_wrapped_lines() {
  const std::string_view t = norm_;
  std::vector<std::size_t> joins;
  // Each line break is found once: the break ending the line after k is the next k.
  std::size_t b = 0;
  for (std::size_t k = t.find('\n'); k != std::string_view::npos;) {
    const std::size_t next = t.find('\n', k + 1);
    const std::size_t e = next == std::string_view::npos ? t.size() : next;
    if (wrapped_break(t, b, k, e)) joins.push_back(k);
    b = k + 1;
    k = next;
  }
  for (const std::size_t j : joins) norm_[j] = ' ';
}

namespace {

// Does s hold only ASCII without carriage returns? Then the normalized view maps one to one.
bool plain_ascii(std::string_view s) {
  const char* p = s.data();
  const std::size_t n = s.size();
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t v;
    std::memcpy(&v, p + i, 8);
    const std::uint64_t cr = v ^ 0x0D0D0D0D0D0D0D0Dull;  // a zero byte where v has '\r'
    if ((v | ((cr - 0x0101010101010101ull) & ~cr)) & 0x8080808080808080ull) return false;
  }
  for (; i < n; ++i)
    if (static_cast<unsigned char>(p[i]) >= 0x80 || p[i] == '\r') return false;
  return true;
}

}  // namespace

void Article::build() {
  const std::string_view s = bytes_;
  if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) bom_ = 3;
  line_starts_.push_back(static_cast<std::uint32_t>(0));
  if (!bom_ && plain_ascii(s)) {
    // The common case, without the offset map: control characters scan as spaces, nothing moves.
    norm_.assign(s);
    for (char& c : norm_) {  // written without branches so that it vectorizes
      const auto u = static_cast<unsigned char>(c);
      const bool control = (u < 0x20) & (u != '\n');
      c = (control | (u == 0x7F)) ? ' ' : c;
    }
    for (const char* p = s.data(); (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(s.data() + s.size() - p))));)
      line_starts_.push_back(static_cast<std::uint32_t>(++p - s.data()));
    line_ascii_.assign(line_starts_.size(), true);
    return;
  }
  // Written through raw pointers into buffers sized for the worst case (one output per input
  // byte), then trimmed: this loop runs over every byte of the corpus.
  norm_.resize(s.size());
  OffsetMap map(s.size() + 1);
  char* out = norm_.data();
  std::uint32_t* at = map.data();
  std::size_t n = 0;
  bool identity = bom_ == 0;
  bool ascii_line = true;
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  for (std::size_t i = bom_; i < s.size();) {
    // Runs of printable ASCII sixteen or eight bytes at a time: a byte is special when its high
    // bit is set, it is below 0x20, or it is 0x7F.
#if defined(__SSE2__)
    {
      const __m128i space = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7F), four = _mm_set1_epi32(4);
      while (i + 16 <= s.size()) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        // Signed compare: bytes with the high bit set are negative, so below 0x20 as well.
        const __m128i special = _mm_or_si128(_mm_cmplt_epi8(v, space), _mm_cmpeq_epi8(v, del));
        if (_mm_movemask_epi8(special)) break;
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + n), v);
        __m128i offsets = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(i)), _mm_setr_epi32(0, 1, 2, 3));
        for (std::size_t k = 0; k < 16; k += 4) {
          _mm_storeu_si128(reinterpret_cast<__m128i*>(at + n + k), offsets);
          offsets = _mm_add_epi32(offsets, four);
        }
        n += 16;
        i += 16;
      }
    }
#endif
    while (i + 8 <= s.size()) {
      std::uint64_t v;
      std::memcpy(&v, s.data() + i, 8);
      const std::uint64_t del = v ^ (kOnes * 0x7F);
      const std::uint64_t special = (v & kHigh) | ((v - kOnes * 0x20) & ~v & kHigh) | ((del - kOnes) & ~del & kHigh);
      if (special) break;
      std::memcpy(out + n, s.data() + i, 8);
      for (std::uint32_t k = 0; k < 8; ++k) at[n + k] = static_cast<std::uint32_t>(i) + k;
      n += 8;
      i += 8;
    }
    if (i >= s.size()) break;
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F) {  // the common case: printable ASCII, copied as is
      out[n] = static_cast<char>(c);
      at[n++] = static_cast<std::uint32_t>(i++);
      continue;
    }
    char o;
    std::size_t len = 1;
    if (c == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') len = 2;
      o = '\n';
      identity = false;
    } else if (c < 0x80) {
      o = c == '\n' ? '\n' : ' ';  // tabs and other control characters scan as spaces
    } else {
      char32_t cp = decode_utf8(s, i, len);
      identity = false;
      ascii_line = false;
      if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF || cp == 0x00AD) {
        i += len;  // zero-width characters and soft hyphens vanish from the scanned view
        continue;
      }
      o = fold(cp);
    }
    out[n] = o;
    at[n++] = static_cast<std::uint32_t>(i);
    i += len;
    if (o == '\n') {
      line_starts_.push_back(static_cast<std::uint32_t>(i));
      line_ascii_.push_back(ascii_line);
      ascii_line = true;
    }
  }
  norm_.resize(n);
  line_ascii_.push_back(ascii_line);
  at[n] = static_cast<std::uint32_t>(s.size());
  map.resize(n + 1);
  if (!identity) map_ = std::move(map);
}

std::pair<int, int> Article::line_col(std::size_t byte) const {
  // Claims are located in text order, mostly a few on one line: try the last line first.
  std::size_t line = col_cache_line_;
  if (!(line < line_starts_.size() && line_starts_[line] <= byte &&
        (line + 1 == line_starts_.size() || byte < line_starts_[line + 1]))) {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte);
    line = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
  }
  std::size_t start = line_starts_[line];
  if (line == 0 && byte >= bom_) start = bom_;
  std::size_t col;
  if (line_ascii_[line]) {
    col = byte - start + 1;
  } else if (col_cache_line_ == line && col_cache_byte_ <= byte) {
    // Claims are located in text order: count on from the last position on this line.
    col = col_cache_col_ + count_code_points(std::string_view(bytes_).substr(col_cache_byte_, byte - col_cache_byte_));
  } else {
    col = count_code_points(std::string_view(bytes_).substr(start, byte - start)) + 1;
  }
  col_cache_line_ = line;
  col_cache_byte_ = byte;
  col_cache_col_ = col;
  return {static_cast<int>(line + 1), static_cast<int>(col)};
}

void Article::blank_prefix(std::size_t n) {
  for (std::size_t i = 0; i < n && i < norm_.size(); ++i)
    if (norm_[i] != '\n') norm_[i] = ' ';
  body_begin = n;
}

void Article::blank(std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e && i < norm_.size(); ++i)
    if (norm_[i] != '\n') norm_[i] = ' ';
}

Location Article::locate(std::size_t b, std::size_t e) const {
  Location loc;
  loc.file = file_path_;
  loc.begin = b;
  loc.end = e;
  std::tie(loc.line, loc.column) = line_col(b);
  // The usual span ends on its own line: its end column is counted on from its beginning.
  const auto line = static_cast<std::size_t>(loc.line - 1);
  if (e >= b && (line + 1 >= line_starts_.size() || e < line_starts_[line + 1])) {
    const std::size_t width = line_ascii_[line] ? e - b : count_code_points(std::string_view(bytes_).substr(b, e - b));
    loc.end_line = loc.line;
    loc.end_column = loc.column + static_cast<int>(width);
    col_cache_line_ = line;
    col_cache_byte_ = e;
    col_cache_col_ = static_cast<std::size_t>(loc.end_column);
  } else {
    std::tie(loc.end_line, loc.end_column) = line_col(e);
  }
  return loc;
}

Location Article::locate_norm(std::size_t b, std::size_t e) const { return locate(byte_offset(b), byte_offset(e)); }

std::string_view Article::original(std::size_t b, std::size_t e) const {
  std::size_t ob = byte_offset(b), oe = byte_offset(e);
  return std::string_view(bytes_).substr(ob, oe - ob);
}

void Article::fill_context(Location& loc) const {
  if (!loc.known() || loc.line < 1 || static_cast<std::size_t>(loc.line) > line_starts_.size()) return;
  auto& shared = contexts_[{loc.begin, loc.end, static_cast<std::size_t>(loc.line), static_cast<std::size_t>(loc.column),
                            static_cast<std::size_t>(loc.end_line)}];
  if (!shared) {
    Location span = loc;
    fill_new_context(span);
    shared = span.context;
  }
  loc.context = shared;
}

void Article::fill_new_context(Location& loc) const {
  std::size_t start = line_starts_[loc.line - 1];
  if (loc.line == 1) start = std::max<std::size_t>(start, bom_);
  std::size_t last_line = static_cast<std::size_t>(loc.end_line) < line_starts_.size() ? loc.end_line : line_starts_.size();
  std::size_t stop = last_line < line_starts_.size() ? line_starts_[last_line] : bytes_.size();
  while (stop > start && (bytes_[stop - 1] == '\n' || bytes_[stop - 1] == '\r')) --stop;
  const std::string_view lines = std::string_view(bytes_).substr(start, stop - start);
  if (loc.begin < start || loc.begin > stop) {
    // A location known only by line and column (a problem found before the text was read as an
    // article): walk the columns as code points.
    std::size_t b = 0;
    for (int col = 1; col < loc.column && b < lines.size(); ++col) {
      ++b;
      while (b < lines.size() && (static_cast<unsigned char>(lines[b]) & 0xC0) == 0x80) ++b;
    }
    set_context(loc, lines, b, std::min(b + 1, lines.size()));
    return;
  }
  set_context(loc, lines, std::min<std::size_t>(loc.begin, stop) - start, std::min<std::size_t>(std::max(loc.end, loc.begin), stop) - start);
}

void set_context(Location& loc, std::string_view lines, std::size_t begin, std::size_t end) {
  // Reports show a window of a long line around the span; a location keeps no more of its line
  // than that window could need, and copies no more. (A whole article on one 10 MB line, copied
  // into every finding's location, ran a lint out of memory.)
  constexpr std::size_t kAround = 1000, kSpan = 2000;
  auto continuation = [&](std::size_t i) { return i < lines.size() && (static_cast<unsigned char>(lines[i]) & 0xC0) == 0x80; };
  std::size_t from = 0, to = lines.size();
  if (lines.size() > 2 * kAround + kSpan) {
    from = begin > kAround ? begin - kAround : 0;
    while (from > 0 && continuation(from)) --from;
    to = std::min(lines.size(), std::min(end, begin + kSpan) + kAround);
    while (to < lines.size() && continuation(to)) ++to;
  }
  loc.set_context(std::string(lines.substr(from, to - from)), begin - from, std::min(end, to) - from);
}

}  // namespace wiclint
