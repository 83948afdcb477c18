#include "rules/single_source.hpp"

#include <map>
#include <set>
#include <tuple>

namespace wiclint::rules {

void SingleSourceRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  // (series, edition, what) -> the articles that give it, and the first claim seen.
  std::map<std::tuple<std::string, int, std::string>, std::pair<std::set<const ArticleClaims*>, const Claim*>> seen;
  for (const auto& a : ctx.articles) {
    for (const auto& c : a.claims) {
      if (!c.edition || misnumbered(ctx, a, c.edition)) continue;
      std::string what;
      if (c.kind() == ClaimKind::count && c.as<CountValue>().attendance) {
        what = "attendance (" + c.as<CountValue>().unit + ")";
      } else if (c.kind() == ClaimKind::date && c.as<DateValue>().resolved && c.as<DateValue>().part != EventPart::mention) {
        const Series* s = ctx.series_of(a);
        const EditionFact* fact = s ? s->fact(c.edition) : nullptr;
        if (fact && fact->opening) continue;  // the knowledge base is a second source
        what = std::string(to_string(c.as<DateValue>().part)) + " date";
      } else {
        continue;
      }
      auto& entry = seen[{a.series, c.edition, what}];
      entry.first.insert(&a);
      if (!entry.second) entry.second = &c;
    }
  }
  for (const auto& [key, entry] : seen) {
    if (entry.first.size() != 1) continue;
    const auto& [series_id, edition, what] = key;
    const Series* s = ctx.kb.find_series(series_id);
    Finding f = finding_at(*this, *entry.second,
                           "only this source gives the " + what + " of the " + edition_name(s, edition, s ? s->name : series_id) +
                               "; no other article or reference confirms it");
    f.discriminator = what;
    out.push_back(std::move(f));
  }
}

}  // namespace wiclint::rules
