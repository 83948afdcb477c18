#include "kb/knowledge_base.hpp"

#include <algorithm>
#include <cctype>

#include "kb/yaml_error.hpp"

extern const char wiclint_default_kb_data[];
extern const std::size_t wiclint_default_kb_size;
extern const char wiclint_default_kb_name[];
extern const char wiclint_english_data[];
extern const std::size_t wiclint_english_size;
extern const char wiclint_english_name[];
extern const char wiclint_lexicon_data[];
extern const std::size_t wiclint_lexicon_size;
extern const char wiclint_lexicon_name[];

namespace wiclint {

namespace {

// Sane ranges: a year or edition number outside them is a typo, and edition 2147483647 once
// overflowed the year arithmetic and made edition-gap allocate tens of gigabytes.
constexpr int kMinYear = 1900, kMaxYear = 2200, kMaxEdition = 1000;

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

CivilDate parse_date_node(const std::string& file, const YAML::Node& n) {
  auto text = yaml_string(file, n);
  auto d = parse_iso(text);
  if (!d) yaml_fail(file, n, "expected a date as YYYY-MM-DD, got '" + text + "'");
  if (d->year < kMinYear || d->year > kMaxYear)
    yaml_fail(file, n, "a date's year must be between 1900 and 2200, got " + std::to_string(d->year));
  return *d;
}

// Head counts are never this large: a typo, or a population rather than an attendance.
constexpr long long kMaxCount = 100000000;

// A figure as a source gives it: {count, qualifier, unit, source} and any of `extra` keys (read
// by the caller). `units` are the allowed units; `what` names the figure in errors.
AttendanceFact parse_figure(const std::string& file, const YAML::Node& n, const std::vector<std::string>& units,
                            const std::vector<std::string>& extra, const std::string& what) {
  if (!n.IsMap()) yaml_fail(file, n, what + " is a map: {count, qualifier, unit, source}");
  std::vector<std::string> keys = {"count", "qualifier", "unit", "source"};
  keys.insert(keys.end(), extra.begin(), extra.end());
  check_keys(file, n, keys);
  AttendanceFact a;
  a.loc = yaml_location(file, n);
  for (const char* key : {"count", "unit", "source"})
    if (!n[key]) yaml_fail(file, n, what + " needs a '" + key + "'");
  const int count = yaml_int(file, n["count"]);
  if (count < 1 || count > kMaxCount)
    yaml_fail(file, n["count"], "a count must be between 1 and " + std::to_string(kMaxCount) + ", got " + std::to_string(count));
  a.count = count;
  a.unit = yaml_string(file, n["unit"]);
  if (std::find(units.begin(), units.end(), a.unit) == units.end()) {
    std::string allowed;
    for (const auto& u : units) allowed += (allowed.empty() ? "" : ", ") + u;
    yaml_fail(file, n["unit"], "unknown unit '" + a.unit + "'" + did_you_mean(a.unit, units) + " (allowed: " + allowed + ")");
  }
  if (n["qualifier"]) {
    a.qualifier = yaml_string(file, n["qualifier"]);
    static const std::vector<std::string> qualifiers = {"exact", "over", "at-least", "about", "nearly", "under"};
    if (std::find(qualifiers.begin(), qualifiers.end(), a.qualifier) == qualifiers.end())
      yaml_fail(file, n["qualifier"], "unknown qualifier '" + a.qualifier + "'" + did_you_mean(a.qualifier, qualifiers) +
                                          " (allowed: exact, over, at-least, about, nearly, under)");
    if (a.qualifier == "exact") a.qualifier.clear();
  }
  a.source = yaml_phrase(file, n["source"], false);
  return a;
}

void parse_attendance(const std::string& file, const YAML::Node& n, EditionFact& f) {
  if (!n.IsSequence()) yaml_fail(file, n, "'attendance' must be a list of {count, qualifier, unit, source}");
  for (const auto& item : n) f.attendance.push_back(parse_figure(file, item, {"people", "countries"}, {}, "an attendance figure"));
}

// `organization:` the series' organizer as an international organization: when and where it was
// founded, and its membership over time.
Organization parse_organization(const std::string& file, const YAML::Node& n) {
  if (!n.IsMap()) yaml_fail(file, n, "'organization' is a map: {founded, seat, source, membership}");
  check_keys(file, n, {"founded", "seat", "source", "membership"});
  Organization o;
  o.loc = yaml_location(file, n);
  if (n["founded"]) o.founded = parse_date_node(file, n["founded"]);
  if (n["seat"]) o.seat = yaml_phrase(file, n["seat"], false);
  if (n["source"]) o.source = yaml_phrase(file, n["source"], false);
  if (auto m = n["membership"]) {
    if (!m.IsSequence()) yaml_fail(file, m, "'membership' must be a list of {date, count, qualifier, unit, source}");
    for (const auto& item : m) {
      MembershipFact f{parse_figure(file, item, {"members", "countries"}, {"date"}, "a membership figure"), {}};
      if (!item["date"]) yaml_fail(file, item, "a membership figure needs a 'date'");
      f.date = parse_date_node(file, item["date"]);
      if (o.founded && f.date < *o.founded) yaml_fail(file, item["date"], "a membership figure dated before the founding");
      o.membership.push_back(f);
    }
    std::stable_sort(o.membership.begin(), o.membership.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
  }
  return o;
}

// The programme's first day: before (or on) the opening ceremony, in the same year.
void parse_first_day(const std::string& file, const YAML::Node& e, EditionFact& f) {
  f.first_day = parse_date_node(file, e["first_day"]);
  f.first_day_loc = yaml_location(file, e["first_day"]);
  if (!f.opening) yaml_fail(file, e["first_day"], "'first_day' needs the edition's 'opening' date");
  if (*f.opening < *f.first_day) yaml_fail(file, e["first_day"], "first_day is after the opening date");
  if (f.first_day->year != f.opening->year) yaml_fail(file, e["first_day"], "first_day is not in the opening date's year");
}

// A list of some of the series' generic nouns (`key` of `node`), lower case; empty when absent.
std::vector<std::string> series_nouns(const std::string& file, const YAML::Node& node, const char* key,
                                      const std::vector<std::string>& nouns) {
  if (!node[key]) return {};
  std::vector<std::string> out = yaml_phrases(file, node[key], false);
  for (auto& n : out) {
    n = lower(n);
    if (std::find(nouns.begin(), nouns.end(), n) == nouns.end())
      yaml_fail(file, node[key], "'" + n + "' is not one of the series' 'nouns'");
  }
  return out;
}

// An edition's `status` and `numbering` (the latter only for a year that was no regular edition).
void parse_edition_status_node(const std::string& file, const YAML::Node& e, EditionFact& f) {
  if (e["status"]) {
    const std::string st = yaml_string(file, e["status"]);
    if (!parse_edition_status(st, f.status) || f.status == EditionStatus::planned || f.status == EditionStatus::postponed)
      yaml_fail(file, e["status"], "unknown status '" + st + "'; allowed: held, cancelled, replaced, online");
    f.status_loc = yaml_location(file, e["status"]);
  }
  if (!e["numbering"]) return;
  const std::string n = yaml_string(file, e["numbering"]);
  if (n != "counted" && n != "unsettled") yaml_fail(file, e["numbering"], "unknown numbering '" + n + "'; allowed: counted, unsettled");
  if (f.status == EditionStatus::held || f.status == EditionStatus::online)
    yaml_fail(file, e["numbering"], "'numbering' is for a year that was no regular edition (status cancelled or replaced)");
  f.ordinals_unsettled = n == "unsettled";
  f.numbering_loc = yaml_location(file, e["numbering"]);
}

// One entry of a series' `editions`: {number, year, opening, closing, first_day, source, name,
// status, numbering, attendance}.
EditionFact parse_edition(const std::string& file, const YAML::Node& e) {
  check_keys(file, e, {"number", "year", "opening", "closing", "first_day", "source", "name", "status", "numbering",
                       "attendance"});
  EditionFact f;
  f.loc = yaml_location(file, e);
  if (!e["number"]) yaml_fail(file, e, "an edition needs a 'number'");
  f.number = yaml_int_between(file, e["number"], 1, kMaxEdition, "an edition number");
  if (e["opening"]) {
    f.opening = parse_date_node(file, e["opening"]);
    f.opening_loc = yaml_location(file, e["opening"]);
  }
  if (e["closing"]) {
    f.closing = parse_date_node(file, e["closing"]);
    f.closing_loc = yaml_location(file, e["closing"]);
  }
  if (f.opening && f.closing && *f.closing < *f.opening) yaml_fail(file, e["closing"], "closing date is before the opening date");
  if (e["first_day"]) parse_first_day(file, e, f);
  if (e["attendance"]) parse_attendance(file, e["attendance"], f);
  if (e["year"]) {
    f.year = yaml_int_between(file, e["year"], kMinYear, kMaxYear, "a year");
    f.year_loc = yaml_location(file, e["year"]);
  } else if (f.opening) {
    f.year = f.opening->year;
    f.year_loc = f.opening_loc;
  } else {
    yaml_fail(file, e, "an edition needs a 'year' or an 'opening' date");
  }
  if (f.opening && f.opening->year != f.year) yaml_fail(file, e["opening"], "opening date is not in the edition's year");
  if (e["source"]) f.source = yaml_string(file, e["source"]);
  parse_edition_status_node(file, e, f);
  return f;
}

// A series' `editions`, sorted by number; a number listed twice is an error at its second entry.
void parse_editions(const std::string& file, const YAML::Node& eds, Series& s) {
  if (!eds.IsSequence()) yaml_fail(file, eds, "'editions' must be a list");
  for (const auto& e : eds) {
    EditionFact f = parse_edition(file, e);
    for (const auto& other : s.editions)
      if (other.number == f.number) yaml_fail(file, e["number"], "edition " + std::to_string(f.number) + " is listed twice");
    s.editions.push_back(std::move(f));
  }
  std::sort(s.editions.begin(), s.editions.end(), [](const auto& a, const auto& b) { return a.number < b.number; });
}

// A series' names and nouns: {id, name, aliases, nouns, unnumbered_nouns, numbered_of_name,
// noun_modifiers}.
void parse_series_names(const std::string& file, const YAML::Node& node, Series& s) {
  if (!node["id"]) yaml_fail(file, node, "a series needs an 'id'");
  s.id = yaml_phrase(file, node["id"], false);
  s.name = node["name"] ? yaml_phrase(file, node["name"], false) : s.id;
  if (node["aliases"]) s.aliases = yaml_phrases(file, node["aliases"], false);
  if (std::find(s.aliases.begin(), s.aliases.end(), s.name) == s.aliases.end()) s.aliases.insert(s.aliases.begin(), s.name);
  if (node["nouns"]) s.nouns = yaml_phrases(file, node["nouns"], false);
  for (auto& n : s.nouns) n = lower(n);
  s.unnumbered_nouns = series_nouns(file, node, "unnumbered_nouns", s.nouns);
  s.numbered_of_name = series_nouns(file, node, "numbered_of_name", s.nouns);
  if (node["noun_modifiers"]) s.noun_modifiers = yaml_phrases(file, node["noun_modifiers"], false);
  for (auto& n : s.noun_modifiers) n = lower(n);
}

// A series' calendar: {first_year, cadence, venue, utc_offset, last_numbered}.
void parse_series_calendar(const std::string& file, const YAML::Node& node, Series& s) {
  if (node["first_year"]) {
    s.first_year = yaml_int_between(file, node["first_year"], kMinYear, kMaxYear, "a year");
    s.first_year_loc = yaml_location(file, node["first_year"]);
  }
  if (auto c = node["cadence"]) {
    auto text = yaml_string(file, c);
    if (text == "annual") s.cadence = 1;
    else if (text == "biennial") s.cadence = 2;
    else yaml_fail(file, c, "unknown cadence '" + text + "' (allowed: annual, biennial)");
  }
  if (node["venue"]) s.venue = yaml_string(file, node["venue"]);
  if (node["venue_places"]) s.venue_places = yaml_phrases(file, node["venue_places"], false);
  if (!s.venue.empty() && std::find(s.venue_places.begin(), s.venue_places.end(), s.venue) == s.venue_places.end())
    s.venue_places.push_back(s.venue);
  if (node["utc_offset"]) {
    const int hours = yaml_int(file, node["utc_offset"]);
    if (hours < -12 || hours > 14) yaml_fail(file, node["utc_offset"], "a UTC offset is between -12 and 14 hours");
    s.utc_offset = hours * 60;
  }
  if (node["last_numbered"]) s.last_numbered = yaml_int_between(file, node["last_numbered"], 1, kMaxEdition, "an edition number");
}

Series parse_series(const std::string& file, const YAML::Node& node) {
  check_keys(file, node,
             {"id", "name", "aliases", "nouns", "unnumbered_nouns", "numbered_of_name", "noun_modifiers", "first_year", "cadence", "venue",
              "venue_places", "last_numbered", "utc_offset", "editions", "organization"});
  Series s;
  s.file = file;
  s.loc = yaml_location(file, node);
  parse_series_names(file, node, s);
  parse_series_calendar(file, node, s);
  if (node["organization"]) s.organization = parse_organization(file, node["organization"]);
  if (auto eds = node["editions"]) parse_editions(file, eds, s);
  if (s.first_year == 0 && !s.editions.empty()) {
    // Count back from the first listed edition.
    const EditionFact& e = s.editions.front();
    s.first_year = e.year - (e.number - 1) * s.cadence;
    s.first_year_loc = e.year_loc;
  }
  // With neither, first_year stays 0 and the engine infers it from the corpus.
  return s;
}

// One entry of `people`: {name, role (one or a list), rank, body, from, to, source}.
TitleLexicon::PersonPost parse_person_post(const std::string& file, const YAML::Node& n, const TitleLexicon& t) {
  if (!n.IsMap()) yaml_fail(file, n, "each entry of 'people' is a map: {name, role, rank, body, from, to, source}");
  check_keys(file, n, {"name", "role", "rank", "body", "from", "to", "source"});
  for (const char* key : {"name", "role", "body", "source"})
    if (!n[key]) yaml_fail(file, n, std::string("each entry of 'people' needs a '") + key + "'");
  TitleLexicon::PersonPost p;
  p.loc = yaml_location(file, n);
  p.name = yaml_phrase(file, n["name"], true);
  for (const auto& r : yaml_phrases(file, n["role"], true)) {
    const auto role = t.roles.find(lower(r));
    if (role == t.roles.end()) yaml_fail(file, n["role"], "'" + r + "' is not a role listed under 'roles'");
    p.roles.push_back(role->second);
  }
  if (n["rank"]) {
    for (auto& r : yaml_phrases(file, n["rank"], true)) {
      r = lower(r);
      if (std::find(t.ranks.begin(), t.ranks.end(), r) == t.ranks.end())
        yaml_fail(file, n["rank"], "'" + r + "' is not a rank listed under 'ranks'" + did_you_mean(r, t.ranks));
      p.ranks.push_back(r);
    }
  } else {
    p.ranks.push_back("");
  }
  p.body = lower(yaml_phrase(file, n["body"], true));
  if (n["from"]) p.from = parse_date_node(file, n["from"]);
  if (n["to"]) p.to = parse_date_node(file, n["to"]);
  if (p.from && p.to && *p.to < *p.from) yaml_fail(file, n["to"], "'to' is before 'from'");
  p.source = yaml_phrase(file, n["source"], false);
  return p;
}

// The list each word of a lexicon list must already be in, for the error: "a role listed under
// 'roles'".
struct Within {
  const std::vector<std::string>* words = nullptr;
  const char* noun = "";
  const char* key = "";
};

// A list of lexicon words under `key`, lower case, appended to `out`; each must be in `within`
// when that is given.
void lexicon_words(const std::string& file, const YAML::Node& node, const char* key, std::vector<std::string>& out,
                   const Within& within = {}) {
  if (!node[key]) return;
  for (auto& x : yaml_phrases(file, node[key], true)) {
    x = lower(x);
    if (within.words && std::find(within.words->begin(), within.words->end(), x) == within.words->end())
      yaml_fail(file, node[key], "'" + x + "' is not a " + within.noun + " listed under '" + within.key + "'");
    out.push_back(x);
  }
}

// `aliases`: lists of two or more phrases that name one body.
void parse_body_aliases(const std::string& file, const YAML::Node& a, TitleLexicon& t) {
  if (!a.IsSequence()) yaml_fail(file, a, "'aliases' must be a list of lists of phrases");
  for (const auto& group : a) {
    auto g = yaml_phrases(file, group, true);
    if (g.size() < 2) yaml_fail(file, group, "an alias group needs at least two phrases");
    for (auto& p : g) p = lower(p);
    t.aliases.push_back(g);
  }
}

// `roles`: each canonical role mapped to the phrases that name it.
void parse_roles(const std::string& file, const YAML::Node& r, TitleLexicon& t) {
  if (!r.IsMap()) yaml_fail(file, r, "'roles' must map each canonical role to its phrases");
  for (auto kv : r) {
    auto canon = lower(yaml_phrase(file, kv.first, true));
    t.roles[canon] = canon;
    if (!kv.second.IsNull())
      for (auto& p : yaml_phrases(file, kv.second, true)) t.roles[lower(p)] = canon;
  }
}

// `same_posts`: {role, bodies}, one post known by two or more names of its body.
void parse_same_posts(const std::string& file, const YAML::Node& sp, TitleLexicon& t) {
  if (!sp.IsSequence()) yaml_fail(file, sp, "'same_posts' must be a list of {role, bodies}");
  for (const auto& g : sp) {
    if (!g.IsMap()) yaml_fail(file, g, "each entry of 'same_posts' needs a 'role' and its 'bodies'");
    check_keys(file, g, {"role", "bodies"});
    if (!g["role"] || !g["bodies"]) yaml_fail(file, g, "each entry of 'same_posts' needs a 'role' and its 'bodies'");
    const auto role = t.roles.find(lower(yaml_phrase(file, g["role"], true)));
    if (role == t.roles.end()) yaml_fail(file, g["role"], "'" + g["role"].Scalar() + "' is not a role listed under 'roles'");
    TitleLexicon::SamePost post{role->second, yaml_phrases(file, g["bodies"], true)};
    if (post.bodies.size() < 2) yaml_fail(file, g["bodies"], "a post needs at least two names of its body");
    for (auto& b : post.bodies) b = lower(b);
    t.same_posts.push_back(std::move(post));
  }
}

void parse_titles(const std::string& file, const YAML::Node& node, TitleLexicon& t) {
  check_keys(file, node,
             {"aliases", "roles", "exclusive", "ranks", "interim_ranks", "nationalities", "body_suffixes", "org_nouns", "unit_nouns", "place_nouns", "office_nouns", "public_nouns", "public_roles",
              "same_posts", "people"});
  if (auto a = node["aliases"]) parse_body_aliases(file, a, t);
  if (auto r = node["roles"]) parse_roles(file, r, t);
  if (node["exclusive"]) {
    std::vector<std::string> role_phrases;  // every phrase of a role, as "exclusive" may name any
    for (const auto& [phrase, canon] : t.roles) role_phrases.push_back(phrase);
    lexicon_words(file, node, "exclusive", t.exclusive, Within{&role_phrases, "role", "roles"});
  }
  if (node["ranks"]) t.ranks.clear();  // a file's ranks replace those loaded before
  lexicon_words(file, node, "ranks", t.ranks);
  lexicon_words(file, node, "interim_ranks", t.interim_ranks, Within{&t.ranks, "rank", "ranks"});
  if (node["nationalities"]) t.nationalities = yaml_phrases(file, node["nationalities"], true);
  for (const auto& [key, list] : {std::pair<const char*, std::vector<std::string>*>{"body_suffixes", &t.body_suffixes},
                                  {"org_nouns", &t.org_nouns}, {"place_nouns", &t.place_nouns}, {"unit_nouns", &t.unit_nouns},
                                  {"public_roles", &t.public_roles}, {"public_nouns", &t.public_nouns},
                                  {"office_nouns", &t.office_nouns}})
    lexicon_words(file, node, key, *list);
  if (auto sp = node["same_posts"]) parse_same_posts(file, sp, t);
  if (auto people = node["people"]) {
    if (!people.IsSequence()) yaml_fail(file, people, "'people' must be a list of {name, role, rank, body, from, to, source}");
    for (const auto& p : people) t.people.push_back(parse_person_post(file, p, t));
  }
}

}  // namespace

CountValue AttendanceFact::value(const CountTolerances& t) const {
  CountValue v;
  v.number = count;
  v.qualifier = qualifier;
  v.unit = unit;
  v.attendance = true;
  set_count_interval(v, t);
  return v;
}

namespace {

// 2100 -> "2,100"
std::string with_commas(long long n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string AttendanceFact::describe() const {
  static const std::map<std::string, std::string> words = {
      {"over", "more than "}, {"at-least", "at least "}, {"about", "about "}, {"nearly", "nearly "}, {"under", "fewer than "}};
  const auto w = words.find(qualifier);
  return (w == words.end() ? "" : w->second) + with_commas(count) + " " + unit;
}

int Series::year_of(int n) const {
  if (const auto* f = fact(n)) return f->year;
  // Between reference facts, count on from the nearest earlier one.
  const EditionFact* base = nullptr;
  for (const auto& e : editions)
    if (e.number < n) base = &e;
  if (base) return base->year + (n - base->number) * cadence;
  return first_year + (n - 1) * cadence;
}

int Series::edition_in(int year) const {
  if (first_year == 0) return 0;  // not known (yet): see infer_series_years
  for (const auto& e : editions)
    if (e.year == year) return e.number;
  if (year < first_year) return 0;
  int last_known = editions.empty() ? 0 : editions.back().number;
  for (int n = std::max(1, last_known); n < 1000; ++n) {
    int y = year_of(n);
    if (y == year) return n;
    if (y > year) break;
  }
  return 0;
}

const EditionFact* Series::numbering_gap() const {
  for (const auto& e : editions)
    if (e.ordinals_unsettled) return &e;
  return nullptr;
}

int Series::year_counting_held(int n) const {
  const EditionFact* gap = numbering_gap();
  return gap && n >= gap->number ? year_of(n + 1) : 0;
}

std::optional<CivilDate> Series::expected_opening(int n) const {
  if (const EditionFact* f = fact(n); f && f->opening) return f->opening;
  const EditionFact* latest = nullptr;
  for (const auto& e : editions)
    if (e.opening && (!latest || e.number > latest->number)) latest = &e;
  if (!latest) return std::nullopt;
  return CivilDate{year_of(n), latest->opening->month, latest->opening->day};
}

const EditionFact* Series::fact(int n) const {
  for (const auto& e : editions)
    if (e.number == n) return &e;
  return nullptr;
}

const Series* KnowledgeBase::find_series(const std::string& id) const {
  for (const auto& s : series)
    if (s.id == id) return &s;
  return nullptr;
}

void load_kb_text(KnowledgeBase& kb, const std::string& file, const std::string& text) {
  YAML::Node root = load_yaml(file, text);
  if (!root || root.IsNull()) return;
  check_keys(file, root, {"series", "titles", "english"});
  if (auto s = root["series"]) {
    std::vector<YAML::Node> items;
    if (s.IsSequence()) {
      for (const auto& i : s) items.push_back(i);
    } else {
      items.push_back(s);
    }
    for (const auto& item : items) {
      Series parsed = parse_series(file, item);
      auto it = std::find_if(kb.series.begin(), kb.series.end(), [&](const Series& x) { return x.id == parsed.id; });
      if (it != kb.series.end()) {
        *it = std::move(parsed);
      } else {
        kb.series.push_back(std::move(parsed));
      }
    }
  }
  if (auto t = root["titles"]) parse_titles(file, t, kb.titles);
  if (auto e = root["english"]) parse_english(file, e, kb.english);
  kb.files.push_back(file);
}

void load_kb_file(KnowledgeBase& kb, const std::string& file) {
  load_kb_text(kb, file, read_yaml_text(file));
}

void load_default_kb(KnowledgeBase& kb, bool with_series) {
  load_kb_text(kb, wiclint_english_name, std::string(wiclint_english_data, wiclint_english_size));
  load_kb_text(kb, wiclint_lexicon_name, std::string(wiclint_lexicon_data, wiclint_lexicon_size));
  if (with_series) load_kb_text(kb, wiclint_default_kb_name, std::string(wiclint_default_kb_data, wiclint_default_kb_size));
}

}  // namespace wiclint
