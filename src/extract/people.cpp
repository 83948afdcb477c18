// People's posts: appositives ("Huang Kunming, head of the Publicity Department ..."), posts joined
// by "and", and titles before a name ("Chinese President Xi Jinping"). A later bare surname
// ("Huang said", "President Xi") is linked back to the full name written earlier.
#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "extract/internal.hpp"
#include "extract/readers.hpp"
#include "grammar/title.hpp"

namespace wiclint::extract {

namespace {

namespace x3 = grammar::x3;

// The word right before p, one space apart ("and" in "and director"), or "" when p does not follow a
// word and a single space.
std::string_view word_before(std::string_view lower, std::size_t p) {
  if (p < 2 || lower[p - 1] != ' ') return {};
  std::size_t b = p - 1;
  while (b > 0 && lower[b - 1] >= 'a' && lower[b - 1] <= 'z') --b;
  return lower.substr(b, p - 1 - b);
}

// Does an apostrophe, typed or typeset, end just before p?
bool apostrophe_before(std::string_view t, std::size_t p) {
  return (p >= 1 && t[p - 1] == '\'') || (p >= 3 && t.compare(p - 3, 3, "\xE2\x80\x99") == 0);
}

bool name_word(std::string_view w) {
  if (w.size() < 2 || !is_upper(w[0])) return false;
  for (std::size_t i = 1; i < w.size(); ++i)
    if (!is_lower(w[i]) && w[i] != '-') return false;
  return true;
}

// A capitalized word that is no part of a name (english.yaml's name_stop_words).
bool not_a_name(const WordSet& stop, std::string_view word) { return stop.contains_folded(word); }

// Before `end`, a photo caption's note of where a person stands, in parentheses after the name:
// "(center)", "(second left)", "(2nd from right)", "(L)". Returns where the note starts with its
// space, or `end` when there is none. ("(CAC)" or "(Xinhua)" is no such note.)
std::size_t before_position_note(std::string_view t, std::size_t end, std::size_t limit) {
  constexpr std::size_t kLongest = 24;
  if (end < 3 || end <= limit || t[end - 1] != ')') return end;
  const std::size_t open = t.rfind('(', end - 1);
  if (open == std::string_view::npos || open <= limit || end - open > kLongest || t[open - 1] != ' ') return end;
  const std::string_view note = t.substr(open + 1, end - open - 2);
  const bool one_letter = note.size() == 1 && is_upper(note[0]);
  const bool lower_words = !note.empty() && std::all_of(note.begin(), note.end(), [](char c) { return is_lower(c) || is_digit(c) || c == ' '; });
  return one_letter || lower_words ? open - 1 : end;
}

// The name written just before the comma at `comma`: up to three capitalized words, perhaps with a
// photo caption's note of where the person stands ("Liu Chuanzhi (center), Lenovo's founder").
// (The words are one space apart: the name is the text from the first to the last.)
std::string name_before(const WordSet& stop, std::string_view t, std::size_t comma, std::size_t limit) {
  const std::size_t end = before_position_note(t, comma, limit);
  std::size_t words = 0, first = end;
  std::size_t i = end;
  while (words < 3 && i > limit) {
    std::size_t e = i;
    std::size_t b = e;
    while (b > limit && (is_alpha(t[b - 1]) || t[b - 1] == '-')) --b;
    if (b == e) break;
    std::string_view w = t.substr(b, e - b);
    if (!name_word(w) || not_a_name(stop, w)) break;
    ++words;
    first = b;
    i = b;
    if (i > limit && t[i - 1] == ' ') --i;
    else break;
  }
  // "Speaking in Wuzhen Town, director of ...": capitalized words after a preposition are a place.
  std::size_t b = i;
  while (b > limit && t[b - 1] == ' ') --b;
  std::size_t a = b;
  while (a > limit && is_alpha(t[a - 1])) --a;
  // (Not "from" or "to": "heard from Lena Vogt, vice president of ...", "spoke to Li Ming, head of".)
  static const std::vector<std::string> prepositions = {"in", "at", "near", "on", "inside", "outside",
                                                        "across", "around", "of", "into"};
  if (words && a < b && std::find(prepositions.begin(), prepositions.end(), lower(t.substr(a, b - a))) != prepositions.end())
    return "";
  return std::string(t.substr(first, end - first));
}

// The full name set off by commas right after a post at `p`: ", Robin Li," or ", Joe Kelly said"
// (two or three capitalized words, then a comma, the sentence's end or a verb of saying). Sets
// `end` to the name's end.
std::string name_after(const WordSet& stop, std::string_view t, std::size_t p, std::size_t limit, std::size_t& end) {
  if (p + 2 >= limit || t[p] != ',' || t[p + 1] != ' ') return "";
  std::size_t q = p + 2;
  int words = 0;
  while (words < 3 && q < limit) {
    std::size_t e = q;
    while (e < limit && (is_alpha(t[e]) || t[e] == '-')) ++e;
    if (!name_word(t.substr(q, e - q)) || not_a_name(stop, t.substr(q, e - q))) break;
    ++words;
    end = e;
    if (e < limit && t[e] == ' ' && e + 1 < limit && is_upper(t[e + 1])) q = e + 1;
    else break;
  }
  if (words < 2) return "";
  std::size_t after = end;
  bool closes = after >= limit || t[after] == ',' || t[after] == '.';
  for (const char* verb : {" said", " says", " told", " added", " noted"})
    closes |= t.compare(after, std::strlen(verb), verb) == 0;
  return closes ? std::string(t.substr(p + 2, end - p - 2)) : "";
}

std::string replace_words(std::string s, const std::string& from, const std::string& to) {
  std::size_t pos = 0;
  while ((pos = s.find(from, pos)) != std::string::npos) {
    bool left = pos == 0 || !is_word(s[pos - 1]);
    bool right = pos + from.size() >= s.size() || !is_word(s[pos + from.size()]);
    if (left && right) {
      s.replace(pos, from.size(), to);
      pos += to.size();
    } else {
      pos += from.size();
    }
  }
  return s;
}

}  // namespace

namespace {

std::string normalize_body_uncached(const TitleTables& tables, std::string_view raw);

}  // namespace

// Lower case, no parentheses or leading article, aliases folded to the first phrase of their group.
TitleTables::TitleTables(const TitleLexicon& lex, const std::vector<Series>& series) {
  static std::atomic<std::uint64_t> next_serial{1};
  serial = next_serial++;
  for (const auto& group : lex.aliases)
    for (std::size_t i = 1; i < group.size(); ++i) folds.emplace_back(group[i], group[0]);
  for (const auto& s : series)
    for (const auto& alias : s.aliases)
      if (lower(alias) != lower(s.name)) folds.emplace_back(lower(alias), lower(s.name));
  std::stable_sort(folds.begin(), folds.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (const auto& [phrase, canon] : lex.roles) role_starts.push_back(phrase.substr(0, phrase.find_first_of(" -")));
  for (const auto& r : lex.ranks) role_starts.push_back(r.substr(0, r.find_first_of(" -")));
  std::sort(role_starts.begin(), role_starts.end());
  role_starts.erase(std::unique(role_starts.begin(), role_starts.end()), role_starts.end());
  body_suffixes = lex.body_suffixes;
  for (const auto* nouns : {&lex.office_nouns, &lex.public_nouns})
    for (const auto& n : *nouns) office_words[n] = true;
  for (const auto& post : lex.same_posts) {
    const std::string canonical = normalize_body_uncached(*this, post.bodies.front());
    for (std::size_t i = 1; i < post.bodies.size(); ++i)
      post_folds[{post.role, normalize_body_uncached(*this, post.bodies[i])}] = canonical;
  }
  for (const auto& [role_body, canonical] : post_folds) fold_roles[role_body.first] = true;
  for (const auto& [phrase, canon] : lex.roles) role_canon[phrase] = &canon;
  for (const auto& n : lex.nationalities) nationalities.push_back(lower(n));
  std::sort(nationalities.begin(), nationalities.end());
}


// Bodies repeat across a corpus ("the Publicity Department of the CPC Central Committee"), and
// folding aliases is the costly part of reading a title: each thread keeps the bodies it has
// normalized, per TitleTables (told apart by a serial number, never by address).
std::string normalize_body(const TitleTables& tables, std::string_view raw) {
  constexpr std::size_t kCacheSize = 4096;
  struct ViewHash {  // looks a body up by its view: no key is built for a body seen before
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Cache {
    std::uint64_t serial = 0;
    std::unordered_map<std::string, std::string, ViewHash, std::equal_to<>> bodies;
  };
  thread_local Cache cache;
  if (cache.serial != tables.serial || cache.bodies.size() >= kCacheSize) {
    cache.bodies.clear();
    cache.serial = tables.serial;
  }
  if (auto it = cache.bodies.find(raw); it != cache.bodies.end()) return it->second;
  std::string body = normalize_body_uncached(tables, raw);  // cached only once it is complete
  cache.bodies.emplace(std::string(raw), body);
  return body;
}

namespace {

std::string normalize_body_uncached(const TitleTables& tables, std::string_view raw) {
  std::string s;
  int depth = 0;
  for (char c : raw) {
    if (c == '(') ++depth;
    else if (c == ')') depth = std::max(0, depth - 1);
    else if (!depth) s += lower_char(c);
  }
  for (std::size_t q; (q = s.find("\xE2\x80\x99")) != std::string::npos;) s.replace(q, 3, "'");
  if (s.size() >= 2 && s.compare(s.size() - 2, 2, "'s") == 0) s.resize(s.size() - 2);
  for (const auto& [from, to] : tables.folds)
    if (s.find(from) != std::string::npos) s = replace_words(s, from, to);
  std::string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  // "Alibaba Group" and "Alibaba", "GSMA Ltd" and "GSMA": a legal suffix does not make another body.
  for (bool again = true; again;) {
    again = false;
    for (const auto& suffix : tables.body_suffixes) {
      if (out.size() > suffix.size() + 1 && out.compare(out.size() - suffix.size(), suffix.size(), suffix) == 0 &&
          out[out.size() - suffix.size() - 1] == ' ') {
        out.resize(out.size() - suffix.size() - 1);
        while (!out.empty() && (out.back() == ' ' || out.back() == ',')) out.pop_back();
        again = true;
      }
    }
  }
  return out;
}

}  // namespace

namespace {

// Is token j the "of" (or the "the" after it) of an office's name, "Administration of (the) China",
// between capitalized words? The office noun is one of the lexicon's.
bool of_in_office_name(const Work& w, std::size_t j) {
  auto key = [&](std::size_t k) { return k < w.tokens.size() ? w.key(w.tokens[k]) : std::string_view(); };
  auto upper_at = [&](std::size_t k) { return k < w.tokens.size() && is_upper(w.text[w.tokens[k].begin]); };
  if (j == 0) return false;
  const std::size_t of = key(j) == "the" ? j - 1 : j;
  if (of < 1 || key(of) != "of" || !upper_at(of - 1) || !w.tables.office_words.contains(key(of - 1))) return false;
  return upper_at(of + 1) || (key(of + 1) == "the" && upper_at(of + 2));
}

// Every title holds a role word ("head", "CEO", "under-secretary-general"), and the grammar allows
// only a few kinds of word before it: an article, capitalized words (a nationality, an
// organisation, a possessive "Apple's"), a rank. Walks the tokens from `k` and says whether a role
// word comes before any other word, so the title grammar runs only where it can match.
constexpr std::size_t kRoleReach = 120;  // a title's organisation or nationality before its role

// Is token j a lower-case word with a role word one or two tokens on?
bool portfolio_before_role(const Work& w, std::size_t j) {
  for (std::size_t n = j + 1; n < w.tokens.size() && n <= j + 2; ++n) {
    if (w.token_class[n] & kRoleWord) return true;
    if (!is_lower(w.text[w.tokens[n].begin])) return false;
  }
  return false;
}

bool role_ahead(const Work& w, std::size_t k, std::size_t sentence_end) {
  // No title crosses these before its role: in "Zhuang Rongwen, director of ...", a title starts
  // at "director", not at the name.
  static constexpr auto kStops = [] {
    std::array<bool, 256> s{};
    for (unsigned char c : std::string_view(",;:|\n\"")) s[c] = true;
    return s;
  }();
  std::string_view t = w.text;
  const std::size_t limit = w.tokens[k].begin + kRoleReach;
  for (std::size_t j = k; j < w.tokens.size() && w.tokens[j].begin <= limit && w.tokens[j].begin < sentence_end; ++j) {
    const Token& tk = w.tokens[j];
    if (j > k)
      for (std::size_t p = w.tokens[j - 1].begin + w.tokens[j - 1].letters; p < tk.begin; ++p)
        if (kStops[static_cast<unsigned char>(t[p])]) return false;
    if (w.token_class[j] & kRoleWord) return true;
    std::string_view key = w.key(tk);
    if (is_upper(t[tk.begin])) continue;
    if (tk.begin > 0 && t[tk.begin - 1] == '-') continue;  // "Hangzhou-based": one capitalized word
    // An article or a lead word of an appositive: "a former", "then", "also" (see lead_words).
    const bool lead = w.english.present_adverbs.contains(key) || w.english.former_words.contains(key);
    // (Or a possessive pronoun that owns the post: "our CEO", "its secretary-general".)
    const bool owner = j == k && w.english.possessive_pronouns.contains(key);
    if ((j == k && (key == "the" || key == "a" || key == "an" || lead || owner)) || (j == k + 1 && lead)) continue;
    if (key == "s" && apostrophe_before(t, tk.begin)) continue;  // "Apple's"
    if (of_in_office_name(w, j)) continue;  // "Cyberspace Administration of China (CAC) Director"
    // A portfolio in lower case right before the role: "China's foreign minister", "Chinese
    // cyberspace chief" (one or two words, see the grammar's portfolio_before_role).
    if (j > k && portfolio_before_role(w, j)) continue;
    return false;
  }
  return false;
}

}  // namespace

namespace {

using grammar::ast::PostMention;

// Reads the posts of one article: a pass over the tokens where a title may start, each title read
// by the grammar and then placed by its form (title before a name, "Name is post", post then
// ", Name,", an appositive "Name, post"), with the names seen so far to resolve bare surnames.
class TitleReader {
 public:
  explicit TitleReader(Work& w) : w_(w), t_(w.text), lex_(w.kb.titles) {}
  void run();

 private:
  // Names: any word of a full name -> the full name.
  void remember(const std::string& full);
  std::string resolve(const std::string& name) const;
  std::vector<std::pair<std::string, std::string>>::const_iterator find_surname(std::string_view part) const {
    return std::find_if(surname_.begin(), surname_.end(), [&](const auto& e) { return e.first == part; });
  }
  // Where a post ends.
  bool body_continues(std::size_t end) const;
  bool bounded_in_time(std::size_t end) const;
  // Reading and emitting.
  void emit(const PostMention& m, const std::string& person, std::size_t b, std::size_t e);
  std::size_t role_phrase_at(std::size_t p) const;
  std::size_t next_in_list(std::size_t e, bool& last) const;
  std::size_t parse_title(std::size_t from, PostMention& m) const;
  bool try_shared_body(std::size_t i, std::size_t& end_out);
  bool try_role_comma_body(std::size_t i, std::size_t& end_out);
  bool try_dash_line(std::size_t i, std::size_t& end_out);
  bool try_parenthesized_role(std::size_t i, std::size_t& end_out);
  // The length of a rank word and its space or hyphen at p ("Vice ", "deputy "), or 0.
  std::size_t rank_length(std::size_t p) const {
    for (const auto& r : lex_.ranks)
      if (word_at(t_, p, r) && p + r.size() < t_.size() && (t_[p + r.size()] == ' ' || t_[p + r.size()] == '-'))
        return r.size() + 1;
    return 0;
  }
  // The forms of a title read at i, ending at end; each says whether it took the title.
  void place(const PostMention& m, std::size_t i, std::size_t end, std::size_t lead, bool copular);
  bool before_name(const PostMention& written, std::size_t i, std::size_t end);
  std::string_view name_in(std::string_view words) const;
  bool copular_post(const PostMention& m, std::size_t i, std::size_t end, const Sentence& s, std::size_t lead);
  bool post_then_name(const PostMention& m, std::size_t i, std::size_t end, const Sentence& s);
  void appositive(const PostMention& m, std::size_t i, std::size_t end, std::size_t lead, const Sentence& s);
  std::size_t more_roles_of_owner(const PostMention& m, const std::string& person, std::size_t i, std::size_t p);
  std::size_t further_posts(const std::string& person, std::size_t p);
  std::size_t lead_words(std::size_t i);
  std::size_t relative_clause_comma(std::size_t i);
  bool relative_post(const PostMention& m, std::size_t i, std::size_t end, const Sentence& s);
  bool after_relative_verb(std::size_t pos);
  // Is `word` the whole word right before p, one space apart ("and" before "director")?
  bool ends_word_before(std::size_t p, std::string_view word) const {
    const std::size_t n = word.size();
    if (p < n + 1 || t_[p - 1] != ' ') return false;
    for (std::size_t k = 0; k < n; ++k)
      if (w_.lower[p - 1 - n + k] != word[k]) return false;
    return p == n + 1 || !is_alpha(t_[p - n - 2]);
  }
  // Does a role word at token k, in lower case, open an item of a list of people (english.yaml's
  // list_openers before it: "including", "such as")?
  bool after_list_opener(std::size_t k, std::size_t p) const {
    if (!(w_.token_class[k] & kRoleWord)) return false;
    return std::any_of(w_.english.list_openers.begin(), w_.english.list_openers.end(),
                       [&](const std::string& opener) { return ends_word_before(p, opener); });
  }
  std::size_t owner_named_after(PostMention& m, std::size_t end, const Sentence& s) const;
  std::string turn_speaker(std::size_t pos) const;
  std::size_t copula_length(std::size_t i, bool& former) const;
  std::size_t description_comma(std::size_t i, const Sentence& s) const;
  bool after_description(const PostMention& m, std::size_t i, std::size_t end, const Sentence& s);

  bool role_in_reach(std::size_t k, std::size_t sentence_end);
  bool role_near(std::size_t k);
  std::size_t next_candidate(std::size_t k);
  bool title_may_start(std::size_t q) const;

  static constexpr std::size_t kIs = 4;  // " is "
  static constexpr std::size_t kWas = 5;  // " was "
  std::size_t copula_ = kIs;  // the length of the copula before the title being placed
  Work& w_;
  std::string_view t_;
  const TitleLexicon& lex_;
  // A word shared by two full names ("Jack Ma", "Pony Ma") resolves to neither: it maps to "". An
  // article names a few dozen people at most: a flat list is quicker to search than a tree.
  std::vector<std::pair<std::string, std::string>> surname_;
  std::size_t skip_to_ = 0;  // the end of the last title read: none starts inside it
  std::size_t next_role_ = 0;  // in w_.role_tokens: the first at or after the last token asked about
  bool former_ = false;      // the title being placed is a post no longer held
  bool after_verb_only_ = false;  // read only because a relative clause's verb precedes it
  std::vector<std::size_t> whos_;  // where the article's "who " stand, for after_relative_verb
  std::size_t next_who_ = 0;       // the first of them that may lie before the word asked about
  // Names as written where the text folds letters ("Benjamin Ismail" was written "Benjamin Ismaïl"):
  // the folded name, which surnames resolve to, -> as written, which the claims give.
  std::vector<std::pair<std::string, std::string>> written_;
  void note_written(const std::string& person, std::size_t near);
};

void TitleReader::remember(const std::string& full) {
  std::size_t sp = full.find(' ');
  if (sp == std::string::npos) return;
  const std::string_view f(full);
  for (std::string_view part : {f.substr(0, sp), f.substr(full.rfind(' ') + 1)}) {
    if (auto it = find_surname(part); it == surname_.end()) surname_.emplace_back(part, full);
    else if (it->second != full) surname_[static_cast<std::size_t>(it - surname_.begin())].second.clear();
  }
}

// A bare surname resolves to the full name written earlier; one not seen yet keeps its single word
// until the end of the article ("President Xi" in a headline, "Xi Jinping" below).
std::string TitleReader::resolve(const std::string& name) const {
  if (name.find(' ') != std::string::npos) return name;
  auto it = find_surname(name);
  return it == surname_.end() || it->second.empty() ? name : it->second;
}

// Does the organisation's name go on past where the title grammar stopped? "head of the Chinese
// delegation", "director of the Zhejiang Cyberspace Administration's policy office": the post is of
// something the grammar did not read whole, so it is left alone.
bool TitleReader::body_continues(std::size_t end) const {
  // Words that may follow a whole post: a verb ("said", "announced", "says"), a conjunction, a
  // relative pronoun, a preposition.
  static const std::vector<std::string_view> after_post = {
      "said", "says", "spoke", "added", "noted", "told", "warned", "stressed", "argued", "explained", "wrote",
      "and", "or", "who", "which", "that", "is", "was", "has", "had", "will", "would", "at", "in", "on", "for",
      "from", "to", "with", "since", "as", "also", "until", "till", "between", "during", "when", "while"};
  if (possessive_at(t_, end)) return true;
  if (end + 1 >= t_.size() || t_[end] != ' ' || !is_lower(t_[end + 1])) return false;
  std::size_t e = end + 1;
  while (e < t_.size() && (is_lower(t_[e]) || t_[e] == '-')) ++e;
  const std::string_view next = std::string_view(w_.lower).substr(end + 1, e - end - 1);
  if (next.ends_with("ed") || (next.ends_with("s") && next.size() > 3)) return false;  // "announced", "warns"
  return std::find(after_post.begin(), after_post.end(), next) == after_post.end();
}

// "president of Lotus Cloud from 2014 to 2017", "chairman of Tencent until 2016": a post bounded in
// time is not one held now. "until"/"till" bound it before any time ("until March", "until last
// year", "till recently").
bool TitleReader::bounded_in_time(std::size_t end) const {
  std::size_t p = end;
  while (p < t_.size() && t_[p] == ' ') ++p;
  std::size_t e = p;
  while (e < t_.size() && is_alpha(t_[e])) ++e;
  const std::string_view word = std::string_view(w_.lower).substr(p, e - p);
  while (e < t_.size() && t_[e] == ' ') ++e;
  if ((word == "until" || word == "till") && e > p + word.size() && e < t_.size() && is_alpha(t_[e])) return true;
  if (e >= t_.size() || !is_digit(t_[e])) return false;
  // (Not "since": "Google's CEO since 2015" holds the post still.)
  return word == "from" || word == "until" || word == "till" || word == "between" || word == "in";
}

void TitleReader::emit(const PostMention& m, const std::string& person, std::size_t b, std::size_t e) {
  char folded[64];
  if (m.role.size() > sizeof folded || person.empty()) return;  // no lexicon role is that long
  for (std::size_t k = 0; k < m.role.size(); ++k) folded[k] = lower_char(m.role[k]);
  const std::string* const* role = w_.tables.role_canon.find(std::string_view(folded, m.role.size()));
  if (!role) return;
  Claim& c = w_.add_claim(ClaimKind::title, b, e);
  TitleValue v;
  v.person = person;
  v.role = **role;
  v.rank = lower(m.rank);
  while (!v.rank.empty() && (v.rank.back() == '-' || v.rank.back() == ' ')) v.rank.pop_back();
  v.body = w_.english.possessive_pronouns.contains(lower(m.body)) ? std::string() : normalize_body(w_.tables, m.body);
  if (w_.tables.fold_roles.contains(v.role))
    if (auto same = w_.tables.post_folds.find({v.role, v.body}); same != w_.tables.post_folds.end()) v.body = same->second;
  if (!m.portfolio.empty()) v.body += (v.body.empty() ? "" : " / ") + lower(m.portfolio);
  v.post = c.text;
  v.former = former_;
  c.value = std::move(v);
  note_written(person, b);
}

// Records how a name found near `near` (in its sentence) is written, when the text there differs
// from the folded name.
void TitleReader::note_written(const std::string& person, std::size_t near) {
  const Sentence& s = w_.sentences[w_.sentence_at(near)];
  const std::size_t at = t_.substr(0, s.end).find(person, s.begin);
  if (at == std::string_view::npos) return;
  const std::string_view as_written = w_.article.original(at, at + person.size());
  if (as_written == person || std::any_of(written_.begin(), written_.end(), [&](const auto& e) { return e.first == person; }))
    return;
  written_.emplace_back(person, as_written);
}

// The longest lexicon role phrase at p ("chief executive officer"), or 0.
std::size_t TitleReader::role_phrase_at(std::size_t p) const {
  std::size_t len = 0;
  for (const auto& [phrase, canon] : lex_.roles)
    if (phrase.size() > len && word_at(t_, p, phrase)) len = phrase.size();
  return len;
}

// After a role ending at e: the start of the next role in a list (", chairman", " and CEO", ", and
// CEO"), or npos. `last` says whether it was joined by "and" (the list's end).
std::size_t TitleReader::next_in_list(std::size_t e, bool& last) const {
  std::size_t q = e;
  bool comma = q < t_.size() && t_[q] == ',';
  if (comma) ++q;
  while (q < t_.size() && t_[q] == ' ') ++q;
  last = word_at(t_, q, "and");
  if (last) {
    q += 3;
    while (q < t_.size() && t_[q] == ' ') ++q;
  } else if (!comma) {
    return std::string_view::npos;
  }
  return q;
}

// Parses a title at `from` without crossing its sentence's end: "... Technology Policy. Views are
// his own." must not read "Policy. Views" as one name.
std::size_t TitleReader::parse_title(std::size_t from, PostMention& m) const {
  const char* first = t_.data() + from;
  const char* last = t_.data() + std::max(from, w_.sentences[w_.sentence_at(from)].end);
  if (!x3::parse(first, last, grammar::title(), m)) return std::string_view::npos;
  return static_cast<std::size_t>(first - t_.data());
}

// Lexicon role phrases joined by ", " and a final " and ", then a full post whose body they share:
// "Name, founder, chairman and CEO of Xiaomi", "Name, the founder and chairman of 360 Security".
bool TitleReader::try_shared_body(std::size_t i, std::size_t& end_out) {
  if (i < 2 || t_[i - 1] != ' ' || t_[i - 2] != ',') return false;
  std::vector<std::pair<std::size_t, std::size_t>> roles;  // [begin, end) of each bare role
  std::size_t q = i;
  if (word_at(w_.lower, q, "the", false)) q = skip_spaces(t_, q + 3);  // "Zhou Hongyi, the founder and chairman of ..."
  for (bool last = false; !last;) {
    std::size_t len = role_phrase_at(q);
    if (!len || roles.size() == 4) return false;
    roles.emplace_back(q, q + len);
    q = next_in_list(q + len, last);
    if (q == std::string_view::npos) return false;
  }
  PostMention m2;
  std::size_t e2 = parse_title(q, m2);
  if (e2 == std::string_view::npos || m2.before_name || m2.body.empty()) return false;
  const Sentence& s = w_.sentences[w_.sentence_at(i)];
  std::string name = name_before(w_.english.name_stops, t_, i - 2, s.begin);
  if (name.empty() || (name.find(' ') == std::string::npos && resolve(name) == name)) return false;
  std::string person = resolve(name);
  if (name.find(' ') != std::string::npos) remember(name);
  while (e2 > q && (t_[e2 - 1] == ' ' || t_[e2 - 1] == '.')) --e2;
  for (const auto& [rb, re] : roles) {
    PostMention m1 = m2;
    m1.role = t_.substr(rb, re - rb);
    m1.rank = {};
    emit(m1, person, i, e2);
  }
  emit(m2, person, i, e2);
  end_out = e2;
  return true;
}

// "Members present: Dame Alison Hurst (Chair); Gareth Lloyd": a role alone in parentheses right after
// a full name, a list's note of who holds which post.
bool TitleReader::try_parenthesized_role(std::size_t i, std::size_t& end_out) {
  if (i < 3 || t_[i - 1] != '(' || t_[i - 2] != ' ') return false;
  std::size_t q = i;
  const std::size_t rank = role_phrase_at(q) ? 0 : rank_length(q);
  q += rank;
  const std::size_t len = role_phrase_at(q);
  if (!len || q + len >= t_.size() || t_[q + len] != ')') return false;
  const Sentence& s = w_.sentences[w_.sentence_at(i)];
  const std::string name = name_before(w_.english.name_stops, t_, i - 2, s.begin);
  if (name.find(' ') == std::string::npos) return false;
  PostMention m;
  m.rank = t_.substr(i, rank);
  m.role = t_.substr(q, len);
  remember(name);
  emit(m, name, i, q + len);
  end_out = q + len;
  return true;
}

// "Grace Huang - Chief Executive Officer", "Irene Zhao - Head of Investor Relations": a list of
// participants, one to a line: a full name opens the line, then a dash and a post that ends it (a
// role alone, or one the grammar reads).
bool TitleReader::try_dash_line(std::size_t i, std::size_t& end_out) {
  std::size_t dash = i;
  if (i >= 3 && t_[i - 1] == ' ' && t_[i - 2] == '-' && t_[i - 3] == ' ') dash = i - 3;
  else if (i >= 5 && t_[i - 1] == ' ' && t_.compare(i - 4, 3, "\xE2\x80\x93") == 0 && t_[i - 5] == ' ') dash = i - 5;
  if (dash == i) return false;
  const std::size_t line_b = w_.line_begin(i);
  std::size_t eol = t_.find('\n', i);
  if (eol == std::string_view::npos) eol = t_.size();
  while (eol > i && t_[eol - 1] == ' ') --eol;
  const std::string name = name_before(w_.english.name_stops, t_, dash, line_b);
  if (name.find(' ') == std::string::npos || dash - name.size() != line_b) return false;
  PostMention m;
  std::size_t end = parse_title(i, m);
  if (end == std::string_view::npos || m.before_name) {
    const std::size_t len = role_phrase_at(i);
    if (!len) return false;
    m = PostMention{};
    m.role = t_.substr(i, len);
    end = i + len;
  }
  if (end != eol) return false;
  remember(name);
  emit(m, name, i, end);
  end_out = end;
  return true;
}

// A signature or a speakers' list: "Samuel Okafor, chairman, Harbour Internet Users' Association",
// "Jane Doe, CEO, Acme Corp." The role alone after the name's comma, then its organisation's
// capitalized name, which ends the line or the sentence: not "Li Ming, director, Zhang Wei,
// deputy" (a list of people) nor "Li Ming, chairman, said" (no organisation).
bool TitleReader::try_role_comma_body(std::size_t i, std::size_t& end_out) {
  if (i < 2 || t_[i - 1] != ' ' || t_[i - 2] != ',') return false;
  std::size_t q = i;
  PostMention m;
  if (const auto r = role_phrase_at(q); r) {
    m.role = t_.substr(q, r);
    q += r;
  } else {
    return false;
  }
  if (t_.compare(q, 2, ", ") != 0 || q + 2 >= t_.size() || !is_upper(t_[q + 2])) return false;
  const std::size_t b = q + 2;
  std::size_t e = b;
  while (e < t_.size() && t_[e] != '\n' && t_[e] != ',' && t_[e] != ';' && t_[e] != '(' && t_[e] != ')' &&
         !(t_[e] == '.' && (e + 1 >= t_.size() || t_[e + 1] == ' ' || t_[e + 1] == '\n')))
    ++e;
  while (e > b && t_[e - 1] == ' ') --e;
  const bool ends = e >= t_.size() || t_[e] == '\n' || t_[e] == '.' || t_[e] == ';' || t_[e] == '(' || t_[e] == ')';
  if (!ends || e - b > 80) return false;
  // The organisation's words are capitalized, but for connectors ("of", "for", "and", "the").
  bool name = true;
  each_word(t_, b, e, [&](std::string_view word) {
    name &= is_upper(word[0]) || word == "of" || word == "for" || word == "and" || word == "the" || word == "s";
  });
  const Sentence& s = w_.sentences[w_.sentence_at(i)];
  const std::string holder = name_before(w_.english.name_stops, t_, i - 2, s.begin);
  if (!name || holder.empty() || (holder.find(' ') == std::string::npos && resolve(holder) == holder)) return false;
  if (holder.find(' ') != std::string::npos) remember(holder);
  m.body = t_.substr(b, e - b);
  emit(m, resolve(holder), i, e);
  end_out = e;
  return true;
}

// "Chinese President Xi Jinping", "Baidu founder Robin Li": the role must be written as a title
// ("President Xi", "CEO Jane Doe"), not "the president", unless an organisation names it.
bool TitleReader::before_name(const PostMention& written, std::size_t i, std::size_t end) {
  PostMention m = written;
  m.name = name_in(written.name);
  if (m.name.empty()) return false;
  if (w_.english.not_owner_words.contains(lower(m.body.substr(0, m.body.find(' '))))) return false;
  std::size_t role_pos = t_.substr(i, end - i).find(m.role);
  if (role_pos == std::string_view::npos || (!is_upper(m.role[0]) && m.body.empty())) return false;
  std::string person = resolve(std::string(m.name));
  if (m.name.find(' ') != std::string::npos) remember(std::string(m.name));
  std::size_t post_end = i + role_pos + m.role.size();
  // "Chief Executive of the HKSAR (HKSAR) John Lee": the post runs on to its body's acronym.
  if (!m.body.empty() && m.body.data() > m.role.data())
    post_end = static_cast<std::size_t>(m.body.data() + m.body.size() - t_.data());
  const bool was_former = former_;
  former_ |= w_.english.former_words.contains(lower(m.modifier));  // "co-founder and former chairman of"
  emit(m, person, i, post_end);
  former_ = was_former;
  if (!m.role2.empty()) {
    // The second role shares the body ("Baidu's co-founder and chief executive Robin Li") or names
    // its own ("CAC Director and WIC Chairman Zhuang Rongwen").
    PostMention m2 = m;
    m2.role = m.role2;
    m2.rank = m.rank2;
    std::size_t b2 = i;
    if (!m.body2.empty()) {
      m2.body = m.body2;
      b2 = static_cast<std::size_t>(m.body2.data() - t_.data());
    }
    const std::size_t role2_at = static_cast<std::size_t>(m.role2.data() - t_.data());
    emit(m2, person, b2, role2_at + m.role2.size());
  }
  skip_to_ = end;
  return true;
}

// The person's name in the capitalized words after a title: without the words of english.yaml's
// name_stop_words that end them ("President Xi Jinping Sunday"); none when a stop word stands
// inside them or an event noun (event_name_nouns) ends them ("Member Representative Symposium").
std::string_view TitleReader::name_in(std::string_view words) const {
  std::string_view name = words;
  bool stop_seen = false, inside = false;
  each_word(words, 0, words.size(), [&](std::string_view word) {
    const bool stop = w_.english.name_stops.contains_folded(word) || w_.english.event_name_nouns.contains(lower(word));
    inside |= stop_seen && !stop;
    if (stop && !stop_seen) name = words.substr(0, static_cast<std::size_t>(word.data() - words.data()));
    stop_seen |= stop;
  });
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  const std::size_t last = words.rfind(' ') + 1;
  if (inside || w_.english.event_name_nouns.contains(lower(words.substr(last)))) return {};
  return name;
}

// "Arjun Mehta is director of the Delhi Centre for Technology Policy": a post held now, by a full
// name that is not an organisation's ("Tencent Holdings is a member of ...").
bool TitleReader::copular_post(const PostMention& m, std::size_t i, std::size_t end, const Sentence& s, std::size_t lead) {
  const std::size_t is_at = i - lead - copula_;  // where " is " or " was " starts
  // "I was then a deputy director of ...", said in a transcript's turn: the turn's speaker.
  const bool first_person = is_at >= 1 && t_[is_at - 1] == 'I' && (is_at < 2 || !is_alpha(t_[is_at - 2]));
  std::string name = first_person ? turn_speaker(i) : name_before(w_.english.name_stops, t_, is_at, s.begin);
  std::size_t sp = name.rfind(' ');
  bool org = sp != std::string::npos &&
             std::find(w_.tables.body_suffixes.begin(), w_.tables.body_suffixes.end(), lower(name.substr(sp + 1))) !=
                 w_.tables.body_suffixes.end();
  // The name is the clause's subject: it opens the sentence or follows a comma, a semicolon or a
  // word that opens a clause ("when Lu Wei was director of ..."), not "The man who succeeded Zhang
  // Wei is ..." or "Asked whether Li Ming is ...".
  const std::size_t nb = first_person ? is_at - 1 : is_at - name.size();
  const auto opener = w_.words_back(nb, 1);
  const bool after_opener = !opener.empty() && t_[nb - 1] == ' ' && w_.english.not_owner_words.contains(opener[0]);
  bool subject = nb == s.begin || (nb >= 2 && t_[nb - 1] == ' ' && (t_[nb - 2] == ',' || t_[nb - 2] == ';')) ||
                 (nb > s.begin && t_[nb - 1] == '"') || after_opener;
  // A surname alone must resolve to a full name written earlier ("Ren is a former ...").
  const bool known = sp != std::string::npos || (!name.empty() && resolve(name) != name);
  // (A body that opens the post is read only with its possessive: "Jack Ma has been Alibaba's
  // chairman", not "Li Ming is Baidu founder".)
  const bool body_first = !m.body.empty() && t_.compare(i, m.body.size(), m.body) == 0;
  if (!known || org || !subject || (m.body.empty() && !m.described_owner) || (body_first && !possessive_at(t_, i + m.body.size())))
    return true;
  if (sp != std::string::npos) remember(name);
  PostMention named = m;
  if (m.described_owner) end = owner_named_after(named, end, s);
  emit(named, resolve(name), i, end);
  skip_to_ = end;
  return true;
}

// The speaker of the transcript turn holding pos, when its label is a full name ("Ren Xianliang:",
// not "Q:" or "Moderator:"); else "".
std::string TitleReader::turn_speaker(std::size_t pos) const {
  if (w_.blocks.empty()) return "";
  const Block& b = w_.blocks[w_.block_at(pos)];
  if (b.kind != BlockKind::turn || b.speaker.find(' ') == std::string::npos) return "";
  bool name = true;
  each_word(b.speaker, 0, b.speaker.size(), [&](std::string_view word) { name &= name_word(word); });
  return name ? b.speaker : "";
}

// "Tim Cook is the CEO of the popular organization, Apple.": with the holder named before the
// post, capitalized words after the described owner's comma that end the sentence name the owner.
// Sets m's body to them and returns where they end (else `end`).
std::size_t TitleReader::owner_named_after(PostMention& m, std::size_t end, const Sentence& s) const {
  if (end + 2 >= s.end || t_.compare(end, 2, ", ") != 0 || !is_upper(t_[end + 2])) return end;
  std::size_t e = end + 2;
  while (e < s.end && (is_alpha(t_[e]) || t_[e] == ' ' || t_[e] == '&')) {
    if (t_[e] == ' ' && (e + 1 >= s.end || !is_upper(t_[e + 1]))) return end;
    ++e;
  }
  if (e < t_.size() && t_[e] != '.' && t_[e] != '\n') return end;
  m.body = t_.substr(end + 2, e - end - 2);
  return e;
}

// The post first, the name after it between commas: "Baidu's chief executive, Robin Li, said", "A
// Huawei spokesman, Joe Kelly, said". Not from "A"/"The": the walk reaches the organisation's own
// word next.
// More roles of the same owner may stand before the name: "Alibaba's founder and executive
// chairman, Jack Ma, ...".
bool TitleReader::post_then_name(const PostMention& m, std::size_t i, std::size_t end, const Sentence& s) {
  std::size_t name_end = 0;
  std::vector<std::pair<std::size_t, std::size_t>> more;  // [begin, end) of each further role
  std::size_t list_end = end;
  std::string name = name_after(w_.english.name_stops, t_, end, s.end, name_end);
  for (bool last = false; name.empty() && !last && more.size() < 3;) {
    const std::size_t q = next_in_list(list_end, last);
    const std::size_t len = q == std::string_view::npos ? 0 : role_phrase_at(q);
    if (!len) break;
    more.emplace_back(q, q + len);
    list_end = q + len;
    if (last) name = name_after(w_.english.name_stops, t_, list_end, s.end, name_end);
  }
  std::string first_word = lower(m.body.substr(0, m.body.find(' ')));
  if (name.empty() || (m.body.empty() && !m.described_owner) || first_word == "a" || first_word == "an" || first_word == "the")
    return true;
  remember(name);
  const std::string person = resolve(name);
  emit(m, person, i, end);
  for (const auto& [rb, re] : more) {
    PostMention other = m;
    other.role = t_.substr(rb, re - rb);
    other.rank = {};
    emit(other, person, i, re);
  }
  skip_to_ = name_end;
  return true;
}

// "Name, post": the name right before ", ". A single word must be the surname of a full name
// written earlier: "At a forum in Wuzhen, head of ..." names no person Wuzhen.
void TitleReader::appositive(const PostMention& m, std::size_t i, std::size_t end, std::size_t lead, const Sentence& s) {
  std::string name = name_before(w_.english.name_stops, t_, i - lead - 2, s.begin);
  if (name.empty() || (name.find(' ') == std::string::npos && resolve(name) == name)) return;
  std::string person = resolve(name);
  if (name.find(' ') != std::string::npos) remember(name);
  emit(m, person, i, end);
  if (lead && !former_ && !w_.claims.empty() && w_.claims.back().kind() == ClaimKind::title)
    w_.claims.back().as<TitleValue>().also = true;
  std::size_t p = more_roles_of_owner(m, person, i, end);
  skip_to_ = further_posts(person, p);
}

// "Baidu's chairman and CEO", "Hexin's co-founder, chairwoman and chief executive officer": more
// roles of the body named before the first. Returns where the list ends.
std::size_t TitleReader::more_roles_of_owner(const PostMention& m, const std::string& person, std::size_t i, std::size_t p) {
  if (!m.body.size() || t_.compare(i, m.body.size(), m.body) != 0 || !possessive_at(t_, i + m.body.size())) return p;
  std::size_t b = i + m.body.size() + possessive_at(t_, i + m.body.size());  // the first role after "Baidu's "
  while (b < t_.size() && t_[b] == ' ') ++b;
  for (bool last = false; !last;) {
    std::size_t q = next_in_list(p, last);
    std::size_t len = q == std::string_view::npos ? 0 : role_phrase_at(q);
    if (!len) break;
    // The role ends the list or the clause: not "..., head of the Baidu Foundation" (a post of its
    // own), "chief scientist" or "founder and chairman Li Ming" (the next person's title).
    std::size_t after = len + q;
    bool closes = after >= t_.size() || t_[after] == ',' || t_[after] == '.' || t_[after] == ')' || t_[after] == ';';
    if (!closes && after < t_.size() && t_[after] == ' ') {
      std::size_t a = after;
      while (a < t_.size() && t_[a] == ' ') ++a;
      closes = word_at(t_, a, "and") && !is_upper(t_[std::min(t_.size() - 1, a + 4)]);
    }
    if (!closes) break;
    PostMention m2 = m;
    m2.role = t_.substr(q, len);
    m2.rank = {};
    emit(m2, person, b, q + len);
    p = q + len;
  }
  return p;
}

// Further posts joined by "and" or listed after a comma: "a member of X and head of Y", "member of
// X, head of Y". After a comma the next item must be a whole post of its own (a body the grammar
// read to its end), not a name ("..., Wang Wei, director of Z") or a place. Returns where they end.
std::size_t TitleReader::further_posts(const std::string& person, std::size_t p) {
  while (true) {
    std::size_t q = p;
    const bool comma = q < t_.size() && t_[q] == ',';
    if (comma) ++q;
    while (q < t_.size() && t_[q] == ' ') ++q;
    const bool joined = word_at(t_, q, "and");
    if (!joined && !comma) break;
    if (joined) q += 3;
    while (q < t_.size() && t_[q] == ' ') ++q;
    if (word_at(t_, q, "also")) q += 5;
    if (!title_may_start(q)) break;  // the grammar would fail here: "..., said", "... and Li Ming"
    PostMention m2;
    std::size_t e2 = parse_title(q, m2);
    if (e2 == std::string_view::npos || m2.before_name) break;
    if (!joined && (m2.body.empty() || body_continues(e2) || bounded_in_time(e2))) break;
    while (e2 > q && (t_[e2 - 1] == ' ' || t_[e2 - 1] == '.')) --e2;
    emit(m2, person, q, e2);
    p = e2;
  }
  return p;
}

// A title read at i (after `lead`, an adverb of the present) and ending at end: placed by its form.
void TitleReader::place(const PostMention& m, std::size_t i, std::size_t end, std::size_t lead, bool copular) {
  const Sentence& s = w_.sentences[w_.sentence_at(i)];
  // "former Baidu President Zhang Yaqin", "the late ...": a post no longer held, read as one and
  // marked so (the rules compare only posts held now).
  if (!former_)
    if (auto prev = w_.words_back(i, 1); !prev.empty() && w_.english.former_words.contains(prev[0])) former_ = true;
  // "who became Nordlys Grid's CEO in 2021": the year a post began, not one that bounds it.
  const auto prev = w_.words_back(i, 1);
  // (Nor after "as": "took over as CEO in September", "stepped down as chairman in 2019".)
  const bool began = !prev.empty() && (prev[0] == "became" || prev[0] == "becomes" || prev[0] == "as");
  if (!m.before_name && body_continues(end)) return;
  // "Xu Lin, CAC director from 2016 to 2018": a post bounded in time is read as one no longer held.
  if (!m.before_name && !began && bounded_in_time(end)) former_ = true;
  if (!m.before_name && relative_post(m, i, end, s)) return;
  if (after_verb_only_) return;  // a word after "been" starts no other form of title
  if (m.before_name) {
    before_name(m, i, end);
    return;
  }
  if (copular && i >= s.begin + copula_ + lead) {
    former_ |= copula_ == kWas;  // "Ren was a deputy director of ...": no longer
    copular_post(m, i, end, s, lead);
    return;
  }
  if (!lead && (i < s.begin + 2 || t_[i - 1] != ' ' || t_[i - 2] != ',')) {
    if (!after_description(m, i, end, s)) post_then_name(m, i, end, s);
    return;
  }
  // In a list of posts and names ("Tencent's chairman, Pony Ma, Baidu's chief executive, Robin Li,
  // and ..."), a post of an organisation followed by ", Name," belongs to that name; so does a post
  // of an owner told by its kind after a clause that names no one ("during the second World
  // Internet Conference, head of the Russian company, Evgeny Kaspersky told TASS").
  const bool no_name_before = m.described_owner && name_before(w_.english.name_stops, t_, i - lead - 2, s.begin).empty();
  if ((!m.body.empty() && t_.compare(i, m.body.size(), m.body) == 0) || no_name_before) {
    std::size_t name_end = 0;
    std::string after = name_after(w_.english.name_stops, t_, end, s.end, name_end);
    if (!after.empty()) {
      remember(after);
      emit(m, resolve(after), i, end);
      skip_to_ = name_end;
      return;
    }
  }
  appositive(m, i, end, lead, s);
}

// "Jiang Mianheng, who was then Vice President of ...", "Robin Li, who is chairman of Baidu": the
// comma before "who is" / "who was" (and a lead word: "then", "now", "also", "currently", "former")
// right before the post at i, or npos. "was", "then" and "former" mark the post no longer held.
std::size_t TitleReader::relative_clause_comma(std::size_t i) {
  const auto words = w_.words_back(i, 6);  // nearest last
  std::size_t k = words.size();              // one past the verb
  if (k > 0 && (words[k - 1] == "a" || words[k - 1] == "an" || words[k - 1] == "the")) --k;
  bool past = false;
  if (k > 0) {
    const std::string_view lead = words[k - 1];
    if (w_.english.former_words.contains(lead) || w_.english.present_adverbs.contains(lead)) {
      past = w_.english.former_words.contains(lead);
      --k;
    }
  }
  // The verb: one of english.yaml's relative_post_verbs ("is", "has been", "became", "served as")
  // or relative_former_verbs ("was", "had been"), right after "who".
  std::size_t verb_words = 0;
  bool former_verb = false;
  for (const auto* verbs : {&w_.english.relative_post_verbs, &w_.english.relative_former_verbs})
    for (const auto& verb : *verbs) {
      const std::size_t n = static_cast<std::size_t>(std::count(verb.begin(), verb.end(), ' ')) + 1;
      if (n <= verb_words || n + 1 > k || words[k - n - 1] != "who") continue;
      std::string said;
      for (std::size_t j = k - n; j < k; ++j) said += (said.empty() ? "" : " ") + std::string(words[j]);
      if (said != verb) continue;
      verb_words = n;
      former_verb = verbs == &w_.english.relative_former_verbs;
    }
  if (!verb_words) return std::string_view::npos;
  const std::size_t who = static_cast<std::size_t>(words[k - verb_words - 1].data() - w_.lower.data());
  if (who < 2 || t_[who - 1] != ' ' || t_[who - 2] != ',') return std::string_view::npos;
  former_ |= past || former_verb;
  return who - 2;
}

// The length, with the spaces around it, of a copula other than "is" and "was" (read apart) right
// before i: a phrase of english.yaml's relative_post_verbs ("has been", "became", "remains") or
// relative_former_verbs ("had been", which sets `former`); 0 when there is none. "Ana Ribeiro has
// been director of ...", "Ren became deputy head of ...".
std::size_t TitleReader::copula_length(std::size_t i, bool& former) const {
  const std::string_view last = word_before(w_.lower, i);
  if (last.empty() || last == "is" || last == "was" || !w_.english.relative_verb_ends.contains(last)) return 0;
  for (const auto* verbs : {&w_.english.relative_post_verbs, &w_.english.relative_former_verbs})
    for (const auto& verb : *verbs) {
      const std::size_t n = verb.size();
      if (i < n + 2 || t_[i - 1] != ' ' || w_.lower.compare(i - 1 - n, n, verb) != 0 || t_[i - 2 - n] != ' ') continue;
      former = verbs == &w_.english.relative_former_verbs;
      return n + 2;
    }
  return 0;
}

// Does the last word of a relative_post_verbs or relative_former_verbs phrase end right before pos,
// with "who" within four words back? (A cheap test before the title grammar runs there.)
bool TitleReader::after_relative_verb(std::size_t pos) {
  // Asked at every word with a role word in reach: first whether a "who" stands in the few bytes
  // before (a cursor over the article's few, see run), then whether the word before (or before an
  // article) can end a verb.
  constexpr std::size_t kReach = 40;
  while (next_who_ < whos_.size() && whos_[next_who_] + kReach < pos) ++next_who_;
  if (next_who_ == whos_.size() || whos_[next_who_] >= pos) return false;
  std::string_view last = word_before(w_.lower, pos);
  if (last == "a" || last == "an" || last == "the") last = word_before(w_.lower, static_cast<std::size_t>(last.data() - w_.lower.data()));
  if (last.empty() || !w_.english.relative_verb_ends.contains(last)) return false;
  const auto words = w_.words_back(pos, 5);  // nearest last
  if (words.empty() || std::find(words.begin(), words.end(), std::string_view("who")) == words.end()) return false;
  std::size_t k = words.size();
  if (words[k - 1] == "a" || words[k - 1] == "an" || words[k - 1] == "the") --k;
  if (k == 0) return false;
  for (const auto* verbs : {&w_.english.relative_post_verbs, &w_.english.relative_former_verbs})
    for (const auto& verb : *verbs)
      if (verb.ends_with(words[k - 1]) && (verb.size() == words[k - 1].size() || verb[verb.size() - words[k - 1].size() - 1] == ' '))
        return true;
  return false;
}

// A post in a relative clause after its holder's name: see relative_clause_comma. A name after
// "of" is no holder ("son of Jiang Zemin, who was ..."): name_before leaves it.
bool TitleReader::relative_post(const PostMention& m, std::size_t i, std::size_t end, const Sentence& s) {
  const bool was_former = former_;
  const std::size_t comma = relative_clause_comma(i);
  if (comma == std::string_view::npos) return false;
  std::string name = name_before(w_.english.name_stops, t_, comma, s.begin);
  if (name.empty() || m.body.empty() || (name.find(' ') == std::string::npos && resolve(name) == name)) {
    former_ = was_former;
    skip_to_ = end;
    return true;  // a relative clause of no named person: the post is no one's here
  }
  if (name.find(' ') != std::string::npos) remember(name);
  emit(m, resolve(name), i, end);
  skip_to_ = end;
  return true;
}

// "Kerry Brown, professor of Chinese Studies and director of the Lau China Institute": a post
// joined by "and" to a description of its holder that is no post the grammar reads (a noun with
// "of" or "at": "professor of ...", "son of ...", "a fellow at ..."), set off from the name by a
// comma. Returns that comma, or npos. Not a clause ("who founded ... and ..."), and not after a
// list of names ("Li Ming, Zhang Wei and Director ..." starts no description).
std::size_t TitleReader::description_comma(std::size_t i, const Sentence& s) const {
  constexpr std::size_t kMostWords = 10;
  std::size_t a = i;
  for (const std::string_view article : {"the ", "a ", "an "})
    if (a >= s.begin + article.size() && w_.lower.compare(a - article.size(), article.size(), article) == 0) {
      a -= article.size();
      break;
    }
  if (a < s.begin + 6 || w_.lower.compare(a - 5, 5, " and ") != 0) return std::string_view::npos;
  const std::size_t and_at = a - 4;
  std::size_t words = 0, c = and_at - 1;
  while (c > s.begin && t_[c - 1] != ',') {
    const char ch = t_[--c];
    if (std::strchr(".;:()\"", ch)) return std::string_view::npos;
    if (ch == ' ' && ++words > kMostWords) return std::string_view::npos;
  }
  if (c <= s.begin + 1 || t_[c] != ' ') return std::string_view::npos;
  const std::string_view description = std::string_view(w_.lower).substr(c + 1, and_at - 1 - (c + 1));
  if (description.empty() || !is_lower(t_[c + 1])) return std::string_view::npos;
  if (description.find(" of ") == std::string_view::npos && description.find(" at ") == std::string_view::npos)
    return std::string_view::npos;
  const std::string_view first = description.substr(0, description.find(' '));
  if (w_.english.relative_pronouns.contains(first)) return std::string_view::npos;
  return c - 1;
}

// A post after such a description (see description_comma) is the named holder's.
bool TitleReader::after_description(const PostMention& m, std::size_t i, std::size_t end, const Sentence& s) {
  const std::size_t comma = description_comma(i, s);
  if (comma == std::string_view::npos || m.body.empty()) return false;
  const std::string name = name_before(w_.english.name_stops, t_, comma, s.begin);
  if (name.empty() || (name.find(' ') == std::string::npos && resolve(name) == name)) return false;
  if (name.find(' ') != std::string::npos) remember(name);
  const std::string person = resolve(name);
  std::size_t b = i;  // the post's span leaves out its article, as an appositive's does
  for (const std::string_view article : {"the ", "a ", "an "})
    if (w_.lower.compare(b, article.size(), article) == 0) b += article.size();
  emit(m, person, b, end);
  skip_to_ = further_posts(person, end);
  return true;
}

// The words between an appositive's comma and its post: an adverb of the present ("Zhuang, also
// deputy head of ...", "now", "currently"), or of a post no longer held ("Lu Wei, then head of ...",
// "Ren, a former deputy director of ..."), which sets former_. Returns their length with the space.
std::size_t TitleReader::lead_words(std::size_t i) {
  std::size_t p = i;
  for (const std::string_view article : {"a", "the"})
    if (word_at(w_.lower, p, article, false) && p + article.size() < t_.size() && t_[p + article.size()] == ' ') {
      p += article.size() + 1;
      break;
    }
  std::size_t e = p;
  while (e < t_.size() && is_alpha(t_[e])) ++e;
  if (e == p || e >= t_.size() || (t_[e] != ' ' && t_[e] != '-')) return 0;
  const std::string_view word = std::string_view(w_.lower).substr(p, e - p);
  if (w_.english.former_words.contains(word)) {
    former_ = true;
    return e + 1 - i;
  }
  const bool present = w_.english.present_adverbs.contains(word);
  return present && p == i ? e + 1 - i : 0;
}

// Is there a role word within role_ahead's reach of token k? Most words where a title may start
// have none: the next role word, found by a cursor that only moves on, answers without the walk.
bool TitleReader::role_in_reach(std::size_t k, std::size_t sentence_end) {
  return role_near(k) && w_.tokens[w_.role_tokens[next_role_]].begin < sentence_end && role_ahead(w_, k, sentence_end);
}

// The first half of role_in_reach, which needs no sentence: is any role word within reach? The
// tokenizer listed the role words' tokens: the cursor walks that list, not every word.
bool TitleReader::role_near(std::size_t k) {
  const auto& roles = w_.role_tokens;
  while (next_role_ < roles.size() && roles[next_role_] < k) ++next_role_;
  return next_role_ < roles.size() && w_.tokens[roles[next_role_]].begin <= w_.tokens[k].begin + kRoleReach;
}

// The first token at or after k, past skip_to_, with a role word in reach (role_near), or
// tokens.size(). The words between are passed over a stretch at a time: where the next role word
// is out of reach of one word, it is out of reach of every word before its reach begins.
std::size_t TitleReader::next_candidate(std::size_t k) {
  const auto& tokens = w_.tokens;
  while (k < tokens.size()) {
    if (tokens[k].begin < skip_to_) {
      k = std::max(k + 1, w_.token_from(skip_to_));
      continue;
    }
    if (role_near(k)) return k;
    if (next_role_ == w_.role_tokens.size()) return tokens.size();
    k = w_.token_from(tokens[w_.role_tokens[next_role_]].begin - kRoleReach);  // past k: see role_near
  }
  return k;
}

// Could the title grammar match at q? Where q begins a word, role_ahead says (as run() asks it of
// every title start); elsewhere the grammar judges. Most places after a post's comma ("..., said
// on Monday") hold none, and a failed parse of the whole grammar costs thousands of instructions.
bool TitleReader::title_may_start(std::size_t q) const {
  const std::size_t k = w_.token_from(q);
  if (k >= w_.tokens.size() || w_.tokens[k].begin != q) return true;
  return role_ahead(w_, k, w_.sentences[w_.sentence_at(q)].end);
}

void TitleReader::run() {
  find_all(w_.lower, "who ", whos_);
  std::erase_if(whos_, [&](std::size_t p) { return p > 0 && is_alpha(t_[p - 1]); });
  std::size_t sentence = 0;  // the sentence of i (i only grows)
  // (Only words with a role word in reach: role_in_reach below fails at the others whatever their
  // context and lead words.)
  for (std::size_t next_token = next_candidate(0); next_token < w_.tokens.size(); next_token = next_candidate(next_token + 1)) {
    // Titles start at a capitalized word ("Chinese President Xi"), right after ", " (appositives)
    // or after " is " ("Arjun Mehta is director of ..."): the tokenizer marked those words. After
    // "and" a post may follow a description of its holder ("professor of ... and director of").
    std::size_t i = w_.tokens[next_token].begin;
    // Tested on the bytes before the word without reading it.
    const bool after_and = ends_word_before(i, "and");
    // "Ren was earlier a deputy director of ...": a post no longer held, after " was ".
    const bool after_was = ends_word_before(i, "was");
    // "Robin Li, who has been chairman of Baidu": a post right after a relative clause's verb.
    after_verb_only_ = !(w_.token_class[next_token] & kTitleStart) && !after_and && after_relative_verb(i);
    // "figures including co-founder and ... of Alibaba Group Jack Ma": a list item's title.
    const bool opens_item = !(w_.token_class[next_token] & kTitleStart) && after_list_opener(next_token, i);
    // "Ana Ribeiro has been director of ...": a post after a copula other than "is" and "was".
    bool verb_former = false;
    const std::size_t verb = !after_was ? copula_length(i, verb_former) : 0;
    if (!(w_.token_class[next_token] & kTitleStart) && !after_and && !after_verb_only_ && !after_was && !opens_item && !verb)
      continue;
    const bool after_comma = i >= 2 && t_[i - 1] == ' ' && t_[i - 2] == ',';
    const bool copular_is = i >= kIs && t_[i - 1] == ' ' && t_[i - 2] == 's' && t_[i - 3] == 'i' && t_[i - 4] == ' ';
    const bool copular = copular_is || after_was || verb;
    copula_ = after_was ? kWas : verb ? verb : kIs;
    // "Zhuang, also deputy head of ...", "Ren is a former deputy director of ...": words between
    // the comma (or "is") and the post.
    former_ = verb_former;  // "had been", "served as"
    const std::size_t lead = after_comma || copular ? lead_words(i) : 0;
    i += lead;
    if (!is_upper(t_[i]) && !after_comma && !copular && !after_and && !after_verb_only_ && !opens_item) continue;
    while (sentence + 1 < w_.sentences.size() && w_.sentences[sentence + 1].begin <= i) ++sentence;
    if (!role_in_reach(next_token, w_.sentences[sentence].end)) continue;
    if (std::size_t line_end = 0; try_dash_line(i, line_end) || try_parenthesized_role(i, line_end)) {
      skip_to_ = line_end;
      continue;
    }
    PostMention m;
    std::size_t end = parse_title(i, m);
    if (end == std::string_view::npos) {
      // "Name, chairman and CEO of Tencent": two roles share one body.
      std::size_t shared_end = 0;
      if (try_shared_body(i, shared_end) ||
          ((w_.token_class[next_token] & kRoleWord) && try_role_comma_body(i, shared_end)))
        skip_to_ = shared_end;
      continue;
    }
    while (end > i && (t_[end - 1] == ' ' || t_[end - 1] == '.')) --end;
    place(m, i, end, lead, copular);
  }
  for (auto& c : w_.claims) {
    if (c.kind() != ClaimKind::title) continue;
    auto& v = c.as<TitleValue>();
    if (v.person.find(' ') == std::string::npos) v.person = resolve(v.person);
    for (const auto& [folded, as_written] : written_)
      if (v.person == folded) v.person = as_written;
  }
}

}  // namespace

void find_titles(Work& w) { TitleReader(w).run(); }

}  // namespace wiclint::extract
