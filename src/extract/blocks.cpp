// The document model's reader. Every line is judged by its shape first (a pipe row, a bullet, a
// clock time, a label and a colon) and by the `blocks:` vocabulary second (a photo credit, a header
// field, a share button); what is none of these is body text. The judgement is conservative: a
// line only leaves `body` on evidence, because body is where the claims are read as the
// reporter's.
#include "extract/blocks.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

#include "extract/text_util.hpp"
#include "grammar/date.hpp"

namespace wiclint::extract {

namespace {

std::uint32_t initials(const std::vector<std::string>& words) {
  std::uint32_t m = 0;
  for (const auto& w : words)
    if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') m |= 1u << (w[0] - 'a');
  return m;
}

// Could a phrase with these initials start at lower[p]?
bool may_start(std::uint32_t mask, char c) { return c >= 'a' && c <= 'z' && (mask >> (c - 'a') & 1u); }

}  // namespace

BlockVocabulary::BlockVocabulary(const English& e)
    : stamp_fields(e.words("stamp_fields")),
      byline_fields(e.words("byline_fields")),
      chrome_words(e.words("chrome_words")),
      caption_words(e.words("caption_words")),
      caption_openers(e.words("caption_openers")),
      photo_agencies(e.words("photo_agencies")),
      turn_labels(e.words("turn_labels")),
      stamp_initials(initials(stamp_fields)),
      chrome_initials(initials(chrome_words)),
      opener_initials(initials(caption_openers)) {}

namespace {

namespace x3 = grammar::x3;

struct Line {
  std::size_t b, e;  // first non-space character, end of line (trailing spaces dropped)
};

bool is_word_byte(char c) { return is_alpha(c) || is_digit(c); }

// Does `p` stand at `pos` of `lower` as whole words, before `end`?
bool phrase_at(std::string_view lower, std::size_t pos, std::size_t end, std::string_view p) {
  return !p.empty() && p[0] == lower[pos] && pos + p.size() <= end && lower.compare(pos, p.size(), p) == 0 &&
         (pos + p.size() == end || !is_word_byte(lower[pos + p.size()]));
}

// Does a phrase of `phrases` stand at `pos`?
bool phrase_at(std::string_view lower, std::size_t pos, std::size_t end, const std::vector<std::string>& phrases) {
  for (const auto& p : phrases)
    if (phrase_at(lower, pos, end, std::string_view(p))) return true;
  return false;
}

// Does any phrase stand as whole words inside [b, e)?
bool phrase_in(std::string_view lower, std::size_t b, std::size_t e, const std::vector<std::string>& phrases) {
  for (std::size_t i = b; i < e; ++i)
    if ((i == b || !is_word_byte(lower[i - 1])) && is_word_byte(lower[i]) && phrase_at(lower, i, e, phrases))
      return true;
  return false;
}

// A clock time at pos: "08:40", "8.40" is not one (a decimal). Returns its end or pos.
std::size_t clock_at(std::string_view t, std::size_t pos, std::size_t end) {
  std::size_t i = pos;
  while (i < end && i < pos + 2 && is_digit(t[i])) ++i;
  if (i == pos || i + 2 >= end + 0 || t[i] != ':' || !is_digit(t[i + 1]) || !is_digit(t[i + 2])) return pos;
  i += 3;
  if (i < end && is_word_byte(t[i])) return pos;
  return i;
}

// A date in a news format at pos ("Nov 7", "November 8, 2017", "2017-11-08"), via the date grammar.
bool date_at(std::string_view t, std::size_t pos, std::size_t end, grammar::ast::DateMention& d, std::size_t& stop) {
  const char* first = t.data() + pos;
  if (!x3::parse(first, t.data() + end, grammar::date(), d)) return false;
  stop = static_cast<std::size_t>(first - t.data());
  return d.month > 0 && d.day > 0;
}

// "UPDATE, Dec. 17: On Thursday, ...", "WORLD, Oct. 21: An article ...": a label in capitals, a
// comma and a date, then a colon: an entry of an updated story or a notices column, dated by it.
bool labelled_entry(std::string_view t, const Line& l, Block& out) {
  std::size_t p = l.b;
  while (p < l.e && (is_upper(t[p]) || (t[p] == ' ' && p + 1 < l.e && is_upper(t[p + 1])))) ++p;
  if (p - l.b < 4 || p + 2 >= l.e || t[p] != ',' || t[p + 1] != ' ') return false;
  grammar::ast::DateMention d;
  std::size_t stop = 0;
  if (!date_at(t, p + 2, l.e, d, stop) || stop + 1 >= l.e || t[stop] != ':' || d.day_end) return false;
  out.anchor = CivilDate{d.year, d.month, d.day};
  return true;
}

// "[20.10.2019 10:12]": a chat channel's or a forum's post stamp in brackets, a date and perhaps a
// clock time, alone on its line (the post's text follows on the next lines; see settle).
bool bracketed_stamp(std::string_view t, const Line& l, Block& out) {
  if (l.e - l.b < 8 || t[l.b] != '[' || t[l.e - 1] != ']') return false;
  grammar::ast::DateMention d;
  std::size_t stop = 0;
  if (!date_at(t, l.b + 1, l.e - 1, d, stop) || d.year == 0) return false;
  while (stop < l.e - 1 && t[stop] == ' ') ++stop;
  if (stop < l.e - 1 && clock_at(t, stop, l.e - 1) != l.e - 1) return false;
  out.anchor = CivilDate{d.year, d.month, d.day};
  return true;
}

// A live-blog entry opens with its stamp: a clock time, perhaps with a date on either side
// ("08:40 Nov 7 - ...", "Nov 7, 08:40: ...", "10:15 BJT ..."), then its text; or a label and a
// date (labelled_entry).
bool entry_stamp(std::string_view t, const Line& l, Block& out) {
  if (labelled_entry(t, l, out) || bracketed_stamp(t, l, out)) return true;
  // Most lines hold no clock near their start: look for one before running the date grammar.
  constexpr std::size_t kStampReach = 24;
  const std::string_view head = t.substr(l.b, std::min(l.e - l.b, kStampReach));
  const std::size_t colon = head.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 2 >= head.size() || !is_digit(head[colon - 1]) ||
      !is_digit(head[colon + 1]))
    return false;
  grammar::ast::DateMention d;
  std::size_t p = l.b, stop = 0;
  // (A date before the clock starts with its month: "08:40" itself is no date.)
  if (is_alpha(t[p]) && date_at(t, p, l.e, d, stop)) {
    p = stop;
    while (p < l.e && (t[p] == ',' || t[p] == ' ')) ++p;
  }
  const std::size_t clock = clock_at(t, p, l.e);
  if (clock == p) return false;
  p = clock;
  while (p < l.e && t[p] == ' ') ++p;
  if (d.month == 0 && p < l.e && is_alpha(t[p]) && date_at(t, p, l.e, d, stop)) p = stop;
  // The stamp must be followed by text of its own, not be a header stamp alone on its line.
  if (count_words(t, p, l.e, 2) < 3) return false;
  if (d.month > 0) out.anchor = CivilDate{d.year, d.month, d.day};
  return true;
}

// A turn's label: "Q:", "Moderator:", "Wang Jian:", "Mr. Smith:" (up to four capitalized words) or
// a listed label, then a colon and text.
bool turn_label(std::string_view t, std::string_view lower, const Line& l, const BlockVocabulary& v, Block& out) {
  constexpr std::size_t kLabelReach = 40;
  const std::size_t colon = t.substr(l.b, std::min(l.e - l.b, kLabelReach + 1)).find(':');
  if (colon == std::string_view::npos || l.b + colon + 1 >= l.e || t[l.b + colon + 1] != ' ') return false;
  if (count_words(t, l.b + colon + 1, std::min(l.e, l.b + colon + 40)) < 2) return false;
  const std::size_t at = l.b + colon;
  const std::string_view label = t.substr(l.b, colon);
  if (phrase_at(lower, l.b, at, v.stamp_fields) || phrase_at(lower, l.b, at, v.caption_openers))
    return false;
  bool listed = false;
  for (const auto& w : v.turn_labels) listed |= lower.substr(l.b, colon) == w;
  if (!listed) {
    std::size_t words = 0;
    for (std::size_t i = l.b; i < at;) {
      if (!is_upper(t[i])) return false;
      while (i < at && t[i] != ' ') ++i;
      while (i < at && t[i] == ' ') ++i;
      ++words;
    }
    if (words == 0 || words > 4) return false;
  }
  out.speaker = std::string(label);
  return true;
}

// A photo credit: a bracketed or parenthesized group, or a slash-joined one, naming a photo word or
// a photo agency: "[Photo/Xinhua]", "(Photo: VCG)", "(Xinhua/Wang Ye)", "/CGTN Photo".
// A photo credit closes a caption: a bracketed or parenthesized group naming a photo word or, with
// a slash, a photo agency ("[Photo/Xinhua]", "(Photo: VCG)", "(Xinhua/Wang Ye)"), or a slash and a
// photo word ("/CGTN Photo"). Only the line's end is read.
bool photo_credit(std::string_view t, std::string_view lower, const Line& l, const BlockVocabulary& v) {
  constexpr std::size_t kGroup = 60, kSlashed = 30;
  std::size_t e = l.e;
  while (e > l.b && (t[e - 1] == '.' || t[e - 1] == ' ')) --e;
  if (e == l.b) return false;
  const char close = t[e - 1];
  if (close == ')' || close == ']') {
    const char open = close == ')' ? '(' : '[';
    std::size_t b = e - 1;
    while (b > l.b && e - b < kGroup && t[b - 1] != open) --b;
    if (b == l.b || t[b - 1] != open) return false;
    if (phrase_in(lower, b, e - 1, v.caption_words)) return true;
    const std::size_t slash = t.substr(b, e - 1 - b).find('/');
    return slash != std::string_view::npos && phrase_in(lower, b, b + slash + 1, v.photo_agencies);
  }
  // "/CGTN Photo": a slash shortly before a photo word that ends the line. (The line's end is
  // tested first: most lines end in no "photo", and then no slash is looked for.)
  const std::string_view tail = lower.substr(l.b, e - l.b);
  if (!tail.ends_with("photo") && !tail.ends_with("photos")) return false;
  const std::size_t from = e - l.b > kSlashed ? e - kSlashed : l.b;
  const std::size_t found = t.substr(from, e - from).rfind('/');
  const std::size_t slash = found == std::string_view::npos ? found : from + found;
  return slash != std::string_view::npos && phrase_in(lower, slash + 1, e, v.caption_words);
}

bool caption(std::string_view t, std::string_view lower, const Line& l, const BlockVocabulary& v) {
  // An opener starts the line with a capital: "File photo ...", "Photo taken on ...".
  if (is_upper(t[l.b]) && may_start(v.opener_initials, lower[l.b]) &&
      phrase_at(lower, l.b, l.e, v.caption_openers))
    return true;
  return photo_credit(t, lower, l, v);
}

// A header field line: it opens with a field name and a colon or a date ("Updated: ...",
// "Release time: 2015-12-16", "By Jane Doe"), and is short.
bool field_line(std::string_view t, std::string_view lower, const Line& l, const BlockVocabulary& v, bool& byline) {
  if (t[l.e - 1] == '.' || !may_start(v.stamp_initials, lower[l.b])) return false;
  for (const auto& f : v.stamp_fields) {
    if (!phrase_at(lower, l.b, l.e, std::string_view(f))) continue;
    if (count_words(t, l.b, l.e, 16) > 16) return false;
    std::size_t p = l.b + f.size();
    while (p < l.e && t[p] == ' ') ++p;
    const bool by = f == "by" || f == "written by";
    if (!by && (p >= l.e || (t[p] != ':' && !is_digit(t[p]) && !is_upper(t[p])))) continue;
    if (by && (p >= l.e || !is_upper(t[p]))) continue;
    byline = phrase_at(lower, l.b, l.e, v.byline_fields);
    return true;
  }
  return false;
}

// Page controls and counters: a short line made of chrome words, digits and punctuation only
// ("Share  Print  E-mail", "12 Comment(s)", "Font size: A A A").
bool chrome_line(std::string_view lower, const Line& l, const BlockVocabulary& v) {
  if (l.e - l.b > 120) return false;
  if (is_alpha(lower[l.b]) &&
      (!may_start(v.chrome_initials, lower[l.b]) || !phrase_at(lower, l.b, l.e, v.chrome_words)))
    return false;
  bool any = false;
  for (std::size_t i = l.b; i < l.e;) {
    if (!is_alpha(lower[i])) {
      ++i;
      continue;
    }
    bool hit = false;
    for (const auto& w : v.chrome_words)
      if (phrase_at(lower, i, l.e, std::string_view(w))) {
        i += w.size(), hit = any = true;
        break;
      }
    if (hit) continue;
    std::size_t e = i;
    while (e < l.e && is_alpha(lower[e])) ++e;
    if (e - i > 1) return false;  // a word that is no control (a lone letter may be: "A A A")
    i = e;
  }
  return any;
}

bool list_item(std::string_view t, const Line& l) {
  const char c = t[l.b];
  if ((c == '-' || c == '*' || c == '\x1a' || c == '+') && l.b + 1 < l.e && t[l.b + 1] == ' ') return true;
  std::size_t i = l.b;
  while (i < l.e && i < l.b + 2 && is_digit(t[i])) ++i;
  return i > l.b && i + 1 < l.e && (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ';
}

// A paragraph that is one quotation, perhaps with a short attribution after it: "\"We welcome
// friends from all over the world,\" the host said."
bool quote_line(std::string_view t, const Line& l) {
  if (t[l.b] != '"') return false;
  const std::size_t close = t.rfind('"', l.e - 1);
  return close > l.b && count_words(t, close + 1, l.e, 6) <= 6;
}

// Pipe-table cells of a line "| a | b |" (at least two), else none.
std::vector<std::pair<std::size_t, std::size_t>> pipe_cells(std::string_view t, const Line& l) {
  std::vector<std::pair<std::size_t, std::size_t>> cells;
  if (t[l.b] != '|') return cells;
  std::size_t p = l.b + 1;
  while (p < l.e) {
    std::size_t q = t.find('|', p);
    if (q == std::string_view::npos || q > l.e) q = l.e;
    std::size_t b = p, e = q;
    while (b < e && t[b] == ' ') ++b;
    while (e > b && t[e - 1] == ' ') --e;
    if (q < l.e || b < e) cells.emplace_back(b, e);
    p = q + 1;
  }
  if (cells.size() < 2) cells.clear();
  return cells;
}

bool rule_row(std::string_view t, const Line& l) {
  return std::all_of(t.begin() + l.b, t.begin() + l.e, [](char c) { return c == '|' || c == '-' || c == ':' || c == ' '; });
}

// Cells separated by a tab or by runs of two or more spaces.
std::vector<std::pair<std::size_t, std::size_t>> aligned_cells(std::string_view t, const Line& l) {
  std::vector<std::pair<std::size_t, std::size_t>> cells;
  std::size_t b = l.b;
  for (std::size_t i = l.b; i <= l.e; ++i) {
    const bool gap = i == l.e || t[i] == '\t' || (t[i] == ' ' && i + 1 < l.e && t[i + 1] == ' ');
    if (!gap) continue;
    if (i > b) cells.emplace_back(b, i);
    while (i < l.e && (t[i] == ' ' || t[i] == '\t')) ++i;
    b = i;
  }
  return cells;
}

// The lines of t from `from` on, by its line starts (each line ends a byte before the next starts).
std::vector<Line> lines_of(std::string_view t, std::size_t from, std::span<const std::size_t> starts) {
  std::vector<Line> out;
  auto next = std::upper_bound(starts.begin(), starts.end(), from);
  for (std::size_t b = from; b < t.size();) {
    const bool last = next == starts.end();
    const std::size_t e = last ? t.size() : *next - 1;
    if (!last) ++next;
    std::size_t s = b, f = e;
    while (s < f && (t[s] == ' ' || t[s] == '\t')) ++s;
    while (f > s && (t[f - 1] == ' ' || t[f - 1] == '\t' || t[f - 1] == '\r')) --f;
    if (f > s) out.push_back({s, f});
    b = e + 1;
  }
  return out;
}

// Marks the pipe tables and the aligned tables (three or more lines with the same number of cells,
// at least two) among `lines`; returns true for the lines taken.
// The high bit of each byte of x that equals the byte b repeated in `pattern` (exact, no borrow).
inline std::uint64_t bytes_equal(std::uint64_t x, std::uint64_t pattern) {
  constexpr std::uint64_t kLow7 = 0x7f7f7f7f7f7f7f7fULL;
  const std::uint64_t v = x ^ pattern;
  return ~(((v & kLow7) + kLow7) | v | kLow7);
}

// Does the line hold a tab or two spaces in a row (a table's column gap)? Eight bytes at a time:
// most lines are short prose, and this runs on each of them.
bool has_gap(std::string_view t, const Line& l) {
  constexpr std::uint64_t kSpaces = 0x2020202020202020ULL, kTabs = 0x0909090909090909ULL;
  std::size_t i = l.b;
  bool last_space = false;
  for (; std::endian::native == std::endian::little && i + 8 <= l.e; i += 8) {  // byte order: see last_space
    std::uint64_t x;
    std::memcpy(&x, t.data() + i, 8);
    const std::uint64_t spaces = bytes_equal(x, kSpaces);
    if (bytes_equal(x, kTabs) || (spaces & (spaces << 8)) || (last_space && (spaces & 0x80))) return true;
    last_space = spaces >> 63;
  }
  for (; i < l.e; ++i) {
    if (t[i] == '\t' || (t[i] == ' ' && last_space)) return true;
    last_space = t[i] == ' ';
  }
  return false;
}

// Cells of a line that may be a table row: a pipe row, or one with a tab or a run of spaces.
struct RowShape {
  bool pipes = false;
  std::vector<std::pair<std::size_t, std::size_t>> cells;
};
RowShape row_shape(std::string_view t, const Line& l) {
  RowShape r;
  if (t[l.b] == '|') {
    r.cells = pipe_cells(t, l);
    r.pipes = !r.cells.empty();
    return r;
  }
  if (l.e - l.b > 160) return r;  // a row of short cells is no paragraph
  if (!has_gap(t, l)) return r;
  r.cells = aligned_cells(t, l);
  // Cells are short: prose typed with two spaces after a full stop is no table.
  for (const auto& [b, e] : r.cells)
    if (e - b > 40) r.cells.clear();
  return r;
}

// Are lines a and b next to each other, with no blank line between?
bool adjacent(std::string_view t, const Line& a, const Line& b) {
  return std::count(t.begin() + static_cast<std::ptrdiff_t>(a.e), t.begin() + static_cast<std::ptrdiff_t>(b.b), '\n') == 1;
}

std::vector<bool> read_tables(std::string_view t, const std::vector<Line>& lines, std::vector<Block>& blocks) {
  std::vector<bool> taken(lines.size(), false);
  std::vector<RowShape> shapes;
  shapes.reserve(lines.size());
  for (const Line& l : lines) shapes.push_back(row_shape(t, l));
  for (std::size_t i = 0; i < lines.size();) {
    const auto& cells = shapes[i].cells;
    const bool pipes = shapes[i].pipes;
    std::size_t j = i + 1;
    while (j < lines.size() && adjacent(t, lines[j - 1], lines[j]) &&
           (pipes ? shapes[j].pipes : !shapes[j].pipes && shapes[j].cells.size() == cells.size() && cells.size() >= 2))
      ++j;
    if (cells.size() < 2 || j - i < (pipes ? 2 : 3)) {
      ++i;
      continue;
    }
    // The head: the first row, when it holds no figure (a header names its columns).
    const bool head = std::none_of(t.begin() + lines[i].b, t.begin() + lines[i].e, [](char c) { return is_digit(c); });
    const std::size_t head_index = head ? blocks.size() : static_cast<std::size_t>(-1);
    for (std::size_t k = i; k < j; ++k) {
      Block b;
      b.begin = lines[k].b, b.end = lines[k].e;
      b.kind = k == i && head ? BlockKind::table_head : rule_row(t, lines[k]) ? BlockKind::chrome : BlockKind::table_row;
      b.cells = std::move(shapes[k].cells);
      if (b.kind == BlockKind::table_row) b.head = head_index;
      blocks.push_back(std::move(b));
      taken[k] = true;
    }
    i = j;
  }
  return taken;
}

BlockKind classify(std::string_view t, std::string_view lower, const Line& l, const BlockVocabulary& v, Block& b) {
  bool byline = false;
  if (chrome_line(lower, l, v)) return BlockKind::chrome;
  if (field_line(t, lower, l, v, byline)) return byline ? BlockKind::byline : BlockKind::stamp;
  if (entry_stamp(t, l, b)) return BlockKind::entry;
  if (caption(t, lower, l, v)) return BlockKind::caption;
  if (list_item(t, l)) return BlockKind::list_item;
  if (turn_label(t, lower, l, v, b)) return BlockKind::turn;
  if (quote_line(t, l)) return BlockKind::quote;
  return BlockKind::body;
}

// A year alone on its line ("2015", "**2015**", "## 2015") heads a timeline section.
int heading_year(std::string_view t, const Line& l) {
  std::size_t b = l.b, e = l.e;
  while (b < e && (t[b] == '#' || t[b] == '*' || t[b] == '_' || t[b] == ' ')) ++b;
  while (e > b && (t[e - 1] == '*' || t[e - 1] == '_' || t[e - 1] == ':')) --e;
  if (e - b != 4 || !std::all_of(t.begin() + b, t.begin() + e, [](char c) { return is_digit(c); })) return 0;
  const int y = (t[b] - '0') * 1000 + (t[b + 1] - '0') * 100 + (t[b + 2] - '0') * 10 + (t[b + 3] - '0');
  return y >= 1900 && y <= 2200 ? y : 0;
}

// Settles what only neighbours tell: the headline (the first line of text, short and no sentence),
// markdown and year headings, and the voice and time each block speaks from.
void settle(std::string_view t, std::vector<Block>& blocks) {
  bool headline_seen = false;
  for (Block& b : blocks) {
    const Line l{b.begin, b.end};
    if (b.kind == BlockKind::body && t[l.b] == '#') b.kind = BlockKind::heading;
    if (const int y = heading_year(t, l)) b.kind = BlockKind::heading, b.anchor_year = y;
    if (!headline_seen && (b.kind == BlockKind::body || b.kind == BlockKind::heading)) {
      headline_seen = true;
      if (count_words(t, l.b, l.e, 20) <= 20 && t[l.e - 1] != '.' && !b.anchor_year) b.kind = BlockKind::headline;
    }
    if (b.kind == BlockKind::turn || b.kind == BlockKind::quote) b.voice = Voice::quoted;
  }
  // A post's stamp alone on its line ("[20.10.2019 10:12]") dates the lines of text after it (a
  // label in them, "Reminder: ...", is no speaker's), up to the next stamp or block of another
  // kind: they are the entry's.
  std::optional<CivilDate> post_anchor;
  for (Block& b : blocks) {
    const bool text = b.kind == BlockKind::body || b.kind == BlockKind::turn || b.kind == BlockKind::quote ||
                      b.kind == BlockKind::list_item;
    if (b.kind == BlockKind::entry) {
      post_anchor = t[b.begin] == '[' && t[b.end - 1] == ']' ? b.anchor : std::nullopt;
    } else if (text && post_anchor) {
      b.kind = BlockKind::entry;
      b.voice = Voice::reporter;
      b.anchor = post_anchor;
    } else {
      post_anchor.reset();
    }
  }
  // A table row takes its year from a cell that is a year alone.
  for (Block& b : blocks)
    if (b.kind == BlockKind::table_row)
      for (const auto& [cb, ce] : b.cells)
        if (const int y = heading_year(t, {cb, ce})) b.anchor_year = y;
}

}  // namespace

std::vector<Block> read_blocks(std::string_view text, std::string_view lower, std::size_t body_begin,
                               const BlockVocabulary& vocabulary, std::span<const std::size_t> line_starts) {
  std::vector<std::size_t> found;
  if (line_starts.empty()) line_starts = line_starts_of(text, found);
  const std::vector<Line> lines = lines_of(text, std::min(body_begin, text.size()), line_starts);
  std::vector<Block> tables;
  const std::vector<bool> in_table = read_tables(text, lines, tables);
  // Table blocks are in text order too: take them as their lines come, keeping each row's head index.
  std::vector<Block> out;
  out.reserve(lines.size());
  std::size_t next_table = 0, table_base = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (in_table[i]) {
      Block& t = out.emplace_back(std::move(tables[next_table]));
      if (t.kind == BlockKind::table_head) table_base = out.size() - 1 - next_table;
      if (t.kind == BlockKind::table_row && t.head != static_cast<std::size_t>(-1)) t.head += table_base;
      ++next_table;
      continue;
    }
    Block& b = out.emplace_back();
    b.begin = lines[i].b, b.end = lines[i].e;
    b.kind = classify(text, lower, lines[i], vocabulary, b);
  }
  settle(text, out);
  return out;
}

}  // namespace wiclint::extract
