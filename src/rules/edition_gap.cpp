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
    // One note for the whole series: a list of the missing editions reads better than one note each.
    std::vector<int> missing;
    for (int n = 1; n <= v.latest; ++n)
      if (!v.covered.count(n)) missing.push_back(n);
    if (missing.empty()) continue;
    std::string list;
    for (std::size_t i = 0; i < missing.size(); ++i) {
      list += (i == 0 ? "" : i + 1 == missing.size() ? " and " : ", ") + ordinal_name(missing[i]);
      if (s && s->first_year) list += " (" + std::to_string(s->year_of(missing[i])) + ")";
    }
    Finding f = finding_at(*this, *v.latest_claim,
                           "no article covers the " + list + " " + name + (missing.size() > 1 ? " editions" : " edition") +
                               "; the corpus mentions editions up to the " + ordinal_name(v.latest));
    for (int n : missing) {
      f.discriminator += std::to_string(n) + ",";
      if (s && s->first_year && s->fact(n)) f.related.push_back(series_evidence(*s, n));
    }
    out.push_back(std::move(f));
  }
}

}  // namespace wiclint::rules
