#include "rules/count_agreement.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace wiclint::rules {

std::vector<RuleOption> CountAgreementRule::options() const {
  const CountTolerances d;
  return {{"exact_tolerance", d.exact, "a bare figure stands for [n*(1-t), n*(1+t)]"},
          {"about_tolerance", d.about, "about/around/some/roughly/approximately n: [n*(1-t), n*(1+t)]"},
          {"nearly_tolerance", d.nearly, "nearly/almost/up to/close to n: [n*(1-t), n]"}};
}

namespace {

struct Interval {
  double lo, hi;
};

Interval interval(const CountValue& v, const RuleContext& ctx) {
  CountValue c = v;
  set_count_interval(c, {ctx.option("exact_tolerance"), ctx.option("about_tolerance"), ctx.option("nearly_tolerance")});
  return {c.min, c.max};
}

bool disjoint(Interval a, Interval b) { return a.hi < b.lo || b.hi < a.lo; }

struct Entry {
  const ArticleClaims* article;
  const Claim* claim;
  Interval iv;
};

// One article giving one edition two figures that cannot both be true (a caption's "close to 50
// nations" and the body's "over 50 nations"): reported on the later figure, the earlier as its
// note. Figures of one sentence are stated together and left alone ("up from 1,000 to 1,500").
void report_within_article(const std::vector<std::size_t>& own, const std::vector<Entry>& entries,
                           const std::string& unit, const std::string& edition, const Rule& rule,
                           std::vector<Finding>& out) {
  for (std::size_t x = 1; x < own.size(); ++x) {
    const Entry& later = entries[own[x]];
    for (std::size_t y = 0; y < x; ++y) {
      const Entry& earlier = entries[own[y]];
      if (earlier.claim->sentence == later.claim->sentence || !disjoint(earlier.iv, later.iv)) continue;
      Finding f = finding_at(rule, *later.claim,
                             "\"" + later.claim->text + "\" (" + unit + ") for the " + edition +
                                 " cannot be squared with the figure this article gives earlier");
      f.related.push_back(related_to(*earlier.claim, "this article gives \"" + earlier.claim->text + "\""));
      f.discriminator = unit + "/within";
      out.push_back(std::move(f));
      break;
    }
  }
}

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::size_t kNotes = 5;  // conflicting sources shown as notes per finding

// The best entry offered so far by `better`, and the best of the articles other than its own: the
// best of every article but any one is then known in O(1).
struct BestOfOthers {
  std::size_t first = kNone, second = kNone;
  template <class Better>
  void offer(std::size_t k, const std::vector<Entry>& e, Better better) {
    if (first == kNone) {
      first = k;
    } else if (e[k].article == e[first].article) {
      if (better(k, first)) first = k;
    } else if (better(k, first)) {
      second = first, first = k;
    } else if (second == kNone || better(k, second)) {
      second = k;
    }
  }
  std::size_t excluding(const ArticleClaims* a, const std::vector<Entry>& e) const {
    return first != kNone && e[first].article != a ? first : second;
  }
};

// What the claims disjoint from one claim say of it.
struct Partners {
  bool outvoted = false;
  std::vector<std::size_t> first;  // the smallest indexes of disjoint claims of other articles
};

// What a sweep has seen of one side of the claims disjoint from a claim: their indexes, the best
// score, and per score the earliest source in each order a tie is broken by.
class SideSweep {
 public:
  SideSweep(const std::vector<Entry>& e, const std::vector<int>& score) : e_(e), score_(score) {}
  void add(std::size_t k) {
    seen_.insert(k);
    best_.offer(k, e_, [&](std::size_t a, std::size_t b) { return score_[a] > score_[b]; });
    Ties& t = ties_[score_[k]];
    auto by_path = [&](std::size_t a, std::size_t b) { return e_[a].article->path < e_[b].article->path; };
    t.any.offer(k, e_, by_path);
    if (e_[k].article->published) {
      t.dated.offer(k, e_, [&](std::size_t a, std::size_t b) { return earlier(a, b); });
    } else {
      t.undated.offer(k, e_, by_path);
    }
  }
  // Some claim seen, of another article than i's, outscores i or ties with it and is earlier
  // (between equals the later article is reported).
  bool outvotes(std::size_t i) const {
    const ArticleClaims* a = e_[i].article;
    if (std::size_t b = best_.excluding(a, e_); b != kNone && score_[b] > score_[i]) return true;
    auto t = ties_.find(score_[i]);
    if (t == ties_.end()) return false;
    auto path_before = [&](std::size_t j) { return j != kNone && e_[j].article->path < a->path; };
    if (!a->published) return path_before(t->second.any.excluding(a, e_));
    const std::size_t d = t->second.dated.excluding(a, e_);
    return path_before(t->second.undated.excluding(a, e_)) || (d != kNone && earlier(d, i));
  }
  // The kNotes smallest indexes seen, of other articles than i's, appended to `out`.
  void first_of_others(std::size_t i, std::vector<std::size_t>& out) const {
    std::size_t taken = 0;
    for (auto it = seen_.begin(); it != seen_.end() && taken < kNotes; ++it)
      if (e_[*it].article != e_[i].article) out.push_back(*it), ++taken;
  }

 private:
  bool earlier(std::size_t a, std::size_t b) const {
    const auto& pa = *e_[a].article->published;
    const auto& pb = *e_[b].article->published;
    return pa < pb || (pa == pb && e_[a].article->path < e_[b].article->path);
  }
  struct Ties {
    BestOfOthers any, dated, undated;
  };
  const std::vector<Entry>& e_;
  const std::vector<int>& score_;
  std::set<std::size_t> seen_;
  BestOfOthers best_;
  std::unordered_map<int, Ties> ties_;
};

// For each query claim i: the claims disjoint from it are by_hi[0, below) and by_lo[above, n).
// Queries are answered in order of `below` while by_hi is swept up, and of `above` while by_lo is
// swept down, so every claim is added once per side.
std::vector<Partners> disjoint_partners(const std::vector<Entry>& e, const std::vector<int>& score,
                                        const std::vector<std::size_t>& by_hi, const std::vector<std::size_t>& by_lo,
                                        const std::vector<std::size_t>& queries, const std::vector<std::size_t>& below,
                                        const std::vector<std::size_t>& above) {
  std::vector<Partners> out(queries.size());
  std::vector<std::size_t> order(queries.size());
  for (std::size_t q = 0; q < order.size(); ++q) order[q] = q;
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return below[x] < below[y]; });
  SideSweep low(e, score);
  std::size_t p = 0;
  for (std::size_t q : order) {
    while (p < below[q]) low.add(by_hi[p++]);
    out[q].outvoted = low.outvotes(queries[q]);
    low.first_of_others(queries[q], out[q].first);
  }
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return above[x] > above[y]; });
  SideSweep high(e, score);
  p = by_lo.size();
  for (std::size_t q : order) {
    while (p > above[q]) high.add(by_lo[--p]);
    out[q].outvoted = out[q].outvoted || high.outvotes(queries[q]);
    auto& first = out[q].first;  // two sorted runs of at most kNotes each: keep the kNotes smallest
    const auto low_end = static_cast<std::ptrdiff_t>(first.size());
    high.first_of_others(queries[q], first);
    std::inplace_merge(first.begin(), first.begin() + low_end, first.end());
    if (first.size() > kNotes) first.resize(kNotes);
  }
  return out;
}
}  // namespace

namespace {

// Figures are compared within a series, an edition, a unit and a subgroup: "300 experts" is never
// compared with "2,000 guests", only with other experts.
using GroupKey = std::tuple<std::string, int, std::string, std::string>;
std::map<GroupKey, std::vector<Entry>> attendance_groups(const RuleContext& ctx) {
  std::map<GroupKey, std::vector<Entry>> groups;
  for (const auto& a : ctx.articles)
    for (const auto& c : a.claims)
      if (c.kind() == ClaimKind::count && c.edition && c.as<CountValue>().attendance && !misnumbered(ctx, a, c.edition)) {
        const auto& v = c.as<CountValue>();
        groups[{a.series, c.edition, v.unit, v.subgroup}].push_back({&a, &c, interval(v, ctx)});
      }
  return groups;
}

// A group's claims sorted by the upper and by the lower end of their intervals. Two intervals are
// disjoint when one ends below the other's start, so the figures disjoint from claim i are a prefix
// of by_hi and a suffix of by_lo: each is counted by a binary search.
struct EndOrders {
  explicit EndOrders(const std::vector<Entry>& e) : entries(e), by_hi(e.size()), by_lo(e.size()) {
    for (std::size_t k = 0; k < e.size(); ++k) by_hi[k] = by_lo[k] = k;
    std::sort(by_hi.begin(), by_hi.end(), [&](std::size_t a, std::size_t b) { return e[a].iv.hi < e[b].iv.hi; });
    std::sort(by_lo.begin(), by_lo.end(), [&](std::size_t a, std::size_t b) { return e[a].iv.lo < e[b].iv.lo; });
  }
  // The claims disjoint from i (its own article's included): by_hi[0, below_of(i)) and
  // by_lo[above_of(i), n).
  std::size_t below_of(std::size_t i) const {
    return static_cast<std::size_t>(
        std::partition_point(by_hi.begin(), by_hi.end(), [&](std::size_t k) { return entries[k].iv.hi < entries[i].iv.lo; }) -
        by_hi.begin());
  }
  std::size_t above_of(std::size_t i) const {
    return static_cast<std::size_t>(
        std::partition_point(by_lo.begin(), by_lo.end(), [&](std::size_t k) { return !(entries[k].iv.lo > entries[i].iv.hi); }) -
        by_lo.begin());
  }
  const std::vector<Entry>& entries;
  std::vector<std::size_t> by_hi, by_lo;
};

// Each claim's standing: how many other sources agree and disagree with it (the claims of its own
// article taken out; one article may give two figures).
void count_votes(const EndOrders& orders, std::map<const ArticleClaims*, std::vector<std::size_t>>& by_article,
                 std::vector<int>& agree, std::vector<int>& disagree) {
  const auto& entries = orders.entries;
  const std::size_t n = entries.size();
  agree.assign(n, 0);
  disagree.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const auto& own = by_article[entries[i].article];
    std::size_t own_disjoint = 0;
    for (std::size_t k : own) own_disjoint += disjoint(entries[i].iv, entries[k].iv);
    const std::size_t all_disjoint = orders.below_of(i) + (n - orders.above_of(i));
    disagree[i] = static_cast<int>(all_disjoint - own_disjoint);
    agree[i] = static_cast<int>(n - own.size()) - disagree[i];
  }
}

// Reports each disagreeing claim some other source outvotes, with its first five disjoint partners
// as notes (from one sweep over each order: O(n log n), not a walk over every disjoint partner of
// every claim, quadratic past 50,000 articles).
void report_outvoted(const Rule& rule, const EndOrders& orders, const std::vector<int>& agree,
                     const std::vector<int>& disagree, const std::string& unit, const std::string& name,
                     std::vector<Finding>& out) {
  const auto& entries = orders.entries;
  const std::size_t n = entries.size();
  std::vector<std::size_t> queries;
  for (std::size_t i = 0; i < n; ++i)
    if (disagree[i]) queries.push_back(i);
  std::vector<int> score(n);
  for (std::size_t k = 0; k < n; ++k) score[k] = agree[k] - disagree[k];
  std::vector<std::size_t> below(queries.size()), above(queries.size());
  for (std::size_t q = 0; q < queries.size(); ++q) below[q] = orders.below_of(queries[q]), above[q] = orders.above_of(queries[q]);
  const auto partners = disjoint_partners(entries, score, orders.by_hi, orders.by_lo, queries, below, above);
  for (std::size_t q = 0; q < queries.size(); ++q) {
    const std::size_t i = queries[q];
    if (!partners[q].outvoted) continue;
    Finding f = finding_at(rule, *entries[i].claim,
                           "\"" + entries[i].claim->text + "\" (" + unit + ") for the " + name + " cannot be squared with another source's figure");
    // At most five sources as notes, the first five in corpus order: enough to act on, and the
    // report stays linear in the corpus.
    const std::size_t more = static_cast<std::size_t>(disagree[i]) - partners[q].first.size();
    for (std::size_t j : partners[q].first) {
      const Claim& other = *entries[j].claim;
      f.related.push_back(related_to(other, "another source gives \"" + other.text + "\""));
    }
    if (more) f.message += " (and " + std::to_string(more) + " more disagreeing sources)";
    f.discriminator = entries[i].claim->as<CountValue>().unit;
    out.push_back(std::move(f));
  }
}

}  // namespace

void CountAgreementRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  for (const auto& [key, entries] : attendance_groups(ctx)) {
    const auto& [series_id, edition, unit, subgroup] = key;
    const Series* s = ctx.kb.find_series(series_id);
    const std::string name = edition_name(s, edition, s ? s->name : series_id);
    const EndOrders orders(entries);
    std::map<const ArticleClaims*, std::vector<std::size_t>> by_article;
    for (std::size_t k = 0; k < entries.size(); ++k) by_article[entries[k].article].push_back(k);
    for (const auto& article_entries : by_article) report_within_article(article_entries.second, entries, unit, name, *this, out);
    std::vector<int> agree, disagree;
    count_votes(orders, by_article, agree, disagree);
    report_outvoted(*this, orders, agree, disagree, unit, name, out);
  }
}

}  // namespace wiclint::rules
