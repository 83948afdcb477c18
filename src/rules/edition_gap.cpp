#include "rules/edition_gap.hpp"

#include <map>
#include <set>

namespace wiclint::rules {

void EditionGapRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  struct SeriesView {
    int latest = 0;
    const Claim* latest_claim = nullptr;
    std::set<int> covered;
  };
  std::map<std::string, SeriesView> views;
  for (const auto& a : ctx.articles) {
    if (a.series.empty()) continue;
    auto& v = views[a.series];
    if (a.main_edition) v.covered.insert(a.main_edition);
    for (const auto& c : a.claims) {
      if (c.kind != ClaimKind::edition) continue;
      const auto& e = c.as<EditionValue>();
      int n = e.ordinal_end ? e.ordinal_end : c.edition;
      if (n > v.latest) v.latest = n, v.latest_claim = &c;
    }
  }
  for (const auto& [id, v] : views) {
    const Series* s = ctx.kb.find_series(id);
    if (!v.latest_claim) continue;
    std::string name = s ? s->name : id;
    for (int n = 1; n <= v.latest; ++n) {
      if (v.covered.count(n)) continue;
      Finding f = finding_at(*this, *v.latest_claim,
                             "no article covers the " + ordinal_name(n) + " " + name +
                                 (s && s->first_year ? " (" + std::to_string(s->year_of(n)) + ")" : std::string()) + "; the corpus mentions editions up to the " +
                                 ordinal_name(v.latest));
      f.discriminator = std::to_string(n);
      if (s && s->first_year) f.related.push_back(series_evidence(*s, n));
      out.push_back(std::move(f));
    }
  }
}

}  // namespace wiclint::rules
