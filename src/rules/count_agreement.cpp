#include "rules/count_agreement.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

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

}  // namespace

void CountAgreementRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  // Figures are compared within a series, an edition, a unit and a subgroup: "300 experts" is
  // never compared with "2,000 guests", only with other experts.
  std::map<std::tuple<std::string, int, std::string, std::string>, std::vector<Entry>> groups;
  for (const auto& a : ctx.articles)
    for (const auto& c : a.claims)
      if (c.kind() == ClaimKind::count && c.edition && c.as<CountValue>().attendance && !misnumbered(ctx, a, c.edition)) {
        const auto& v = c.as<CountValue>();
        groups[{a.series, c.edition, v.unit, v.subgroup}].push_back({&a, &c, interval(v, ctx)});
      }
  for (const auto& group : groups) {  // no structured binding: lambdas capture entries (clang < 16)
    const auto& key = group.first;
    const auto& entries = group.second;
    const auto& [series_id, edition, unit, subgroup] = key;
    const Series* s = ctx.kb.find_series(series_id);
    std::string name = s ? s->name : series_id;
    // Each claim's standing: how many other sources agree and disagree with it. Two intervals are
    // disjoint when one ends below the other's start, so the figures disjoint from claim i are a
    // prefix of the claims sorted by upper end and a suffix of those sorted by lower end: each is
    // counted by a binary search, then the claims of i's own article are taken out.
    const std::size_t n = entries.size();
    std::vector<std::size_t> by_hi(n), by_lo(n);
    for (std::size_t k = 0; k < n; ++k) by_hi[k] = by_lo[k] = k;
    std::sort(by_hi.begin(), by_hi.end(), [&](std::size_t a, std::size_t b) { return entries[a].iv.hi < entries[b].iv.hi; });
    std::sort(by_lo.begin(), by_lo.end(), [&](std::size_t a, std::size_t b) { return entries[a].iv.lo < entries[b].iv.lo; });
    // The claims disjoint from i (its own article's included): by_hi[0, below) and by_lo[above, n).
    auto below_of = [&](std::size_t i) {
      return static_cast<std::size_t>(std::partition_point(by_hi.begin(), by_hi.end(), [&](std::size_t k) {
                                         return entries[k].iv.hi < entries[i].iv.lo;
                                       }) - by_hi.begin());
    };
    auto above_of = [&](std::size_t i) {
      return static_cast<std::size_t>(std::partition_point(by_lo.begin(), by_lo.end(), [&](std::size_t k) {
                                         return !(entries[k].iv.lo > entries[i].iv.hi);
                                       }) - by_lo.begin());
    };
    std::map<const ArticleClaims*, std::vector<std::size_t>> by_article;
    for (std::size_t k = 0; k < n; ++k) by_article[entries[k].article].push_back(k);
    for (const auto& article_entries : by_article)
      report_within_article(article_entries.second, entries, unit, edition_name(s, edition, name), *this, out);
    std::vector<int> agree(n), disagree(n);
    for (std::size_t i = 0; i < n; ++i) {
      const auto& own = by_article[entries[i].article];  // one article may give two figures
      std::size_t own_disjoint = 0;
      for (std::size_t k : own) own_disjoint += disjoint(entries[i].iv, entries[k].iv);
      const std::size_t all_disjoint = below_of(i) + (n - above_of(i));
      disagree[i] = static_cast<int>(all_disjoint - own_disjoint);
      agree[i] = static_cast<int>(n - own.size()) - disagree[i];
    }
    // The best score among the claims disjoint from i, from running maxima over the two orders:
    // most claims are decided by it without visiting their disjoint partners one by one.
    auto score = [&](std::size_t k) { return agree[k] - disagree[k]; };
    std::vector<std::size_t> best_below(n + 1, n), best_above(n + 1, n);  // n: none
    for (std::size_t p = 0; p < n; ++p) {
      const std::size_t k = by_hi[p], b = best_below[p];
      best_below[p + 1] = b == n || score(k) > score(b) ? k : b;
    }
    for (std::size_t p = n; p-- > 0;) {
      const std::size_t k = by_lo[p], b = best_above[p + 1];
      best_above[p] = b == n || score(k) > score(b) ? k : b;
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (!disagree[i]) continue;
      const std::size_t below = below_of(i), above = above_of(i);
      // Report on the side the others outvote; between equals, on the later article.
      auto outvoted_by = [&](std::size_t j) {
        if (entries[j].article == entries[i].article) return false;
        int score_i = score(i), score_j = score(j);
        const auto& pi = entries[i].article->published;
        const auto& pj = entries[j].article->published;
        bool later = pi && pj ? (*pj < *pi || (*pi == *pj && entries[j].article->path < entries[i].article->path))
                              : entries[j].article->path < entries[i].article->path;
        return score_i < score_j || (score_i == score_j && later);
      };
      bool report = false;
      int best = std::numeric_limits<int>::min();
      for (std::size_t b : {best_below[below], best_above[above]}) {
        if (b == n) continue;
        best = std::max(best, score(b));
        if (entries[b].article != entries[i].article && score(b) > score(i)) report = true;
      }
      if (!report && best >= score(i)) {
        // A tie, or the best is i's own article's: look at each disjoint claim.
        for (std::size_t p = 0; p < below && !report; ++p) report = outvoted_by(by_hi[p]);
        for (std::size_t p = above; p < n && !report; ++p) report = outvoted_by(by_lo[p]);
      }
      if (!report) continue;
      const auto& v = entries[i].claim->as<CountValue>();
      Finding f = finding_at(*this, *entries[i].claim,
                             "\"" + entries[i].claim->text + "\" (" + unit + ") for the " + edition_name(s, edition, name) +
                                 " cannot be squared with another source's figure");
      // At most five sources as notes, the first five in corpus order: enough to act on, and the
      // report stays linear in the corpus.
      constexpr std::size_t kNotes = 5;
      std::vector<std::size_t> first;  // the smallest indexes of the disjoint claims, in order
      auto offer = [&](std::size_t j) {
        if (entries[j].article == entries[i].article) return;
        if (first.size() == kNotes && j > first.back()) return;
        first.insert(std::upper_bound(first.begin(), first.end(), j), j);
        if (first.size() > kNotes) first.pop_back();
      };
      for (std::size_t p = 0; p < below; ++p) offer(by_hi[p]);
      for (std::size_t p = above; p < n; ++p) offer(by_lo[p]);
      const std::size_t more = static_cast<std::size_t>(disagree[i]) - first.size();
      for (std::size_t j : first) {
        const Claim& other = *entries[j].claim;
        f.related.push_back(related_to(other, "another source gives \"" + other.text + "\""));
      }
      if (more) f.message += " (and " + std::to_string(more) + " more disagreeing sources)";
      f.discriminator = v.unit;
      out.push_back(std::move(f));
    }
  }
}

}  // namespace wiclint::rules
