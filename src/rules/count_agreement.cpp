#include "rules/count_agreement.hpp"

#include <cmath>
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

}  // namespace

void CountAgreementRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  // Figures are compared within a series, an edition, a unit and a subgroup: "300 experts" is
  // never compared with "2,000 guests", only with other experts.
  std::map<std::tuple<std::string, int, std::string, std::string>, std::vector<Entry>> groups;
  for (const auto& a : ctx.articles)
    for (const auto& c : a.claims)
      if (c.kind == ClaimKind::count && c.edition && c.as<CountValue>().attendance) {
        const auto& v = c.as<CountValue>();
        groups[{a.series, c.edition, v.unit, v.subgroup}].push_back({&a, &c, interval(v, ctx)});
      }
  for (const auto& [key, entries] : groups) {
    const auto& [series_id, edition, unit, subgroup] = key;
    const Series* s = ctx.kb.find_series(series_id);
    std::string name = s ? s->name : series_id;
    // Each claim's standing: how many other sources agree and disagree with it.
    std::vector<int> agree(entries.size()), disagree(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i)
      for (std::size_t j = 0; j < entries.size(); ++j) {
        if (entries[i].article == entries[j].article) continue;  // one article may give two figures
        (disjoint(entries[i].iv, entries[j].iv) ? disagree[i] : agree[i])++;
      }
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (!disagree[i]) continue;
      // Report on the side the others outvote; between equals, on the later article.
      bool report = false;
      for (std::size_t j = 0; j < entries.size(); ++j) {
        if (entries[i].article == entries[j].article || !disjoint(entries[i].iv, entries[j].iv)) continue;
        int score_i = agree[i] - disagree[i], score_j = agree[j] - disagree[j];
        const auto& pi = entries[i].article->published;
        const auto& pj = entries[j].article->published;
        bool later = pi && pj ? (*pj < *pi || (*pi == *pj && entries[j].article->path < entries[i].article->path))
                              : entries[j].article->path < entries[i].article->path;
        if (score_i < score_j || (score_i == score_j && later)) report = true;
      }
      if (!report) continue;
      const auto& v = entries[i].claim->as<CountValue>();
      Finding f = finding_at(*this, *entries[i].claim,
                             "\"" + entries[i].claim->text + "\" (" + unit + ") for the " + ordinal_name(edition) + " " +
                                 name + " cannot be squared with another source's figure");
      // At most five sources as notes: enough to act on, and the report stays linear in the corpus.
      std::size_t more = 0;
      for (std::size_t j = 0; j < entries.size(); ++j) {
        if (entries[i].article == entries[j].article || !disjoint(entries[i].iv, entries[j].iv)) continue;
        if (f.related.size() < 5) {
          f.related.push_back(related_to(*entries[j].claim, "another source gives \"" + entries[j].claim->text + "\""));
        } else {
          ++more;
        }
      }
      if (more) f.message += " (and " + std::to_string(more) + " more disagreeing sources)";
      f.discriminator = v.unit;
      out.push_back(std::move(f));
    }
  }
}

}  // namespace wiclint::rules
