// The publication date: front matter, else the header area in the forms news pages use, else a
// dateline's month and day.
#include <algorithm>
#include <cstring>
#include <iterator>

#include "extract/internal.hpp"
#include "extract/readers.hpp"
#include "grammar/date.hpp"
#include "grammar/relative.hpp"
#include "grammar/words.hpp"

namespace wiclint::extract {

namespace {

constexpr int kHeaderLines = 15;       // the header area: lines before the body's prose starts
constexpr int kChromeHeaderLines = 60;
constexpr std::size_t kMaxHeaderField = 300;  // characters: twelve words and a time fit many times over  // ... or more, while every line is short (a page's menus)
constexpr std::size_t kMaxHeaderWords = 12;  // a header line is short; prose lines are not

bool chrome_field(std::string_view field) {
  std::string l = lower(field);
  return l.find("copyright") != std::string::npos || l.find("all rights") != std::string::npos ||
         l.find("all right reserved") != std::string::npos || field.find(kCopyrightSign) != std::string::npos;
}

// Where a stamp label ("Updated:", "Published", "Release time:", "date") ends right before the date
// at `at` on the line from `line_b`, the label's start; else npos. Bylines and sources are no labels.
// The label stands as a field: at the line's start, after a closing bracket or '|', or with a colon.
std::size_t stamp_label_before(const Work& w, std::size_t line_b, std::size_t at) {
  std::size_t e = at;
  bool colon = false;
  while (e > line_b && (w.text[e - 1] == ' ' || w.text[e - 1] == ':')) colon |= w.text[--e] == ':';
  for (const std::string_view label : w.kb.english.words("stamp_labels")) {
    if (e < line_b + label.size()) continue;
    const std::size_t b = e - label.size();
    if (std::string_view(w.lower).substr(b, label.size()) != label || (b > line_b && is_word(w.text[b - 1]))) continue;
    std::size_t p = b;
    while (p > line_b && w.text[p - 1] == ' ') --p;
    // (or after a dash between fields: "Channel digest - exported 23.10.2019 09:30 - 9 posts")
    const bool dash = p >= line_b + 2 && w.text[p - 1] == '-' && w.text[p - 2] == ' ';
    if (colon || p == line_b || w.text[p - 1] == ')' || w.text[p - 1] == ']' || w.text[p - 1] == '|' || dash) return b;
  }
  return std::string_view::npos;
}

// "2019-03-03Source: Xinhua", "2017-12-26ByluYan": a stamp's ISO date glued to the capitalized word
// after it, as pages lose the space between two header fields.
bool glued_iso_at(std::string_view t, std::size_t i, std::size_t eol, grammar::ast::DateMention& d, std::size_t& end) {
  constexpr std::size_t kIso = 10;  // "YYYY-MM-DD"
  // A word of its own glued on: a capital and at least two small letters ("Source", "Bylu"), not a
  // run-on token ("2019-10-21Tx").
  if (i + kIso + 2 >= eol || !is_upper(t[i + kIso]) || !is_lower(t[i + kIso + 1]) || !is_lower(t[i + kIso + 2])) return false;
  for (std::size_t k = 0; k < kIso; ++k)
    if ((k == 4 || k == 7) ? t[i + k] != '-' : !is_digit(t[i + k])) return false;
  auto number = [&](std::size_t b, std::size_t n) {
    int v = 0;
    for (std::size_t k = b; k < b + n; ++k) v = v * 10 + (t[k] - '0');
    return v;
  };
  d = {};
  d.year = number(i, 4);
  d.month = number(i + 5, 2);
  d.day = number(i + 8, 2);
  end = i + kIso;
  return true;
}

// A date in CJK form, "2019年10月20日" (the normalized view shows each ideograph as one '\x1a'):
// year, month and day numbers each followed by its ideograph in the original text.
bool cjk_date_at(const Article& a, std::string_view t, std::size_t i, std::size_t eol, grammar::ast::DateMention& d,
                 std::size_t& end) {
  static constexpr std::string_view kMarks[] = {"\u5e74", "\u6708", "\u65e5"};  // 年 月 日
  int parts[3] = {0, 0, 0};
  std::size_t p = i;
  for (int k = 0; k < 3; ++k) {
    const std::size_t from = p;
    while (p < eol && p - from < 4 && is_digit(t[p])) parts[k] = parts[k] * 10 + (t[p++] - '0');
    if (p == from || p >= eol || t[p] != '\x1a' || a.original(p, p + 1) != kMarks[k]) return false;
    ++p;
  }
  d = {};
  d.year = parts[0], d.month = parts[1], d.day = parts[2];
  end = p;
  return true;
}

// "November 12, 2024 (Tuesday)": a weekday in parentheses right after a date states its weekday
// (sets `weekday` when none was written before the date) and is part of the stamp. Returns the end
// past it, else `end`.
std::size_t weekday_after(std::string_view t, std::size_t end, std::size_t eol, int& weekday) {
  if (weekday >= 0 || end + 2 >= eol || t.compare(end, 2, " (") != 0) return end;
  grammar::ast::RelativeMention r;
  std::size_t e = 0;
  if (!parse_at(t, end + 2, grammar::relative(), r, e) || r.kind != grammar::ast::RelativeKind::weekday || e >= eol ||
      t[e] != ')')
    return end;
  weekday = r.weekday;
  return e + 1;
}

// The end of a clock time right after a date ("2016-11-16 07:51:14", ", 18:10"), else `end`.
std::size_t time_after(std::string_view t, std::size_t end, std::size_t eol) {
  std::size_t p = end;
  while (p < eol && (t[p] == ' ' || t[p] == ',')) ++p;
  std::size_t q = p;
  while (q < eol && (is_digit(t[q]) || t[q] == ':')) ++q;
  return q > p + 3 && t.substr(p, q - p).find(':') != std::string_view::npos ? q : end;
}

// A header line that stamps the article, as opposed to a headline that happens to hold a date
// ("WIC to open on Nov. 7, 2019"): the date is nearly all of it, or it says what the date is
// ("Updated", "Published", "Last updated"), or a time or a '|' separator sits beside it.
// The words of [b, e) that are neither numbers nor page-control words.
std::size_t other_than_chrome(std::string_view t, std::string_view lower, std::size_t b, std::size_t e,
                              const std::vector<std::string>& chrome) {
  std::size_t n = 0;
  for (std::size_t i = b; i < e;) {
    while (i < e && !is_alpha(t[i]) && !is_digit(t[i])) ++i;
    std::size_t j = i;
    while (j < e && (is_alpha(t[j]) || is_digit(t[j]) || t[j] == '-')) ++j;
    if (j == i) break;
    const std::string_view word = lower.substr(i, j - i);
    const bool number = is_digit(t[i]);
    n += !number && j - i > 1 && std::find(chrome.begin(), chrome.end(), word) == chrome.end();
    i = j;
  }
  return n;
}

bool stamp_line(std::string_view t, std::string_view lower, const std::vector<std::string>& chrome, std::size_t b,
                std::size_t e, std::size_t date_b, std::size_t date_e) {
  constexpr std::size_t kOtherWords = 3;
  std::size_t other = count_words(t, b, date_b) + count_words(t, date_e, e);
  if (other <= kOtherWords) return true;
  // "0 Comment(s)Print E-mail China.org.cn, November 16, 2016": page controls and counters around
  // a source and its stamp.
  if (other_than_chrome(t, lower, b, date_b, chrome) + other_than_chrome(t, lower, date_e, e, chrome) <= kOtherWords)
    return true;
  static const std::vector<std::string> keywords = {"updated", "published", "posted", "date", "source",
                                                     "bjt", "gmt", "utc", "cst", "hkt", "est", "edt"};
  const auto words = words_in(t, b, e);
  for (const auto& word : words)  // whole words: not "open-source", "candidate"
    if (std::find(keywords.begin(), keywords.end(), word) != keywords.end()) return true;
  // A byline: "By Jane Doe, Reuters, Oct 21, 2019", "Written by Jane Doe on October 21, 2019".
  if (!words.empty() && (words[0] == "by" || (words.size() > 1 && words[0] == "written" && words[1] == "by")))
    return true;
  for (std::size_t i = b; i + 2 < e; ++i)  // a time: 19:04, 11.05
    if (is_digit(t[i]) && (t[i + 1] == ':' || t[i + 1] == '.') && i + 2 < e && is_digit(t[i + 2]) &&
        (i < date_b || i >= date_e))
      return true;
  return false;
}


// The fields of one header line. A header line is short and is not a sentence: "Updated 19:04,
// 21-Oct-2019". Its fields may be separated by '|' ("By Jane Doe | Published: 2022-11-08 | Last
// updated: ...": each field is judged on its own, page chrome too ("(c) Xinhua | 2019-10-22
// 18:05"). Site chrome also lines fields up with runs of spaces, in a line that is no sentence:
// "Release time: 2015-12-16 15:30  Source: Zhejiang Provincial Government  Font size: [L]".
// Positions are asked for in increasing order and each field is judged once, so a line of many
// dates is scanned a bounded number of times (a field was once re-scanned and its words
// re-counted for every date on it: quadratic in the line's length).
class HeaderFields {
 public:
  HeaderFields(std::string_view t, std::size_t pos, std::size_t eol) : t_(t), pos_(pos), eol_(eol), scan_(pos) {
    std::size_t last = eol;
    while (last > pos && t[last - 1] == ' ') --last;
    spaced_ = last > pos && t[last - 1] != '.' && t.substr(pos, eol - pos).find("  ") != std::string_view::npos;
  }
  // The field holding position `at`; `at` never decreases from one call to the next.
  std::pair<std::size_t, std::size_t> at(std::size_t at) {
    for (; scan_ <= at; ++scan_)
      if (begins_at(scan_)) begin_ = scan_;
    if (!end_known_ || end_ < at) {
      end_ = at;
      while (!ends_at(end_)) ++end_;
      end_known_ = true;
    }
    return {begin_, end_};
  }
  // Short, no page chrome, and not a sentence: judged once per field.
  bool header_like(std::size_t b, std::size_t e) {
    if (judged_ && b == judged_b_ && e == judged_e_) return judged_like_;
    judged_ = true, judged_b_ = b, judged_e_ = e;
    while (e > b && t_[e - 1] == ' ') --e;
    judged_like_ = count_words(t_, b, e, kMaxHeaderWords) <= kMaxHeaderWords && !chrome_field(t_.substr(b, e - b)) &&
                   (e == b || t_[e - 1] != '.');
    return judged_like_;
  }

 private:
  bool begins_at(std::size_t b) const {
    return b == pos_ || t_[b - 1] == '|' || (spaced_ && b >= pos_ + 2 && t_[b - 1] == ' ' && t_[b - 2] == ' ');
  }
  bool ends_at(std::size_t e) const {
    return e >= eol_ || t_[e] == '|' || (spaced_ && e + 1 < eol_ && t_[e] == ' ' && t_[e + 1] == ' ');
  }
  std::string_view t_;
  std::size_t pos_, eol_, scan_;
  bool spaced_ = false;
  std::size_t begin_ = 0, end_ = 0;
  bool end_known_ = false;
  bool judged_ = false, judged_like_ = false;
  std::size_t judged_b_ = 0, judged_e_ = 0;
};
}  // namespace

// A dateline: the line opens with a place in capitals and a comma ("BEIJING,", "HANGZHOU, China,")
// and the date follows within a few words ("BEIJING, Nov. 16 (Xinhua)", "WUZHEN, China, Dec 16").
//
// A press release's dateline names its wire between the place and the date, with commas or dashes:
// "HONG KONG SAR - Media OutReach Newswire - 17 April 2025 - ...", "BEIJING, Nov. 10, 2022
// /PRNewswire/ --"; or in parentheses with the date: "BEIJING, (APP - Agency - 20th Oct, 2023)".
namespace {

// "Xinhua News Agency, Beijing, November 8 -", "Chinanews client, Beijing, September 10 (Reporter
// Wu Tao)": Chinese wire copy in translation names the agency first, then the place in title case,
// then the date. The first field names an agency (a word of english.yaml's dateline_agency_words),
// the second is one to three capitalized words right before the date.
bool agency_dateline(std::string_view t, std::size_t line_start, std::size_t pos, const WordSet& agencies) {
  constexpr std::size_t kAgencyReach = 40;
  const std::size_t first = t.find(", ", line_start);
  if (first == std::string_view::npos || first > line_start + kAgencyReach || first + 4 > pos || t.compare(pos - 2, 2, ", ") != 0)
    return false;
  bool agency = false;
  for (const auto& word : words_in(t, line_start, first)) agency |= agencies.contains(word);
  if (!agency) return false;
  int words = 0;
  for (std::size_t i = first + 2; i < pos - 2; ++words) {
    if (!is_upper(t[i])) return false;
    while (i < pos - 2 && is_alpha(t[i])) ++i;
    if (i < pos - 2 && t[i] != ' ') return false;
    if (i < pos - 2) ++i;
  }
  return words >= 1 && words <= 3;
}

// " date 2022-11-10 BEIJING, Nov. 10, 2022 /PRNewswire/ --": a stored page's stamp field before
// the line's text. Where the text after it starts.
std::size_t after_stamp_field(std::string_view t, std::size_t line_start) {
  std::size_t p = line_start;
  while (p < t.size() && t[p] == ' ') ++p;
  if (!word_at(t, p, "date", false) || p + 16 > t.size() || t[p + 4] != ' ') return line_start;
  for (std::size_t k = 0; k < 10; ++k)
    if ((k == 4 || k == 7) ? t[p + 5 + k] != '-' : !is_digit(t[p + 5 + k])) return line_start;
  return t[p + 15] == ' ' ? p + 16 : line_start;
}

}  // namespace

bool is_dateline_at(std::string_view t, std::size_t line_start, std::size_t pos, const WordSet& agencies) {
  constexpr std::size_t kReach = 40, kWireReach = 70;
  if (const std::size_t text = after_stamp_field(t, line_start); text < pos) line_start = text;
  if (pos < line_start + 4 || pos > line_start + kWireReach) return false;
  if (agency_dateline(t, line_start, pos, agencies)) return true;
  std::size_t i = line_start;
  // The place in capitals ends at a comma, or at " - " (a dash after a space).
  while (i < pos && (is_upper(t[i]) || t[i] == ' ' || t[i] == '-' || t[i] == '.') && t.compare(i, 3, " - ") != 0) ++i;
  if (i < line_start + 3 || !is_upper(t[i - 1])) return false;
  const bool comma = t[i] == ',', dash = t.compare(i, 3, " - ") == 0;
  if (comma && t[pos - 2] == ',' && pos <= line_start + kReach) return true;
  if (!comma && !dash) return false;
  // The wire: words and no digits between the place and the date, closed by " - " or ", ".
  const std::string_view between = t.substr(i, pos - i);
  if (between.find_first_of("0123456789") != std::string_view::npos) return false;
  // "BEIJING, (APP - UrduPoint / Pakistan Point News - 20th Oct, 2023)": the agency and the date
  // in parentheses.
  if (comma && between.starts_with(", (") && between.ends_with(" - ")) return true;
  return between.size() >= 4 && (between.ends_with(" - ") || between.ends_with(", ")) &&
         (between.find("wire") != std::string_view::npos || between.find("Wire") != std::string_view::npos);
}

namespace {

// How surely a stamp dates the article: a field that says "Published" beats a bare date or a
// dateline, which beat "Updated", which beats a date that merely sits in a short header field
// ("Dec. 3, 2017: Fourth WIC opens").
int stamp_rank(std::string_view t, std::size_t field_b, std::size_t field_e, std::size_t date_b, std::size_t date_e,
               bool dateline) {
  static const std::vector<std::string> time_words = {"am", "pm", "a", "p", "m", "bjt", "gmt", "utc", "cst", "hkt",
                                                      "est", "edt", "bst", "et", "cet", "jst"};
  bool updated = false;
  int other = 0;  // words that are not times or zones: "Xinhua, 2019-10-21" has one, a source
  for (const auto& word : words_in(t, field_b, date_b)) {
    if (word == "published" || word == "posted" || word == "date") return 4;
    updated |= word == "updated" || word == "modified";
    other += !is_digit(word[0]) && std::find(time_words.begin(), time_words.end(), word) == time_words.end();
  }
  for (const auto& word : words_in(t, date_e, field_e))
    other += !is_digit(word[0]) && std::find(time_words.begin(), time_words.end(), word) == time_words.end();
  if (updated) return 2;
  if (dateline || other <= 1) return 3;
  return 1;
}

// "| Inaugurated    November 19, 2014 |", "Founded: November 2014": a field of an infobox or a fact
// sheet whose label names an event of the subject (english.yaml's event_field_labels) dates that
// event, not the page.
// (The label may stand apart from its value, aligned in a column: it is the one to three words
// from the line's start or the last bar before the date. More words are a sentence, whose verb
// labels nothing: "A press conference was held Friday ...  September 29, 2018".)
// A value that starts its line may have its label alone on the line above: "Active\nNovember 19,
// 2014", as an infobox copied as text lays its fields out.
bool event_field(const Work& w, std::size_t line_b, std::size_t date_b) {
  constexpr std::size_t kLabelWords = 3;
  const std::size_t bar = w.text.substr(0, date_b).rfind('|');
  std::size_t from = bar != std::string_view::npos && bar >= line_b ? bar + 1 : line_b;
  std::size_t to = date_b;
  if (from == line_b && words_in(w.text, line_b, date_b).empty() && line_b >= 2) {
    to = line_b - 1;  // the line above, without its line break
    from = w.text.rfind('\n', to - 1);
    from = from == std::string_view::npos ? 0 : from + 1;
  }
  const auto words = words_in(w.text, from, to);
  return words.size() <= kLabelWords &&
         std::any_of(words.begin(), words.end(), [&](const std::string& word) { return w.english.event_field_labels.contains(word); });
}

// "Inaugurated November 19, 2014; 4 years ago (2014-11-19)": a date in parentheses after words of
// its field restates what those words say (an infobox's machine-readable echo); it is no stamp.
bool aside_date(std::string_view t, std::size_t field_b, std::size_t date_b, std::size_t date_e) {
  if (date_b == 0 || field_b + 1 >= date_b || t[date_b - 1] != '(' || date_e >= t.size() || t[date_e] != ')') return false;
  return std::any_of(t.begin() + static_cast<std::ptrdiff_t>(field_b), t.begin() + static_cast<std::ptrdiff_t>(date_b - 1),
                     [](char c) { return is_alpha(c); });
}

}  // namespace

namespace {

// A complete date in the page's header, where it stands and how surely it dates the article.
struct Stamp {
  std::size_t b, e;
  CivilDate date;
  bool dateline;
  int rank;
  std::size_t field_b, field_e;  // the header field it stands in
  int weekday;                   // stated beside the date, or -1
};

// The dates on one header line [pos, eol): stamps, and a dateline's month and day. `token` is the
// first token at or after pos, moved on past the line.
void read_line_dates(Work& w, std::size_t pos, std::size_t eol, std::size_t& token, std::vector<Stamp>& stamps) {
  std::string_view t = w.text;
  HeaderFields fields(t, pos, eol);
  std::size_t labelled_end = pos;  // where the last labelled field on this line ends
  // A date starts at a word that is a number or a month or weekday name: only those are tried.
  while (token < w.tokens.size() && w.tokens[token].begin < pos) ++token;
  for (; token < w.tokens.size() && w.tokens[token].begin < eol; ++token) {
    const std::size_t i = w.tokens[token].begin;
    if (!is_digit(t[i]) && !(w.token_class[token] & kDateWord)) continue;
    grammar::ast::DateMention d;
    const char* first = t.data() + i;
    std::size_t end = 0;
    if (grammar::x3::parse(first, t.data() + eol, grammar::date(), d)) {
      end = static_cast<std::size_t>(first - t.data());
    } else if (!cjk_date_at(w.article, t, i, eol, d, end) && !glued_iso_at(t, i, eol, d, end)) {
      continue;
    }
    if (d.month > 12 && d.day >= 1 && d.day <= 12) std::swap(d.month, d.day);  // "21/10/2019": day first
    end = weekday_after(t, end, eol, d.weekday);
    CivilDate c{d.year, d.month, d.day};
    bool dateline = is_dateline_at(t, pos, i, w.english.agency_words);
    auto [fb, fe] = fields.at(i);
    fb = std::max(fb, labelled_end);
    // "Updated: 2016-11-16 07:51:14" after a byline, " date 2020-11-23 Chinese President ...": a
    // stamp label makes the date and its time a field of their own, whatever the line goes on with
    // (and what follows it another field: "UPDATED: December 24, 2014 NO. 48 NOVEMBER 27, 2014").
    if (const std::size_t label = stamp_label_before(w, pos, i); label != std::string_view::npos)
      fb = label, fe = labelled_end = std::max(end, time_after(t, end, eol));
    // (A header field is short: a long one is judged no further, which keeps a line of many
    // labelled dates linear.)
    bool stamp = fe >= end && fe - fb <= kMaxHeaderField && fields.header_like(fb, fe) && !aside_date(t, fb, i, end) &&
                 !event_field(w, pos, i) && stamp_line(t, w.lower, w.english.blocks.chrome_words, fb, fe, i, end);
    if ((dateline || stamp) && c.complete() && is_valid(c) && d.day_end == 0) {
      stamps.push_back({i, end, c, dateline, stamp_rank(t, fb, fe, i, end, dateline), fb, fe, d.weekday});
    } else if (!w.dateline && d.year == 0 && d.day && d.day_end == 0 && dateline) {
      // A dateline: "BEIJING, Nov. 16 (Xinhua) --" gives the month and day.
      w.dateline = CivilDate{0, d.month, d.day};
      w.dateline_loc = w.article.locate_norm(i, end);
    }
    // On past the date; not past a number that only looked like a day ("NO. 48 NOVEMBER 27, 2014").
    if (d.month >= 1 && d.month <= 12 && d.day <= 31)
      while (token + 1 < w.tokens.size() && w.tokens[token + 1].begin < end) ++token;
  }
}

// After a blank line that ends the header at `pos`: the next line, when it is a date alone, is
// another stamp of the header (kept in `stamps`). "Thursday February 27, 2020", blank lines, then
// "November 21, 2014": a site's banner of the day the page was saved, then the article's own stamp.
void read_lone_stamp_after(Work& w, std::size_t pos, std::size_t& token, std::vector<Stamp>& stamps) {
  const std::string_view t = w.text;
  while (pos < t.size() && (t[pos] == '\n' || t[pos] == ' ')) ++pos;
  std::size_t eol = t.find('\n', pos);
  if (eol == std::string_view::npos) eol = t.size();
  std::size_t last = eol;
  while (last > pos && t[last - 1] == ' ') --last;
  std::vector<Stamp> found;
  std::size_t after = token;
  read_line_dates(w, pos, eol, after, found);
  if (found.size() != 1 || found[0].b != pos || found[0].e != last) return;
  stamps.push_back(found[0]);
  token = after;
}

// The stamps of the page's header: its first lines, until the prose starts (or a blank line once a
// stamp has been seen: not a "Related stories" block's dates, but see read_lone_stamp_after).
// `token` ends past the header.
std::vector<Stamp> read_header_stamps(Work& w, std::size_t& token) {
  std::vector<Stamp> stamps;
  std::string_view t = w.text;
  std::size_t pos = w.article.body_begin;
  int line_no = 0;
  bool prose = false;  // a line of prose has been seen: past kHeaderLines, the header is over
  while (pos < t.size() && (line_no < kHeaderLines || (!prose && line_no < kChromeHeaderLines))) {
    std::size_t eol = t.find('\n', pos);
    if (eol == std::string_view::npos) eol = t.size();
    std::string_view line = t.substr(pos, eol - pos);
    if (!line.empty()) ++line_no;
    std::size_t last = eol;
    while (last > pos && t[last - 1] == ' ') --last;
    const bool sentence_end = last > pos && (t[last - 1] == '.' || t[last - 1] == '!' || t[last - 1] == '?');
    prose |= sentence_end && count_words(t, pos, eol, kMaxHeaderWords) > kMaxHeaderWords;
    const bool blank = line.find_first_not_of(' ') == std::string_view::npos;
    if (!stamps.empty() && (blank || count_words(t, pos, eol, kMaxHeaderWords) > kMaxHeaderWords)) {
      if (blank) read_lone_stamp_after(w, pos, token, stamps);
      break;
    }
    // (A post's stamp in brackets dates its post, not the page: "[19.10.2019 21:05]".)
    if (w.text[pos] != '[' || w.block_kind(pos) != BlockKind::entry) read_line_dates(w, pos, eol, token, stamps);
    pos = eol + 1;
  }
  return stamps;
}

// A dateline below the header ("Published: 2019-10-23", a blank line, then "WUZHEN, Oct. 22
// (Xinhua) -- ..."): the day the story was written, which relative dates count from.
void find_late_dateline(Work& w, std::size_t token) {
  std::string_view t = w.text;
  std::size_t line_start = w.article.body_begin;
  for (int lines = 0; line_start < t.size() && lines < 6;) {
    std::size_t eol = t.find('\n', line_start);
    if (eol == std::string_view::npos) eol = t.size();
    if (eol > line_start) ++lines;
    for (; token < w.tokens.size() && w.tokens[token].begin < line_start; ++token) {}
    for (std::size_t k = token; k < w.tokens.size() && w.tokens[k].begin < std::min(eol, line_start + 40); ++k) {
      const std::size_t i = w.tokens[k].begin;
      if (!(w.token_class[k] & kDateWord) || !is_dateline_at(t, line_start, i, w.english.agency_words) || w.in_header_skip(i)) continue;
      grammar::ast::DateMention d;
      const char* first = t.data() + i;
      if (!grammar::x3::parse(first, t.data() + eol, grammar::date(), d) || d.year || !d.day || d.day_end) continue;
      w.dateline = CivilDate{0, d.month, d.day};
      w.dateline_loc = w.article.locate_norm(i, static_cast<std::size_t>(first - t.data()));
      return;
    }
    line_start = eol + 1;
  }
}

// A time of day and a zone after the chosen stamp: "Nov 18, 2014 10:52 PM EST", "2019-10-20 18:02 BJT".
void read_stamp_time(Work& w, const Stamp& pick) {
  std::string_view t = w.text, lo = w.lower;
  std::size_t p = pick.e;
  const std::size_t fe = pick.field_e;
  auto skip = [&] {
    while (p < fe && (t[p] == ' ' || t[p] == ',')) ++p;
  };
  auto number = [&](int& v) {
    const std::size_t from = p;
    v = 0;
    while (p < fe && is_digit(t[p]) && p - from < 2) v = v * 10 + (t[p++] - '0');
    return p > from;
  };
  skip();
  int hour = 0, minute = 0;
  if (!number(hour) || p >= fe || t[p] != ':' || !(++p, number(minute)) || hour >= 24 || minute >= 60) return;
  skip();
  for (std::string_view half : {"a.m.", "p.m.", "am", "pm"})
    if (lo.substr(p, half.size()) == half && hour >= 1 && hour <= 12) {
      hour = hour % 12 + (half[0] == 'p' ? 12 : 0);
      p += half.size();
      break;
    }
  skip();
  std::size_t q = p;
  while (q < fe && is_alpha(t[q])) ++q;
  if (q > p && (q == fe || !is_alpha(t[q])))
    if (const auto zone = grammar::zone_offset(lo.substr(p, q - p))) {
      w.published_minutes = hour * 60 + minute;
      w.published_zone = *zone;
    }
}

}  // namespace

namespace {

// "This page was last edited on 12 December 2018, at 04:17 (UTC).": a wiki's or a CMS's footer
// stamp (english.yaml's footer_stamp_labels, in one of the page's last lines) dates a page whose
// header has none. Sets the publication date and returns whether it found one.
bool find_footer_stamp(Work& w) {
  constexpr int kFooterLines = 8;
  std::string_view t = w.text;
  std::size_t eol = t.size();
  for (int lines = 0; lines < kFooterLines && eol > w.article.body_begin; ++lines) {
    const std::size_t nl = t.substr(0, eol).rfind('\n');
    const std::size_t b = nl == std::string_view::npos ? 0 : nl + 1;
    // A stamp's line is short: "The rules were last updated on ... after a long debate" is prose.
    constexpr std::size_t kFooterWords = 15;
    const bool short_line = count_words(t, b, eol, kFooterWords) <= kFooterWords;
    for (const auto& label : w.english.footer_stamp_labels) {
      if (!short_line) break;
      const std::size_t at = w.lower.find(label, b);
      if (at == std::string::npos || at >= eol) continue;
      for (std::size_t i = at + label.size(); i < eol; ++i) {
        if (!is_digit(t[i]) && !is_upper(t[i])) continue;
        grammar::ast::DateMention d;
        const char* first = t.data() + i;
        if (!grammar::x3::parse(first, t.data() + eol, grammar::date(), d) || !d.year || !d.day || d.day_end) continue;
        const std::size_t end = static_cast<std::size_t>(first - t.data());
        CivilDate c{d.year, d.month, d.day};
        if (!is_valid(c)) break;
        w.published = c;
        w.published_loc = w.article.locate_norm(i, end);
        w.published_source = "footer";
        w.header_skips.emplace_back(i, end);
        return true;
      }
    }
    if (nl == std::string_view::npos) break;
    eol = nl;
  }
  return false;
}

}  // namespace

void find_publication_date(Work& w) {
  const Article& a = w.article;
  if (w.published) return;  // given by the caller (a dateline completed by the article's edition)
  if (a.front.date) {
    w.published = a.front.date;
    w.published_loc = a.front.date_location;
    w.published_source = "front-matter";
    return;
  }
  std::size_t token = 0;  // the first token past the header, once it is read
  const std::vector<Stamp> stamps = read_header_stamps(w, token);
  if (!w.dateline) find_late_dateline(w, token);
  if (stamps.empty()) {
    if (!w.dateline) find_footer_stamp(w);
    return;
  }
  // The surest stamp; among equals the earliest, since a page is published before it is viewed or
  // edited: "Thursday February 27, 2020" over "November 21, 2014" is a site's banner of the day
  // the page was saved. Every stamp of the header is the page's metadata, not a claim of the text
  // ("| Updated Dec. 17, 2015, 9:40 a.m.").
  const Stamp* pick = &stamps.front();
  for (const auto& st : stamps)
    if (st.rank > pick->rank || (st.rank == pick->rank && st.date < pick->date)) pick = &st;
  w.published = pick->date;
  w.published_weekday = pick->weekday;
  w.published_loc = a.locate_norm(pick->b, pick->e);
  w.published_source = pick->dateline ? "dateline" : "header";
  for (const auto& st : stamps) w.header_skips.emplace_back(st.b, st.e);
  read_stamp_time(w, *pick);
}

void find_section_years(Work& w) {
  // A heading line ("2015 - Xi takes the stage") dates the lines below it, up to the next one; a
  // timeline entry ("**2014** - The first conference opens on November 19. About 1,000 guests
  // attend.", "2021   Lists on ChiNext in March") dates its own line only.
  std::string_view t = w.text;
  for (std::size_t l = 0; l < w.line_starts.size(); ++l) {
    std::size_t b = w.line_starts[l];
    if (b < w.article.body_begin) continue;
    while (b < t.size() && t[b] == ' ') ++b;
    std::size_t marks = 0;  // Markdown emphasis around the year: "**2014**"
    while (b + marks < t.size() && marks < 2 && (t[b + marks] == '*' || t[b + marks] == '_')) ++marks;
    int y = 0;
    if (!year_at(t, b + marks, y)) continue;
    std::size_t p = b + marks + 4;
    for (std::size_t m = 0; m < marks; ++m, ++p)
      if (p >= t.size() || t[p] != t[b]) break;
    const std::size_t year_end = p;
    while (p < t.size() && t[p] == ' ') ++p;
    // "2021   Meridian lists on ChiNext in March": a year in its own column, the entry's text aligned
    // after a run of spaces, is a timeline entry too.
    const bool column = p >= year_end + 2 && p < t.size() && is_alpha(t[p]);
    auto line_end = [&](std::size_t line) {
      return line + 1 < w.line_starts.size() ? w.line_starts[line + 1] - 1 : t.size();
    };
    if (std::size_t q = p < line_end(l) && t[p] == ':' ? p + 1 : p; q >= line_end(l) ||
                                                                     t.find_first_not_of(' ', q) >= line_end(l)) {
      // A year alone on its line ("2014", "**2015**", "2016:") heads the paragraph below it: up to
      // the blank line after that paragraph's text, or the next line opening with a year.
      w.section_years.emplace_back(b, y);
      auto blank = [&](std::size_t line) {
        return t.find_first_not_of(' ', w.line_starts[line]) >= line_end(line);
      };
      std::size_t k = l + 1;
      while (k < w.line_starts.size() && blank(k)) ++k;
      int next = 0;
      while (k < w.line_starts.size() && !blank(k) && !year_at(t, w.line_starts[k], next)) ++k;
      if (k < w.line_starts.size() && blank(k)) w.section_years.emplace_back(w.line_starts[k], 0);
      continue;
    }
    if (!column && !(p + 1 < t.size() && (t[p] == '-' || t[p] == ':') && (t[p + 1] == ' ' || t[p + 1] == '-'))) continue;
    w.section_years.emplace_back(b, y);
    if (!(w.line_flags[l] & Work::kMetadataLine) && l + 1 < w.line_starts.size())
      w.section_years.emplace_back(w.line_starts[l + 1], 0);
  }
}

int Work::section_year(std::size_t pos) const {
  auto it = std::upper_bound(section_years.begin(), section_years.end(), pos,
                             [](std::size_t p, const std::pair<std::size_t, int>& s) { return p < s.first; });
  return it == section_years.begin() ? 0 : std::prev(it)->second;
}

}  // namespace wiclint::extract
