#include "rules/title_agreement.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <climits>
#include <tuple>
#include <cstdlib>
#include <map>
#include <string_view>

namespace wiclint::rules {

std::vector<RuleOption> TitleAgreementRule::options() const {
  return {{"window_days", 180, "two posts conflict only when the articles are at most this many days apart"}};
}

namespace {

struct Entry {
  const ArticleClaims* article;
  const Claim* claim;
};

std::string post(const TitleValue& t) { return (t.rank.empty() ? "" : t.rank + " ") + t.role + " of " + t.body; }

// One body named more or less fully: "publicity department" and "publicity department of the cpc
// central committee" are the same body, the second only more specific.
// A portfolio is its office's name after "of": "minister of industry and information technology"
// and "minister of the ministry of industry and information technology" hold one post.
bool same_named_body(const std::string& a, const std::string& b) {
  const std::string& shorter = a.size() <= b.size() ? a : b;
  const std::string& longer = a.size() <= b.size() ? b : a;
  if (longer.compare(0, shorter.size(), shorter) == 0 &&
      (longer.size() == shorter.size() || longer[shorter.size()] == ' '))
    return true;
  return !shorter.empty() && longer.size() > shorter.size() + 4 &&
         longer.compare(longer.size() - shorter.size() - 4, 4, " of ") == 0 &&
         longer.compare(longer.size() - shorter.size(), shorter.size(), shorter) == 0;
}

// The content words of a body's name: no "of", "the", "and", possessive "'s", country or
// nationality ("china", "chinese"), and an acronym spelled out where the other name has its words
// ("hong kong sar" against "... special administrative region").
std::vector<std::string> content_words(const std::string& body, const std::vector<std::string>& other,
                                       const std::vector<std::string>& countries) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < body.size();) {
    while (i < body.size() && (body[i] == ' ' || body[i] == '/' || body[i] == '(' || body[i] == ')')) ++i;
    std::size_t j = i;
    while (j < body.size() && body[j] != ' ' && body[j] != '/' && body[j] != '(' && body[j] != ')') ++j;
    std::string w = body.substr(i, j - i);
    i = j;
    if (w.ends_with("'s")) w.resize(w.size() - 2);
    if (w.empty() || w == "of" || w == "the" || w == "and" ||
        std::find(countries.begin(), countries.end(), w) != countries.end())
      continue;
    // An acronym of consecutive words of the other name stands for them.
    bool expanded = false;
    for (std::size_t k = 0; !expanded && w.size() >= 2 && k + w.size() <= other.size(); ++k) {
      bool initials = true;
      for (std::size_t m = 0; m < w.size() && initials; ++m) initials = other[k + m][0] == w[m];
      if (!initials) continue;
      words.insert(words.end(), other.begin() + static_cast<std::ptrdiff_t>(k),
                   other.begin() + static_cast<std::ptrdiff_t>(k + w.size()));
      expanded = true;
    }
    if (!expanded) words.push_back(std::move(w));
  }
  return words;
}

// One body under two renderings: the content words of one are all words of the other ("people's
// political consultative conference" and "national committee of the chinese people's political
// consultative conference").
bool same_rendered_body(const std::string& a, const std::string& b, const std::vector<std::string>& countries,
                        const std::vector<std::string>& office_nouns) {
  const auto plain_a = content_words(a, {}, countries), plain_b = content_words(b, {}, countries);
  auto wa = content_words(a, plain_b, countries), wb = content_words(b, plain_a, countries);
  if (wa.empty() || wb.empty()) return false;
  std::sort(wa.begin(), wa.end());
  std::sort(wb.begin(), wb.end());
  wa.erase(std::unique(wa.begin(), wa.end()), wa.end());
  wb.erase(std::unique(wb.begin(), wb.end()), wb.end());
  if (wa.size() < wb.size()) std::swap(wa, wb);
  if (!std::includes(wa.begin(), wa.end(), wb.begin(), wb.end())) return false;
  // What the fuller name adds only says what kind of office it is.
  std::vector<std::string> extra;
  std::set_difference(wa.begin(), wa.end(), wb.begin(), wb.end(), std::back_inserter(extra));
  return std::all_of(extra.begin(), extra.end(), [&](const std::string& w) {
    return std::find(office_nouns.begin(), office_nouns.end(), w) != office_nouns.end();
  });
}

// Is a body public: a country and portfolio ("china / foreign"), or a name with a word of a public
// office ("ministry of commerce", "cyberspace administration of china", "zhejiang provincial
// committee")?

// A body is a name, or a country and a portfolio ("china / foreign affairs"). A post named by its
// portfolio alone ("minister of foreign affairs") says nothing of the country: it is compared with
// the other's portfolio.
bool same_body(const std::string& a, const std::string& b, const std::vector<std::string>& countries,
               const std::vector<std::string>& office_nouns) {
  if (same_named_body(a, b) || same_rendered_body(a, b, countries, office_nouns)) return true;
  const std::size_t sa = a.find(" / "), sb = b.find(" / ");
  if ((sa == std::string::npos) == (sb == std::string::npos)) return false;
  return sa == std::string::npos ? same_named_body(a, b.substr(sb + 3)) : same_named_body(a.substr(sa + 3), b);
}

// The words that say what kind of office a body is, not which: the lexicon's office nouns and its
// place nouns ("Party chief of Zhejiang province" and "Zhejiang Party chief" hold one post).
std::vector<std::string> kind_words(const TitleLexicon& t) {
  std::vector<std::string> kinds = t.office_nouns;
  kinds.insert(kinds.end(), t.place_nouns.begin(), t.place_nouns.end());
  return kinds;
}

// When a post was last given: the latest article date, then path, then the post itself.
std::tuple<long, std::string, std::string> latest(const std::vector<Entry>& entries, const std::string& key) {
  std::tuple<long, std::string, std::string> best{LONG_MIN, "", key};
  for (const auto& e : entries) {
    long d = e.article->published ? days_from_civil(*e.article->published) : LONG_MIN;
    best = std::max(best, std::tuple<long, std::string, std::string>{d, e.article->path, key});
  }
  return best;
}

// Articles about two different editions of one series ("the fifth WIC opened ...", "the 6th WIC
// opened ...") give each post as it was at its own edition: not at the same time, however close
// the editions.
bool different_editions(const ArticleClaims& a, const ArticleClaims& b) {
  return a.main_edition && b.main_edition && a.series == b.series && a.main_edition != b.main_edition;
}

std::string lower_copy(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

// Does the knowledge base record the post as its person's on the article's date (`people:` in the
// title lexicon)? Two posts it records, each at its own article's date, are successive posts, or
// successors in one office, or posts held together: none is a contradiction.
class PostRecords {
 public:
  PostRecords(const TitleLexicon& t, const std::vector<std::string>& countries) : t_(t), countries_(countries), kinds_(kind_words(t)) {}
  bool vouch(const ArticleClaims& a, const TitleValue& v) const {
    if (!a.published || t_.people.empty()) return false;
    const std::string person = lower_copy(v.person);
    for (const auto& p : t_.people)
      if (lower_copy(p.name) == person && p.held_on(*a.published) &&
          std::find(p.ranks.begin(), p.ranks.end(), v.rank) != p.ranks.end() &&
          std::find(p.roles.begin(), p.roles.end(), v.role) != p.roles.end() &&
          same_body(fold(p.body), v.body, countries_, kinds_))
        return true;
    return false;
  }

 private:
  // An alias folded to the first phrase of its group, as the extractor folds a body's name.
  std::string fold(const std::string& body) const {
    for (const auto& group : t_.aliases)
      if (std::find(group.begin(), group.end(), body) != group.end()) return group.front();
    return body;
  }
  const TitleLexicon& t_;
  const std::vector<std::string>& countries_;
  const std::vector<std::string> kinds_;  // see kind_words
};


// The other holder a claim of one office is reported against: the first entry (in corpus order)
// naming another person, at most `window` days earlier (or the same day and not later by path and
// position), in an article about the same edition, not listed in the same sentence, and not both
// dated by the knowledge base. Each person's entries are sorted by day, so only those within the
// window are looked at: linear in the entries when the office has one holder (the usual case),
// never a scan of every pair.
void report_office_holders(const Rule& rule, const std::vector<Entry>& entries, long window, const PostRecords& records,
                           std::vector<Finding>& out) {
  std::vector<long> day(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) day[i] = days_from_civil(*entries[i].article->published);
  std::map<std::string_view, std::vector<std::size_t>> by_person;  // each sorted by day, then corpus order
  for (std::size_t i = 0; i < entries.size(); ++i) by_person[entries[i].claim->as<TitleValue>().person].push_back(i);
  if (by_person.size() < 2) return;
  // Successors the knowledge base dates (each held the office at their own article's date) are
  // no contradiction: asked once per claim.
  std::vector<char> vouched(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i)
    vouched[i] = records.vouch(*entries[i].article, entries[i].claim->as<TitleValue>());
  for (auto& [person, idx] : by_person)
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return day[a] < day[b]; });
  // Reported once, on the later claim (by date, then path, then position).
  const auto key = [&](std::size_t x) {
    return std::make_tuple(day[x], std::string_view(entries[x].article->path), entries[x].claim->loc.begin);
  };
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    const std::string& person = e.claim->as<TitleValue>().person;
    std::size_t best = entries.size();
    for (const auto& [other, idx] : by_person) {
      if (other == person) continue;
      auto from = std::lower_bound(idx.begin(), idx.end(), day[i] - window, [&](std::size_t j, long d) { return day[j] < d; });
      for (auto it = from; it != idx.end() && day[*it] <= day[i]; ++it) {
        const std::size_t j = *it;
        const Entry& o = entries[j];
        if (j >= best || different_editions(*e.article, *o.article)) continue;
        if (o.article == e.article && o.claim->sentence == e.claim->sentence) continue;  // listed together
        if ((vouched[i] && vouched[j]) || key(i) < key(j)) continue;
        best = j;
      }
    }
    if (best == entries.size()) continue;
    const Entry& o = entries[best];
    const std::string& other = o.claim->as<TitleValue>().person;
    Finding f = finding_at(rule, *e.claim,
                           person + " is given as " + post(e.claim->as<TitleValue>()) + " here, but " + other +
                               " holds that office at the same time elsewhere");
    f.related.push_back(related_to(*o.claim, "gives " + other + " as " + post(o.claim->as<TitleValue>())));
    f.discriminator = "holder";
    out.push_back(std::move(f));
  }
}

// Two people given one single-holder office at the same time ("Zhuang Rongwen, director of the
// Cyberspace Administration of China" and "Li Ming, director of the Cyberspace Administration of
// China" in articles a week apart): the later is reported, the other as its note. Only full names,
// no rank, exclusive roles, and a public body of two or more words or the series itself named
// ("secretary-general of the World Internet Conference"): "chairman of the board" is everyone's.
// Successors are not at the same time: the window and the editions decide, as for one person.
void report_two_holders(const Rule& rule, const RuleContext& ctx, long window, const std::vector<std::string>& countries,
                        std::vector<Finding>& out) {
  const PostRecords records(ctx.kb.titles, countries);
  std::map<std::pair<std::string, std::string>, std::vector<Entry>> holders;  // (role, body) -> claims
  for (const auto& a : ctx.articles)
    for (const auto& c : a.claims)
      if (c.kind() == ClaimKind::title && a.published && single_holder(c.as<TitleValue>(), ctx.kb, countries))
        holders[{c.as<TitleValue>().role, c.as<TitleValue>().body}].push_back({&a, &c});
  for (const auto& [office, entries] : holders) report_office_holders(rule, entries, window, records, out);
}

using Posts = std::map<std::string, std::vector<Entry>>;  // post -> the claims that give it

// person -> post -> the claims that give it. Posts are few per person, claims can be many (a head
// of state in every article), so conflicts are found between posts, not between claims. Only
// exclusive roles of a named body, held now (not "also", not "former"), by full names.
std::map<std::string, Posts> posts_by_person(const RuleContext& ctx) {
  const auto& exclusive = ctx.kb.titles.exclusive;
  std::map<std::string, Posts> people;
  for (const auto& a : ctx.articles)
    for (const auto& c : a.claims) {
      if (c.kind() != ClaimKind::title) continue;
      const auto& t = c.as<TitleValue>();
      if (t.body.empty() || std::find(exclusive.begin(), exclusive.end(), t.role) == exclusive.end()) continue;
      // "Zhuang, also deputy head of ...": the text says the post is held beside the others;
      // "former Alibaba chief executive": no longer held. Only posts held now are compared.
      if (t.also || t.former) continue;
      // A surname alone ("Ma") may be anyone across a corpus: only full names are compared.
      if (t.person.find(' ') == std::string::npos) continue;
      people[t.person][post(t)].push_back({&a, &c});
    }
  return people;
}

// Which two posts of one person cannot be held at once.
class PostConflict {
 public:
  PostConflict(const TitleLexicon& titles, const std::vector<std::string>& countries)
      : titles_(titles), countries_(countries), kinds_(kind_words(titles)) {}
  bool operator()(const TitleValue& x, const TitleValue& y) const {
    if (x.role != y.role) return false;
    // The same role of two bodies: of two public bodies at once a contradiction; a founder who
    // chairs two listed companies is none.
    if (!same_body(x.body, y.body, countries_, kinds_))
      return x.rank == y.rank && (listed(titles_.public_roles, x.role) ||
                                  (is_public(x.body, titles_.public_nouns, countries_) && is_public(y.body, titles_.public_nouns, countries_)));
    // Two ranks of one body, unless one holds the post for now: the deputy who is acting director.
    return x.rank != y.rank && !listed(titles_.interim_ranks, x.rank) && !listed(titles_.interim_ranks, y.rank);
  }

 private:
  static bool listed(const std::vector<std::string>& list, const std::string& w) {
    return std::find(list.begin(), list.end(), w) != list.end();
  }
  const TitleLexicon& titles_;
  const std::vector<std::string>& countries_;
  const std::vector<std::string> kinds_;  // see kind_words
};

// One person's posts, and for each its dated claims sorted by day, to find "at the same time" by
// binary search; reports the weaker of each conflicting pair.
class PersonPosts {
 public:
  PersonPosts(const Rule& rule, const std::string& person, const Posts& posts, const PostConflict& conflict,
              const PostRecords& records, long window)
      : rule_(rule), person_(person), posts_(posts), conflict_(conflict), records_(records), window_(window) {
    for (const auto& [key, entries] : posts) {
      auto& v = by_day_[key];
      for (const auto& e : entries)
        if (e.article->published) v.emplace_back(days_from_civil(*e.article->published), &e);
      std::sort(v.begin(), v.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    }
  }
  void report(std::vector<Finding>& out) const {
    for (const auto& [key, entries] : posts_)
      for (const auto& e : entries) report_claim(key, entries, e, out);
  }

 private:
  static constexpr std::size_t kMaxRelated = 5;
  void report_claim(const std::string& key, const std::vector<Entry>& entries, const Entry& e, std::vector<Finding>& out) const;
  void add_against(const Entry& e, const std::string& other_key, const std::vector<Entry>& others,
                   std::vector<const Entry*>& against) const;

  const Rule& rule_;
  const std::string& person_;
  const Posts& posts_;
  const PostConflict& conflict_;
  const PostRecords& records_;
  long window_;
  std::map<std::string, std::vector<std::pair<long, const Entry*>>> by_day_;
};

// The claims of another post that contradict e: in its own article in another sentence (posts in
// one sentence are stated together, "chief of Baidu and head of the Baidu Foundation"), or in
// another article of the same edition within the window; not a post the knowledge base gives the
// person at both dates (successive or concurrent).
void PersonPosts::add_against(const Entry& e, const std::string& other_key, const std::vector<Entry>& others,
                              std::vector<const Entry*>& against) const {
  const bool vouched = records_.vouch(*e.article, e.claim->as<TitleValue>());
  auto recorded = [&](const Entry* o) { return vouched && records_.vouch(*o->article, o->claim->as<TitleValue>()); };
  for (const auto& o : others)
    if (o.article == e.article && o.claim->sentence != e.claim->sentence && against.size() < kMaxRelated && !recorded(&o))
      against.push_back(&o);
  if (!e.article->published) return;
  const long d = days_from_civil(*e.article->published);
  const auto& days = by_day_.at(other_key);
  auto it = std::lower_bound(days.begin(), days.end(), d - window_, [](const auto& x, long v) { return x.first < v; });
  for (; it != days.end() && it->first <= d + window_ && against.size() < kMaxRelated; ++it)
    if (it->second->article != e.article && !different_editions(*e.article, *it->second->article) && !recorded(it->second))
      against.push_back(it->second);
}

void PersonPosts::report_claim(const std::string& key, const std::vector<Entry>& entries, const Entry& e,
                               std::vector<Finding>& out) const {
  const TitleValue& mine = entries.front().claim->as<TitleValue>();
  std::vector<const Entry*> against;
  std::string against_post;
  for (const auto& [other_key, others] : posts_) {
    if (other_key == key || !conflict_(mine, others.front().claim->as<TitleValue>())) continue;
    // The post fewer claims give is the one reported; between equals, the one given last (latest
    // article, then path, then post), so exactly one side of a pair is reported.
    const bool weaker = entries.size() < others.size() ||
                        (entries.size() == others.size() && latest(entries, key) > latest(others, other_key));
    if (!weaker) continue;
    const std::size_t before = against.size();
    add_against(e, other_key, others, against);
    if (against.size() > before && against_post.empty()) against_post = other_key;
  }
  if (against.empty()) return;
  Finding f = finding_at(rule_, *e.claim, person_ + " is given as " + key + " here, but as " + against_post + " at the same time elsewhere");
  for (const Entry* o : against)
    f.related.push_back(related_to(*o->claim, "gives " + person_ + " as " + post(o->claim->as<TitleValue>())));
  out.push_back(std::move(f));
}

}  // namespace

void TitleAgreementRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  const long window = static_cast<long>(ctx.option("window_days"));
  const auto people = posts_by_person(ctx);
  const std::vector<std::string> countries = country_words(ctx.kb.titles);
  report_two_holders(*this, ctx, window, countries, out);
  const PostRecords records(ctx.kb.titles, countries);
  const PostConflict conflict(ctx.kb.titles, countries);
  for (const auto& [person, posts] : people) PersonPosts(*this, person, posts, conflict, records, window).report(out);
}

bool single_holder(const TitleValue& t, const KnowledgeBase& kb, const std::vector<std::string>& countries) {
  if (!t.rank.empty() || t.also || t.former || t.person.find(' ') == std::string::npos) return false;
  const auto& exclusive = kb.titles.exclusive;
  if (std::find(exclusive.begin(), exclusive.end(), t.role) == exclusive.end()) return false;
  for (const auto& series : kb.series) {
    std::string name = series.name;
    for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (t.body == name) return true;
  }
  return content_words(t.body, {}, countries).size() >= 2 && is_public(t.body, kb.titles.public_nouns, countries);
}

bool is_public(const std::string& body, const std::vector<std::string>& public_nouns,
               const std::vector<std::string>& countries) {
  if (body.find(" / ") != std::string::npos) return true;
  for (const auto& w : content_words(body, {}, {})) {
    if (std::find(public_nouns.begin(), public_nouns.end(), w) != public_nouns.end()) return true;
    if (std::find(countries.begin(), countries.end(), w) != countries.end()) return true;
  }
  return false;
}

std::vector<std::string> country_words(const TitleLexicon& titles) {
  std::vector<std::string> countries = {"china", "chinese"};
  for (const auto& n : titles.nationalities) {
    countries.push_back(n);
    for (char& ch : countries.back()) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  return countries;
}

}  // namespace wiclint::rules
