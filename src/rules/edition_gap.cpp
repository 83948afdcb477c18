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
      if (c.kind() != ClaimKind::edition) continue;
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
    // Editions the knowledge base names by their year are listed by it: "the 1st (2014) ...
    // editions and those of 2020 and 2021".
    std::string list, years;
    std::size_t numbered = 0;
    for (int n : missing) numbered += !(s && s->first_year && s->named_by_year(n));
    for (std::size_t i = 0; i < missing.size(); ++i) {
      const bool by_year = i >= numbered;
      const std::size_t k = by_year ? i - numbered : i, count = by_year ? missing.size() - numbered : numbered;
      std::string& to = by_year ? years : list;
      to += k == 0 ? "" : k + 1 == count ? " and " : ", ";
      if (by_year) {
        to += std::to_string(s->year_of(missing[i]));
        continue;
      }
      to += ordinal_name(missing[i]);
      if (s && s->first_year) to += " (" + std::to_string(s->year_of(missing[i])) + ")";
    }
    std::string what;
    if (numbered) what = "the " + list + " " + name + (numbered > 1 ? " editions" : " edition");
    if (!years.empty()) what += numbered ? " and those of " + years : "the " + name + " editions of " + years;
    std::string latest = ordinal_name(v.latest);
    if (s && s->first_year && s->named_by_year(v.latest)) latest = "one of " + std::to_string(s->year_of(v.latest));
    Finding f = finding_at(*this, *v.latest_claim,
                           "no article covers " + what + "; the corpus mentions editions up to the " + latest);
    f.corpus_wide = true;
    f.discriminator = id + ":";
    for (int n : missing) {
      f.discriminator += std::to_string(n) + ",";
      if (s && s->first_year && s->fact(n)) f.related.push_back(series_evidence(*s, n));
    }
    out.push_back(std::move(f));
  }
}

}  // namespace wiclint::rules
